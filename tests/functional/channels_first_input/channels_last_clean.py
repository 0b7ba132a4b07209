"""Correct channels-last models and inputs that only look like (C, H, W)."""
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 3))
x = layers.Conv2D(32, 3, activation="relu")(inputs)

# channels_first on purpose
cf = keras.Input(shape=(3, 32, 32))
y = layers.Conv2D(8, 3, data_format="channels_first")(cf)
cf_seq = keras.Sequential([
    keras.Input(shape=(3, 64, 64)),
    layers.Conv2D(8, 3, data_format="channels_first"),
])

# not an image: a (3, 32, 32) tensor fed to dense / 1-D / 3-D layers
seq_feats = keras.Input(shape=(3, 32, 32))
d = layers.Dense(8)(seq_feats)
flat = keras.Sequential([keras.Input(shape=(3, 32, 32)), layers.Flatten(), layers.Dense(3)])
vol = layers.Conv3D(4, 3)(keras.Input(shape=(3, 32, 32, 1)))
# tiny spatial sizes, or a channel count that is not 1/3/4
small = layers.Conv2D(8, 3)(keras.Input(shape=(3, 4, 4)))
many = layers.Conv2D(8, 3)(keras.Input(shape=(16, 32, 32)))
# the shape is not literal, or the format comes from a variable
H, W = 32, 32
varshape = layers.Conv2D(8, 3)(keras.Input(shape=(3, H, W)))
fmt = "channels_first"
by_var = layers.Conv2D(8, 3, data_format=fmt)(keras.Input(shape=(3, 32, 32)))


def build(channels_first: bool, **conv_kwargs):
    if keras.config.image_data_format() == "channels_first":
        inp = keras.Input(shape=(3, 32, 32))
    else:
        inp = keras.Input(shape=(32, 32, 3))
    return layers.Conv2D(8, 3)(inp), layers.Conv2D(8, 3, **conv_kwargs)(keras.Input((3, 32, 32)))
