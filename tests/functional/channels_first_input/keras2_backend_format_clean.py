"""Keras 2 code that sets the format through the backend module."""
from tensorflow.keras import backend as K
from tensorflow.keras.layers import Conv2D, Input

K.set_image_data_format("channels_first")
x = Conv2D(8, 3)(Input((1, 28, 28)))
