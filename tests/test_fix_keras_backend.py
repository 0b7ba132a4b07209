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
    "exact_templates": (
        "import numpy as np\n"
        "from keras import backend as K\n"
        "\n"
        "x = np.ones((2, 3, 4), 'float32')\n"
        "a = K.flatten(x)\n"
        "b = K.temporal_padding(x, (2, 0))\n"
        "c = K.temporal_padding(x)\n"
        "d = K.clip(x, 0.0, 1.0)\n"
        "e = K.int_shape(x)\n"
        "f = K.batch_flatten(x)\n"
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
UNSAFE = {"unsafe": CASES["not_fixed"], "unsafe_exact_templates": CASES["exact_templates"]}
# message-only templates: the message names the filled-in call, no fix applies it, not even unsafe
MESSAGE_ONLY = (
    "import numpy as np\n"
    "from keras import backend as K\n"
    "\n"
    "x = np.ones((2, 3), 'float32')\n"
    "z = K.zeros((3,))\n"
    "o = K.ones((2, 3), name='o')\n"
    "e = K.eye(3)\n"
    "s = K.shape(x)\n"
    "n = K.count_params(x)\n"
    "K.batch_set_value([(z, x)])\n"
    "K.moving_average_update(z, x, 0.9)\n"
    "v = K.random_normal_variable((2, 3), 0.0, 1.0)\n"
)


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
    _check("unsafe_exact_templates", UNSAFE["unsafe_exact_templates"], unsafe=True)


def test_message_only_templates_are_never_applied():
    fixed, applied = fix_text(MESSAGE_ONLY, K3, codes=CODES, unsafe=True)
    assert fixed == MESSAGE_ONLY and not applied


def test_keras2_target_changes_nothing():
    source = CASES["kept_defaults"] + CASES["renames"].split("\n", 3)[3]
    fixed, applied = fix_text(source, Target(keras_version=2), codes=CODES)
    assert fixed == source and not applied


MESSAGES = (
    "import keras\n"
    "import tensorflow as tf\n"
    "from keras import backend as K\n"
    "\n"
    "\n"
    "class Scaled(keras.layers.Layer):\n"
    "    def build(self, input_shape):\n"
    "        self.w = K.zeros((self.units,))\n"
    "\n"
    "    def call(self, x, layer=None):\n"
    "        shape = K.int_shape(layer.output)\n"
    "        y = K.clip(x, 0.0, 1.0)\n"
    "        flat = K.batch_flatten(x)\n"
    "        h = K.hard_sigmoid(x + y)\n"
    "        K.batch_set_value(zip(self.weights, values))\n"
    "        return K.spatial_2d_padding(flat, ((2, 2), (0, 1)))\n"
)


def test_messages_name_the_filled_in_call():
    from keras_lint.lint import lint_source

    found = {f.line: f for f in lint_source(MESSAGES, K3, codes=("KL401",))}
    expected = {
        8: "keras.ops.zeros((self.units,))",
        11: "layer.output.shape",
        12: "keras.ops.clip(x, 0.0, 1.0)",
        13: "keras.ops.reshape(x, (keras.ops.shape(x)[0], -1))",
        14: "keras.ops.clip(0.2 * (x + y) + 0.5, 0.0, 1.0)",
        15: "for v, value in zip(self.weights, values): v.assign(value)",
        16: "keras.ops.pad(flat, ((0, 0), (2, 2), (0, 1), (0, 0)))",
    }
    assert sorted(found) == sorted(expected)
    for line, call in expected.items():
        assert found[line].replacement == call, line
        assert f"Keras 3 replacement: {call}." in found[line].message, found[line].message
    assert found[8].message == (
        "`K.zeros` does not exist in Keras 3's keras.backend, which has only "
        f"{found[8].message.split('has only ')[1].split(' ')[0]} names: AttributeError. "
        "Keras 3 replacement: keras.ops.zeros((self.units,)). Note: K.zeros returns a variable, "
        "keras.ops.zeros a tensor (keras.Variable(keras.ops.zeros(shape)) for a variable)."
    )
    # message-only (K.zeros: a variable becomes a tensor; a statement) and unsafe templates
    assert found[8].fix is None and found[15].fix is None
    assert not found[12].fix.safe and not found[11].fix.safe


def test_templates_fall_back_to_the_generic_text_when_the_call_does_not_bind():
    from keras_lint.lint import lint_source

    source = (
        "from keras import backend as K\n"
        "a = K.clip(*args)\n"
        "b = K.bias_add(x, b, data_format='channels_first')\n"
        "c = K.zeros(shape, dtype, name, extra)\n"
    )
    found = {f.line: f for f in lint_source(source, K3, codes=("KL401",))}
    assert found[2].replacement == "keras.ops.clip(x, min_value, max_value)" and found[2].fix is None
    assert found[3].replacement.startswith("keras.ops.add(x, bias) for channels_last")
    assert found[4].replacement == "keras.ops.zeros(shape)" and found[4].fix is None


def test_render_parenthesizes_and_splices():
    import astroid

    from keras_lint import data
    from keras_lint.rules._keras_backend import render

    names = data.entries("keras_backend_api")["names"]

    def show(name, call):
        return render(names[name]["fix"], astroid.extract_node(call), "k3")

    assert show("int_shape", "K.int_shape(a + b)") == "(a + b).shape"
    assert show("int_shape", "K.int_shape(a[0])") == "a[0].shape"
    assert show("moving_average_update", "K.moving_average_update(m, x - 1, 1 - d)") == "m.assign(m * (1 - d) + (x - 1) * (1 - (1 - d)))"
    assert show("spatial_3d_padding", "K.spatial_3d_padding(x)") == "k3.ops.pad(x, ((0, 0), (1, 1), (1, 1), (1, 1), (0, 0)))"
    assert show("spatial_2d_padding", "K.spatial_2d_padding(x, p + q)") == "k3.ops.pad(x, ((0, 0), *(p + q), (0, 0)))"
    assert show("constant", "K.constant(1)") == "k3.ops.convert_to_tensor(1, dtype=k3.config.floatx())"
    assert show("arange", "K.arange(5, step=2)") == "k3.ops.arange(5, step=2, dtype='int32')"
    assert show("conv2d", "K.conv2d(x, k, (2, 2), 'same')") == "k3.ops.conv(x, k, strides=(2, 2), padding='same')"
    assert show("eye", "K.eye(3, name='e')") == "k3.ops.eye(3)"
    assert show("batch_get_value", "K.batch_get_value(ws)") == "[k3.ops.convert_to_numpy(v) for v in ws]"
