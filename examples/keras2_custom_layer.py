"""A custom layer written for Keras 2 / Theano, as found in keras-contrib-era code (KL401, KL403)."""
import numpy as np
from keras import backend as K
from keras.engine.topology import Layer  # KL401: keras.engine is gone in Keras 3


class L2Scale(Layer):
    def build(self, input_shape):
        axis = 1 if K.image_dim_ordering() == "th" else -1  # KL403: Theano-era data format
        self.axis = axis
        self.gamma = K.variable(np.ones((input_shape[axis],)), name="gamma")  # KL401
        super().build(input_shape)

    def call(self, x):
        norm = K.sqrt(K.sum(K.square(x), axis=self.axis, keepdims=True))  # KL401 (x3)
        return self.gamma * x / norm


def predict_function(model):
    return K.function([model.input, K.learning_phase()], [model.output])  # KL401 (x2)
