"""KL201: instances of local Keras Layer/Model subclasses called on a placeholder."""
import tensorflow as tf
import keras


class Scale(keras.layers.Layer):
    """A custom layer."""

    def call(self, inputs):
        return inputs * 2.0


class ScaleTwice(Scale):
    """Subclass of a local layer."""

    def call(self, inputs):
        return super().call(super().call(inputs))


class Head(keras.Model):
    """A subclassed model."""

    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(1)

    def call(self, inputs):
        return self.dense(inputs)


ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
a = Scale()(ph)  # [placeholder-in-keras-graph]
scaler = ScaleTwice()
b = scaler(ph)  # [placeholder-in-keras-graph]
c = Head()(ph)  # [placeholder-in-keras-graph]
