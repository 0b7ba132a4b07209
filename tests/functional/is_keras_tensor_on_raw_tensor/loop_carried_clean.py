"""KL101: a name reassigned later in the loop is not the value it had before the loop."""
import keras
from keras import layers

inp = keras.Input((8,))
prev = None
for units in (8, 8, 8):
    h = layers.Dense(units)(inp)
    if prev is not None and keras.utils.is_keras_tensor(prev):
        h = layers.Add()([h, prev])
    prev = h
model = keras.Model(inp, prev)

state = None
while state is None or not keras.backend.is_keras_tensor(state):
    state = layers.Dense(4)(inp)
