"""KL101: TensorFlow eager tensors (constructors, K.constant, TF ops on them) are never Keras tensors."""
import tensorflow as tf
from tensorflow.keras import backend as K
import keras

const = tf.constant([1.0, 2.0])
zeros = tf.zeros((2, 3))
ones = tf.ones((2, 3))
filled = tf.fill((2, 2), 7.0)
identity = tf.eye(3)
steps = tf.range(10)
noise = tf.random.normal((4,))
uniform = tf.random.uniform((4,))
k_const = K.constant([1.0, 2.0])
summed = tf.add(tf.constant(1.0), 2.0)
product = tf.matmul(zeros, identity)

print(keras.ops.is_tensor(const))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(zeros))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(ones))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(filled))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(identity))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(steps))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(noise))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(uniform))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(k_const))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(summed))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(product))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(tf.constant(3)))  # [is-keras-tensor-on-raw-tensor]
