"""Models built with a dict or list of outputs, and layers asked for their states, give
structures of tensors when called: dict and list methods on them are fine."""
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 3))
x = layers.Conv2D(8, 3, padding="same")(inputs)
pyramid = {"P1": x, "P2": layers.Conv2D(8, 3, padding="same")(x)}
extractor = keras.Model(inputs=inputs, outputs=pyramid)
features = extractor(inputs)
merged = layers.Concatenate()(list(features.values()))

heads = keras.Model(inputs, [x, merged])
outs = heads(inputs)
first = outs.index(outs[0])

seq = keras.Input(shape=(10, 4))
states = layers.LSTM(4, return_state=True)(seq)
where = states.index(states[-1])

loaded = keras.models.load_model("pyramid.keras")
named = loaded(inputs).values()
