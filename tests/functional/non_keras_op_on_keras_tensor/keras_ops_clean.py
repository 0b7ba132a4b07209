"""The Keras 3 way: keras.ops on symbolic tensors, TF code inside a Layer's call()."""
import numpy as np
import tensorflow as tf
import keras
from keras import layers, ops

tokens = keras.Input(shape=(None,), dtype="int32")
mask = keras.Input(shape=(None,))
emb = layers.Embedding(1000, 64)(tokens)
pooled = ops.sum(emb * ops.expand_dims(mask, -1), axis=1)
pooled = pooled / ops.maximum(ops.sum(mask, axis=1, keepdims=True), 1.0)
logits = layers.Dense(2)(pooled)
model = keras.Model([tokens, mask], logits)

# functions that work on a KerasTensor
print(tf.is_tensor(emb), tf.nest.flatten([emb, pooled]), np.shape(emb), np.ndim(emb))
units = np.prod(emb.shape[2:])
spec = tf.TensorShape(emb.shape)
dtype = tf.as_dtype(emb.dtype)


class MaskedMean(layers.Layer):
    def call(self, inputs, mask=None):
        x = tf.reduce_sum(inputs, axis=1)
        return x / tf.cast(tf.shape(inputs)[1], x.dtype) + np.mean([0.0])


out = MaskedMean()(emb)
lam = layers.Lambda(lambda t: tf.reduce_mean(t, axis=1))(emb)

# eager tensors: TF and NumPy ops are fine
data = np.ones((2, 5), dtype="int32")
eager = layers.Embedding(1000, 8)(data)
print(tf.reduce_sum(eager), np.mean(eager), tf.nn.relu(eager))


def build(x):
    return tf.reduce_sum(x, axis=1)  # unknown argument: not flagged
