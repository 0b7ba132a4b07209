"""Importing TF1 names from the TF2 package fails at import time."""
import tensorflow as tf
import tensorflow.contrib.slim as slim  # [removed-tf1-api]
from tensorflow import placeholder  # [removed-tf1-api]
from tensorflow import Session, get_variable  # [removed-tf1-api]
from tensorflow import layers  # [removed-tf1-api]
from tensorflow.contrib import rnn  # [removed-tf1-api]
from tensorflow import train

# uses of names whose import is already reported are not reported again
x = placeholder(tf.float32)
h = layers.dense(x, 3)
cell = rnn.BasicLSTMCell(8)
net = slim.fully_connected(x, 3)
# a TF2 module imported by name: its removed members are still reported
opt = tf.compat.v1.train.AdamOptimizer(0.01)  # [removed-tf1-api]
ckpt = train.Checkpoint()
