"""KL501: TensorFlow < 2.16 targeted: tf.keras is Keras 2, standalone keras is Keras 3."""
import keras
import tensorflow as tf

tf_in = tf.keras.Input(shape=(8,))
out = keras.layers.Dense(1)(tf_in)  # [mixed-keras-packages]
