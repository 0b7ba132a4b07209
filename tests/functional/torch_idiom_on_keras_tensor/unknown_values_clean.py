"""KL301: values of unknown type are never flagged (they may be torch tensors)."""
import keras


def to_channels_first(batch):
    """batch comes from anywhere: a torch DataLoader perhaps."""
    return batch.permute(0, 3, 1, 2).contiguous().cpu()


def summarize(loader):
    for images, labels in loader:
        yield images.size(0), labels.long().item()


class Wrapper:
    """Not a Keras layer: its call gets whatever the caller passes."""

    def call(self, inputs):
        return inputs.view(-1)


inputs = keras.Input((4,))
model = keras.Model(inputs, keras.layers.Dense(2)(inputs))
