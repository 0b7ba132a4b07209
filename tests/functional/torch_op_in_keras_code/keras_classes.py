"""KL302: torch functions inside Keras Layer / Model / Loss subclasses (TensorFlow backend)."""
import keras
import torch
import torch.nn.functional as F
from keras import layers


class Attention(layers.Layer):
    """Ported from a torch nn.Module."""

    def call(self, query, key, value):
        scores = torch.matmul(query, key)  # [torch-op-in-keras-code]
        weights = F.softmax(scores / 8.0, dim=-1)  # [torch-op-in-keras-code]
        return torch.bmm(weights, value)  # [torch-op-in-keras-code]


class Classifier(keras.Model):
    """A subclassed model whose helper uses torch."""

    def __init__(self):
        super().__init__()
        self.dense = layers.Dense(10)

    def call(self, inputs):
        return self.head(self.dense(inputs))

    def head(self, logits):
        return torch.sigmoid(logits)  # [torch-op-in-keras-code]


class FocalLoss(keras.losses.Loss):
    """A loss ported from torch."""

    def call(self, y_true, y_pred):
        probs = torch.sigmoid(y_pred)  # [torch-op-in-keras-code]
        return torch.mean((y_true - probs) ** 2)  # [torch-op-in-keras-code]
