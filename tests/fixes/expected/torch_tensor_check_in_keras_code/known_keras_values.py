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

print(keras.ops.is_tensor(const))  # [torch-tensor-check-in-keras-code]
print(keras.ops.is_tensor(tf_var))  # [torch-tensor-check-in-keras-code]
print(keras.ops.is_tensor(keras_var))  # [torch-tensor-check-in-keras-code]
print(keras.ops.is_tensor(ones))  # [torch-tensor-check-in-keras-code]
print(keras.ops.is_tensor(inp))  # [torch-tensor-check-in-keras-code]
print(keras.ops.is_tensor(hidden))  # [torch-tensor-check-in-keras-code]
print(keras.ops.is_tensor(tf.zeros((2,))))  # [torch-tensor-check-in-keras-code]
