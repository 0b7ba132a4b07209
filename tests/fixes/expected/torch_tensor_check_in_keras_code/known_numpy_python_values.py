"""KL102: NumPy arrays and Python values are never torch tensors."""
import numpy as np
import tensorflow as tf
import torch

arr = np.zeros((2, 2))
items = [1.0, 2.0]
nothing = None

print(tf.is_tensor(arr))  # [torch-tensor-check-in-keras-code]
print((isinstance(items, np.ndarray) or tf.is_tensor(items)))  # [torch-tensor-check-in-keras-code]
print(tf.is_tensor(nothing))  # [torch-tensor-check-in-keras-code]
print(tf.is_tensor(3.0))  # [torch-tensor-check-in-keras-code]
print(tf.reduce_sum(arr))
