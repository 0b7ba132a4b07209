"""KL301: torch tensor members on TensorFlow tensors."""
import tensorflow as tf

images = tf.random.uniform((8, 32, 32, 3))
channels_first = images.permute(0, 3, 1, 2)  # [torch-idiom-on-keras-tensor]
flat = images.view(8, -1)  # [torch-idiom-on-keras-tensor]
batch_size = images.size(0)  # [torch-idiom-on-keras-tensor]
rank = images.dim()  # [torch-idiom-on-keras-tensor]
on_host = images.to("cpu")  # [torch-idiom-on-keras-tensor]
raw = images.data  # [torch-idiom-on-keras-tensor]
frozen = images.requires_grad  # [torch-idiom-on-keras-tensor]

total = tf.reduce_sum(images)
value = total.item()  # [torch-idiom-on-keras-tensor]
labels = tf.constant([0, 1, 2]).long()  # [torch-idiom-on-keras-tensor]

# one finding per torch call site; EagerTensor.cpu() exists (a deprecated TF method)
moved = images.permute(0, 3, 1, 2).contiguous().cpu()  # [torch-idiom-on-keras-tensor, torch-idiom-on-keras-tensor]
