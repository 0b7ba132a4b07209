"""Sequential models, Keras 3 and Keras 2 (input_shape=) styles, any Keras spelling."""
import keras
import tensorflow as tf
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(3, 224, 224)),  # [channels-first-input]
        layers.Conv2D(16, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(2),
    ]
)

legacy = keras.Sequential([
    layers.Conv2D(32, (3, 3), input_shape=(3, 32, 32)),  # [channels-first-input]
    layers.MaxPooling2D(),
])

tf_model = tf.keras.Sequential(layers=[
    tf.keras.layers.InputLayer(shape=(1, 28, 28)),  # [channels-first-input]
    tf.keras.layers.Dropout(0.1),
    tf.keras.layers.AveragePooling2D(),
])
