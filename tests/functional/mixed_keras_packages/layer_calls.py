"""KL501: a layer of one Keras implementation called on a tensor of another."""
import keras
import tensorflow as tf
from tensorflow.keras import layers as tfl

inputs = tf.keras.Input(shape=(8,))
hidden = keras.layers.Dense(16, activation="relu")(inputs)  # [mixed-keras-packages]

k_in = keras.Input(shape=(8,))
tf_out = tf.keras.layers.Dense(4)(k_in)  # [mixed-keras-packages]
dense = tfl.Dense(4)
tf_out2 = dense(k_in)  # [mixed-keras-packages]

# a tensor made from a mix is not reported again downstream
model = tf.keras.Model(inputs, keras.layers.Dense(1)(hidden))

# merge helpers and layers given a list of tensors
merged = keras.layers.concatenate([k_in, tf.keras.Input(shape=(8,))])  # [mixed-keras-packages]
added = tf.keras.layers.Add()([k_in, k_in])  # [mixed-keras-packages]

# ops keep the implementation of their tensor
activated = keras.ops.relu(inputs)
projected = keras.layers.Dense(2)(activated)  # [mixed-keras-packages]

# a model called on the other's tensor
k_model = keras.Model(k_in, keras.layers.Dense(1)(k_in))
wrapped = k_model(tf.keras.Input(shape=(8,)))  # [mixed-keras-packages]
