"""KL102: quiet inside either branch of an explicit backend test."""
import keras
import torch
from keras import backend as K


def to_numpy(x):
    """Guarded by keras.config.backend()."""
    if keras.config.backend() == "torch":
        if isinstance(x, torch.Tensor):
            x = x.detach().cpu()
    else:
        assert not torch.is_tensor(x)
    return keras.ops.convert_to_numpy(x)


def describe(x):
    """Guarded by K.backend()."""
    if K.backend() == "torch":
        result = type(x) is torch.Tensor
    else:
        result = isinstance(x, (list, torch.Tensor))
    return result
