"""Clean: ordinary Keras 2 (tf_keras) code: K.placeholder, K.function, is_keras_tensor."""
import numpy as np
import tf_keras as keras
from tf_keras import backend as K

inp = K.placeholder(shape=(None, 4))
hidden = keras.layers.Dense(8, activation="relu")(inp)
out = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs=inp, outputs=out)
predict = K.function([inp], [out])

if K.is_keras_tensor(inp) and K.is_keras_tensor(out):
    print(predict([np.ones((2, 4))])[0].shape)

functional_in = keras.Input(shape=(4,))
functional = keras.Model(functional_in, model(functional_in))
functional.compile(optimizer="adam", loss="mse")
functional.fit(np.random.rand(16, 4), np.random.rand(16, 1), epochs=1, verbose=0)
