"""KL102: torch imported under an alias or by name, used only for type checks."""
import tensorflow as tf
import torch as th
from torch import Tensor, is_tensor


def check(x):
    """All spellings resolve to torch."""
    print(tf.is_tensor(x))  # [torch-tensor-check-in-keras-code]
    print(tf.is_tensor(x))  # [torch-tensor-check-in-keras-code]
    print(tf.is_tensor(x))  # [torch-tensor-check-in-keras-code]
    print(tf.is_tensor(x))  # [torch-tensor-check-in-keras-code]
    return tf.identity(x)
