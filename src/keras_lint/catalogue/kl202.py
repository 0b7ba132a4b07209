"""KL202."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

_SETUP = (
    "import numpy as np\n"
    "import keras\n"
    "i = keras.Input((4,))\n"
    "y = keras.layers.Dense(3)(i)\n"
    "data = np.ones((2, 4), dtype='float32')"
)

RULE = Rule(
    code="KL202",
    symbol="eval-of-symbolic-keras-tensor",
    category="E",
    title="reading a concrete value out of a symbolic Keras tensor",
    message=(
        "{call} reads a value out of {what}, which has none: it only stands for the data a "
        "model will be given. {consequence}. Build a model from the inputs and run it on "
        "data instead: {replacement}."
    ),
    what=(
        "Flags reading concrete values out of a symbolic Keras tensor (made by "
        "`keras.Input`, by a layer or `keras.ops` call on one, or `model.input` / "
        "`model.output`): `K.eval`, `K.get_value`, `K.batch_get_value`, "
        "`keras.ops.convert_to_numpy`, `np.asarray` / `np.array`, `.numpy()`, `float()` / "
        "`int()`, and (Keras 3) `session.run`."
    ),
    why=(
        "A Keras tensor is a placeholder for a shape and a dtype while a functional model is "
        "being built; it holds no numbers. Keras 3 raises `ValueError` (\"A KerasTensor is "
        "symbolic ... You cannot convert it to a NumPy array / a float / an int\") for "
        "`np.asarray`, `convert_to_numpy`, `float()` and `int()`, and `AttributeError` for "
        "`.numpy()` and `K.batch_get_value`; `session.run` raises `TypeError`. Worse, the "
        "`tf.keras.backend.eval` / `get_value` shim of Keras 3 silently returns the "
        "KerasTensor itself, so the code goes on with a symbol where it expected numbers. "
        "Keras 2 (tf_keras) raises `AttributeError` / `TypeError` for the same calls."
    ),
    bad=(
        "import numpy as np\n"
        "import keras\n"
        "\n"
        "inputs = keras.Input(shape=(4,))\n"
        "features = keras.layers.Dense(3)(inputs)\n"
        "values = np.asarray(features)  # [eval-of-symbolic-keras-tensor]\n"
    ),
    good=(
        "import numpy as np\n"
        "import keras\n"
        "\n"
        "inputs = keras.Input(shape=(4,))\n"
        "features = keras.layers.Dense(3)(inputs)\n"
        "extractor = keras.Model(inputs, features)\n"
        "values = extractor.predict(np.ones((2, 4)))\n"
    ),
    fix=(
        "Build a model from the symbolic inputs to the tensor you want and run it on real "
        "data: `keras.Model(inputs, features).predict(data)` (NumPy out) or "
        "`keras.Model(inputs, features)(data)` (a tensor out). `keras.Function(inputs, "
        "features)(data)` does the same without a Model (Keras 3). For `model.output`, call "
        "`model.predict(data)`. If you wanted the shape, use `features.shape`."
    ),
    fix_safety="No automatic fix: the data to run the model on is not in the code.",
    applies_to=(
        "Keras 3 and Keras 2 (tf_keras): a symbolic tensor has no value in either. "
        "`session.run` is flagged for Keras 3 tensors only (Keras 2 graph code feeds its "
        "inputs through `feed_dict`), and nothing is flagged for Keras 2 in TF1 graph-mode "
        "modules."
    ),
    options=("keras-version",),
    supersedes=("KL203", "KL301", "KL302", "KL401"),
    truth=(
        TruthCase(
            title="Keras 3: np.asarray of a KerasTensor raises; a Model gives the values",
            setup=_SETUP,
            bad="result = np.asarray(y)",
            bad_raises="ValueError: You cannot convert it to a NumPy array",
            good="result = keras.Model(i, y).predict(data, verbose=0).shape",
            good_result="(2, 3)",
        ),
        TruthCase(
            title="Keras 3: .numpy() of a KerasTensor raises; keras.Function computes it",
            setup=_SETUP,
            bad="result = y.numpy()",
            bad_raises="AttributeError: 'KerasTensor' object has no attribute 'numpy'",
            good="result = tuple(keras.Function(i, y)(data).shape)",
            good_result="(2, 3)",
        ),
        TruthCase(
            title="Keras 3: float() of a KerasTensor raises",
            setup=_SETUP + "\ns = keras.ops.sum(y)",
            bad="result = float(s)",
            bad_raises="ValueError: You cannot convert it to a float",
            good="result = type(float(keras.Model(i, s)(data))).__name__",
            good_result="'float'",
        ),
        TruthCase(
            title="Keras 3: int() of a KerasTensor raises",
            setup=_SETUP + "\nn = keras.ops.argmax(y)",
            bad="result = int(n)",
            bad_raises="ValueError: You cannot convert it to an int",
            good="result = type(int(keras.Model(i, n)(data))).__name__",
            good_result="'int'",
        ),
        TruthCase(
            title="Keras 3: keras.ops.convert_to_numpy of a KerasTensor raises",
            setup=_SETUP,
            bad="result = keras.ops.convert_to_numpy(y)",
            bad_raises="ValueError: You cannot convert it to a NumPy array",
            good="result = keras.ops.convert_to_numpy(keras.Model(i, y)(data)).shape",
            good_result="(2, 3)",
        ),
        TruthCase(
            title="Keras 3: the tf.keras.backend.eval shim silently returns the KerasTensor",
            setup=_SETUP + "\nimport tensorflow as tf",
            bad="result = type(tf.keras.backend.eval(y)).__name__",
            bad_result="'KerasTensor'",
            good="result = type(keras.Model(i, y).predict(data, verbose=0)).__name__",
            good_result="'ndarray'",
        ),
        TruthCase(
            title="Keras 3: tf.keras.backend.batch_get_value of a KerasTensor raises",
            setup=_SETUP + "\nimport tensorflow as tf",
            bad="result = tf.keras.backend.batch_get_value([y])",
            bad_raises="AttributeError: 'KerasTensor' object has no attribute 'numpy'",
            good="result = keras.Model(i, [y, i]).predict(data, verbose=0)[0].shape",
            good_result="(2, 3)",
        ),
        TruthCase(
            title="Keras 3: Session.run cannot fetch a KerasTensor",
            setup=_SETUP + "\nimport tensorflow as tf\ng = tf.Graph()\nwith g.as_default():\n    c = tf.constant(1.0)",
            bad="result = tf.compat.v1.Session(graph=g).run(y, feed_dict={i: data})",
            bad_raises="TypeError: Can not convert a KerasTensor into a Tensor",
            good="result = keras.Model(i, y)(data).shape",
            good_result="TensorShape([2, 3])",
        ),
        TruthCase(
            title="Keras 2 (tf_keras): K.eval of a symbolic Keras tensor raises",
            setup=(
                "import numpy as np\nimport tf_keras\n"
                "i = tf_keras.Input((4,))\ny = tf_keras.layers.Dense(3)(i)\n"
                "data = np.ones((2, 4), dtype='float32')"
            ),
            bad="result = tf_keras.backend.eval(y)",
            bad_raises="AttributeError: 'KerasTensor' object has no attribute 'numpy'",
            good="result = tf_keras.Model(i, y).predict(data, verbose=0).shape",
            good_result="(2, 3)",
            env=(("TF_USE_LEGACY_KERAS", "1"),),
            requires=("tensorflow", "tf_keras"),
        ),
    ),
)
