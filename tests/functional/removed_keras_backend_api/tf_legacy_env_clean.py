"""TF_USE_LEGACY_KERAS=1 set before the import: tf.keras is tf_keras (Keras 2)."""
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"

import tensorflow as tf  # noqa: E402

K = tf.keras.backend
print(K.placeholder(shape=(None, 2)), K.learning_phase(), K.function([], []))
