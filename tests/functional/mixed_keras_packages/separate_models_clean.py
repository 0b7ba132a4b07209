"""KL501 clean: tf.keras and keras imported in one file, each model built from one of them."""
import keras
import tensorflow as tf
from tensorflow import keras as tfk


def build_keras():
    inputs = keras.Input(shape=(8,))
    model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
    model.compile(optimizer=keras.optimizers.Adam(), loss="mse")
    return model


def build_tf_keras():
    inputs = tfk.Input(shape=(8,))
    model = tfk.Model(inputs, tfk.layers.Dense(1)(inputs))
    model.compile(optimizer=tf.keras.optimizers.Adam(), loss="mse")
    return model


def compare(x):
    # both run on the same data: concrete tensors, not a model of both
    return build_keras()(x), build_tf_keras()(x)


keras_model = build_keras()
keras_model.compile(optimizer="adam", loss=keras.losses.MeanSquaredError())
