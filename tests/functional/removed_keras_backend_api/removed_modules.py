import keras.backend.tensorflow_backend as KTF  # [removed-keras-backend-api]
from keras.layers.core import Dense, Dropout  # [removed-keras-backend-api]
from keras.layers import convolutional  # [removed-keras-backend-api]
from keras.utils.np_utils import to_categorical  # [removed-keras-backend-api]
from keras.engine import training  # [removed-keras-backend-api]
from keras.wrappers.scikit_learn import KerasClassifier  # [removed-keras-backend-api]
from keras.utils.generic_utils import get_custom_objects  # [removed-keras-backend-api]

import keras

print(KTF, Dense, Dropout, convolutional, to_categorical, training, KerasClassifier, get_custom_objects)
print(keras.backend.tensorflow_backend)  # [removed-keras-backend-api]
