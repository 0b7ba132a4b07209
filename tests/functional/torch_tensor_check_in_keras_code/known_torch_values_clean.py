"""KL102: quiet when the checked value is known to be a torch tensor."""
import numpy as np
import keras
import torch

t = torch.tensor([1.0, 2.0])
z = torch.zeros(3)
converted = torch.from_numpy(np.ones(2))

print(isinstance(t, torch.Tensor))
print(torch.is_tensor(z))
print(type(converted) is torch.Tensor)
print(keras.ops.convert_to_numpy(np.asarray(t)))
