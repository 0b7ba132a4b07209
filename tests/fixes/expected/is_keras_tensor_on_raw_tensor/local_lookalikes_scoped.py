"""KL101: a local shadow inside one function does not hide the real import elsewhere."""
import numpy as np
from keras import backend as K
import keras


def with_local_k():
    """Here K is a local object, so nothing is reported."""
    K = Helper()  # pylint: disable=redefined-outer-name,invalid-name
    return K.is_keras_tensor(np.zeros(2))


class Helper:
    """Stand-in with an is_keras_tensor method."""

    def is_keras_tensor(self, value):
        """Always False."""
        return value is self


print(keras.ops.is_tensor(np.zeros(2)))  # [is-keras-tensor-on-raw-tensor]
