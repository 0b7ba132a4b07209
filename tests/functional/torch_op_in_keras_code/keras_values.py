"""KL302: torch functions applied to TensorFlow / Keras values (torch.cat on a KerasTensor
is KL203's finding, which takes precedence)."""
import keras
import tensorflow as tf
import torch
import torch.nn.functional as F

scores = tf.random.normal((8, 10))
lowest = torch.amin(scores, dim=1)  # [torch-op-in-keras-code]
probs = F.softmax(scores, dim=-1)  # [torch-op-in-keras-code]
activated = torch.nn.functional.relu(scores)  # [torch-op-in-keras-code]
merged = torch.cat([scores, scores], dim=1)  # [torch-op-in-keras-code]
stacked = torch.stack((scores, tf.zeros((8, 10))))  # [torch-op-in-keras-code]

weights = keras.Variable([[1.0, 2.0]])
clipped = torch.clamp(weights, 0.0, 1.0)  # [torch-op-in-keras-code]
eager = keras.ops.ones((2, 2))
summed = torch.sum(eager, dim=0)  # [torch-op-in-keras-code]
