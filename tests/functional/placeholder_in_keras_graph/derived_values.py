"""KL201: values computed from a placeholder by TF ops are still graph tensors."""
import tensorflow as tf
import keras
from keras.layers import Dense

ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 2, 2))
flat = tf.reshape(ph, (-1, 4))
scaled = tf.cast(flat, tf.float16)
activated = tf.nn.relu(flat)
projected = tf.matmul(flat, tf.ones((4, 4)))

out_a = Dense(3)(flat)  # [placeholder-in-keras-graph]
out_b = Dense(3)(scaled)  # [placeholder-in-keras-graph]
out_c = Dense(3)(activated)  # [placeholder-in-keras-graph]
model = keras.Model(inputs=projected, outputs=out_a)  # [placeholder-in-keras-graph]
out_d = Dense(3)(tf.squeeze(ph))  # [placeholder-in-keras-graph]
