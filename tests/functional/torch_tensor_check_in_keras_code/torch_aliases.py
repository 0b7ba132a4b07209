"""KL102: torch imported under an alias or by name, used only for type checks."""
import tensorflow as tf
import torch as th
from torch import Tensor, is_tensor


def check(x):
    """All spellings resolve to torch."""
    print(isinstance(x, th.Tensor))  # [torch-tensor-check-in-keras-code]
    print(isinstance(x, Tensor))  # [torch-tensor-check-in-keras-code]
    print(is_tensor(x))  # [torch-tensor-check-in-keras-code]
    print(th.is_tensor(x))  # [torch-tensor-check-in-keras-code]
    return tf.identity(x)
