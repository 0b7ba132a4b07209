import numpy as np
import keras
from keras import backend as K

x = np.ones((2, 3), 'float32')
s = keras.ops.sum(x, axis=1, keepdims=True)
m = keras.ops.mean(keras.ops.square(x), 1)
r = keras.activations.relu(x, negative_slope=0.1)
v = keras.Variable(x)
v.assign(x * 2)
print(keras.ops.convert_to_numpy(v), keras.ops.convert_to_numpy(v), K.floatx())
n = keras.random.normal((2, 3), stddev=0.5, seed=1)
