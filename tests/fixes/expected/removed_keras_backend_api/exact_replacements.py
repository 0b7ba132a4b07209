"""Keras 2 backend calls whose Keras 3 replacement the message spells with the call's own arguments."""
import numpy as np
import keras
from keras import backend as K


class PaddedFlatten(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.bias = K.zeros((self.units,))  # [removed-keras-backend-api]
        self.gain = K.ones((self.units,), name="gain")  # [removed-keras-backend-api]
        self.mask = K.eye(self.units)  # [removed-keras-backend-api]

    def call(self, inputs):
        channels = K.int_shape(inputs)[-1]  # [removed-keras-backend-api]
        padded = keras.ops.pad(inputs, ((0, 0), (2, 0), (0, 0)))  # [removed-keras-backend-api]
        image = K.spatial_2d_padding(keras.ops.expand_dims(padded, axis=-1), ((1, 1), (0, 0)))  # [removed-keras-backend-api, removed-keras-backend-api]
        flat = K.batch_flatten(image)  # [removed-keras-backend-api]
        everything = keras.ops.reshape(flat, (-1,))  # [removed-keras-backend-api]
        gate = K.hard_sigmoid(flat * 2.0)  # [removed-keras-backend-api]
        clipped = K.clip(gate, 0.1, 0.9)  # [removed-keras-backend-api]
        steps = K.arange(channels)  # [removed-keras-backend-api]
        scale = K.constant(np.float32(0.5))  # [removed-keras-backend-api]
        K.batch_set_value([(self.bias, np.zeros(self.units))])  # [removed-keras-backend-api]
        return clipped * scale + keras.ops.cast(keras.ops.sum(steps), "float32") * keras.ops.mean(everything)  # [removed-keras-backend-api, removed-keras-backend-api, removed-keras-backend-api]
