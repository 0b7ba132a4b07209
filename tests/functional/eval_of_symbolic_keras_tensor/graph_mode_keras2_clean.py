"""Keras 2 TF1 graph code feeds its inputs through a session: that is how it reads values."""
import numpy as np
import tensorflow as tf
from tensorflow import keras

tf.compat.v1.disable_eager_execution()
inp = keras.Input(shape=(8,))
out = keras.layers.Dense(4)(inp)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(out, feed_dict={inp: np.ones((1, 8))}))
    print(keras.backend.eval(out))
