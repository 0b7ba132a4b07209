import numpy as np
from keras import backend as K
import keras

x = np.ones((2, 3, 4), 'float32')
a = keras.ops.reshape(x, (-1,))
b = keras.ops.pad(x, ((0, 0), (2, 0), (0, 0)))
c = keras.ops.pad(x, ((0, 0), (1, 1), (0, 0)))
d = keras.ops.clip(x, 0.0, 1.0)
e = x.shape
f = keras.ops.reshape(x, (keras.ops.shape(x)[0], -1))
