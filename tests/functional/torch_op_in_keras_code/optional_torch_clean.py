"""KL302: optional torch support and backend-aware helpers stay quiet."""
import keras


def to_numpy(batch):
    """Batches may be torch tensors when torch is installed."""
    try:
        import torch
    except ImportError:
        return keras.ops.convert_to_numpy(batch)
    if isinstance(batch, torch.Tensor):
        return torch.cat([batch], dim=0).numpy()
    return keras.ops.convert_to_numpy(batch)


def gather(parts):
    if keras.config.backend() == "torch":
        import torch

        return torch.cat(parts, dim=0)
    return keras.ops.concatenate(parts, axis=0)


class Evaluated(keras.Model):
    """Defines its own eval and train."""

    def eval(self):
        return self.evaluate

    def train(self, mode=True):
        self.trainable = mode
        return self


model = Evaluated()
model.eval()
model.train()


class MultiSource(keras.layers.Layer):
    """A helper that also accepts batches from torch when torch happens to be installed."""

    def merge(self, parts):
        try:
            import torch
        except ImportError:
            return keras.ops.concatenate(parts, axis=0)
        return torch.cat(parts, dim=0)
