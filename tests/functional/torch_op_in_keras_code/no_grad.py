"""KL302: torch.no_grad() around Keras model calls does nothing for TensorFlow."""
import numpy as np
import keras
import torch

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
batch = np.ones((1, 4), "float32")

with torch.no_grad():  # [torch-op-in-keras-code]
    predictions = model(batch)

with torch.inference_mode():  # [torch-op-in-keras-code]
    scores = model.predict(batch)
