"""KL101: values of unknown kind (parameters, attributes, unknown calls, user imports) are never reported; a loop over a literal list is followed."""
import numpy as np
import keras
from keras import backend as K
from mypackage.data import load_batch, sample_tensor


def check(x, *args, **kwargs):
    """Parameters are unknown."""
    print(K.is_keras_tensor(x))
    print(K.is_keras_tensor(args[0]))
    print(K.is_keras_tensor(kwargs["y"]))


class Holder:
    """Attributes of unknown objects are unknown."""

    def __init__(self, value):
        self.value = value

    def check(self):
        """self.value is unknown."""
        return K.is_keras_tensor(self.value)


batch = load_batch()
print(K.is_keras_tensor(batch))
print(K.is_keras_tensor(sample_tensor))
print(K.is_keras_tensor(batch.features))
print(K.is_keras_tensor(keras.models.load_model("m.keras").output))

for item in load_batch():
    print(K.is_keras_tensor(item))

for row in [np.zeros(3), np.ones(3)]:
    print(keras.ops.is_tensor(row))  # [is-keras-tensor-on-raw-tensor]
