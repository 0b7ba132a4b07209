"""KL101: PyTorch tensors are never Keras tensors."""
import numpy as np
import torch
import keras

t_tensor = torch.tensor([1.0, 2.0])
t_zeros = torch.zeros(2, 3)
t_ones = torch.ones(2)
t_randn = torch.randn(4, 4)
t_rand = torch.rand(3)
t_numpy = torch.from_numpy(np.zeros(3))
t_range = torch.arange(5)

print(keras.ops.is_tensor(t_tensor))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(t_zeros))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(t_ones))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(t_randn))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(t_rand))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(t_numpy))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(t_range))  # [is-keras-tensor-on-raw-tensor]
