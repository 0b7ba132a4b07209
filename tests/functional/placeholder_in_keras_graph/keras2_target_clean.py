"""KL201: under Keras 2 placeholders were accepted, so nothing is flagged."""
import tensorflow as tf
from tensorflow.keras import backend as K
from tensorflow.keras.layers import Add, Dense, Input
from tensorflow.keras.models import Model

ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
k_ph = K.placeholder(shape=(None, 4))
inp = Input(shape=(4,))

hidden = Dense(3)(ph)
wrapped = Input(tensor=ph)
model = Model(inputs=ph, outputs=hidden)
k_out = Dense(3)(k_ph)
k_model = Model(k_ph, k_out)
mixed = Add()([inp, k_ph])
called = model(k_ph)
