"""KL201: a graph placeholder used as the inputs of keras.Model."""
import tensorflow as tf
import keras
from keras import Model
from keras.layers import Dense

ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
inp = keras.Input(shape=(4,))
out = Dense(3)(inp)

model_a = keras.Model(inputs=ph, outputs=out)  # [placeholder-in-keras-graph]
model_b = Model(ph, out)  # [placeholder-in-keras-graph]
model_c = Model(inputs=[inp, ph], outputs=out)  # [placeholder-in-keras-graph]
model_d = keras.models.Model(  # [placeholder-in-keras-graph]
    inputs=[ph],
    outputs=out,
)
model_e = tf.keras.Model(ph, out)  # [placeholder-in-keras-graph]
