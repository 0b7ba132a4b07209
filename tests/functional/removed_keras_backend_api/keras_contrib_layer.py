"""A keras-contrib style custom layer written against the Keras 2 backend."""
import numpy as np
from keras import backend as K
from keras.engine.topology import Layer  # [removed-keras-backend-api]
from keras.layers import InputSpec


class CosineDense(Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.input_spec = InputSpec(min_ndim=2)

    def build(self, input_shape):
        init = np.random.normal(size=(input_shape[-1], self.units))
        self.kernel = K.variable(init, name="kernel")  # [removed-keras-backend-api]
        self.scale = K.variable(1.0)  # [removed-keras-backend-api]
        super().build(input_shape)

    def call(self, inputs, training=None):
        norm = K.sqrt(K.sum(K.square(inputs), axis=-1, keepdims=True))  # [removed-keras-backend-api, removed-keras-backend-api, removed-keras-backend-api]
        out = K.dot(inputs / norm, self.kernel)  # [removed-keras-backend-api]
        if training is None:
            training = K.learning_phase()  # [removed-keras-backend-api]
        best = K.argmax(out)  # [removed-keras-backend-api]
        picked = K.gather(out, best)  # [removed-keras-backend-api]
        merged = K.concatenate([out, picked])  # [removed-keras-backend-api]
        return K.in_train_phase(merged * self.scale, merged, training=training)  # [removed-keras-backend-api]

    def get_config(self):
        config = {"units": self.units, "scale": float(K.eval(self.scale))}  # [removed-keras-backend-api]
        return {**super().get_config(), **config}


def debug_outputs(model, x):
    fn = K.function([model.input, K.learning_phase()], [model.output])  # [removed-keras-backend-api, removed-keras-backend-api]
    return fn([x, 0])


def make_feed():
    ph = K.placeholder(shape=(None, 8), dtype="float32")  # [removed-keras-backend-api]
    sess = K.get_session()  # [removed-keras-backend-api]
    return ph, sess


def reset_scale(layer):
    K.set_value(layer.scale, 1.0)  # [removed-keras-backend-api]
    return K.get_value(layer.scale), K.floatx(), K.epsilon()  # [removed-keras-backend-api]
