"""TF2 code and the sanctioned tf.compat.v1 spelling: nothing to report."""
import tensorflow as tf
import tensorflow.compat.v1 as tf1
from tensorflow.compat.v1 import placeholder as v1_placeholder

TF2 = int(tf.__version__.split(".")[0]) >= 2

g = tf.Graph()
with g.as_default():
    x = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
    y = tf1.placeholder(tf.float32)
    z = v1_placeholder(tf.float32)
    w = tf.compat.v1.get_variable("w", shape=(4, 1))
with tf.compat.v1.Session(graph=g) as sess:
    pass

v = tf.Variable(tf.random.normal((4, 1)))
loss = tf.math.log(1.0 + tf.reduce_sum(v * v))
labels = tf.cast(v > 0.5, tf.float32)
tf.random.set_seed(0)
tf.get_logger().setLevel("INFO")
ckpt = tf.train.Checkpoint(v=v)
ds = tf.data.Dataset.range(3).prefetch(tf.data.AUTOTUNE)

# code written for both TF1 and TF2
if not TF2:
    tf.logging.set_verbosity(tf.logging.INFO)
session_cls = tf.compat.v1.Session if TF2 else tf.Session
log = getattr(tf, "log", None) or tf.math.log
try:
    from tensorflow.contrib import slim
except ImportError:
    slim = None
try:
    to_float = tf.to_float
except AttributeError:
    to_float = None
if hasattr(tf, "placeholder"):
    p = tf.placeholder(tf.float32)


def uses_a_parameter(tf):
    return tf.placeholder  # not the tensorflow module
