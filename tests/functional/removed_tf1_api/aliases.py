"""Any alias of the TF2 module; the fix keeps the alias."""
import tensorflow
import tensorflow as tf_lib
from tensorflow import math as tfm

a = tensorflow.placeholder(tensorflow.float32)  # [removed-tf1-api]
b = tf_lib.random_normal((2, 3))  # [removed-tf1-api]
c = tf_lib.arg_max(b, 1)  # [removed-tf1-api]
d = tfm.log(2.0)
e = tensorflow.squared_difference(b, b)  # [removed-tf1-api]
tensorflow.app.run()  # [removed-tf1-api]
tensorflow.flags.DEFINE_string("name", "x", "help")  # [removed-tf1-api]
session_type = tensorflow.Session  # [removed-tf1-api]


def build():
    tensorflow.reset_default_graph()  # [removed-tf1-api]
    return tensorflow.variable_scope("block")  # [removed-tf1-api]
