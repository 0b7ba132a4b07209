"""PyTorch-style (C, H, W) inputs fed to channels_last 2-D layers."""
import keras
from keras import layers
from keras.layers import Conv2D, MaxPooling2D


def small_cnn(num_classes=10):
    inputs = keras.Input(shape=(3, 32, 32))  # [channels-first-input]
    x = layers.Conv2D(32, 3, activation="relu")(inputs)
    x = layers.MaxPooling2D()(x)
    x = layers.Flatten()(x)
    return keras.Model(inputs, layers.Dense(num_classes)(x))


gray = Conv2D(8, 3)(keras.Input((1, 28, 28)))  # [channels-first-input]

inp = keras.Input((3, 64, 64), name="image")  # [channels-first-input]
scaled = layers.Rescaling(1.0 / 255)(inp)
pooled = MaxPooling2D()(scaled)

rgba = keras.Input(shape=(4, 16, 16))  # [channels-first-input]
conv = layers.SeparableConv2D(8, 3)
features = conv(rgba)

explicit = keras.Input(shape=(3, 96, 96))  # [channels-first-input]
up = layers.Conv2DTranspose(4, 3, data_format="channels_last")(explicit)
