"""KL201: a graph placeholder passed to a Keras model call."""
import tensorflow as tf
import keras

inp = keras.Input(shape=(4,))
model = keras.Model(inp, keras.layers.Dense(3)(inp))
seq = keras.Sequential([keras.layers.Dense(3)])

ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))

logits = model(ph)  # [placeholder-in-keras-graph]
scores = seq(ph, training=False)  # [placeholder-in-keras-graph]
nested = keras.Model(inp, model(inp))
