"""KL501 clean: tf_keras with tf.keras while tf.keras is Keras 2 (TF_USE_LEGACY_KERAS=1): one
implementation under two names."""
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"

import tensorflow as tf  # noqa: E402
import tf_keras  # noqa: E402

inputs = tf.keras.Input(shape=(8,))
outputs = tf_keras.layers.Dense(1)(inputs)
model = tf_keras.Model(inputs, outputs)
model.compile(optimizer=tf.keras.optimizers.Adam(), loss="mse")
