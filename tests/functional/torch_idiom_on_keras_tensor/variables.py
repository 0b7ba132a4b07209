"""KL301: torch members on variables: keras.Variable (every backend) and tf.Variable."""
import keras
import tensorflow as tf

scale = keras.Variable(1.0, name="scale")
step = scale.item()  # [torch-idiom-on-keras-tensor]
frozen = scale.detach()  # [torch-idiom-on-keras-tensor]
weights = scale.data  # [torch-idiom-on-keras-tensor]
host = scale.cpu()  # [torch-idiom-on-keras-tensor]
as_numpy = scale.numpy()

counter = tf.Variable([1.0, 2.0])
trainable = counter.requires_grad  # [torch-idiom-on-keras-tensor]
counter_host = counter.cpu()  # [torch-idiom-on-keras-tensor]
counter_values = counter.numpy()
