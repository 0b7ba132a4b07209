"""KL101 seed: is_keras_tensor on a TF1 placeholder vs. on real Keras tensors."""
import tensorflow.compat.v1 as tf
from keras import backend as K
from keras.layers import Dense, Input
import keras

x_tf = tf.placeholder(tf.float32, shape=(2, 4, 5))
keras.ops.is_tensor(x_tf)  # [is-keras-tensor-on-raw-tensor]

keras_input = Input([10])
K.is_keras_tensor(keras_input)
K.is_keras_tensor(Dense(10)(keras_input))
