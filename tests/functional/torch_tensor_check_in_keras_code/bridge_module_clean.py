"""KL102: quiet in a conversion/bridge module that really uses torch."""
import numpy as np
import keras
import torch


class TorchFeatureExtractor(torch.nn.Module):
    """A torch model whose features feed a Keras head."""

    def forward(self, x):
        """Identity forward."""
        return x


def load_weights(path):
    """Load a torch checkpoint."""
    return torch.load(path)


def to_keras(x):
    """Convert torch or numpy input for the Keras head."""
    if isinstance(x, torch.Tensor):
        x = x.detach().cpu().numpy()
    return keras.ops.convert_to_tensor(x)


def to_torch(x):
    """Convert the other way."""
    if torch.is_tensor(x):
        return x
    return torch.from_numpy(np.asarray(x))
