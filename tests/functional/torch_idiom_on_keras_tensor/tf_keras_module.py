"""KL301: Keras 2 (tf_keras) symbolic tensors lack torch members too."""
import tf_keras

inputs = tf_keras.Input((10,))
outputs = tf_keras.layers.Dense(3)(inputs)
batch = outputs.size(0)  # [torch-idiom-on-keras-tensor]
probs = outputs.softmax(-1)  # [torch-idiom-on-keras-tensor]
