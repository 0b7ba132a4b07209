"""A model built with one output tensor gives one symbolic tensor when called."""
import keras
from keras import layers

inputs = keras.Input(shape=(16,))
hidden = layers.Dense(8)(inputs)
encoder = keras.Model(inputs, hidden)
code = encoder(inputs)
scores = code.values()  # [torch-idiom-on-keras-tensor]
