"""KL101: the keras.applications input_tensor idiom is correct and must stay quiet."""
from keras import backend as K
from keras.layers import Conv2D, Input
from keras.models import Model


def build(input_tensor=None):
    """Accept an optional symbolic input, as keras.applications models do."""
    if input_tensor is None:
        img_input = Input(shape=(224, 224, 3))
    elif not K.is_keras_tensor(input_tensor):
        img_input = Input(tensor=input_tensor, shape=(224, 224, 3))
    else:
        img_input = input_tensor
    x = Conv2D(8, 3)(img_input)
    return Model(img_input, x)


def build_default_shape(input_tensor=None, input_shape=(32, 32, 3)):
    """Same idiom, positive test first."""
    if input_tensor is not None and K.is_keras_tensor(input_tensor):
        return input_tensor
    return Input(shape=input_shape)
