"""KL101: quiet for call() of non-layers, other call arguments, and reassigned inputs."""
import keras
from keras import backend as K


class NotALayer:
    """A plain class: its call() inputs are unknown."""

    def call(self, inputs):
        return K.is_keras_tensor(inputs)


class Masked(keras.layers.Layer):
    """Only the first parameter after self is the Layer.call input."""

    def call(self, inputs, mask=None):
        print(K.is_keras_tensor(mask))
        return inputs

    def build(self, input_shape):
        print(K.is_keras_tensor(input_shape))
        super().build(input_shape)


class Rebound(keras.layers.Layer):
    """The input is reassigned to an unknown value before the check."""

    def call(self, inputs):
        inputs = self.preprocess(inputs)
        print(K.is_keras_tensor(inputs))
        return inputs

    def preprocess(self, value):
        """Unknown transformation."""
        return value


def call(inputs):
    """A module-level function named call is not Layer.call."""
    return K.is_keras_tensor(inputs)
