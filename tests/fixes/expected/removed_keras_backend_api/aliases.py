import keras
import keras.backend as KB
import tensorflow as tf
from keras.backend import variable, floatx  # [removed-keras-backend-api]
from tensorflow.keras import backend as TK

K = keras.backend

a = keras.ops.argmin(tf.ones((2, 3)), axis=-1)  # [removed-keras-backend-api]
b = keras.ops.cumsum(tf.ones((2, 3)), axis=0)  # [removed-keras-backend-api]
c = keras.ops.expand_dims(tf.ones((2, 3)), axis=-1)  # [removed-keras-backend-api]
d = variable(tf.ones((2,)))
print(floatx())

# the tf.keras.backend legacy shim of TF 2.16+ keeps these names ...
e = TK.eval(tf.ones((2,)))
f = TK.int_shape(tf.ones((2,)))
g = tf.keras.backend.argmax(tf.ones((2, 3)))
# ... but not these
sess = TK.get_session()  # [removed-keras-backend-api]
TK.set_learning_phase(1)  # [removed-keras-backend-api]
tf.keras.backend.print_tensor(e)  # [removed-keras-backend-api]
h = tf.compat.v1.keras.backend.placeholder(shape=(None, 2))  # [removed-keras-backend-api]
fn = K.function  # [removed-keras-backend-api]
