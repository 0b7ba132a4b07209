"""A TF1 training script run on TensorFlow 2."""
import numpy as np
import tensorflow as tf

x = tf.compat.v1.placeholder(tf.float32, shape=(None, 4), name="x")  # [removed-tf1-api]
y = tf.compat.v1.placeholder(  # [removed-tf1-api]
    tf.float32,
    shape=(None, 1),  # the targets
)
w = tf.compat.v1.get_variable("w", shape=(4, 1))  # [removed-tf1-api]
pred = tf.matmul(x, w)
loss = tf.reduce_mean(tf.square(pred - y)) + 0.01 * tf.math.log(1.0 + tf.reduce_sum(w * w))  # [removed-tf1-api]
labels = tf.compat.v1.to_float(y > 0.5)  # [removed-tf1-api]
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)  # [removed-tf1-api]
tf.compat.v1.logging.set_verbosity(tf.compat.v1.logging.INFO)  # [removed-tf1-api, removed-tf1-api]

with tf.compat.v1.Session() as sess:  # [removed-tf1-api]
    sess.run(tf.compat.v1.global_variables_initializer())  # [removed-tf1-api]
    for step in range(10):
        sess.run(train_op, feed_dict={x: np.zeros((2, 4)), y: np.zeros((2, 1))})
    tf.compat.v1.summary.FileWriter("/tmp/logs", sess.graph)  # [removed-tf1-api]
