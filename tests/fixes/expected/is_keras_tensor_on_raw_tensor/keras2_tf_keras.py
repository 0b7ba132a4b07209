"""KL101 under Keras 2 (tf_keras): raw values are flagged, K.placeholder values are Keras tensors."""
import numpy as np
import tensorflow as tf
import tf_keras as keras
from tf_keras import backend as K

inp = keras.Input(shape=(4,))
hidden = keras.layers.Dense(3)(inp)
k_ph = K.placeholder(shape=(None, 4))
tf_ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))

print(K.is_keras_tensor(inp))
print(K.is_keras_tensor(hidden))
print(K.is_keras_tensor(k_ph))
print(tf.is_tensor(tf_ph))  # [is-keras-tensor-on-raw-tensor]
print(tf.is_tensor(np.zeros((2, 4))))  # [is-keras-tensor-on-raw-tensor]
print(tf.is_tensor([1.0, 2.0]))  # [is-keras-tensor-on-raw-tensor]
print(tf.is_tensor(K.variable(np.ones(3))))  # [is-keras-tensor-on-raw-tensor]
print(tf.is_tensor(tf.constant(1.0)))  # [is-keras-tensor-on-raw-tensor]
