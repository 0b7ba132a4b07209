"""tf.layers and tf.contrib: no safe compat spelling under Keras 3."""
import tensorflow as tf

images = tf.ones((2, 32, 32, 3))
h = tf.layers.conv2d(images, 16, 3)  # [removed-tf1-api]
h = tf.layers.max_pooling2d(h, 2, 2)  # [removed-tf1-api]
h = tf.layers.flatten(h)  # [removed-tf1-api]
logits = tf.layers.dense(h, 10)  # [removed-tf1-api]
init = tf.contrib.layers.xavier_initializer()  # [removed-tf1-api]
reg = tf.contrib.layers.l2_regularizer(1e-4)  # [removed-tf1-api]
autotune = tf.contrib.data.AUTOTUNE  # [removed-tf1-api]
arg_scope = tf.contrib.slim.arg_scope  # [removed-tf1-api]
layer_cls = tf.layers.Dense  # [removed-tf1-api]
