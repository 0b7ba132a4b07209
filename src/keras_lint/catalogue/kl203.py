"""KL203."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

_SETUP = "import numpy as np\nimport tensorflow as tf\nimport keras\ni = keras.Input((4,))"

RULE = Rule(
    code="KL203",
    symbol="non-keras-op-on-keras-tensor",
    category="E",
    title="a TensorFlow, NumPy, JAX or torch function applied to a symbolic Keras 3 tensor",
    message=(
        "{call} applies a {library} function to {what}. {consequence}. Use {replacement}"
        "{note}, or wrap the {library} code in a custom Layer's call()."
    ),
    what=(
        "Flags a TensorFlow function (`tf.*`, including the `tf.keras.backend` legacy shim "
        "ops), a NumPy or `jax.numpy` function, or a torch function called with a symbolic "
        "Keras 3 tensor (from `keras.Input`, a layer call on one, or `model.input` / "
        "`model.output`) as an argument, while building a functional model. Functions that "
        "work on a KerasTensor (`tf.is_tensor`, `tf.nest.*`, `tf.print`, `np.shape`, "
        "`np.ndim`, `K.int_shape`, ...) are not flagged; the list was made by calling every "
        "public function of those namespaces on a KerasTensor."
    ),
    why=(
        "In Keras 3 a KerasTensor is a backend-independent symbol, not a TensorFlow tensor. "
        "TensorFlow raises `ValueError: A KerasTensor cannot be used as input to a "
        "TensorFlow function`, NumPy raises `ValueError: A KerasTensor is symbolic ... You "
        "cannot convert it to a NumPy array`, torch raises `TypeError: ... must be Tensor, "
        "not KerasTensor`, and the `tf.keras.backend` shim raises one of those or an "
        "`AttributeError`. Keras 2 wrapped TensorFlow ops on symbolic tensors into "
        "`TFOpLambda` layers, so this code worked there and breaks on upgrade. The "
        "`keras.ops` functions build the same computation into the model on every backend."
    ),
    bad=(
        "import tensorflow as tf\n"
        "import keras\n"
        "\n"
        "inputs = keras.Input(shape=(8, 16))\n"
        "pooled = tf.reduce_mean(inputs, axis=1)  # [non-keras-op-on-keras-tensor]\n"
        "outputs = keras.layers.Dense(1)(pooled)\n"
    ),
    good=(
        "import keras\n"
        "\n"
        "inputs = keras.Input(shape=(8, 16))\n"
        "pooled = keras.ops.mean(inputs, axis=1)\n"
        "outputs = keras.layers.Dense(1)(pooled)\n"
    ),
    fix=(
        "Use the `keras.ops` function the message names (`tf.reduce_sum` -> "
        "`keras.ops.sum`, `tf.concat` -> `keras.ops.concatenate`, `np.mean` -> "
        "`keras.ops.mean`, ...), minding the argument notes where defaults differ "
        "(`tf.argmax` reduces axis 0 by default, `keras.ops.argmax` flattens). For code that "
        "has no `keras.ops` equivalent, put it in the `call()` of a custom `keras.layers.Layer`, "
        "where the inputs are real backend tensors."
    ),
    fix_safety=(
        "Safe where applied: `keras-lint fix` rewrites only pure renames whose arguments mean "
        "the same (checked on sample data for each table entry), e.g. `tf.reduce_sum(x, axis=1)` "
        "-> `keras.ops.sum(x, axis=1)`; calls with `name=`, other keywords, or a function whose "
        "defaults differ are left for you."
    ),
    applies_to=(
        "Keras 3 only (`keras-version = 3`, the default): follows the Keras that made the "
        "tensor (`tf_keras` and, with `TF_USE_LEGACY_KERAS=1` or `keras-version = 2`, "
        "`tf.keras` tensors are Keras 2, where TensorFlow ops on them work)."
    ),
    options=("keras-version",),
    supersedes=("KL302",),
    truth=(
        TruthCase(
            title="Keras 3: tf.reduce_sum on a KerasTensor raises; keras.ops.sum builds it",
            setup=_SETUP,
            bad="result = tf.reduce_sum(i, axis=1)",
            bad_raises="ValueError: A KerasTensor cannot be used as input to a TensorFlow function",
            good="r = keras.ops.sum(i, axis=1)\nresult = (type(r).__name__, r.shape)",
            good_result="('KerasTensor', (None,))",
        ),
        TruthCase(
            title="Keras 3: a model built with keras.ops predicts",
            setup=_SETUP + "\nx = np.arange(8, dtype='float32').reshape(2, 4)",
            bad="result = keras.Model(i, tf.reduce_mean(i, axis=1))",
            bad_raises="ValueError: A KerasTensor cannot be used as input to a TensorFlow function",
            good="result = keras.Model(i, keras.ops.mean(i, axis=1)).predict(x, verbose=0).tolist()",
            good_result="[1.5, 5.5]",
        ),
        TruthCase(
            title="Keras 3: tf.nn.relu on a KerasTensor raises",
            setup=_SETUP,
            bad="result = tf.nn.relu(i)",
            bad_raises="ValueError: A KerasTensor cannot be used as input to a TensorFlow function",
            good="result = keras.ops.relu(i).shape",
            good_result="(None, 4)",
        ),
        TruthCase(
            title="Keras 3: tf.shape on a KerasTensor raises; keras.ops.shape gives a tuple",
            setup=_SETUP,
            bad="result = tf.shape(i)",
            bad_raises="ValueError: A KerasTensor cannot be used as input to a TensorFlow function",
            good="result = keras.ops.shape(i)",
            good_result="(None, 4)",
        ),
        TruthCase(
            title="Keras 3: np.mean on a KerasTensor raises",
            setup=_SETUP,
            bad="result = np.mean(i, axis=1)",
            bad_raises="ValueError: You cannot convert it to a NumPy array",
            good="result = keras.ops.mean(i, axis=1).shape",
            good_result="(None,)",
        ),
        TruthCase(
            title="Keras 3: the tf.keras.backend shim ops raise on a KerasTensor",
            setup=_SETUP,
            bad="result = tf.keras.backend.sum(i, axis=1)",
            bad_raises="ValueError: A KerasTensor cannot be used as input to a TensorFlow function",
            good="result = keras.ops.sum(i, axis=1).shape",
            good_result="(None,)",
        ),
        TruthCase(
            title="Keras 3: tf.keras.backend.mean raises AttributeError on a KerasTensor",
            setup=_SETUP,
            bad="result = tf.keras.backend.mean(i, axis=1)",
            bad_raises="AttributeError: object has no attribute 'base_dtype'",
            good="result = keras.ops.mean(i, axis=1).shape",
            good_result="(None,)",
        ),
        TruthCase(
            title="Keras 3: torch.sum on a KerasTensor raises",
            setup="import torch\nimport keras\ni = keras.Input((4,))",
            bad="result = torch.sum(i)",
            bad_raises="TypeError: must be Tensor, not KerasTensor",
            good="result = keras.ops.sum(i).shape",
            good_result="()",
            requires=("tensorflow", "keras", "torch"),
        ),
        TruthCase(
            title="Keras 3: tf.is_tensor and tf.nest work on a KerasTensor (not flagged)",
            setup=_SETUP,
            bad="result = (tf.is_tensor(i), len(tf.nest.flatten([i, i])))",
            bad_result="(False, 2)",
            good="result = (keras.ops.is_tensor(i), keras.ops.shape(i))",
            good_result="(False, (None, 4))",
        ),
        TruthCase(
            title="Keras 2 (tf_keras): TF ops on symbolic tensors work (not flagged)",
            setup="import tensorflow as tf\nimport tf_keras\ni = tf_keras.Input((4,))",
            bad="result = tf.reduce_sum(i, axis=1).shape.as_list()",
            bad_result="[None]",
            good="result = tf_keras.Model(i, tf.reduce_sum(i, axis=1)).output_shape",
            good_result="(None,)",
            env=(("TF_USE_LEGACY_KERAS", "1"),),
            requires=("tensorflow", "tf_keras"),
        ),
    ),
)
