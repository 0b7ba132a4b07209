"""Keras 2 (tf_keras) has no Theano backend or dim ordering either."""
import tf_keras
from tensorflow.keras import backend as K

if K.backend() == "theano":  # [legacy-keras-backend-engine]
    print("never")
axis = 1 if tf_keras.backend.image_data_format() == "channels_first" else -1  # [legacy-keras-backend-engine]
