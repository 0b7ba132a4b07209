"""KL201: values of unknown kind are never reported; a loop over a literal list of placeholders is known."""
import tensorflow as tf
import keras
from mypackage.graph import make_input

dense = keras.layers.Dense(3)


def build(features, extra=None):
    """Parameters are unknown."""
    out = dense(features)
    model = keras.Model(inputs=[features, extra], outputs=out)
    return model(features)


external = make_input()
out_a = dense(external)
wrapped = keras.Input(tensor=external)
for item in [tf.compat.v1.placeholder(tf.float32, shape=(None, 4))]:
    out_b = dense(item)  # [placeholder-in-keras-graph]
