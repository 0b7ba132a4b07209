"""KL501: tf_keras (always Keras 2) with standalone Keras 3 or with tf.keras (Keras 3 here)."""
import keras
import tensorflow as tf
import tf_keras

inputs = tf_keras.Input(shape=(8,))
outputs = keras.layers.Dense(1)(inputs)  # [mixed-keras-packages]
legacy_model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(inputs))
legacy_model.compile(optimizer=keras.optimizers.Adam())  # [mixed-keras-packages]
legacy_model.compile(optimizer=tf.keras.optimizers.Adam())  # [mixed-keras-packages]

tf_in = tf.keras.Input(shape=(8,))
mixed = tf_keras.layers.Dense(1)(tf_in)  # [mixed-keras-packages]
