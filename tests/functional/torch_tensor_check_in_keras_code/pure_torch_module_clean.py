"""KL102: a PyTorch module with no keras/tensorflow import is not Keras code."""
import numpy as np
import torch


def to_numpy(x):
    """Ordinary PyTorch helper."""
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy()
    if torch.is_tensor(x) or type(x) is torch.Tensor:
        return x.numpy()
    return np.asarray(x)


print(isinstance(np.zeros(2), (np.ndarray, torch.Tensor)))
