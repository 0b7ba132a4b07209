"""Version fallbacks that bind a backend with the name in at least one alternative."""
import numpy as np
import tensorflow as tf

# prefer Keras 2 through tf_keras; plain keras only when it is Keras 2 (else raise)
try:
    from tf_keras import backend as K
except ImportError:
    from keras import backend as K

# tf.keras when it is Keras 2, else tf_keras
if tf.keras.__version__.startswith("3."):
    import tf_keras as keras2
else:
    keras2 = tf.keras

# standalone Keras on TF1, tf.keras (whose legacy shim has these names) on TF2
TF_MAJOR = int(tf.__version__.split(".", maxsplit=1)[0])
if TF_MAJOR == 1:
    from keras import backend as KB
else:
    from tensorflow.keras import backend as KB


def load_weights(weights, values):
    K.batch_set_value(list(zip(weights, values)))
    return [K.int_shape(w) for w in weights]


def training_flag(training=None):
    if training is None:
        training = keras2.backend.learning_phase()
    return training


def l2_norm(x):
    return KB.l2_normalize(x, axis=1) * KB.sqrt(KB.sum(np.ones(3)))
