"""KL102: NumPy arrays and Python values are never torch tensors."""
import numpy as np
import tensorflow as tf
import torch

arr = np.zeros((2, 2))
items = [1.0, 2.0]
nothing = None

print(isinstance(arr, torch.Tensor))  # [torch-tensor-check-in-keras-code]
print(isinstance(items, (np.ndarray, torch.Tensor)))  # [torch-tensor-check-in-keras-code]
print(torch.is_tensor(nothing))  # [torch-tensor-check-in-keras-code]
print(type(3.0) == torch.Tensor)  # [torch-tensor-check-in-keras-code]
print(tf.reduce_sum(arr))
