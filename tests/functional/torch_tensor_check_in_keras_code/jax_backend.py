"""KL102: on the jax backend, Keras values are not torch tensors either."""
import keras
import torch

ones = keras.ops.ones((2, 2))


def check(x):
    """Unknown value, torch used only for checks."""
    return isinstance(x, torch.Tensor)  # [torch-tensor-check-in-keras-code]


print(torch.is_tensor(ones))  # [torch-tensor-check-in-keras-code]
