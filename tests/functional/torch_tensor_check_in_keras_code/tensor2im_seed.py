"""KL102 seed: a tensor2im helper ported from PyTorch into a Keras/TensorFlow project."""
import numpy as np
import tensorflow as tf
import torch
from tensorflow import keras


def tensor2im(input_image, imtype=np.uint8):
    """Convert a tensor batch to a displayable uint8 image."""
    if isinstance(input_image, torch.Tensor):  # [torch-tensor-check-in-keras-code]
        image_numpy = input_image.data[0].cpu().float().numpy()
        image_numpy = (np.transpose(image_numpy, (1, 2, 0)) + 1) / 2.0 * 255.0
    else:
        image_numpy = np.asarray(input_image)
    return image_numpy.astype(imtype)


def build_generator():
    """The rest of the project is Keras."""
    inp = keras.Input(shape=(64, 64, 3))
    out = keras.layers.Conv2D(3, 3, padding="same", activation="tanh")(inp)
    return keras.Model(inp, out)


def save_sample(model, batch):
    """Run the model and convert its output."""
    fake = model(tf.convert_to_tensor(batch))
    return tensor2im(fake)
