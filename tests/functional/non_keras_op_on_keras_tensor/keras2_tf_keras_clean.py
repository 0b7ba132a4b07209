"""Keras 2 (tf_keras): TF ops on symbolic tensors become TFOpLambda layers and work."""
import tensorflow as tf
import tf_keras

inp = tf_keras.Input(shape=(4,))
h = tf_keras.layers.Dense(4)(inp)
out = tf.reduce_sum(h, axis=1)
model = tf_keras.Model(inp, tf.nn.relu(h))
