"""KL501: a common real-world mix: a tf.keras application as the base, a standalone keras head."""
import keras
import tensorflow as tf
from keras.layers import Dense, GlobalAveragePooling2D
from tensorflow.keras.applications import MobileNetV2

base = MobileNetV2(include_top=False, input_shape=(224, 224, 3))
base.trainable = False
features = GlobalAveragePooling2D()(base.output)  # [mixed-keras-packages]
head = Dense(5, activation="softmax")(features)
model = keras.Model(inputs=base.input, outputs=head)  # [mixed-keras-packages]
model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")


def build(num_classes):
    inputs = tf.keras.Input(shape=(224, 224, 3))
    x = base(inputs, training=False)
    x = GlobalAveragePooling2D()(x)  # [mixed-keras-packages]
    return tf.keras.Model(inputs, Dense(num_classes)(x))
