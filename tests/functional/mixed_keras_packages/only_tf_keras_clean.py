"""KL501 clean: one Keras, tf.keras, in every spelling TensorFlow offers."""
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
from tensorflow.keras.models import Sequential

inputs = keras.Input(shape=(8,))
x = layers.Dense(16)(inputs)
x = tf.keras.layers.Dense(8)(x)
outputs = tf.keras.layers.Dense(1)(x)
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(), loss="mse")
seq = Sequential([tf.keras.Input(shape=(8,)), layers.Dense(1)])
seq.compile(optimizer=tf.keras.optimizers.legacy.SGD(), loss="mse")
