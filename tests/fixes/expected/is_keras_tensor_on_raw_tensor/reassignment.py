"""KL101: the last assignment before the use decides the kind; mixed branches make it unknown."""
import numpy as np
import tensorflow as tf
import keras
from keras import backend as K

x = keras.Input(shape=(3,))
x = tf.constant([1.0, 2.0, 3.0])
print(keras.ops.is_tensor(x))  # [is-keras-tensor-on-raw-tensor]

y = np.zeros(3)
y = keras.Input(shape=(3,))
print(K.is_keras_tensor(y))

z = keras.Input(shape=(3,))
print(K.is_keras_tensor(z))
z = np.ones(3)
print(keras.ops.is_tensor(z))  # [is-keras-tensor-on-raw-tensor]

alias = z
print(keras.ops.is_tensor(alias))  # [is-keras-tensor-on-raw-tensor]


def pick(flag):
    """Different branches assign different kinds: unknown."""
    if flag:
        value = keras.Input(shape=(3,))
    else:
        value = np.zeros(3)
    return K.is_keras_tensor(value)


def pick_same(flag):
    """Both branches assign NumPy arrays: still known."""
    if flag:
        value = np.zeros(3)
    else:
        value = np.ones(3)
    return keras.ops.is_tensor(value)  # [is-keras-tensor-on-raw-tensor]
