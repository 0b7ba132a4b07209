"""KL102: quiet when the target Keras backend is torch (set in the .rc file)."""
import keras
import torch

ones = keras.ops.ones((2, 2))


def to_numpy(x):
    """On the torch backend Keras tensors really are torch tensors."""
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy()
    return keras.ops.convert_to_numpy(x)


print(torch.is_tensor(ones))
print(type(ones) is torch.Tensor)
