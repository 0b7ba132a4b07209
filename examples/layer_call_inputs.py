"""Inside Layer.call the inputs are backend tensors, never Keras tensors (KL101)."""
import keras
from keras import ops


class Scale(keras.layers.Layer):
    def call(self, inputs):
        if keras.backend.is_keras_tensor(inputs):  # KL101: always False inside call()
            return inputs
        return ops.multiply(inputs, 2.0)


class Residual(keras.layers.Layer):
    def call(self, inputs):
        if ops.is_tensor(inputs):  # fine: what the author meant
            return ops.add(inputs, 1.0)
        return inputs
