"""KL201 reports the layer call fed a placeholder; KL402 the removed tf.placeholder itself."""
import tensorflow as tf
import keras

ph = tf.placeholder(tf.float32, shape=(None, 4))  # [removed-tf1-api]
out = keras.layers.Dense(3)(ph)  # [placeholder-in-keras-graph]
