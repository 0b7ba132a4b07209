"""TF_USE_LEGACY_KERAS=1 set after `import tensorflow` but before tf.keras is first used: TF
loads tf.keras lazily, so tf.keras is still tf_keras (Keras 2)."""
import os

import tensorflow as tf

if "TF_USE_LEGACY_KERAS" not in os.environ:
    os.environ["TF_USE_LEGACY_KERAS"] = "1"


def training_flag(training=None):
    if training is None:
        training = tf.keras.backend.learning_phase()
    return training
