"""KL202: debugging a functional model by printing values of its symbolic tensors."""
import numpy as np
import keras
from keras import layers

inputs = keras.Input(shape=(28, 28, 1), name="image")
x = layers.Conv2D(16, 3, activation="relu")(inputs)
x = layers.GlobalAveragePooling2D()(x)
logits = layers.Dense(10)(x)

print("activations:", np.asarray(x))  # [eval-of-symbolic-keras-tensor]
print("logits:", np.array(logits))  # [eval-of-symbolic-keras-tensor]
print(logits.numpy())  # [eval-of-symbolic-keras-tensor]
peak = float(keras.ops.max(logits))  # [eval-of-symbolic-keras-tensor]
label = int(keras.ops.argmax(logits))  # [eval-of-symbolic-keras-tensor]
dump = keras.ops.convert_to_numpy(logits)  # [eval-of-symbolic-keras-tensor]

model = keras.Model(inputs, logits)
out = np.asarray(model.output)  # [eval-of-symbolic-keras-tensor]
first = model.inputs
