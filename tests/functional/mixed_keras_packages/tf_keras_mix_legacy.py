"""KL501: with TF_USE_LEGACY_KERAS=1 set before the import, tf.keras is tf_keras (Keras 2)."""
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"

import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
import tf_keras  # noqa: E402

# tf.keras is tf_keras here: the same objects
tf_in = tf.keras.Input(shape=(8,))
same = tf_keras.layers.Dense(1)(tf_in)
legacy = tf_keras.Model(tf_in, same)
legacy.compile(optimizer=tf.keras.optimizers.Adam())

# ... and standalone keras is Keras 3: broken today
k_out = keras.layers.Dense(1)(tf_in)  # [mixed-keras-packages]
seq = keras.Sequential([keras.Input(shape=(8,)), tf.keras.layers.Dense(1)])  # [mixed-keras-packages]
