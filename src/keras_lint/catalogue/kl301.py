"""KL301."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL301",
    symbol="torch-idiom-on-keras-tensor",
    category="E",
    title="PyTorch tensor method or attribute used on a TensorFlow / Keras tensor",
    message=(
        "{member} is a torch.Tensor member, but {receiver} is {what}, which has no such "
        "attribute (AttributeError). Use {replacement}."
    ),
    what=(
        "Flags a `torch.Tensor` method or attribute (`.permute()`, `.view()`, `.cpu()`, "
        "`.cuda()`, `.to()`, `.detach()`, `.data`, `.float()`, `.long()`, `.size()`, `.dim()`, "
        "`.item()`, `.unsqueeze()`, `.clamp()`, `.contiguous()`, `.requires_grad`, and every "
        "other member of a reviewed table generated from the real classes) used on a value "
        "known to be a TensorFlow tensor, a symbolic Keras tensor, a variable, a Keras op "
        "result or the input of `Layer.call`, when that value's class lacks the member. "
        "In a chain (`x.permute(0, 2, 1).contiguous()`) each torch member is one finding."
    ),
    why=(
        "Code ported from PyTorch keeps torch's tensor methods. TensorFlow tensors, "
        "`KerasTensor`s and `keras.Variable`s do not have them: the line raises "
        "`AttributeError` as soon as it runs (inside `Layer.call`, when the model is built). "
        "Each idiom has a backend-neutral `keras.ops` equivalent: `.permute(p)` is "
        "`keras.ops.transpose(x, p)`, a two-axis `.transpose(a, b)` is "
        "`keras.ops.swapaxes(x, a, b)` (not `keras.ops.transpose`, which reverses every axis), "
        "`.view`/`.reshape` is `keras.ops.reshape`, `.size()` is `keras.ops.shape`, `.float()` is "
        "`keras.ops.cast(x, \"float32\")`, `.detach()` is `keras.ops.stop_gradient`, "
        "`.unsqueeze` is `keras.ops.expand_dims`, `.clamp` is `keras.ops.clip`, `.item()` / "
        "`.numpy()` go through `keras.ops.convert_to_numpy`, and device moves (`.cpu()`, "
        "`.cuda()`, `.to(device)`) are dropped: Keras places tensors itself."
    ),
    bad=(
        "import keras\n"
        "\n"
        "\n"
        "class PatchMerge(keras.layers.Layer):\n"
        "    def call(self, inputs):\n"
        "        x = inputs.permute(0, 2, 1)  # [torch-idiom-on-keras-tensor]\n"
        "        return x.float()  # [torch-idiom-on-keras-tensor]\n"
        "\n"
        "\n"
        "features = keras.Input((16, 8))\n"
        "batch = features.size(0)  # [torch-idiom-on-keras-tensor]\n"
    ),
    good=(
        "import keras\n"
        "\n"
        "\n"
        "class PatchMerge(keras.layers.Layer):\n"
        "    def call(self, inputs):\n"
        "        x = keras.ops.transpose(inputs, (0, 2, 1))\n"
        "        return keras.ops.cast(x, \"float32\")\n"
        "\n"
        "\n"
        "features = keras.Input((16, 8))\n"
        "batch = keras.ops.shape(features)[0]\n"
    ),
    fix=(
        "Replace the torch member with the `keras.ops` call the message names (it works on "
        "every Keras 3 backend), mapping torch's argument names: `dim` -> `axis`, `keepdim` -> "
        "`keepdims`. Drop device moves. When the code must also run on the torch backend, "
        "`keras.ops` is still right: it takes torch tensors there."
    ),
    fix_safety=(
        "No automatic fix: most replacements change the call's shape (a method becomes a "
        "function taking the receiver), need argument renames, or are not data-preserving in "
        "general (dropping `.cpu()` keeps a GPU tensor where torch gave a host copy)."
    ),
    applies_to=(
        "Keras 2 and Keras 3 on the TensorFlow backend, for TF tensors, placeholders, Keras "
        "tensors and variables on every backend. Layer.call inputs and Keras op results are "
        "flagged only on the TensorFlow backend: on torch they are torch tensors, so the rule "
        "is quiet when `keras-backend` is torch (or jax), when the module sets `KERAS_BACKEND`, "
        "in Keras backend implementation modules, and in code that tests the backend. Members "
        "that `tf.experimental.numpy.experimental_enable_numpy_behavior()` adds to tf.Tensor "
        "(`.T`, `.reshape`, `.clip`, ...) are not flagged in modules that turn it on."
    ),
    options=("keras-backend",),
    supersedes=(),
    truth=(
        TruthCase(
            title="a TF tensor has no permute; keras.ops.transpose works",
            setup="import tensorflow as tf\nimport keras\nx = tf.reshape(tf.range(24.0), (2, 3, 4))",
            bad="result = x.permute(0, 2, 1)",
            bad_raises="AttributeError: object has no attribute 'permute'",
            good="result = tuple(keras.ops.transpose(x, (0, 2, 1)).shape)",
            good_result="(2, 4, 3)",
        ),
        TruthCase(
            title="a KerasTensor has no size(); keras.ops.shape works",
            setup="import keras\nfeatures = keras.Input((16, 8))",
            bad="result = features.size(0)",
            bad_raises="AttributeError: 'KerasTensor' object has no attribute 'size'",
            good="result = keras.ops.shape(features)[1]",
            good_result="16",
        ),
        TruthCase(
            title="Layer.call inputs on the TF backend have no float()",
            setup=(
                "import numpy as np\nimport keras\n"
                "class Ported(keras.layers.Layer):\n"
                "    def call(self, inputs):\n"
                "        return inputs.float()\n"
                "class Fixed(keras.layers.Layer):\n"
                "    def call(self, inputs):\n"
                "        return keras.ops.cast(inputs, 'float32')\n"
                "x = np.ones((1, 2), 'int32')"
            ),
            bad="result = Ported()(x)",
            bad_raises="AttributeError: object has no attribute 'float'",
            good="result = str(Fixed()(x).dtype)",
            good_result="\"<dtype: 'float32'>\"",
        ),
        TruthCase(
            title="a KerasTensor has no numpy()",
            setup="import keras\nfeatures = keras.Input((4,))",
            bad="result = features.numpy()",
            bad_raises="AttributeError: 'KerasTensor' object has no attribute 'numpy'",
            good="result = keras.ops.convert_to_numpy(keras.ops.ones((2,))).tolist()",
            good_result="[1.0, 1.0]",
        ),
        TruthCase(
            title="a keras.Variable has no item() on the TF backend",
            setup="import keras\nv = keras.Variable(3.0)",
            bad="result = v.item()",
            bad_raises="AttributeError: 'Variable' object has no attribute 'item'",
            good="result = float(keras.ops.convert_to_numpy(v))",
            good_result="3.0",
        ),
        TruthCase(
            title="a keras.Variable has no detach() even on the torch backend",
            setup="import keras\nv = keras.Variable([1.0, 2.0])",
            bad="result = v.detach()",
            bad_raises="AttributeError: 'Variable' object has no attribute 'detach'",
            good="result = keras.ops.convert_to_numpy(keras.ops.stop_gradient(v)).tolist()",
            good_result="[1.0, 2.0]",
            env=(("KERAS_BACKEND", "torch"),),
            requires=("keras", "torch"),
        ),
        TruthCase(
            title="torch transpose(1, 2) is keras.ops.swapaxes, not keras.ops.transpose",
            setup="import tensorflow as tf\nimport keras\nx = tf.zeros((2, 3, 4))",
            bad="result = x.transpose(1, 2)",
            bad_raises="AttributeError: object has no attribute 'transpose'",
            good="result = tuple(keras.ops.swapaxes(x, 1, 2).shape)",
            good_result="(2, 4, 3)",
        ),
    ),
)
