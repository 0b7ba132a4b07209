"""KL301: NumPy arrays, pandas frames and members TF tensors really have are not torch idioms."""
import numpy as np
import pandas as pd
import tensorflow as tf
import keras

pixels = np.zeros((4, 4), dtype=np.float32)
as_bytes = pixels.view(np.uint8)
flat = pixels.reshape(-1)
transposed = pixels.T
clipped = pixels.clip(0, 1)
biggest = pixels.max()
first = pixels.item(0)

frame = pd.DataFrame({"a": [1, 2]})
values = frame.to_numpy()

tensor = tf.constant([[1.0, 2.0]])
host = tensor.cpu()
as_array = tensor.numpy()
shape, dtype, rank, device = tensor.shape, tensor.dtype, tensor.ndim, tensor.device
squeezed = keras.ops.squeeze(tensor)
converted = keras.ops.convert_to_numpy(tensor).astype("float64")
listed = keras.ops.convert_to_numpy(tensor).tolist()

variable = keras.Variable([1.0, 2.0])
current = variable.numpy()
assigned = variable.assign([3.0, 4.0])
vshape, vdtype, vtrainable = variable.shape, variable.dtype, variable.trainable
