"""KL102: torch imported inside a function or a try block is optional torch support on purpose."""
import os

os.environ["KERAS_BACKEND"] = "jax"
import keras  # noqa: E402
import numpy as np  # noqa: E402

BACKEND = keras.backend.backend()


def is_torch_tensor(x):
    """A framework-agnostic helper, as in multi-framework libraries."""
    import torch

    return isinstance(x, torch.Tensor)


def as_array(batch):
    """Batches may come from a torch DataLoader, which Keras 3 accepts on every backend."""
    try:
        import torch
    except ImportError:
        return np.asarray(batch)
    if isinstance(batch, torch.Tensor):
        return batch.numpy()
    return np.asarray(batch)


def to_host(x):
    """The backend test is held in a module-level name."""
    if BACKEND == "torch":
        import torch

        if torch.is_tensor(x):
            return x.cpu().numpy()
    return keras.ops.convert_to_numpy(x)
