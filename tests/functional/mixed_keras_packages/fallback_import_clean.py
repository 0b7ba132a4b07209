"""KL501 clean: one name bound to either implementation (an import fallback): which one it
means depends on the environment, so nothing is reported."""
import tensorflow as tf

try:
    import keras
except ImportError:
    from tensorflow import keras

inputs = tf.keras.Input(shape=(8,))
outputs = keras.layers.Dense(1)(inputs)
