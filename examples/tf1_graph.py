"""TF1 graph code run on TensorFlow 2 (KL402)."""
import tensorflow as tf


def train_step(batch, labels):
    x = tf.placeholder(tf.float32, shape=(None, 4))  # KL402: tf.compat.v1.placeholder
    y = tf.placeholder(tf.float32, shape=(None, 1))
    pred = tf.layers.dense(x, 1)  # KL402: keras.layers.Dense
    loss = tf.reduce_mean(tf.square(pred - y))
    step = tf.train.AdamOptimizer(1e-3).minimize(loss)  # KL402: keras.optimizers.Adam
    with tf.Session() as sess:  # KL402: eager execution, or tf.compat.v1.Session
        sess.run(tf.global_variables_initializer())  # KL402
        return sess.run([step, loss], feed_dict={x: batch, y: labels})
