"""KL101: Python literals, containers and None are never Keras tensors."""
from keras import backend as K
import keras

number = 3.0
items = [1.0, 2.0]
pair = (1, 2)
mapping = {"a": 1}
nothing = None
text = "tensor"

print(keras.ops.is_tensor(number))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(items))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(pair))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(mapping))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(nothing))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(text))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(1))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor([[0.0] * 4]))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(None))  # [is-keras-tensor-on-raw-tensor]
