"""KL102: ordinary TF/Keras/NumPy type checks in Keras code are not torch checks."""
import numpy as np
import tensorflow as tf
import keras


def describe(x):
    """Correct, backend-aware checks."""
    if keras.ops.is_tensor(x):
        return "tensor"
    if tf.is_tensor(x) or isinstance(x, (tf.Tensor, tf.Variable)):
        return "tf"
    if isinstance(x, np.ndarray) or type(x) is np.ndarray:
        return "numpy"
    if isinstance(x, keras.KerasTensor):
        return "symbolic"
    return "other"
