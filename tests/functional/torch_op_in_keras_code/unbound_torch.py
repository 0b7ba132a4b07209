"""KL302: torch calls pasted into a Keras module that never imports torch."""
# pylint: disable=undefined-variable
import keras


def fuse(features, context):
    """torch is not even imported here."""
    joined = torch.cat([features, context], dim=-1)  # [torch-op-in-keras-code]
    return torch.nn.functional.gelu(joined)  # [torch-op-in-keras-code]


def build():
    inputs = keras.Input((8,))
    return keras.Model(inputs, keras.layers.Dense(2)(inputs))
