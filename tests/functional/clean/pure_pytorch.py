"""Clean: a pure PyTorch module (no keras/tensorflow) using torch type checks and .permute."""
import numpy as np
import torch
from torch import nn


class ConvNet(nn.Module):  # pylint: disable=too-few-public-methods
    """A small NCHW convolutional network."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        """Accept NHWC numpy or torch input."""
        if not isinstance(x, torch.Tensor):
            x = torch.from_numpy(np.asarray(x, dtype=np.float32))
        if x.dim() == 4 and x.shape[-1] == 3:
            x = x.permute(0, 3, 1, 2)
        x = torch.relu(self.conv(x)).mean(dim=(2, 3))
        return self.head(x)


def tensor2im(input_image, imtype=np.uint8):
    """The original PyTorch helper, correct in a PyTorch project."""
    if isinstance(input_image, torch.Tensor):
        image_numpy = input_image.data[0].cpu().float().numpy()
    else:
        image_numpy = np.asarray(input_image)
    if torch.is_tensor(image_numpy) or type(image_numpy) is torch.Tensor:  # pylint: disable=unidiomatic-typecheck
        raise TypeError("unreachable")
    return np.transpose(image_numpy, (1, 2, 0)).astype(imtype)


out = ConvNet()(torch.rand(1, 32, 32, 3))
print(out.shape, tensor2im(torch.rand(1, 3, 8, 8)).shape)
