"""KL102."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL102",
    symbol="torch-tensor-check-in-keras-code",
    category="W",
    title="PyTorch tensor check left in Keras / TensorFlow code",
    message=(
        "{check} is a PyTorch check that never matches here: {reason}. It is a leftover of "
        "code ported from PyTorch; to test for a tensor use {replacement}."
    ),
    what=(
        "Flags `isinstance(x, torch.Tensor)` (also inside a tuple of types), "
        "`torch.is_tensor(x)` and `type(x) is torch.Tensor` in a module that is Keras or "
        "TensorFlow code, when the value is known to be a TensorFlow/Keras/NumPy value or "
        "when the module uses torch for nothing but such checks."
    ),
    why=(
        "Keras and TensorFlow values are never `torch.Tensor` unless Keras runs on the "
        "torch backend: a TF tensor, a `KerasTensor`, a `keras.Variable` (on every "
        "backend) and a NumPy array all fail the check. The branch it guards is dead code "
        "and the `else` branch silently handles every tensor, which is how ported "
        "`tensor2im`-style helpers return unconverted tensors."
    ),
    bad=(
        "import numpy as np\n"
        "import tensorflow as tf\n"
        "import torch\n"
        "\n"
        "\n"
        "def tensor2im(input_image, imtype=np.uint8):\n"
        "    if isinstance(input_image, torch.Tensor):  # [torch-tensor-check-in-keras-code]\n"
        "        input_image = input_image.numpy()\n"
        "    return tf.cast(input_image, tf.uint8)\n"
    ),
    good=(
        "import numpy as np\n"
        "import tensorflow as tf\n"
        "import keras\n"
        "\n"
        "\n"
        "def tensor2im(input_image, imtype=np.uint8):\n"
        "    if keras.ops.is_tensor(input_image):\n"
        "        input_image = keras.ops.convert_to_numpy(input_image)\n"
        "    return tf.cast(input_image, tf.uint8)\n"
    ),
    fix=(
        "Replace the torch check with `keras.ops.is_tensor(x)` (any Keras 3 backend) or "
        "`tf.is_tensor(x)` (TensorFlow), and the torch conversion in the branch with "
        "`keras.ops.convert_to_numpy(x)`."
    ),
    fix_safety=(
        "Safe when the branch the check guards uses no PyTorch-only tensor members: the check "
        "was always False, so the rewritten branch runs for the tensors the author meant. When "
        "the branch uses `.cpu()`, `.detach()`, `.data`, `.float()` and the like, the fix would "
        "bring dead PyTorch code to life: it is unsafe and applies only with `--unsafe-fixes`."
    ),
    applies_to=(
        "Keras/TensorFlow modules whose Keras backend is not torch. Quiet when "
        "`keras-backend` is torch, when the module sets `KERAS_BACKEND` to torch, inside "
        "code guarded by a backend test (`keras.config.backend() == \"torch\"`), and in "
        "PyTorch modules that do not use Keras or TensorFlow."
    ),
    options=("keras-backend",),
    truth=(
        TruthCase(
            title="a TF tensor is not a torch.Tensor (TF backend)",
            setup="import tensorflow as tf\nimport torch\nimport keras\nx = tf.constant([1.0])",
            bad="result = isinstance(x, torch.Tensor)",
            bad_result="False",
            good="result = keras.ops.is_tensor(x)",
            good_result="True",
            requires=("tensorflow", "keras", "torch"),
        ),
        TruthCase(
            title="a Keras layer output is not a torch.Tensor (TF backend)",
            setup=(
                "import numpy as np\nimport torch\nimport keras\n"
                "x = keras.layers.Dense(2)(np.ones((1, 3), 'float32'))"
            ),
            bad="result = torch.is_tensor(x)",
            bad_result="False",
            good="result = keras.ops.is_tensor(x)",
            good_result="True",
            requires=("tensorflow", "keras", "torch"),
        ),
        TruthCase(
            title="a keras.Variable is not a torch.Tensor even on the torch backend",
            setup="import torch\nimport keras\nv = keras.Variable([1.0, 2.0])",
            bad="result = isinstance(v, torch.Tensor)",
            bad_result="False",
            good="result = keras.ops.convert_to_numpy(v).tolist()",
            good_result="[1.0, 2.0]",
            env=(("KERAS_BACKEND", "torch"),),
            requires=("keras", "torch"),
        ),
    ),
)
