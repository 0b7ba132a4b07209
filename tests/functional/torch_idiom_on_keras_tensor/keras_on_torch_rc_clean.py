"""KL301: keras-backend = torch in the configuration: backend tensors are torch tensors."""
import keras


class Gate(keras.layers.Layer):
    """Written for the torch backend."""

    def call(self, inputs):
        gate = inputs.sigmoid()
        return (inputs * gate).view(inputs.size(0), -1)


def eager(layer):
    y = layer(keras.ops.zeros((1, 4)))
    return y.item() if y.numel() == 1 else y.tolist()
