"""KL302: keras-backend = torch in the configuration."""
import keras
import torch


class Gate(keras.layers.Layer):
    def call(self, inputs):
        return inputs * torch.sigmoid(inputs)


merged = torch.cat([keras.ops.ones((1, 2)), keras.ops.zeros((1, 2))])
