"""KL101: quiet on real KerasTensors (Input, layer outputs, functional helpers, ops on them)."""
import tensorflow as tf
import keras
from keras import backend as K
from keras.layers import Dense, Input

inp = keras.Input(shape=(4,))
inp2 = keras.layers.Input(shape=(4,))
inp3 = tf.keras.Input(shape=(4,))
hidden = Dense(8)(inp)
layer = Dense(2)
out = layer(hidden)
merged = keras.layers.concatenate([inp, inp2])
activated = keras.ops.relu(merged)
summed = keras.ops.add(inp, inp2)
model = keras.Model(inp, out)

print(K.is_keras_tensor(inp))
print(K.is_keras_tensor(inp2))
print(K.is_keras_tensor(inp3))
print(K.is_keras_tensor(hidden))
print(K.is_keras_tensor(out))
print(K.is_keras_tensor(merged))
print(K.is_keras_tensor(activated))
print(K.is_keras_tensor(summed))
print(K.is_keras_tensor(model.output))
print(K.is_keras_tensor(model.input))
print(keras.utils.is_keras_tensor(Input([10])))
print(K.is_keras_tensor(Dense(10)(Input([10]))))
