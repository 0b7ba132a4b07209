"""KL101: inside Layer.call / Model.call the inputs are backend tensors, never Keras tensors."""
import keras
import tensorflow as tf
from keras import backend as K


class Scale(keras.layers.Layer):
    """Layer subclass via keras.layers.Layer."""

    def call(self, inputs):
        if keras.ops.is_tensor(inputs):  # [is-keras-tensor-on-raw-tensor]
            return inputs
        return inputs * 2.0


class Shift(keras.Layer):
    """Layer subclass via keras.Layer, with extra call arguments."""

    def call(self, x, training=None):
        print(keras.ops.is_tensor(x))  # [is-keras-tensor-on-raw-tensor]
        return x + 1.0 if training else x


class TfLayer(tf.keras.layers.Layer):
    """Layer subclass via tf.keras."""

    def call(self, inputs):
        return inputs if keras.ops.is_tensor(inputs) else -inputs  # [is-keras-tensor-on-raw-tensor]


class Tiny(keras.Model):
    """Model subclass."""

    def call(self, inputs):
        assert not keras.ops.is_tensor(inputs)  # [is-keras-tensor-on-raw-tensor]
        return inputs


class ScaleTwice(Scale):
    """Subclass of a local Layer subclass."""

    def call(self, inputs):
        print(keras.ops.is_tensor(inputs))  # [is-keras-tensor-on-raw-tensor]
        return super().call(inputs)
