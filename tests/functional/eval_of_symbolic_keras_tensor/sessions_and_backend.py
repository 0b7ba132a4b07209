"""KL202: TF1 habits (K.eval, Session.run) on Keras 3 symbolic tensors."""
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import backend as K

inp = keras.Input(shape=(8,))
hidden = keras.layers.Dense(4, activation="tanh")(inp)

print(K.eval(hidden))  # [eval-of-symbolic-keras-tensor]
print(K.get_value(hidden))  # [eval-of-symbolic-keras-tensor]
values = K.batch_get_value([hidden, inp])  # [eval-of-symbolic-keras-tensor]

sess = tf.compat.v1.Session()
sess.run(hidden)  # [eval-of-symbolic-keras-tensor]
with tf.compat.v1.Session() as session:
    session.run([hidden], feed_dict={inp: [[0.0] * 8]})  # [eval-of-symbolic-keras-tensor]
