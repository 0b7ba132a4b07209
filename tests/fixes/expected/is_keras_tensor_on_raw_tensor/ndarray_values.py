"""KL101: NumPy arrays are never Keras tensors."""
import numpy as np
import keras
from keras.utils import is_keras_tensor

arr = np.array([1.0, 2.0])
as_arr = np.asarray([[1, 2], [3, 4]])
zeros = np.zeros((2, 3))
ones = np.ones(4)
empty = np.empty((2,))
full = np.full((2, 2), 0.5)
ramp = np.arange(10)
grid = np.linspace(0.0, 1.0, 5)
identity = np.eye(3)
noise = np.random.rand(3, 3)
normal = np.random.normal(size=(3,))

print(keras.ops.is_tensor(arr))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(as_arr))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(zeros))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(ones))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(empty))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(full))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(ramp))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(grid))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(identity))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(noise))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(normal))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(np.zeros((1, 4))))  # [is-keras-tensor-on-raw-tensor]
