"""KL201: every spelling of a graph placeholder is recognised."""
import tensorflow as tf
import tensorflow.compat.v1 as tf1
from tensorflow.compat.v1 import placeholder
import keras
from keras import backend as K

ph_compat = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
ph_tf1 = tf1.placeholder(tf1.float32, shape=(None, 4))
ph_bare = placeholder(tf.float32, shape=(None, 4))
ph_keras = K.placeholder(shape=(None, 4))  # [removed-keras-backend-api]

dense = keras.layers.Dense(3)
out_a = dense(ph_compat)  # [placeholder-in-keras-graph]
out_b = dense(ph_tf1)  # [placeholder-in-keras-graph]
out_c = dense(ph_bare)  # [placeholder-in-keras-graph]
out_d = dense(ph_keras)  # [placeholder-in-keras-graph]
out_e = dense(tf.compat.v1.placeholder(tf.float32, shape=(None, 4)))  # [placeholder-in-keras-graph]
