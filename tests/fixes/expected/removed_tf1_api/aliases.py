"""Any alias of the TF2 module; the fix keeps the alias."""
import tensorflow
import tensorflow as tf_lib
from tensorflow import math as tfm

a = tensorflow.compat.v1.placeholder(tensorflow.float32)  # [removed-tf1-api]
b = tf_lib.compat.v1.random_normal((2, 3))  # [removed-tf1-api]
c = tf_lib.compat.v1.arg_max(b, 1)  # [removed-tf1-api]
d = tfm.log(2.0)
e = tensorflow.math.squared_difference(b, b)  # [removed-tf1-api]
tensorflow.compat.v1.app.run()  # [removed-tf1-api]
tensorflow.compat.v1.flags.DEFINE_string("name", "x", "help")  # [removed-tf1-api]
session_type = tensorflow.compat.v1.Session  # [removed-tf1-api]


def build():
    tensorflow.compat.v1.reset_default_graph()  # [removed-tf1-api]
    return tensorflow.compat.v1.variable_scope("block")  # [removed-tf1-api]
