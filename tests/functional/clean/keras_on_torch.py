"""Clean: Keras 3 on the torch backend, where torch checks and torch methods are legitimate."""
import os

os.environ["KERAS_BACKEND"] = "torch"

import keras  # pylint: disable=wrong-import-position
import torch  # pylint: disable=wrong-import-position


class ChannelsFirst(keras.layers.Layer):  # pylint: disable=too-few-public-methods
    """Accepts NHWC input and works in torch layout internally."""

    def call(self, inputs):
        """Average over the spatial axes."""
        if isinstance(inputs, torch.Tensor):
            inputs = inputs.permute(0, 3, 1, 2).contiguous()
        return keras.ops.mean(inputs, axis=(2, 3))


def to_numpy(x):
    """Layer outputs are torch tensors that may require grad."""
    if torch.is_tensor(x):
        return x.detach().cpu().numpy()
    return keras.ops.convert_to_numpy(x)


inp = keras.Input(shape=(16, 16, 3))
model = keras.Model(inp, keras.layers.Dense(2)(ChannelsFirst()(inp)))
preds = model(torch.rand(2, 16, 16, 3))
print(type(preds) is torch.Tensor, to_numpy(preds).shape)  # pylint: disable=unidiomatic-typecheck
