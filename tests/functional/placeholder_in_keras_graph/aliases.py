"""KL201: Keras layers and models under different import spellings and aliases."""
import tensorflow as tf
import keras.layers as kl
from keras import layers as L  # pylint: disable=reimported
from keras.layers import Dense as D
from tensorflow import keras as tfk

KL = tfk.layers
ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))

out_a = kl.Dense(3)(ph)  # [placeholder-in-keras-graph]
out_b = L.Dense(3)(ph)  # [placeholder-in-keras-graph]
out_c = D(3)(ph)  # [placeholder-in-keras-graph]
out_d = tfk.layers.Dense(3)(ph)  # [placeholder-in-keras-graph]
out_e = KL.Dense(3)(ph)  # [placeholder-in-keras-graph]
out_f = tf.keras.layers.Dense(3)(ph)  # [placeholder-in-keras-graph]
model = tfk.Model(inputs=ph, outputs=out_a)  # [placeholder-in-keras-graph]


def build():
    """A function-local import resolves the same way."""
    from keras import layers  # pylint: disable=import-outside-toplevel,reimported

    return layers.Dense(2)(ph)  # [placeholder-in-keras-graph]
