"""KL102: TF tensors, KerasTensors, backend tensors and variables are never torch tensors on the TF backend."""
import tensorflow as tf
import keras
import torch

const = tf.constant([1.0, 2.0])
tf_var = tf.Variable(1.0)
keras_var = keras.Variable([1.0])
ones = keras.ops.ones((2,))
inp = keras.Input(shape=(3,))
hidden = keras.layers.Dense(2)(inp)

print(isinstance(const, torch.Tensor))  # [torch-tensor-check-in-keras-code]
print(isinstance(tf_var, torch.Tensor))  # [torch-tensor-check-in-keras-code]
print(torch.is_tensor(keras_var))  # [torch-tensor-check-in-keras-code]
print(torch.is_tensor(ones))  # [torch-tensor-check-in-keras-code]
print(type(inp) is torch.Tensor)  # [torch-tensor-check-in-keras-code]
print(isinstance(hidden, torch.Tensor))  # [torch-tensor-check-in-keras-code]
print(isinstance(tf.zeros((2,)), torch.Tensor))  # [torch-tensor-check-in-keras-code]
