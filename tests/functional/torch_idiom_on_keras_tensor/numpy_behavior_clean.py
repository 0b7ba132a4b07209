"""KL301: TF's NumPy behaviour adds .T, .reshape, .clip ... to tf.Tensor."""
import tensorflow as tf

tf.experimental.numpy.experimental_enable_numpy_behavior()

x = tf.ones((2, 3))
y = x.T
z = x.reshape(-1).clip(0.0, 1.0)
