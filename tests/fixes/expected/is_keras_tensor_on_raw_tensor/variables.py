"""KL101: tf.Variable, keras.Variable and K.variable/zeros/ones/eye are variables, not Keras tensors."""
import tensorflow as tf
import keras
from tensorflow.keras import backend as K

tf_var = tf.Variable([1.0, 2.0])
keras_var = keras.Variable([1.0, 2.0])
k_var = K.variable([[1.0, 2.0]])
k_zeros = K.zeros((2, 2))
k_ones = K.ones((2, 2))
k_eye = K.eye(3)

print(keras.ops.is_tensor(tf_var))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(keras_var))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(k_var))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(k_zeros))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(k_ones))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(k_eye))  # [is-keras-tensor-on-raw-tensor]
print(keras.ops.is_tensor(keras.Variable(0.0)))  # [is-keras-tensor-on-raw-tensor]
