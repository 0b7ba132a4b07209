"""A TF1 training script run on TensorFlow 2."""
import numpy as np
import tensorflow as tf

x = tf.placeholder(tf.float32, shape=(None, 4), name="x")  # [removed-tf1-api]
y = tf.placeholder(  # [removed-tf1-api]
    tf.float32,
    shape=(None, 1),  # the targets
)
w = tf.get_variable("w", shape=(4, 1))  # [removed-tf1-api]
pred = tf.matmul(x, w)
loss = tf.reduce_mean(tf.square(pred - y)) + 0.01 * tf.log(1.0 + tf.reduce_sum(w * w))  # [removed-tf1-api]
labels = tf.to_float(y > 0.5)  # [removed-tf1-api]
train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)  # [removed-tf1-api]
tf.logging.set_verbosity(tf.logging.INFO)  # [removed-tf1-api, removed-tf1-api]

with tf.Session() as sess:  # [removed-tf1-api]
    sess.run(tf.global_variables_initializer())  # [removed-tf1-api]
    for step in range(10):
        sess.run(train_op, feed_dict={x: np.zeros((2, 4)), y: np.zeros((2, 1))})
    tf.summary.FileWriter("/tmp/logs", sess.graph)  # [removed-tf1-api]
