"""Keras 3 backend code: backend names and data formats that exist today."""
import os

os.environ["KERAS_BACKEND"] = "jax"
os.environ.setdefault("KERAS_BACKEND", "torch")

import keras  # noqa: E402
from keras import backend as K  # noqa: E402

if K.image_data_format() == "channels_first":
    channel_axis = 1
else:
    channel_axis = -1
keras.config.set_image_data_format("channels_last")

if keras.config.backend() == "tensorflow":
    print("tf", channel_axis)
elif K.backend() in ("jax", "torch"):
    print("jax or torch")

# strings about theano that are not backend tests
backend_name = "theano"
print(backend_name == "theano", {"theano": 1, "cntk": 2})
dim_ordering = "th"
print(dim_ordering == "th")


class Legacy:
    def image_dim_ordering(self):
        return "tf"


print(Legacy().image_dim_ordering() == "th")
