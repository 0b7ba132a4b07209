"""KL501 clean: one Keras, standalone keras, with TensorFlow for data and ops inside layers."""
import keras
import numpy as np
import tensorflow as tf


class Scale(keras.layers.Layer):
    def call(self, inputs):
        return inputs * 2.0


inputs = keras.Input(shape=(8,))
x = keras.layers.Dense(16, activation="relu")(inputs)
x = Scale()(x)
x = keras.layers.concatenate([x, inputs])
outputs = keras.layers.Dense(1)(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse", metrics=["mae"])

dataset = tf.data.Dataset.from_tensor_slices((np.ones((32, 8)), np.ones((32, 1)))).batch(8)
model.fit(dataset, epochs=1)
features = tf.constant(np.ones((2, 8)), dtype=tf.float32)
preds = model(features)
seq = keras.Sequential([keras.Input(shape=(8,)), keras.layers.Dense(4), Scale()])
seq.add(keras.layers.Dense(1))
seq.compile(optimizer=keras.optimizers.SGD(), loss="mse")
