"""KL101: every spelling of a graph placeholder is known not to be a Keras tensor."""
import tensorflow as tf
import tensorflow.compat.v1 as tf1
from tensorflow.compat.v1 import placeholder
import keras
from keras import backend as K

ph_compat = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
ph_tf1 = tf1.placeholder(tf1.float32, shape=(None, 4))
ph_bare = placeholder(tf.float32, shape=(None, 4))
ph_keras = K.placeholder(shape=(None, 4))  # [removed-keras-backend-api]

if keras.ops.is_tensor(ph_compat):  # [is-keras-tensor-on-raw-tensor]
    print("symbolic")
print(keras.ops.is_tensor(ph_tf1))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(ph_bare))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(ph_keras))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(tf.compat.v1.placeholder(tf.int32)))  # [is-keras-tensor-on-raw-tensor]
