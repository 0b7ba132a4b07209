"""KL102: on the jax backend, Keras values are not torch tensors either."""
import keras
import torch

ones = keras.ops.ones((2, 2))


def check(x):
    """Unknown value, torch used only for checks."""
    return keras.ops.is_tensor(x)  # [torch-tensor-check-in-keras-code]


print(keras.ops.is_tensor(ones))  # [torch-tensor-check-in-keras-code]
