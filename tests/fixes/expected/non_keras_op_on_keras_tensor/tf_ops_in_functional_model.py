"""KL203: TensorFlow ops on Keras 3 symbolic tensors while building a functional model."""
import tensorflow as tf
import keras
from keras import layers

tokens = keras.Input(shape=(None,), dtype="int32")
mask = keras.Input(shape=(None,))
emb = layers.Embedding(1000, 64)(tokens)
weighted = emb * keras.ops.expand_dims(mask, -1)  # [non-keras-op-on-keras-tensor]
pooled = keras.ops.sum(emb, axis=1)  # [non-keras-op-on-keras-tensor]
count = keras.ops.sum(mask, axis=1, keepdims=True)  # [non-keras-op-on-keras-tensor]
both = keras.ops.concatenate([emb, emb], axis=-1)  # [non-keras-op-on-keras-tensor]
act = keras.ops.relu(emb)  # [non-keras-op-on-keras-tensor]
cls = tf.argmax(emb, axis=-1)  # [non-keras-op-on-keras-tensor]
size = tf.shape(tokens)[0]  # [non-keras-op-on-keras-tensor]
norm = tf.math.l2_normalize(emb, axis=-1)  # [non-keras-op-on-keras-tensor]
flat = tf.compat.v1.layers.flatten  # not a call
logits = layers.Dense(2)(emb)
model = keras.Model([tokens, mask], logits)
probs = keras.ops.softmax(model.output)  # [non-keras-op-on-keras-tensor]
