"""KL203: NumPy and torch functions on Keras 3 symbolic tensors."""
import numpy as np
import torch
import keras

inp = keras.Input(shape=(3, 3))
centered = inp - keras.ops.mean(inp, axis=0)  # [non-keras-op-on-keras-tensor]
stacked = keras.ops.concatenate([inp, inp], axis=1)  # [non-keras-op-on-keras-tensor]
exp = keras.ops.exp(inp)  # [non-keras-op-on-keras-tensor]
tsum = torch.sum(inp)  # [non-keras-op-on-keras-tensor]
