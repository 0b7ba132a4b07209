"""KL201 in TF1 graph mode: a layer call on a placeholder computes in a Session, but
keras.Model and keras.Input still reject placeholders in Keras 3."""
import numpy as np
import tensorflow as tf
import keras

tf.compat.v1.disable_eager_execution()
ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
out = keras.layers.Dense(3)(ph)
model = keras.Model(inputs=ph, outputs=out)  # [placeholder-in-keras-graph]
wrapped = keras.Input(tensor=ph)  # [placeholder-in-keras-graph]
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(out, {ph: np.ones((2, 4), "float32")}))
