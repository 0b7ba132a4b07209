"""KL101."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL101",
    symbol="is-keras-tensor-on-raw-tensor",
    category="W",
    title="is_keras_tensor() on a value that can never be a Keras tensor",
    message=(
        "is_keras_tensor({arg}) {outcome}: {arg} is {what}, not a symbolic Keras tensor "
        "made by keras.Input or a layer call. To test for any tensor use {replacement}."
    ),
    what=(
        "Flags `keras.backend.is_keras_tensor`, `keras.utils.is_keras_tensor`, "
        "`tf.keras.backend.is_keras_tensor` and `tf_keras.backend.is_keras_tensor` "
        "(under any alias) called on a value that is known not to be a Keras tensor: a "
        "graph placeholder, a TensorFlow tensor, a variable, a NumPy array, a Python "
        "value, a PyTorch tensor, or the `inputs` of a `Layer.call` method."
    ),
    why=(
        "Only symbolic tensors made by `keras.Input(...)` or by calling a layer on one "
        "are Keras tensors. In Keras 3 `is_keras_tensor(x)` is exactly "
        "`isinstance(x, KerasTensor)`, so on anything else it is always False; in "
        "Keras 2 (tf_keras) it raises `ValueError` for NumPy arrays, Python values and "
        "torch tensors. Inside `Layer.call` the inputs are backend tensors even while a "
        "functional model is being built, so the test is always False there too. The "
        "author almost always meant \"is this a tensor?\", which is "
        "`keras.ops.is_tensor(x)` (or `tf.is_tensor(x)` on TensorFlow)."
    ),
    bad=(
        "import tensorflow as tf\n"
        "from keras import backend as K\n"
        "\n"
        "x_tf = tf.compat.v1.placeholder(tf.float32, shape=(2, 4, 5))\n"
        "if K.is_keras_tensor(x_tf):  # [is-keras-tensor-on-raw-tensor]\n"
        "    print('tensor')\n"
    ),
    good=(
        "import tensorflow as tf\n"
        "import keras\n"
        "\n"
        "x_tf = tf.compat.v1.placeholder(tf.float32, shape=(2, 4, 5))\n"
        "if keras.ops.is_tensor(x_tf):\n"
        "    print('tensor')\n"
    ),
    fix=(
        "Use `keras.ops.is_tensor(x)` (Keras 3, any backend) or `tf.is_tensor(x)` "
        "(Keras 2 / TensorFlow) to ask whether a value is a tensor. Keep "
        "`is_keras_tensor` only for values that may really be symbolic Keras tensors, "
        "such as the `input_tensor` argument of a model-building function."
    ),
    fix_safety=(
        "Safe (applied by `keras-lint fix`): where the rule fires the call's result was a "
        "constant (False) or an exception, so the replacement changes behaviour only towards "
        "what the code meant. Review the branch it guards: code that was dead now runs."
    ),
    applies_to=(
        "Keras 2 and Keras 3. The message and the suggested call follow `keras-version`; "
        "`K.placeholder` values are Keras tensors under Keras 2 and are not flagged there."
    ),
    options=("keras-version",),
    truth=(
        TruthCase(
            title="Keras 3: a TF tensor is not a Keras tensor, but is a tensor",
            setup="import tensorflow as tf\nimport keras\nx = tf.constant([1.0, 2.0])",
            bad="result = keras.backend.is_keras_tensor(x)",
            bad_result="False",
            good="result = keras.ops.is_tensor(x)",
            good_result="True",
        ),
        TruthCase(
            title="Keras 3: a graph placeholder is not a Keras tensor",
            setup=(
                "import tensorflow as tf\nimport keras\n"
                "g = tf.Graph()\n"
                "with g.as_default():\n"
                "    x = tf.compat.v1.placeholder(tf.float32, shape=(2, 4, 5))"
            ),
            bad="result = keras.backend.is_keras_tensor(x)",
            bad_result="False",
            good="result = keras.ops.is_tensor(x)",
            good_result="True",
        ),
        TruthCase(
            title="Keras 3: a NumPy array is never a Keras tensor",
            setup="import numpy as np\nimport keras\nx = np.zeros((2, 3))",
            bad="result = keras.utils.is_keras_tensor(x)",
            bad_result="False",
            good="result = keras.ops.is_tensor(x)",
            good_result="False",
        ),
        TruthCase(
            title="Keras 2 (tf_keras): is_keras_tensor raises on a NumPy array",
            setup="import numpy as np\nimport tf_keras\nimport tensorflow as tf\nx = np.zeros((2, 3))",
            bad="result = tf_keras.backend.is_keras_tensor(x)",
            bad_raises="ValueError: Expected a symbolic tensor instance",
            good="result = tf.is_tensor(x)",
            good_result="False",
            env=(("TF_USE_LEGACY_KERAS", "1"),),
            requires=("tensorflow", "tf_keras"),
        ),
        TruthCase(
            title="Keras 3: inside Layer.call the inputs are backend tensors",
            setup=(
                "import keras\n"
                "seen = []\n"
                "class Probe(keras.layers.Layer):\n"
                "    def call(self, inputs):\n"
                "        seen.append((keras.backend.is_keras_tensor(inputs), "
                "keras.ops.is_tensor(inputs)))\n"
                "        return inputs\n"
                "i = keras.Input((4,))\n"
                "keras.Model(i, Probe()(i))"
            ),
            bad="result = seen[-1][0]",
            bad_result="False",
            good="result = seen[-1][1]",
            good_result="True",
        ),
        TruthCase(
            title="Keras 3: a symbolic tensor from keras.Input is a Keras tensor",
            setup="import keras\ni = keras.Input((10,))",
            bad="result = keras.ops.is_tensor(i)",
            bad_result="False",
            good="result = keras.backend.is_keras_tensor(keras.layers.Dense(10)(i))",
            good_result="True",
        ),
    ),
)
