"""KL102: a local object named torch is not PyTorch."""
import keras


class torch:  # pylint: disable=invalid-name,too-few-public-methods
    """Project shim that mimics a tiny part of the torch namespace."""

    class Tensor:  # pylint: disable=too-few-public-methods
        """Stand-in tensor type."""

    @staticmethod
    def is_tensor(value):
        """Stand-in predicate."""
        return isinstance(value, torch.Tensor)


def check(x):
    """Checks against the local shim."""
    print(isinstance(x, torch.Tensor))
    print(torch.is_tensor(x))
    return keras.ops.convert_to_tensor(x)


print(isinstance(keras.ops.ones((2,)), torch.Tensor))
