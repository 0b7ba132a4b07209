"""KL201: a graph placeholder passed to a Keras layer call."""
import tensorflow as tf
import keras
from keras.layers import Conv2D, Dense

ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
images = tf.compat.v1.placeholder(tf.float32, shape=(None, 32, 32, 3))

out = keras.layers.Dense(3)(ph)  # [placeholder-in-keras-graph]
hidden = Dense(8, activation="relu")(ph)  # [placeholder-in-keras-graph]

layer = Dense(3)
projected = layer(ph)  # [placeholder-in-keras-graph]

conv = Conv2D(8, 3)
features = conv(  # [placeholder-in-keras-graph]
    images,
)
normed = keras.layers.BatchNormalization()(images, training=True)  # [placeholder-in-keras-graph]
