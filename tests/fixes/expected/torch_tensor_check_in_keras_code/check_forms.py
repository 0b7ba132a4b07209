"""KL102: every form of torch tensor check on an unknown value in a module that uses torch only for checks."""
import numpy as np
import keras
import torch


def via_isinstance(x):
    """isinstance with torch.Tensor."""
    return keras.ops.is_tensor(x)  # [torch-tensor-check-in-keras-code]


def via_tuple(x):
    """torch.Tensor inside a tuple of types."""
    return (isinstance(x, np.ndarray) or keras.ops.is_tensor(x))  # [torch-tensor-check-in-keras-code]


def via_is_tensor(x):
    """torch.is_tensor."""
    return keras.ops.is_tensor(x)  # [torch-tensor-check-in-keras-code]


def via_type_is(x):
    """type(x) is torch.Tensor."""
    return keras.ops.is_tensor(x)  # [torch-tensor-check-in-keras-code]


def via_type_eq(x):
    """type(x) == torch.Tensor."""
    return keras.ops.is_tensor(x)  # [torch-tensor-check-in-keras-code]


def to_numpy(x):
    """The branch it guards is dead in Keras code."""
    if isinstance(x, torch.Tensor):  # [torch-tensor-check-in-keras-code]
        x = x.detach().cpu().numpy()
    return keras.ops.convert_to_numpy(x)
