"""Trigger words decide which files a rule never parses: they must hold for every spelling the
rule can flag (sound), and should let framework sources that cannot be flagged through."""

from __future__ import annotations

import pytest

from keras_lint.rules import _torch_port
from keras_lint.rules import mixed_keras_packages as mixed_keras
from keras_lint.rules import removed_tf1_api as tf1_api
from keras_lint.rules.base import found_on_lines, lines_with
from keras_lint.rules.legacy_keras_backend_engine import LegacyKerasBackendEngine
from keras_lint.rules.removed_tf1_api import RemovedTf1Api
from keras_lint.rules.torch_idiom_on_keras_tensor import TorchIdiomOnKerasTensor
from keras_lint.rules.torch_op_in_keras_code import TorchOpInKerasCode


def _spellings(key: str) -> list[str]:
    """Every way a file can reach ``tf.<path>`` that KL402 follows."""
    path = key[len("tf."):]
    parts = path.split(".")
    out = [
        f"import tensorflow as tf\nx = tf.{path}\n",
        f"import os, tensorflow as tf\nx = tf.{path}\n",
        f"import tensorflow\nx = tensorflow.{path}\n",
    ]
    rest = "".join(f".{p}" for p in parts[1:])
    out.append(f"from tensorflow import {parts[0]} as first\nx = first{rest}\n")
    out.append(f"from tensorflow import (\n    {parts[0]},\n)\nx = {path}\n")
    if len(parts) > 1:
        parent, last = ".".join(parts[:-1]), parts[-1]
        out.append(f"from tensorflow.{parent} import {last}\n")
        out.append(f"import tensorflow.{parent} as mod\nx = mod.{last}\n")
        out.append(f"from tensorflow import {parts[0]}\nx = {path}\n")
    return out


def test_kl402_trigger_holds_for_every_table_entry_and_spelling():
    missed = [src for key in tf1_api._table() for src in _spellings(key) if not RemovedTf1Api.triggered(src)]
    assert not missed, missed[:5]


@pytest.mark.parametrize(
    "src",
    [
        # TensorFlow's own modules: only ``tensorflow.python.*`` imports, TF1 words in prose
        'from tensorflow.python.ops import array_ops\n"""See tensorflow/core/framework/types.proto."""\n'
        "def f(x):\n    return array_ops.placeholder(x)  # an internal op, not tf.placeholder\n",
        "import tensorflow.compat.v1 as tf\nx = tf.placeholder(tf.float32)\n",  # compat.v1 is the fix
        "import tensorflow as tf\ndef trace(app):\n    return app\n",  # words of keys, no dotted use
    ],
)
def test_kl402_trigger_lets_unflaggable_files_through(src):
    if "def trace" in src:
        # ``trace`` and ``app`` are single-part keys (tf.trace, tf.app): the trigger cannot tell
        # a function named ``trace`` from ``tf.trace``, and must not try
        assert RemovedTf1Api.triggered(src)
    else:
        assert not RemovedTf1Api.triggered(src)


@pytest.mark.parametrize(
    "src, expected",
    [
        ("from keras import backend as K\nif K.backend() == 'theano': pass\n", True),
        ("import keras\nK.set_image_dim_ordering('th')\n", True),
        ("import keras\nos.environ['KERAS_BACKEND'] = 'CNTK'\n", True),
        ("import keras\nx = keras.ops.ones((2,))\n", False),
    ],
)
def test_kl403_trigger_is_case_insensitive(src, expected):
    assert LegacyKerasBackendEngine.triggered(src) is expected


@pytest.mark.parametrize(
    "check, src, expected",
    [
        (TorchIdiomOnKerasTensor, "import keras\nx = keras.Input((3,))\ny = x.cpu()\n", True),
        (TorchIdiomOnKerasTensor, "import keras\nx = keras.Input((3,))\ny = x . detach()\n", True),
        (TorchIdiomOnKerasTensor, "import keras\nx = keras.Input((3,))\ny = x + 1\n", False),
        (TorchIdiomOnKerasTensor, "import numpy\nx.cpu()\n", False),  # names neither keras nor tensorflow
        (TorchOpInKerasCode, "import keras\nimport torch\ny = torch.cat([a, b])\n", True),
        (TorchOpInKerasCode, "import keras\nmodel.eval()\n", True),
        (TorchOpInKerasCode, "import keras\nmodel.train ()\n", True),
        (TorchOpInKerasCode, "import keras\ny = keras.ops.concatenate([a, b])\n", False),
        (TorchOpInKerasCode, "import torch\ny = torch.cat([a, b])\n", False),  # no keras / tensorflow
    ],
)
def test_torch_rule_triggers(check, src, expected):
    assert check.triggered(src) is expected


# --- line-restricted searches (rules.base.lines_with / found_on_lines) -------------------------


def _texts() -> list[str]:
    """Every functional case and shipped example, plus edge cases of line boundaries."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for d in ("tests/functional", "examples") for p in sorted((root / d).rglob("*.py"))]
    texts += [
        "tensorflow",  # the word is the whole text: no newline either side
        "x = 1\nimport tensorflow",  # on the last line, no trailing newline
        "import tensorflow\n",
        "a = tensorflow.keras; b = tensorflow.compat\nc = tensorflow.io\n",  # twice on one line
        "x = 'tensorflow/core'\nimport tensorflow.compat.v1 as tf\n",
        "import keras\r\nfrom tensorflow import keras as tfk\r\n",  # CRLF
        "model = tf.keras.Sequential()\nimport keras\n",
        "\n\ntorch\n\n",
        "import torchvision\nx = my_torch.cat\n",  # the word inside identifiers only
    ]
    return texts


@pytest.mark.parametrize(
    "pattern, word",
    [
        (tf1_api._WHOLE_PACKAGE, "tensorflow"),
        (mixed_keras._STANDALONE_IMPORT, "keras"),
        (_torch_port.TORCH_WORD, "torch"),
    ],
)
def test_found_on_lines_agrees_with_a_search_of_the_whole_text(pattern, word):
    differ = [t[:80] for t in _texts() if found_on_lines(pattern, t, word) != (pattern.search(t) is not None)]
    assert not differ


def test_tf_keras_spelling_on_lines_agrees_with_the_whole_text():
    p = mixed_keras._TF_KERAS_SPELLING

    for t in _texts():
        on_lines = found_on_lines(p, t, ".keras") or found_on_lines(p, t, "tensorflow")
        assert on_lines == (p.search(t) is not None), t[:80]


def test_dotted_tensorflow_parts_on_lines_agree_with_the_whole_text():
    for t in _texts():
        on_lines = {part for line in lines_with(t, "tensorflow.") for part in tf1_api._DOTTED.findall(line)}
        assert on_lines == set(tf1_api._DOTTED.findall(t)), t[:80]


def test_lines_with_yields_each_line_once_in_order():
    text = "a torch torch\nb\ntorch c\nd torch"
    assert list(lines_with(text, "torch")) == ["a torch torch", "torch c", "d torch"]
    assert list(lines_with(text, "absent")) == []
