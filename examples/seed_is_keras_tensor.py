"""is_keras_tensor on a TF1 placeholder (KL101) and the placeholder wired into Keras (KL201)."""
import tensorflow.compat.v1 as tf
from keras import backend as K
from keras.layers import Dense, Input

x_tf = tf.placeholder(tf.float32, shape=(2, 4, 5))
print(K.is_keras_tensor(x_tf))  # KL101: always False, the author meant keras.ops.is_tensor

keras_input = Input([10])
print(K.is_keras_tensor(keras_input))  # fine: a symbolic Keras tensor
print(K.is_keras_tensor(Dense(10)(keras_input)))  # fine: a layer output

hidden = Dense(10)(x_tf)  # KL201: Keras 3 fails when this graph runs
