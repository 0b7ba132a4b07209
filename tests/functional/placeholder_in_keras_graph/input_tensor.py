"""KL201: a graph placeholder wrapped with keras.Input(tensor=...)."""
import tensorflow as tf
import keras
from keras.layers import Input

ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))

wrapped = keras.Input(tensor=ph)  # [placeholder-in-keras-graph]
wrapped_layers = keras.layers.Input(tensor=ph, shape=(4,))  # [placeholder-in-keras-graph]
wrapped_bare = Input(shape=(4,), tensor=ph)  # [placeholder-in-keras-graph]
wrapped_tf = tf.keras.Input(tensor=ph)  # [placeholder-in-keras-graph]
