"""KL201: classic TF 1.15 / Keras 2 graph code with tf.placeholder and a session is fine there."""
import numpy as np
import tensorflow as tf
import tf_keras as keras

x = tf.placeholder(tf.float32, shape=(None, 4))
y = keras.layers.Dense(1)(x)
model = keras.Model(inputs=x, outputs=y)
loss = tf.reduce_mean(tf.square(y))
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(10):
        sess.run(train_op, feed_dict={x: np.random.rand(8, 4)})
