"""keras-version = 2: tf.keras is Keras 2 and TF ops on its symbolic tensors work."""
import tensorflow as tf
from tensorflow import keras

inp = keras.Input(shape=(4,))
h = keras.layers.Dense(4)(inp)
out = tf.reduce_sum(h, axis=1)
model = keras.Model(inp, tf.concat([h, h], axis=-1))
