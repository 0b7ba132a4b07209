"""A block ported from a PyTorch model into Keras, with torch idioms left in (KL301, KL302)."""
import keras
import torch


class PatchMerge(keras.layers.Layer):
    def call(self, inputs):
        x = inputs.permute(0, 2, 1).contiguous()  # KL301: keras.ops.transpose(inputs, (0, 2, 1))
        pooled = torch.cat([x, x], dim=-1)  # KL302: keras.ops.concatenate([...], axis=-1)
        return pooled


model = keras.Sequential([keras.Input((16, 8)), PatchMerge(), keras.layers.Dense(2)])
model.eval()  # KL302: Keras models have no eval(); pass training=False
