"""KL201: the last assignment counts; function returns are followed; mixed branches are unknown."""
import tensorflow as tf
import keras

dense = keras.layers.Dense(3)


def make_placeholder():
    """Returns a graph placeholder."""
    return tf.compat.v1.placeholder(tf.float32, shape=(None, 4))


x = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
x = keras.Input(shape=(4,))
out_a = dense(x)

y = keras.Input(shape=(4,))
y = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
out_b = dense(y)  # [placeholder-in-keras-graph]

out_c = dense(make_placeholder())  # [placeholder-in-keras-graph]
z = make_placeholder()
out_d = keras.Model(z, out_a)  # [placeholder-in-keras-graph]


def choose(flag):
    """Different kinds in different branches: unknown, quiet."""
    if flag:
        value = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
    else:
        value = keras.Input(shape=(4,))
    return dense(value)
