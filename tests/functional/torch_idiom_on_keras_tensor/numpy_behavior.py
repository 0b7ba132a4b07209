"""KL301: NumPy behaviour does not add torch-only members such as .permute or .size()."""
import tensorflow as tf

tf.experimental.numpy.experimental_enable_numpy_behavior()

x = tf.ones((2, 3))
y = x.T
z = x.permute(1, 0)  # [torch-idiom-on-keras-tensor]
