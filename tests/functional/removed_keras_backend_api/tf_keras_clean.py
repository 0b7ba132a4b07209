"""tf_keras is always Keras 2: its backend is complete."""
import numpy as np
import tf_keras
from tf_keras import backend as K

v = K.variable(np.zeros((2, 3)))
print(K.eval(K.argmax(v)), K.learning_phase(), tf_keras.backend.function([], []))
