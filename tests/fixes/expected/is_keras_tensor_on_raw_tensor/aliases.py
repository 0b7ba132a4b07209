"""KL101: is_keras_tensor is recognised under every import spelling and alias."""
import numpy as np
import tensorflow as tf
import keras
import keras.backend as KB
from keras import backend as K  # pylint: disable=reimported
from keras.utils import is_keras_tensor
from tensorflow import keras as tfk
from tensorflow.keras.backend import is_keras_tensor as iskt

value = np.zeros(3)
KA = keras.backend
KT = tf.keras.backend

print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(value))  # [is-keras-tensor-on-raw-tensor]


def local_import():
    """A function-local import resolves the same way."""
    from keras import backend as local_k  # pylint: disable=import-outside-toplevel,reimported

    return keras.ops.is_tensor([1, 2])  # [is-keras-tensor-on-raw-tensor]
