"""Keras 3 functional-model code that treats symbolic tensors as data (KL202, KL203, KL303, KL501)."""
import numpy as np
import tensorflow as tf
import keras
from keras import layers

images = keras.Input(shape=(3, 64, 64))  # KL303: PyTorch's (C, H, W); Keras is channels_last
features = layers.Conv2D(16, 3, activation="relu")(images)
print("features:", np.asarray(features))  # KL202: a symbolic tensor has no values yet
pooled = tf.reduce_mean(features, axis=[1, 2])  # KL203: keras.ops.mean(features, axis=[1, 2])
logits = tf.keras.layers.Dense(10)(features)  # KL501: a tf.keras layer on a keras tensor
