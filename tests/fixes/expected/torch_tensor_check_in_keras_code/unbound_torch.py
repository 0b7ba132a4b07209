"""KL102: pasted PyTorch check in a Keras module that never imports torch."""
# pylint: disable=undefined-variable
import keras


def normalize(batch):
    """The torch branch can never run: torch is not even imported."""
    if isinstance(batch, torch.Tensor):  # [torch-tensor-check-in-keras-code]
        batch = batch.float() / 255.0
    return keras.ops.cast(batch, "float32") / 255.0


def is_tensor(value):
    """torch.is_tensor pasted too."""
    return keras.ops.is_tensor(value)  # [torch-tensor-check-in-keras-code]
