"""Clean: the recommended backend-portable replacements for is_keras_tensor and torch checks."""
import numpy as np
import tensorflow as tf
import keras


def to_numpy(value):
    """Works for TF, jax and torch backend tensors, variables and arrays."""
    if keras.ops.is_tensor(value):
        return keras.ops.convert_to_numpy(value)
    return np.asarray(value)


def describe(value):
    """Distinguish symbolic and concrete tensors correctly."""
    if keras.backend.is_keras_tensor(value):
        return "symbolic"
    if tf.is_tensor(value):
        return "tensorflow"
    return type(value).__name__


inp = keras.Input(shape=(3,))
print(describe(inp), describe(tf.constant(1.0)), describe(np.zeros(2)))
print(to_numpy(tf.constant([1.0])), to_numpy(keras.Variable([2.0])), to_numpy([3.0]))
print(keras.ops.is_tensor(keras.ops.ones((2,))), tf.is_tensor(tf.zeros(1)))
