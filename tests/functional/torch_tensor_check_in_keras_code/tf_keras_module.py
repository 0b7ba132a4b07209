"""KL102: a tf_keras (Keras 2) module counts as Keras code too."""
import tf_keras as keras
import torch


def prepare(x):
    """Unknown value, torch used only for this check."""
    if isinstance(x, torch.Tensor):  # [torch-tensor-check-in-keras-code]
        x = x.numpy()
    return keras.backend.constant(x)
