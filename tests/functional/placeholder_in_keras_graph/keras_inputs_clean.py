"""KL201: keras.Input values and eager tensors in the same positions are correct."""
import numpy as np
import tensorflow as tf
import keras
from keras.layers import Add, Dense, concatenate

inp = keras.Input(shape=(4,))
other = keras.Input(shape=(4,))
hidden = Dense(3)(inp)
joined = concatenate([inp, other])
added = Add()([inp, other])
summed = inp + other
op_sum = keras.ops.add(inp, other)
model = keras.Model(inputs=[inp, other], outputs=[hidden, joined, added, summed, op_sum])

eager_out = Dense(3)(tf.ones((2, 4)))
numpy_out = model([np.ones((2, 4)), np.ones((2, 4))])
const_out = model([tf.constant(np.ones((2, 4))), keras.ops.ones((2, 4))])
