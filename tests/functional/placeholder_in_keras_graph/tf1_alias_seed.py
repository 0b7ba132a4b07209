"""KL201: TF1-style graph code with `import tensorflow.compat.v1 as tf` feeding Keras 3.

The module disables eager execution, so layer and model calls on the placeholder compute in a
Session (verified on TF 2.21 / Keras 3.15); Input(tensor=...) still raises."""
import tensorflow.compat.v1 as tf
from keras.layers import Dense, Input
from keras.models import Model

tf.disable_eager_execution()

x_tf = tf.placeholder(tf.float32, shape=(None, 10))
hidden = Dense(10)(x_tf)

keras_input = Input([10])
model = Model(keras_input, Dense(1)(keras_input))
prediction = model(x_tf)
wrapped = Input(tensor=x_tf)  # [placeholder-in-keras-graph]
