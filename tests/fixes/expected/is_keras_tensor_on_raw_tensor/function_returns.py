"""KL101: values are followed through the return values of functions defined in the same module."""
import numpy as np
import tensorflow as tf
import keras
from keras import backend as K


def make_array():
    """Returns a NumPy array."""
    return np.zeros((2, 2))


def make_constant():
    """Returns a TF tensor through a local variable."""
    result = tf.constant(1.0)
    return result


def make_input():
    """Returns a KerasTensor."""
    return keras.Input(shape=(2,))


def passthrough(value):
    """Returns its parameter: unknown."""
    return value


print(keras.ops.is_tensor(make_array()))  # [is-keras-tensor-on-raw-tensor]
const = make_constant()
print(keras.ops.is_tensor(const))  # [is-keras-tensor-on-raw-tensor]
print(K.is_keras_tensor(make_input()))
print(keras.ops.is_tensor(passthrough(np.zeros(2))))  # [is-keras-tensor-on-raw-tensor]
