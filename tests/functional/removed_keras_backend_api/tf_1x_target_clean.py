"""tensorflow-version = 2.15: tf.keras is Keras 2."""
import tensorflow as tf

K = tf.keras.backend
print(K.learning_phase(), K.function([], []), K.print_tensor(tf.ones(2)))
