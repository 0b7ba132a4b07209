"""TF_USE_LEGACY_KERAS=1 set after tf.keras was imported changes nothing."""
import os

from tensorflow import keras

os.environ["TF_USE_LEGACY_KERAS"] = "1"


def training_flag(training=None):
    if training is None:
        training = keras.backend.learning_phase()  # [removed-keras-backend-api]
    return training
