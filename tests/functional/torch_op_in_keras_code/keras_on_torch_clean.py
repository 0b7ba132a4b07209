"""KL302: Keras on the torch backend may use torch functions on its tensors."""
import os

os.environ["KERAS_BACKEND"] = "torch"

import keras  # noqa: E402  pylint: disable=wrong-import-position
import torch  # noqa: E402  pylint: disable=wrong-import-position


class TorchMix(keras.layers.Layer):
    def call(self, inputs):
        return torch.cat([inputs, torch.sigmoid(inputs)], dim=-1)


model = keras.Sequential([keras.Input((4,)), TorchMix()])
model.eval()
with torch.no_grad():
    out = model(keras.ops.ones((1, 4)))
