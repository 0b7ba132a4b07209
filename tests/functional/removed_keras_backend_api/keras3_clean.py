"""Keras 3 code that looks like the Keras 2 backend but is fine."""
import keras
import numpy as np
import tensorflow as tf
from keras import backend as K
from keras.layers import Dense, Layer
from keras.src import backend as src_backend
from keras.utils import to_categorical

print(K.floatx(), K.epsilon(), K.image_data_format(), K.backend(), K.is_keras_tensor(keras.Input((2,))))
K.set_floatx("float32")
K.clear_session()

x = keras.ops.argmax(np.ones((2, 3)), axis=-1)
y = keras.ops.take(np.ones((2, 3)), [1], axis=0)
v = keras.Variable(np.zeros((2, 3)))
print(keras.ops.convert_to_numpy(v), to_categorical([0, 1]), Dense, Layer)

# Keras' own private backend has everything
print(src_backend.convert_to_tensor(np.ones(2)), src_backend.numpy.sum)

# tf.keras.backend is the legacy shim under TF 2.16+: these names exist there
t = tf.keras.backend.eval(tf.ones(2))
print(tf.keras.backend.int_shape(tf.ones(2)), tf.keras.backend.gather(tf.ones(3), [1]))

# compatibility code that knows the name may be missing
try:
    from keras.backend import tensorflow_backend
except ImportError:
    tensorflow_backend = None
try:
    session = K.get_session()
except AttributeError:
    session = None
if hasattr(K, "placeholder"):
    ph = K.placeholder(shape=(None, 2))
if keras.__version__.startswith("2."):
    lp = K.learning_phase()


class K:  # a local class named K is not keras.backend
    @staticmethod
    def placeholder(shape):
        return shape


print(K.placeholder((1, 2)))
