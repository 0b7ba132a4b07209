"""The module switches Keras to channels_first: (C, H, W) is right."""
import keras
from keras import layers

keras.config.set_image_data_format("channels_first")

inputs = keras.Input(shape=(3, 32, 32))
x = layers.Conv2D(8, 3)(inputs)
