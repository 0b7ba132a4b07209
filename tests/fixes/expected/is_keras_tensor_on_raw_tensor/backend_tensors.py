"""KL101: keras.ops on concrete values and keras.random give backend tensors, not Keras tensors."""
import numpy as np
import keras
from keras import ops

ones = keras.ops.ones((2,))
shifted = keras.ops.add(np.ones(3), 1)
matmul = ops.matmul(ops.eye(3), ops.ones((3, 1)))
noise = keras.random.normal((2, 2))
dropped = keras.random.uniform((4,))

print(keras.ops.is_tensor(ones))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(shifted))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(matmul))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(noise))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(dropped))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(ops.zeros((1,))))  # [is-keras-tensor-on-raw-tensor]
