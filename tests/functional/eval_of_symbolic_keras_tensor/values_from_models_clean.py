"""Reading values the right way: run a model (or keras.Function) on data."""
import numpy as np
import tensorflow as tf
import keras
from keras import layers

inputs = keras.Input(shape=(8,))
hidden = layers.Dense(4, activation="relu")(inputs)
outputs = layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)

data = np.random.rand(16, 8).astype("float32")
preds = np.asarray(model.predict(data, verbose=0))
probe = keras.Model(inputs, hidden)
acts = keras.ops.convert_to_numpy(probe(data))
fn = keras.Function(inputs, hidden)
acts2 = np.array(fn(data))
score = float(np.mean(preds))
eager = keras.layers.Dense(2)(data)
print(eager.numpy(), float(keras.ops.sum(eager)), int(keras.ops.argmax(eager[0])))
units = int(hidden.shape[-1])
dims = np.asarray(hidden.shape[1:])
name = str(hidden.name)


class Scale(layers.Layer):
    def call(self, x):
        # backend tensors inside call(): reading values is fine in eager mode
        return x * float(np.asarray(2.0))


t = tf.constant([1.0, 2.0])
print(t.numpy(), float(tf.reduce_sum(t)), np.asarray(t))
