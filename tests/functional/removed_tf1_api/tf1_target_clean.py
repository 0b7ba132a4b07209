"""Targeting TensorFlow 1.15 (tensorflow-version = 1.15): the TF1 names are right."""
import tensorflow as tf
from tensorflow.contrib import slim

x = tf.placeholder(tf.float32, shape=(None, 4))
h = tf.layers.dense(x, 3)
net = slim.fully_connected(x, 3)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
