import numpy as np
from keras import backend as K
import keras

x = np.ones((2, 3, 4), 'float32')
a = keras.ops.reshape(x, (-1,))
b = keras.ops.pad(x, ((0, 0), (2, 0), (0, 0)))
c = keras.ops.pad(x, ((0, 0), (1, 1), (0, 0)))
d = K.clip(x, 0.0, 1.0)
e = K.int_shape(x)
f = K.batch_flatten(x)
