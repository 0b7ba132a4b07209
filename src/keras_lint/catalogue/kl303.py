"""KL303."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL303",
    symbol="channels-first-input",
    category="W",
    title="channels-first input shape (C, H, W) fed to a channels_last 2-D conv/pooling layer",
    message=(
        "{shape_call} looks channels-first ({channels}, {h}x{w} images) but feeds {layer}, which "
        "reads the last axis as channels (the image data format is channels_last): it sees "
        "{c}x{h} images with {w} channels. Use `{replacement}` and feed (H, W, C) data, or pass "
        "`data_format=\"channels_first\"` to {layer_name}."
    ),
    what=(
        "Flags `keras.Input(shape=(C, H, W))` (also `tf.keras` / `tf_keras`, `InputLayer`, and "
        "the Keras 2 style `input_shape=(C, H, W)` keyword of a 2-D layer) where C is 1, 3 or 4 "
        "and H and W are literal integers of at least 8, when that input feeds a 2-D "
        "convolution or pooling layer (Conv2D, SeparableConv2D, DepthwiseConv2D, "
        "Conv2DTranspose, MaxPooling2D, AveragePooling2D, ...) directly, through element-wise "
        "layers (Rescaling, Normalization, Dropout, ...) or as the next layer of a "
        "`Sequential` list. The input is followed through `x = Layer(...)(inp)` assignments."
    ),
    why=(
        "Keras' image data format is channels_last by default on every backend, so a 2-D "
        "layer reads the last axis as channels. A PyTorch-style (3, 32, 32) input is then "
        "treated as a 3x32 image with 32 channels: `Conv2D(8, 3)` gives an output of shape "
        "(None, 1, 30, 8) instead of (None, 30, 30, 8). Nothing raises; the model trains on "
        "scrambled spatial structure and its weights have the wrong shapes."
    ),
    bad=(
        "import keras\n"
        "from keras import layers\n"
        "\n"
        "inputs = keras.Input(shape=(3, 32, 32))  # [channels-first-input]\n"
        "x = layers.Conv2D(8, 3, activation=\"relu\")(inputs)\n"
        "outputs = layers.GlobalAveragePooling2D()(x)\n"
        "model = keras.Model(inputs, outputs)\n"
    ),
    good=(
        "import keras\n"
        "from keras import layers\n"
        "\n"
        "inputs = keras.Input(shape=(32, 32, 3))\n"
        "x = layers.Conv2D(8, 3, activation=\"relu\")(inputs)\n"
        "outputs = layers.GlobalAveragePooling2D()(x)\n"
        "model = keras.Model(inputs, outputs)\n"
    ),
    fix=(
        "Declare the input channels-last, `shape=(H, W, C)`, and transpose the data once "
        "(`np.transpose(x, (0, 2, 3, 1))`). Or keep (C, H, W) and pass "
        "`data_format=\"channels_first\"` to every 2-D layer, or call "
        "`keras.config.set_image_data_format(\"channels_first\")` before building the model."
    ),
    fix_safety="No automatic fix: the data fed to the model must change with the shape.",
    applies_to=(
        "Keras 2 and Keras 3, every backend (channels_last is the default everywhere). Not "
        "reported when the layer passes `data_format=\"channels_first\"`, when the module calls "
        "`set_image_data_format(...)` (keras.config, keras.backend, tf.keras.backend), or when "
        "the shape is chosen under an `if` that tests the image data format. A keras.json "
        "setting is not read."
    ),
    truth=(
        TruthCase(
            title="Conv2D on a (3, 32, 32) input takes 32 as the channels",
            setup="import keras",
            bad="result = tuple(keras.layers.Conv2D(8, 3)(keras.Input(shape=(3, 32, 32))).shape)",
            bad_result="(None, 1, 30, 8)",
            good="result = tuple(keras.layers.Conv2D(8, 3)(keras.Input(shape=(32, 32, 3))).shape)",
            good_result="(None, 30, 30, 8)",
        ),
        TruthCase(
            title="data_format channels_first reads (3, 32, 32) as 3 channels",
            setup="import keras",
            bad="result = tuple(keras.layers.MaxPooling2D()(keras.Input(shape=(3, 32, 32))).shape)",
            bad_result="(None, 1, 16, 32)",
            good=(
                "result = tuple(keras.layers.Conv2D(8, 3, data_format='channels_first')"
                "(keras.Input(shape=(3, 32, 32))).shape)"
            ),
            good_result="(None, 8, 30, 30)",
        ),
        TruthCase(
            title="Keras 2 style input_shape on Conv2D in a Sequential model",
            setup="import keras",
            bad=(
                "result = keras.Sequential([keras.Input(shape=(3, 32, 32)), "
                "keras.layers.Conv2D(8, 3)]).output_shape"
            ),
            bad_result="(None, 1, 30, 8)",
            good=(
                "result = keras.Sequential([keras.Input(shape=(32, 32, 3)), "
                "keras.layers.Conv2D(8, 3)]).output_shape"
            ),
            good_result="(None, 30, 30, 8)",
        ),
        TruthCase(
            title="Keras on torch is channels_last too",
            setup="import keras",
            bad="result = (keras.config.image_data_format(), tuple(keras.layers.Conv2D(8, 3)(keras.Input(shape=(3, 32, 32))).shape))",
            bad_result="('channels_last', (None, 1, 30, 8))",
            good="result = tuple(keras.layers.Conv2D(8, 3)(keras.Input(shape=(32, 32, 3))).shape)",
            good_result="(None, 30, 30, 8)",
            env=(("KERAS_BACKEND", "torch"),),
            requires=("keras", "torch"),
        ),
    ),
)
