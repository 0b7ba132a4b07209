"""keras-lint fix for KL401 (removed Keras 2 backend names) and KL403 (dim ordering).

Inputs are below; the expected outputs live in tests/fixes/keras_backend/<case>.py
(regenerate with KERAS_LINT_UPDATE_FIXES=1 and review the diff).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from keras_lint.config import Target
from keras_lint.fix import fix_text

EXPECTED = Path(__file__).resolve().parent / "fixes" / "keras_backend"
UPDATE = os.environ.get("KERAS_LINT_UPDATE_FIXES") == "1"
K3 = Target(keras_version=3)
CODES = ("KL401", "KL403")

CASES = {
    "kept_defaults": (
        "import numpy as np\n"
        "from keras import backend as K\n"
        "\n"
        "x = np.ones((2, 3, 4), 'float32')\n"
        "a = K.argmax(x)\n"
        "b = K.argmin(x, axis=1)\n"
        "c = K.gather(x, [1])\n"
        "d = K.concatenate([x, x])\n"
        "e = K.cumsum(x)\n"
        "f = K.expand_dims(x)\n"
        "g = K.sqrt(x)\n"
        "h = K.in_top_k(x[:, 0], np.array([0, 1]), 2)\n"
        "i = K.repeat(x[:, 0], 3)\n"
    ),
    "renames": (
        "import numpy as np\n"
        "import keras\n"
        "from keras import backend as K\n"
        "\n"
        "x = np.ones((2, 3), 'float32')\n"
        "s = K.sum(x, axis=1, keepdims=True)\n"
        "m = K.mean(K.square(x), 1)\n"
        "r = K.relu(x, alpha=0.1)\n"
        "v = keras.Variable(x)\n"
        "K.set_value(v, x * 2)\n"
        "print(K.eval(v), K.get_value(v), K.floatx())\n"
        "n = K.random_normal((2, 3), stddev=0.5, seed=1)\n"
    ),
    "aliased_keras": (
        "import numpy as np\n"
        "import keras as k3\n"
        "import keras.backend as KB\n"
        "\n"
        "print(KB.argmax(np.ones((2, 3))))\n"
    ),
    "not_fixed": (
        "import numpy as np\n"
        "from keras import backend as K\n"
        "\n"
        "x = np.ones((2, 3), 'float32')\n"
        "ph = K.placeholder(shape=(None, 3))\n"
        "fn = K.function([ph], [ph])\n"
        "y = K.hard_sigmoid(x)\n"
        "z = K.argmax(*[x])\n"
        "w = K.clip(x, 0, 1)\n"
        "u = K.switch(x > 0, x, -x)\n"
        "t = K.variable(x)\n"
    ),
    "dim_ordering": (
        "from keras import backend as K\n"
        "\n"
        "K.set_image_dim_ordering('th')\n"
        "if K.image_dim_ordering() == 'th':\n"
        "    axis = 1\n"
        "if 'tf' != K.image_dim_ordering():\n"
        "    axis = 1\n"
    ),
}
UNSAFE = {"unsafe": CASES["not_fixed"]}


def _check(name: str, source: str, unsafe: bool = False) -> None:
    fixed, _applied = fix_text(source, K3, codes=CODES, unsafe=unsafe)
    path = EXPECTED / f"{name}.py"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fixed, encoding="utf-8")
    assert fixed == path.read_text(encoding="utf-8")
    again, applied = fix_text(fixed, K3, codes=CODES, unsafe=unsafe)
    assert again == fixed and not applied  # idempotent
    compile(fixed, name, "exec")


@pytest.mark.parametrize("name", sorted(CASES))
def test_fix(name):
    _check(name, CASES[name])


def test_unsafe_fixes_only_when_asked():
    _check("unsafe", UNSAFE["unsafe"], unsafe=True)
    safe_only, _ = fix_text(UNSAFE["unsafe"], K3, codes=CODES)
    assert safe_only == UNSAFE["unsafe"]


def test_keras2_target_changes_nothing():
    source = CASES["kept_defaults"] + CASES["renames"].split("\n", 3)[3]
    fixed, applied = fix_text(source, Target(keras_version=2), codes=CODES)
    assert fixed == source and not applied
