"""KL102: quiet when the module selects the torch backend before importing keras."""
import os

os.environ["KERAS_BACKEND"] = "torch"

import keras  # pylint: disable=wrong-import-position
import torch  # pylint: disable=wrong-import-position


class Probe(keras.layers.Layer):
    """On torch the call inputs are torch tensors."""

    def call(self, inputs):
        if isinstance(inputs, torch.Tensor):
            return inputs
        return keras.ops.convert_to_tensor(inputs)


def check(x):
    """Unknown value on a torch-backed Keras."""
    return torch.is_tensor(x)
