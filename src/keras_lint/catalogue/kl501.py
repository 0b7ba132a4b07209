"""KL501."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

_LEGACY = (("TF_USE_LEGACY_KERAS", "1"),)
_WITH_TF_KERAS = ("tensorflow", "keras", "tf_keras")
_DATA = "import numpy as np\nX, Y = np.ones((8, 3)), np.ones((8, 2))\n"
# fit a functional model ``m`` whose Dense layer is ``d``: (trainable weights, kernel changed)
_TRAIN = (
    "m.compile(optimizer='sgd', loss='mse')\n"
    "k0 = np.array(d.kernel.numpy())\n"
    "m.fit(X, Y, epochs=2, verbose=0)\n"
    "result = (len(m.trainable_weights), bool((np.array(d.kernel.numpy()) != k0).any()))"
)

RULE = Rule(
    code="KL501",
    symbol="mixed-keras-packages",
    category="W",
    title="objects of two Keras implementations (keras, tf.keras, tf_keras) combined in one model",
    message="{usage}: {consequence}. Use one Keras for the whole model: {replacement}.",
    what=(
        "Flags a model assembled from objects of two Keras implementations: standalone "
        "`keras` with `tf.keras` (`tensorflow.keras`), or `tf_keras` with `keras` or "
        "`tf.keras`. The combinations are a layer or model of one called on a symbolic tensor "
        "of the other, `Model(inputs, outputs)` built from the other's tensors, a "
        "`Sequential` (or `Sequential.add`) given the other's layers or `Input`, and "
        "`compile` given the other's optimizer. Layers of the module's own `Layer`/`Model` "
        "subclasses count as the implementation they subclass. Importing both in one file "
        "without combining their objects is not flagged."
    ),
    why=(
        "`tf.keras` is not a Keras of its own: TensorFlow picks one when it is imported. Under "
        "TensorFlow >= 2.16 it is the standalone Keras 3 package, so `keras.layers.Dense is "
        "tf.keras.layers.Dense` and mixing the spellings works, by coincidence. Set "
        "`TF_USE_LEGACY_KERAS=1` in the environment and "
        "`tf.keras` becomes Keras 2 (`tf_keras`) while `import keras` "
        "stays Keras 3: two separate class hierarchies. Then a Keras 2 layer called on a "
        "Keras 3 tensor raises `AttributeError: 'tuple' object has no attribute 'rank'`, a "
        "Keras 3 `Model` given Keras 2 tensors raises `ValueError` (\"All inputs values must "
        "be KerasTensors\"), `Sequential` rejects the other's layers, `compile` raises `Could not "
        "interpret optimizer identifier` — and, worst, a Keras 3 layer called on a Keras 2 "
        "tensor builds fine: it is split into TFOpLambda ops and its weights are never "
        "tracked or trained (`model.trainable_weights` is empty, fit leaves the kernel "
        "unchanged). `tf_keras` is always Keras 2, so combining it with standalone Keras 3 "
        "fails today."
    ),
    bad=(
        "import keras\n"
        "import tensorflow as tf\n"
        "\n"
        "inputs = tf.keras.Input(shape=(3,))\n"
        "outputs = keras.layers.Dense(2)(inputs)  # [mixed-keras-packages]\n"
        "model = tf.keras.Model(inputs, outputs)\n"
    ),
    good=(
        "import keras\n"
        "\n"
        "inputs = keras.Input(shape=(3,))\n"
        "outputs = keras.layers.Dense(2)(inputs)\n"
        "model = keras.Model(inputs, outputs)\n"
    ),
    fix=(
        "Pick one import root for everything a model is made of: `import keras` and "
        "`keras.Input`, `keras.layers.*`, `keras.Model`, `keras.optimizers.*` (the same on "
        "every TensorFlow version >= 2.16 whatever `TF_USE_LEGACY_KERAS` says). Code that "
        "must stay on Keras 2 uses `tf_keras` (or `tf.keras` with `TF_USE_LEGACY_KERAS=1`) "
        "throughout instead. Your own `Layer` subclasses must subclass the same root."
    ),
    fix_safety=(
        "No automatic fix: every object of the model must move to one root, not only the one "
        "at the flagged line."
    ),
    applies_to=(
        "Keras 3 targets (standalone keras >= 3). keras + tf.keras is reported as fragile while "
        "`tf.keras` is Keras 3 (TensorFlow >= 2.16 without `TF_USE_LEGACY_KERAS`) and as "
        "broken when it is Keras 2 (`tensorflow-version` < 2.16 or the module sets "
        "`TF_USE_LEGACY_KERAS=1`); tf_keras + keras is always broken; tf_keras + tf.keras is "
        "broken only while `tf.keras` is Keras 3. With `keras-version = 2` keras + tf.keras "
        "are the same package and nothing is reported."
    ),
    options=("keras-version", "tensorflow-version"),
    truth=(
        TruthCase(
            title="TF_USE_LEGACY_KERAS: a Keras 3 layer in a tf.keras model is never trained",
            setup="import tensorflow as tf\nimport keras\n" + _DATA,
            bad=("i = tf.keras.Input((3,))\nd = keras.layers.Dense(2)\nm = tf.keras.Model(i, d(i))\n" + _TRAIN),
            bad_result="(0, False)",
            good=("i = keras.Input((3,))\nd = keras.layers.Dense(2)\nm = keras.Model(i, d(i))\n" + _TRAIN),
            good_result="(2, True)",
            env=_LEGACY,
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF_USE_LEGACY_KERAS: a tf.keras layer called on a keras.Input raises",
            setup="import tensorflow as tf\nimport keras",
            bad="result = tf.keras.layers.Dense(2)(keras.Input((3,)))",
            bad_raises="AttributeError: 'tuple' object has no attribute 'rank'",
            good="result = keras.layers.Dense(2)(keras.Input((3,)))",
            env=_LEGACY,
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF_USE_LEGACY_KERAS: keras.Model from tf.keras tensors raises",
            setup="import tensorflow as tf\nimport keras",
            bad="i = tf.keras.Input((3,))\nresult = keras.Model(i, tf.keras.layers.Dense(2)(i))",
            bad_raises="ValueError: All `inputs` values must be KerasTensors",
            good="i = keras.Input((3,))\nresult = keras.Model(i, keras.layers.Dense(2)(i))",
            env=_LEGACY,
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF_USE_LEGACY_KERAS: tf.keras.Model from keras tensors raises",
            setup="import tensorflow as tf\nimport keras",
            bad="i = keras.Input((3,))\nresult = tf.keras.Model(inputs=i, outputs=keras.layers.Dense(2)(i))",
            bad_raises="AttributeError: 'KerasTensor' object has no attribute 'node'",
            good="i = keras.Input((3,))\nresult = keras.Model(inputs=i, outputs=keras.layers.Dense(2)(i))",
            env=_LEGACY,
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF_USE_LEGACY_KERAS: keras.Sequential rejects a tf.keras layer",
            setup="import tensorflow as tf\nimport keras",
            bad="result = keras.Sequential([keras.Input((3,)), tf.keras.layers.Dense(2)])",
            bad_raises="ValueError: Only instances of `keras.Layer` can be added to a Sequential model",
            good="result = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])",
            env=_LEGACY,
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF_USE_LEGACY_KERAS: tf.keras.Sequential rejects a keras layer",
            setup="import tensorflow as tf\nimport keras",
            bad="result = tf.keras.Sequential([tf.keras.Input((3,)), keras.layers.Dense(2)])",
            bad_raises="TypeError: The added layer must be an instance of class Layer",
            good="result = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])",
            env=_LEGACY,
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF_USE_LEGACY_KERAS: keras compile with a tf.keras optimizer raises",
            setup=(
                "import tensorflow as tf\nimport keras\n"
                "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])"
            ),
            bad="m.compile(optimizer=tf.keras.optimizers.Adam(), loss='mse')",
            bad_raises="ValueError: Could not interpret optimizer identifier",
            good="m.compile(optimizer=keras.optimizers.Adam(), loss='mse')",
            env=_LEGACY,
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="tf_keras is always Keras 2: a Keras 3 layer in a tf_keras model is never trained",
            setup="import tf_keras\nimport keras\n" + _DATA,
            bad=("i = tf_keras.Input((3,))\nd = keras.layers.Dense(2)\nm = tf_keras.Model(i, d(i))\n" + _TRAIN),
            bad_result="(0, False)",
            good=("i = keras.Input((3,))\nd = keras.layers.Dense(2)\nm = keras.Model(i, d(i))\n" + _TRAIN),
            good_result="(2, True)",
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF >= 2.16 without the flag: a tf_keras layer on a tf.keras.Input raises",
            setup="import tensorflow as tf\nimport tf_keras\nimport keras",
            bad="result = tf_keras.layers.Dense(2)(tf.keras.Input((3,)))",
            bad_raises="AttributeError: 'tuple' object has no attribute 'rank'",
            good="result = keras.layers.Dense(2)(keras.Input((3,)))",
            requires=_WITH_TF_KERAS,
        ),
        TruthCase(
            title="TF >= 2.16 without the flag: tf.keras is keras, so the mix works today",
            setup="import tensorflow as tf\nimport keras\n" + _DATA,
            bad=("i = tf.keras.Input((3,))\nd = keras.layers.Dense(2)\nm = tf.keras.Model(i, d(i))\n" + _TRAIN),
            bad_result="(2, True)",
            good=("i = keras.Input((3,))\nd = keras.layers.Dense(2)\nm = keras.Model(i, d(i))\n" + _TRAIN),
            good_result="(2, True)",
        ),
    ),
)
