"""KL302: model.eval() / model.train() on Keras models (no such methods outside torch)."""
import keras
import tensorflow as tf
import tf_keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
model.eval()  # [torch-op-in-keras-code]
model.train()  # [torch-op-in-keras-code]

backbone = keras.applications.ResNet50(weights=None)
backbone.eval()  # [torch-op-in-keras-code]

legacy = tf_keras.Sequential([tf_keras.layers.Dense(2)])
legacy.train()  # [torch-op-in-keras-code]

classic = tf.keras.models.load_model("model.keras")
classic.eval()  # [torch-op-in-keras-code]


class Tower(keras.Model):
    """A subclassed Keras model."""

    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(3)

    def call(self, inputs):
        return self.dense(inputs)

    def predict_step(self, data):
        self.eval()  # [torch-op-in-keras-code]
        return self(data, training=False)


tower = Tower()
tower.eval()  # [torch-op-in-keras-code]
