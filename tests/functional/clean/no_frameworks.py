"""Clean: look-alike names in a module that imports no framework at all."""


class K:
    """Not Keras."""

    @staticmethod
    def is_keras_tensor(value):
        """Project helper."""
        return hasattr(value, "shape")

    @staticmethod
    def placeholder(shape):
        """Project helper."""
        return [0.0] * shape[0]


class Dense:  # pylint: disable=too-few-public-methods
    """Not a Keras layer."""

    def __init__(self, units):
        self.units = units

    def __call__(self, values):
        return values[: self.units]


def isinstance_check(value, tensor_type):
    """Generic type check."""
    return isinstance(value, tensor_type) or type(value) is tensor_type  # pylint: disable=unidiomatic-typecheck


ph = K.placeholder((4,))
print(K.is_keras_tensor(ph), K.is_keras_tensor([1, 2]), Dense(3)(ph), isinstance_check(ph, list))
