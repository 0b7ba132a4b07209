"""KL201: placeholders used only with TF ops (no Keras layer, model or KerasTensor) are not flagged."""
import tensorflow as tf

graph = tf.Graph()
with graph.as_default():
    ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
    weights = tf.ones((4, 2))
    logits = tf.matmul(ph, weights)
    probs = tf.nn.softmax(logits + 1.0)

with tf.compat.v1.Session(graph=graph) as sess:
    print(sess.run(probs, feed_dict={ph: [[1.0, 2.0, 3.0, 4.0]]}))
