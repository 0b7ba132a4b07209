"""KL203's fix: pure renames of TensorFlow / NumPy functions to keras.ops, nothing else."""

from __future__ import annotations

from keras_lint.config import Target
from keras_lint.fix import fix_file

SOURCE = '''import numpy as np
import tensorflow as tf
import keras

inputs = keras.Input(shape=(8, 16))
pooled = tf.reduce_sum(inputs, axis=1)
peak = tf.reduce_max(inputs, 1, keepdims=True)
mean = np.mean(inputs, axis=-1)
named = tf.reduce_sum(inputs, axis=1, name="s")
first = tf.argmax(inputs)
'''

EXPECTED = '''import numpy as np
import tensorflow as tf
import keras

inputs = keras.Input(shape=(8, 16))
pooled = keras.ops.sum(inputs, axis=1)
peak = keras.ops.max(inputs, 1, keepdims=True)
mean = keras.ops.mean(inputs, axis=-1)
named = tf.reduce_sum(inputs, axis=1, name="s")
first = tf.argmax(inputs)
'''


def test_pure_renames_are_fixed_and_the_rest_left(tmp_path):
    path = tmp_path / "model.py"
    path.write_text(SOURCE, encoding="utf-8")
    fix_file(path, Target())
    assert path.read_text(encoding="utf-8") == EXPECTED


def test_the_keras_import_is_added_when_missing(tmp_path):
    path = tmp_path / "model.py"
    path.write_text(
        "import tensorflow as tf\nfrom keras import Input\n\nx = Input((4,))\ny = tf.math.exp(x)\n",
        encoding="utf-8",
    )
    fix_file(path, Target())
    text = path.read_text(encoding="utf-8")
    assert "y = keras.ops.exp(x)" in text
    assert "import keras" in text
