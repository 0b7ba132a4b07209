"""KL101 for a TF 1.15 / Keras 2 target: tf.placeholder is a graph placeholder, not a Keras tensor."""
import tensorflow as tf
from tensorflow.keras import backend as K
from tensorflow.keras.layers import Dense, Input

x_tf = tf.placeholder(tf.float32, shape=(2, 4, 5))
print(tf.is_tensor(x_tf))  # [is-keras-tensor-on-raw-tensor]

k_ph = K.placeholder(shape=(2, 4, 5))
print(K.is_keras_tensor(k_ph))

keras_input = Input([10])
print(K.is_keras_tensor(keras_input))
print(K.is_keras_tensor(Dense(10)(keras_input)))
