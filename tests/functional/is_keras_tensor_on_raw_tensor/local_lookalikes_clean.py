"""KL101: local definitions named K / is_keras_tensor shadow the Keras API and are not checked."""
import numpy as np
import keras


class K:
    """A local helper namespace that happens to be called K."""

    @staticmethod
    def is_keras_tensor(value):
        """Project-specific predicate."""
        return hasattr(value, "_keras_history")


def is_keras_tensor(value):
    """A local function with the same name."""
    return isinstance(value, keras.KerasTensor)


print(K.is_keras_tensor(np.zeros(3)))
print(is_keras_tensor(np.zeros(3)))
print(is_keras_tensor([1, 2]))


def shadowed_parameter(keras_backend, data):
    """An unknown object that happens to have the method."""
    return keras_backend.is_keras_tensor(data)
