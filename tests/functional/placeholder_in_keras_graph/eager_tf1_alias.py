"""KL201: TF1 spelling, but eager TF2 (no disable_eager_execution, no Session): layer and model
calls on a placeholder fail when the graph runs."""
import tensorflow.compat.v1 as tf
from keras.layers import Dense, Input
from keras.models import Model

graph = tf.Graph()
with graph.as_default():
    x_tf = tf.placeholder(tf.float32, shape=(None, 10))
hidden = Dense(10)(x_tf)  # [placeholder-in-keras-graph]

keras_input = Input([10])
model = Model(keras_input, Dense(1)(keras_input))
prediction = model(x_tf)  # [placeholder-in-keras-graph]
