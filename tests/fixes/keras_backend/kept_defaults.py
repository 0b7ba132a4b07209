import numpy as np
from keras import backend as K
import keras

x = np.ones((2, 3, 4), 'float32')
a = keras.ops.argmax(x, axis=-1)
b = keras.ops.argmin(x, axis=1)
c = keras.ops.take(x, [1], axis=0)
d = keras.ops.concatenate([x, x], axis=-1)
e = keras.ops.cumsum(x, axis=0)
f = keras.ops.expand_dims(x, axis=-1)
g = keras.ops.sqrt(keras.ops.maximum(x, 0.0))
h = keras.ops.in_top_k(np.array([0, 1]), x[:, 0], 2)
i = keras.ops.repeat(keras.ops.expand_dims(x[:, 0], 1), 3, axis=1)
