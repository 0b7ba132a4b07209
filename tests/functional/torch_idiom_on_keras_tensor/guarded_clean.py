"""KL301: code that tests the backend, handles AttributeError or checks hasattr is quiet."""
import keras


def to_numpy(x):
    """Backend-aware helper."""
    if keras.config.backend() == "torch":
        return x.detach().cpu().numpy()
    return keras.ops.convert_to_numpy(x)


class Flexible(keras.layers.Layer):
    """Branches on the backend inside call."""

    def call(self, inputs):
        if keras.backend.backend() == "torch":
            return inputs.permute(0, 2, 1)
        return keras.ops.transpose(inputs, (0, 2, 1))


def scalar(layer):
    out = layer(keras.ops.ones((1, 1)))
    try:
        return out.item()
    except AttributeError:
        return float(keras.ops.convert_to_numpy(out))


def maybe_detach(layer):
    out = layer(keras.ops.ones((1, 1)))
    if hasattr(out, "detach"):
        out = out.detach()
    return out
