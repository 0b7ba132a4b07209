"""Multi-backend Keras 1/2 code written for Theano and CNTK."""
import os

os.environ["KERAS_BACKEND"] = "theano"  # [legacy-keras-backend-engine]
os.environ.setdefault("KERAS_BACKEND", "cntk")  # [legacy-keras-backend-engine]
os.putenv("KERAS_BACKEND", "Theano")  # [legacy-keras-backend-engine]

import keras  # noqa: E402
from keras import backend as K  # noqa: E402
from keras.backend import theano_backend as KTH  # noqa: E402  # [legacy-keras-backend-engine]
import keras.backend.cntk_backend as C  # noqa: E402  # [legacy-keras-backend-engine]

K.set_image_data_format("channels_first")  # [legacy-keras-backend-engine]

if K.image_data_format() == "channels_first":  # [legacy-keras-backend-engine]
    channel_axis = 1
else:
    channel_axis = -1

if "channels_last" != K.image_data_format():  # [legacy-keras-backend-engine]
    print("channels first")

ordering = K.image_dim_ordering()  # [legacy-keras-backend-engine]

if K.backend() == "theano":  # [legacy-keras-backend-engine]
    print(KTH, C)
elif keras.backend.backend() in ("cntk", "theano"):  # [legacy-keras-backend-engine]
    print("cntk")


def set_ordering(dim_ordering):
    K.set_image_dim_ordering(dim_ordering)  # [legacy-keras-backend-engine]
    return keras.config.backend() != "theano"  # [legacy-keras-backend-engine]
