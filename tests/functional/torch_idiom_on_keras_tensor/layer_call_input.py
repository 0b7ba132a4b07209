"""KL301: a Layer.call ported from a torch module; on the TensorFlow backend the inputs are TF tensors."""
import keras


class PatchEmbed(keras.layers.Layer):
    """Ported from a vision transformer."""

    def __init__(self, dim, **kwargs):
        super().__init__(**kwargs)
        self.proj = keras.layers.Conv2D(dim, 4, strides=4)

    def call(self, inputs):
        batch = inputs.size(0)  # [torch-idiom-on-keras-tensor]
        x = inputs.permute(0, 2, 3, 1)  # [torch-idiom-on-keras-tensor]
        x = self.proj(x)
        return keras.ops.reshape(x, (batch, -1, x.shape[-1]))


class Head(keras.layers.Layer):
    """The chain goes on through a local name."""

    def call(self, features, training=None):
        pooled = features.mean(dim=1)  # [torch-idiom-on-keras-tensor]
        return pooled.unsqueeze(-1)  # [torch-idiom-on-keras-tensor]


def eager_use():
    """An eager layer output on the TensorFlow backend is a TF tensor."""
    layer = keras.layers.Dense(4)
    out = layer(keras.ops.ones((2, 3)))
    return out.detach().cpu()  # [torch-idiom-on-keras-tensor]
