"""KL201."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL201",
    symbol="placeholder-in-keras-graph",
    category="E",
    title="TF1 graph placeholder fed into a Keras layer or model",
    message=(
        "{arg} is {what}, {usage}: {consequence}. Use {replacement} to declare a "
        "symbolic model input."
    ),
    what=(
        "Flags a graph placeholder (`tf.compat.v1.placeholder`, `tf.placeholder`, "
        "`K.placeholder`) passed to a Keras layer call, to `keras.Model(inputs=...)`, to "
        "`keras.Input(tensor=...)`, to a model call, or combined with Keras tensors "
        "(`Add()([keras_input, ph])`, `keras_input + ph`)."
    ),
    why=(
        "Keras 3 builds models from symbolic `KerasTensor`s only. `keras.Model(inputs=ph)` "
        "raises ``ValueError: All `inputs` values must be KerasTensors``, `keras.Input(tensor="
        "ph)` raises ``ValueError: Argument `input_tensor` must be a KerasTensor``, and a layer "
        "or model called on a placeholder builds without complaint but fails when run "
        "(`TypeError: ... is out of scope and cannot be used here`). TF1 graph code has to "
        "declare its inputs with `keras.Input` instead."
    ),
    bad=(
        "import tensorflow as tf\n"
        "import keras\n"
        "\n"
        "ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))\n"
        "out = keras.layers.Dense(3)(ph)  # [placeholder-in-keras-graph]\n"
    ),
    good=(
        "import tensorflow as tf\n"
        "import keras\n"
        "\n"
        "inp = keras.Input(shape=(4,), dtype=\"float32\")\n"
        "out = keras.layers.Dense(3)(inp)\n"
        "model = keras.Model(inputs=inp, outputs=out)\n"
    ),
    fix=(
        "Declare the input with `keras.Input(shape=..., dtype=...)` (the shape without the "
        "batch dimension), build the model from it, and feed data with `model(x)` or "
        "`model.predict(x)` instead of a session feed dict."
    ),
    fix_safety="No automatic fix: the graph has to be rebuilt around `keras.Input`.",
    applies_to=(
        "Keras 3 (the default). Under `keras-version = 2` Keras accepted graph "
        "placeholders and `K.placeholder` values are Keras tensors, so nothing is flagged. "
        "In TF1 graph-mode modules (that call `tf.compat.v1.disable_eager_execution()` or run "
        "a `Session`) a layer call on a placeholder does compute, so only `keras.Model(inputs=...)` "
        "and `keras.Input(tensor=...)` are flagged there."
    ),
    options=("keras-version",),
    supersedes=("KL501",),
    truth=(
        TruthCase(
            title="Keras 3 rejects a placeholder as Model inputs",
            setup=(
                "import tensorflow as tf\nimport keras\n"
                "g = tf.Graph()\n"
                "with g.as_default():\n"
                "    ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))"
            ),
            bad="result = keras.Model(inputs=ph, outputs=ph)",
            bad_raises="ValueError: All `inputs` values must be KerasTensors",
            good=(
                "inp = keras.Input(shape=(4,), dtype='float32')\n"
                "m = keras.Model(inputs=inp, outputs=keras.layers.Dense(3)(inp))\n"
                "result = m.output.shape"
            ),
            good_result="(None, 3)",
        ),
        TruthCase(
            title="Keras 3 rejects a placeholder as Input(tensor=...)",
            setup=(
                "import tensorflow as tf\nimport keras\n"
                "g = tf.Graph()\n"
                "with g.as_default():\n"
                "    ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))"
            ),
            bad="result = keras.Input(tensor=ph)",
            bad_raises="ValueError: Argument `input_tensor` must be a KerasTensor",
            good="result = keras.Input(shape=(4,), dtype='float32').shape",
            good_result="(None, 4)",
        ),
        TruthCase(
            title="a placeholder cannot even be made in TF2's default eager mode",
            setup="import tensorflow as tf",
            bad="result = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))",
            bad_raises="RuntimeError: tf.placeholder() is not compatible with eager execution",
            good="import keras\nresult = keras.Input(shape=(4,)).shape",
            good_result="(None, 4)",
        ),
    ),
)
