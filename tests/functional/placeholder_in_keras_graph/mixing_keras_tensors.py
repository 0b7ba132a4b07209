"""KL201: a graph placeholder combined with KerasTensors."""
import tensorflow as tf
import keras
from keras.layers import Add, concatenate

inp = keras.Input(shape=(4,))
ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))

added = Add()([inp, ph])  # [placeholder-in-keras-graph]
joined = concatenate([inp, ph])  # [placeholder-in-keras-graph]
joined_ns = keras.layers.concatenate([ph, inp], axis=-1)  # [placeholder-in-keras-graph]
summed = inp + ph  # [placeholder-in-keras-graph]
summed_op = keras.ops.add(inp, ph)  # [placeholder-in-keras-graph]
product = keras.layers.Multiply()([inp, ph])  # [placeholder-in-keras-graph]
