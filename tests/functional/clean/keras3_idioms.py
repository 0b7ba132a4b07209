"""Clean: ordinary, correct Keras 3 code (functional model, custom layer, training loop)."""
import numpy as np
import keras
from keras import layers, ops


class RMSNorm(layers.Layer):
    """Root-mean-square normalisation written with keras.ops."""

    def __init__(self, epsilon=1e-6, **kwargs):
        super().__init__(**kwargs)
        self.epsilon = epsilon
        self.scale = None

    def build(self, input_shape):
        """Create the per-feature scale."""
        self.scale = self.add_weight(shape=(input_shape[-1],), initializer="ones")

    def call(self, inputs):
        """Normalise the last axis."""
        if not ops.is_tensor(inputs):
            inputs = ops.convert_to_tensor(inputs)
        variance = ops.mean(ops.square(inputs), axis=-1, keepdims=True)
        return inputs * ops.rsqrt(variance + self.epsilon) * self.scale


def build_model(input_tensor=None):
    """Functional model; accepts an optional symbolic input."""
    inputs = input_tensor if input_tensor is not None else keras.Input(shape=(8,))
    x = layers.Dense(16, activation="relu")(inputs)
    x = RMSNorm()(x)
    x = layers.concatenate([x, inputs])
    outputs = layers.Dense(1)(x)
    return keras.Model(inputs, outputs)


model = build_model()
print(keras.backend.is_keras_tensor(model.output))
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
data = np.random.rand(64, 8).astype("float32")
targets = np.random.rand(64, 1).astype("float32")
model.fit(data, targets, epochs=2, batch_size=16, verbose=0)

optimizer = keras.optimizers.SGD(0.01)
loss_fn = keras.losses.MeanSquaredError()
for epoch in range(2):
    preds = model(data, training=True)
    loss = loss_fn(targets, preds)
    print(epoch, float(ops.convert_to_numpy(loss)))
print(model.predict(data[:4], verbose=0).shape)
