"""KL202 under Keras 2 (tf_keras): a symbolic tensor has no value in eager code either."""
import numpy as np
import tf_keras

inp = tf_keras.Input(shape=(8,))
hidden = tf_keras.layers.Dense(4)(inp)
print(tf_keras.backend.eval(hidden))  # [eval-of-symbolic-keras-tensor]
arr = np.asarray(hidden)  # [eval-of-symbolic-keras-tensor]
