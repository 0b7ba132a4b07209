"""Keras 2 code: with keras-version = 2 the whole Keras 2 backend exists."""
import numpy as np
import tensorflow as tf
from keras import backend as K

kernel = K.variable(np.zeros((2, 3)))
best = K.argmax(kernel)
rows = K.gather(kernel, [1])
print(K.eval(best), K.get_value(rows), K.learning_phase())
fn = K.function([], [best])
sess = tf.compat.v1.keras.backend.get_session()
print(tf.keras.backend.placeholder(shape=(None, 2)), K.in_top_k(kernel, best, 1))
