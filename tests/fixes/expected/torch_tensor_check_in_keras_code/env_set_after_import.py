"""KL102: setting KERAS_BACKEND=torch after keras is imported does not make the module Keras-on-torch."""
import os

import keras
import torch

os.environ["KERAS_BACKEND"] = "torch"


def check(x):
    """The backend was already chosen when keras was imported."""
    return keras.ops.is_tensor(x)  # [torch-tensor-check-in-keras-code]


print(keras.config.backend())
