"""KL501 clean: a standalone keras model fed and trained with TensorFlow and tf.keras utilities
(data pipelines, callbacks, loss functions): no layer, tensor, model or optimizer of tf.keras
goes into the model."""
import keras
import numpy as np
import tensorflow as tf
from tensorflow.keras.callbacks import EarlyStopping

train = tf.keras.utils.image_dataset_from_directory("data/train", image_size=(64, 64))
train = train.map(lambda x, y: (tf.image.random_flip_left_right(x), y)).prefetch(tf.data.AUTOTUNE)

inputs = keras.Input(shape=(64, 64, 3))
x = keras.layers.Rescaling(1.0 / 255)(inputs)
x = keras.layers.Conv2D(16, 3, activation="relu")(x)
x = keras.layers.GlobalAveragePooling2D()(x)
outputs = keras.layers.Dense(10)(x)
model = keras.Model(inputs, outputs)
schedule = tf.keras.optimizers.schedules.ExponentialDecay(1e-3, 1000, 0.9)
model.compile(
    optimizer=keras.optimizers.Adam(),
    loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
model.fit(train, epochs=2, callbacks=[EarlyStopping(patience=2), tf.keras.callbacks.TensorBoard()])
probs = tf.nn.softmax(model.predict(np.zeros((1, 64, 64, 3))))
