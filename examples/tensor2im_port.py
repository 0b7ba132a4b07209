"""A helper ported from a PyTorch project into a Keras one (KL102)."""
import numpy as np
import tensorflow as tf
import torch


def tensor2im(input_image, imtype=np.uint8):
    """Convert a tensor array into a numpy image array."""
    if not isinstance(input_image, np.ndarray):
        if isinstance(input_image, torch.Tensor):  # KL102: never true for TF/Keras values
            image_tensor = input_image.data
        else:
            return input_image
        image_numpy = image_tensor[0].cpu().float().numpy()
        image_numpy = (np.transpose(image_numpy, (1, 2, 0)) + 1) / 2.0 * 255.0
    else:
        image_numpy = input_image
    return image_numpy.astype(imtype)


print(tensor2im(tf.zeros((1, 3, 8, 8))))
