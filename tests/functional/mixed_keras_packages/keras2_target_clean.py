"""KL501: with Keras 2 targeted, standalone keras and tf.keras are the same package (TF <= 2.15)."""
import keras
import tensorflow as tf

tf_in = tf.keras.Input(shape=(8,))
out = keras.layers.Dense(1)(tf_in)
model = keras.Model(tf_in, out)
model.compile(optimizer=tf.keras.optimizers.Adam(), loss="mse")
