"""KL102: a backend test kept in a variable still guards the torch check."""
import keras
import torch

BACKEND = keras.backend.backend()


def to_host(x):
    """Only the torch backend produces torch tensors here."""
    if BACKEND == "torch" and isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy()
    return keras.ops.convert_to_numpy(x)
