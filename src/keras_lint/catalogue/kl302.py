"""KL302."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL302",
    symbol="torch-op-in-keras-code",
    category="W",
    title="PyTorch function, no_grad() or eval()/train() in Keras / TensorFlow code",
    message="{call} is PyTorch code in Keras/TensorFlow code: {reason}. Use {replacement}.",
    what=(
        "Flags `torch.*` and `torch.nn.functional.*` tensor functions (`torch.cat`, "
        "`torch.amin`, `torch.stack`, `F.relu`, ...; a reviewed torch -> keras.ops table) when "
        "an argument is known to be a TensorFlow tensor, a Keras tensor, a variable or a "
        "Keras op result, when the call sits inside a Keras `Layer`/`Model`/`Loss`/`Metric` "
        "subclass, or when `torch` is not even imported (code pasted from a PyTorch "
        "project). Also flags `with torch.no_grad():` around Keras model calls and "
        "`model.eval()` / `model.train()` on Keras models."
    ),
    why=(
        "Outside the torch backend Keras tensors are TensorFlow (or JAX) tensors: torch "
        "functions reject them with `TypeError: expected Tensor ... but got KerasTensor` / "
        "`must be Tensor, not EagerTensor`. Keras models have no `eval()` or `train()` outside "
        "the torch backend (`AttributeError`); inference mode is the `training=False` argument "
        "of the call (or `model.predict`). `torch.no_grad()` changes nothing for TensorFlow: "
        "gradients are recorded only inside a `tf.GradientTape`, and a tape records through it."
    ),
    bad=(
        "import keras\n"
        "import torch\n"
        "import torch.nn.functional as F\n"
        "\n"
        "\n"
        "class Fuse(keras.layers.Layer):\n"
        "    def call(self, a, b):\n"
        "        fused = torch.cat([a, b], dim=-1)  # [torch-op-in-keras-code]\n"
        "        return F.relu(fused)  # [torch-op-in-keras-code]\n"
        "\n"
        "\n"
        "model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])\n"
        "model.eval()  # [torch-op-in-keras-code]\n"
    ),
    good=(
        "import keras\n"
        "\n"
        "\n"
        "class Fuse(keras.layers.Layer):\n"
        "    def call(self, a, b):\n"
        "        fused = keras.ops.concatenate([a, b], axis=-1)\n"
        "        return keras.ops.relu(fused)\n"
        "\n"
        "\n"
        "model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])\n"
        "outputs = model(keras.ops.ones((1, 4)), training=False)\n"
    ),
    fix=(
        "Use the `keras.ops` function the message names, renaming torch's arguments (`dim` -> "
        "`axis`, `keepdim` -> `keepdims`; the message notes semantic differences such as "
        "`torch.split` sizes vs `keras.ops.split` sections). Replace `model.eval()` with "
        "`training=False` in the model call (or `model.predict`), `model.train()` with "
        "`training=True` in the training step, and drop `with torch.no_grad():`."
    ),
    fix_safety="No automatic fix: argument names and some semantics differ between torch and keras.ops.",
    applies_to=(
        "Keras 2 and Keras 3 whose backend is not torch. Quiet when `keras-backend` is torch, "
        "when the module sets `KERAS_BACKEND=torch` or is a Keras backend implementation, in "
        "code that tests the backend, in PyTorch modules that do not use Keras/TensorFlow, for "
        "calls whose arguments are torch tensors, and (outside Keras classes) in modules that "
        "import torch only inside functions or `try` blocks (optional torch support)."
    ),
    options=("keras-backend",),
    truth=(
        TruthCase(
            title="torch.cat rejects KerasTensors; keras.ops.concatenate works",
            setup="import torch\nimport keras\na = keras.Input((4,))\nb = keras.Input((4,))",
            bad="result = torch.cat([a, b], dim=1)",
            bad_raises="TypeError: expected Tensor as element 0 in argument 0, but got KerasTensor",
            good="result = keras.ops.concatenate([a, b], axis=1).shape",
            good_result="(None, 8)",
            requires=("tensorflow", "keras", "torch"),
        ),
        TruthCase(
            title="torch.amin rejects a TF tensor; keras.ops.min works",
            setup="import torch\nimport tensorflow as tf\nimport keras\nx = tf.constant([[1.0, 5.0], [3.0, 2.0]])",
            bad="result = torch.amin(x, dim=1)",
            bad_raises="TypeError: amin(): argument 'input' (position 1) must be Tensor, not",
            good="result = keras.ops.convert_to_numpy(keras.ops.min(x, axis=1)).tolist()",
            good_result="[1.0, 2.0]",
            requires=("tensorflow", "keras", "torch"),
        ),
        TruthCase(
            title="F.relu rejects a Keras op result on the TF backend",
            setup="import torch.nn.functional as F\nimport keras\nx = keras.ops.convert_to_tensor([-1.0, 2.0])",
            bad="result = F.relu(x)",
            bad_raises="TypeError: relu(): argument 'input' (position 1) must be Tensor",
            good="result = keras.ops.convert_to_numpy(keras.ops.relu(x)).tolist()",
            good_result="[0.0, 2.0]",
            requires=("tensorflow", "keras", "torch"),
        ),
        TruthCase(
            title="a Keras model has no eval() on the TF backend",
            setup=(
                "import numpy as np\nimport keras\n"
                "model = keras.Sequential([keras.Input((4,)), keras.layers.Dropout(0.5)])\n"
                "x = np.ones((1, 4), 'float32')"
            ),
            bad="result = model.eval()",
            bad_raises="AttributeError: 'Sequential' object has no attribute 'eval'",
            good="result = keras.ops.convert_to_numpy(model(x, training=False)).tolist()",
            good_result="[[1.0, 1.0, 1.0, 1.0]]",
        ),
        TruthCase(
            title="a tf_keras model has no train() either",
            setup=(
                "import tf_keras\n"
                "model = tf_keras.Sequential([tf_keras.layers.Dense(2, input_shape=(4,))])"
            ),
            bad="result = model.train()",
            bad_raises="AttributeError: 'Sequential' object has no attribute 'train'",
            good="result = model.trainable",
            good_result="True",
            env=(("TF_USE_LEGACY_KERAS", "1"),),
            requires=("tensorflow", "tf_keras"),
        ),
        TruthCase(
            title="torch.no_grad does not stop a GradientTape from recording a Keras call",
            setup=(
                "import numpy as np\nimport tensorflow as tf\nimport torch\nimport keras\n"
                "model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])\n"
                "x = np.ones((1, 4), 'float32')"
            ),
            bad=(
                "with tf.GradientTape() as tape:\n"
                "    with torch.no_grad():\n"
                "        y = model(x)\n"
                "result = tape.gradient(y, model.trainable_weights)[0] is not None"
            ),
            bad_result="True",
            good=(
                "with tf.GradientTape() as tape:\n"
                "    y = keras.ops.stop_gradient(model(x, training=False))\n"
                "result = tape.gradient(y, model.trainable_weights)[0] is None"
            ),
            good_result="True",
            requires=("tensorflow", "keras", "torch"),
        ),
    ),
)
