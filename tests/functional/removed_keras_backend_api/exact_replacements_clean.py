"""The Keras 3 code the exact_replacements messages name: nothing to report."""
import numpy as np
import keras


class PaddedFlatten(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.bias = keras.Variable(keras.ops.zeros((self.units,)))
        self.gain = keras.Variable(keras.ops.ones((self.units,)), name="gain")
        self.mask = keras.ops.eye(self.units)

    def call(self, inputs):
        channels = inputs.shape[-1]
        padded = keras.ops.pad(inputs, ((0, 0), (2, 0), (0, 0)))
        image = keras.ops.pad(keras.ops.expand_dims(padded, axis=-1), ((0, 0), (1, 1), (0, 0), (0, 0)))
        flat = keras.ops.reshape(image, (keras.ops.shape(image)[0], -1))
        everything = keras.ops.reshape(flat, (-1,))
        gate = keras.ops.clip(0.2 * (flat * 2.0) + 0.5, 0.0, 1.0)
        clipped = keras.ops.clip(gate, 0.1, 0.9)
        steps = keras.ops.arange(channels, dtype="int32")
        scale = keras.ops.convert_to_tensor(np.float32(0.5), dtype=keras.config.floatx())
        for v, value in [(self.bias, np.zeros(self.units))]:
            v.assign(value)
        return clipped * scale + keras.ops.cast(keras.ops.sum(steps), "float32") * keras.ops.mean(everything)
