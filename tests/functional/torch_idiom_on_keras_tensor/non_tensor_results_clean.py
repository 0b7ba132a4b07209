"""keras.ops helpers that return Python values, and TensorFlow's private modules and class
methods (whose results may be datasets or other objects), are not tensors."""
import keras
import tensorflow as tf
from tensorflow.python.data.ops import dataset_ops
from tensorflow.python.ops import array_ops

images = tf.zeros((2, 8, 8, 3))
dims = keras.ops.shape(images)
channels_at = dims.index(3)
dtype_name = keras.ops.dtype(images)
bits_at = dtype_name.index("32")
as_array = keras.ops.convert_to_numpy(images)
order = as_array.argsort(axis=-1)

steps = dataset_ops.DatasetV2.range(4).repeat(2)
batches = dataset_ops.DatasetV2.from_tensor_slices(images).repeat()
ids = array_ops.identity(images).values
