"""Ordinary Keras 3 code: keras-lint has nothing to say here."""
import keras
import numpy as np


def build(input_tensor=None):
    if input_tensor is None:
        img_input = keras.Input(shape=(32, 32, 3))
    elif not keras.backend.is_keras_tensor(input_tensor):
        img_input = keras.Input(tensor=input_tensor, shape=(32, 32, 3))
    else:
        img_input = input_tensor
    x = keras.layers.Conv2D(8, 3, activation="relu")(img_input)
    x = keras.layers.GlobalAveragePooling2D()(x)
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    return keras.Model(img_input, outputs)


model = build()
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
print(keras.ops.is_tensor(np.zeros((2, 32, 32, 3))))
