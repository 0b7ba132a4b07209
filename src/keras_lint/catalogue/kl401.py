"""KL401."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

_LEGACY = (("TF_USE_LEGACY_KERAS", "1"),)

RULE = Rule(
    code="KL401",
    symbol="removed-keras-backend-api",
    category="E",
    title="Keras 2 backend function or module path that Keras 3 removed (K.placeholder, K.function, keras.engine, ...)",
    message="{subject} {why}. Keras 3 replacement: {replacement}.{note}",
    what=(
        "Flags names of a Keras backend namespace that do not exist for the target, through any "
        "alias (`from keras import backend as K`, `import keras.backend as K`, `K = keras.backend`, "
        "`from keras.backend import variable`): under Keras 3, standalone `keras.backend` has only "
        "14 names (`floatx`, `epsilon`, `image_data_format`, `is_keras_tensor`, `clear_session`, "
        "...), so `K.placeholder`, `K.function`, `K.learning_phase`, `K.get_session`, "
        "`K.variable`, `K.eval`, `K.argmax`, `K.gather` and the ~140 other Keras 2 backend "
        "functions are flagged; `tf.keras.backend` under TensorFlow 2.16+ is a legacy shim of "
        "137 names, and only the names missing from it (`placeholder`, `function`, "
        "`learning_phase`, `set_learning_phase`, `get_session`, `set_session`, `print_tensor`, "
        "`is_tensor`, ...) are flagged there. Also flags imports of Keras 2 module paths gone in "
        "Keras 3: `keras.engine.*` (`keras.engine.topology`), `keras.backend.tensorflow_backend`, "
        "`keras.layers.core`/`convolutional`/`recurrent`/`merge`/..., `keras.utils.np_utils`, "
        "`keras.utils.generic_utils`, `keras.wrappers.scikit_learn`, `keras.preprocessing.text`. "
        "Each finding names the Keras 3 replacement (the exact call, with the call's own "
        "arguments, where there is one) and says where its defaults or meaning differ. Code "
        "inside `try: ... except (ImportError, AttributeError)` or under a `hasattr`/version "
        "test is left alone, and so are `keras.src.backend` (Keras' private implementation) and "
        "`tensorflow.python.keras`."
    ),
    why=(
        "Keras 3 rewrote the backend as `keras.ops`, `keras.random`, `keras.Variable` and "
        "`keras.config`; `keras.backend.placeholder` raises `AttributeError: module "
        "'keras.backend' has no attribute 'placeholder'` and `from keras.engine.topology import "
        "Layer` raises ModuleNotFoundError. Several replacements differ in their defaults, so a "
        "mechanical rename silently changes results: `keras.ops.argmax`/`argmin` default to "
        "axis=None (flattened) where `K.argmax` used -1, `cumsum`/`cumprod` to None instead of 0, "
        "`concatenate` to 0 instead of -1, `keras.ops.take` (for `K.gather`) to None instead of "
        "0; `keras.ops.repeat` is numpy.repeat, not `K.repeat`'s RepeatVector; "
        "`keras.ops.switch` selects a branch by index (`K.switch(c, a, b)` is `keras.ops.where`); "
        "`keras.ops.in_top_k` takes (targets, predictions); `keras.ops.hard_sigmoid` has slope "
        "1/6, not 0.2; `keras.ops.sqrt` gives nan for negatives where `K.sqrt` clipped them to 0. "
        "There is no Keras 3 placeholder, session or learning phase: `K.placeholder` is "
        "`keras.Input`, `K.function` is `keras.Function`, `K.learning_phase()` is the "
        "`training=` argument, and `K.get_session()` has no replacement (TF 2 runs eagerly)."
    ),
    bad=(
        "import numpy as np\n"
        "from keras import backend as K\n"
        "\n"
        "x = K.placeholder(shape=(None, 4))  # [removed-keras-backend-api]\n"
        "scores = K.variable(np.zeros((2, 3)))  # [removed-keras-backend-api]\n"
        "best = K.argmax(scores)  # [removed-keras-backend-api]\n"
        "rows = K.gather(scores, [1])  # [removed-keras-backend-api]\n"
        "print(K.eval(best), K.floatx())  # [removed-keras-backend-api]\n"
    ),
    good=(
        "import numpy as np\n"
        "import keras\n"
        "\n"
        "x = keras.Input(shape=(4,))\n"
        "scores = keras.Variable(np.zeros((2, 3)))\n"
        "best = keras.ops.argmax(scores, axis=-1)\n"
        "rows = keras.ops.take(scores, [1], axis=0)\n"
        "print(keras.ops.convert_to_numpy(best), keras.backend.floatx())\n"
    ),
    fix=(
        "Use the Keras 3 API the message names: `keras.ops.*` for tensor functions (passing the "
        "Keras 2 default axis explicitly: `keras.ops.argmax(x, axis=-1)`, "
        "`keras.ops.take(x, i, axis=0)`), `keras.Variable` for `K.variable`, "
        "`keras.ops.convert_to_numpy` for `K.eval`/`K.get_value`, `variable.assign(...)` for "
        "`K.set_value`, `keras.random.*` for the random functions, `keras.Input` for "
        "`K.placeholder`, `keras.Function` (or a model call) for `K.function`, the `training=` "
        "argument for the learning phase, and plain eager code instead of the session. Import "
        "layers from `keras.layers` (not `keras.layers.core`, `keras.engine.topology`) and "
        "utilities from `keras.utils` / `keras.saving`. To keep Keras 2 code as it is, run it on "
        "tf_keras (`TF_USE_LEGACY_KERAS=1`) and set `keras-version = 2`."
    ),
    fix_safety=(
        "`keras-lint fix` rewrites calls whose replacement computes the same values: pure renames "
        "(`K.sum(x, axis=1)` → `keras.ops.sum(x, axis=1)`) and renames that keep the Keras 2 "
        "defaults (`K.argmax(x)` → `keras.ops.argmax(x, axis=-1)`, `K.gather(x, i)` → "
        "`keras.ops.take(x, i, axis=0)`, `K.concatenate(xs)` → `keras.ops.concatenate(xs, "
        "axis=-1)`, `K.sqrt(x)` → `keras.ops.sqrt(keras.ops.maximum(x, 0.0))`, `K.in_top_k(p, "
        "t, k)` → `keras.ops.in_top_k(t, p, k)`). `K.variable` → `keras.Variable` and `K.switch` → "
        "`keras.ops.where` are unsafe (`--unsafe-fixes`): the type or the broadcasting differs. "
        "Placeholders, `K.function`, the learning phase, sessions, `K.hard_sigmoid` and module "
        "imports are not rewritten. Fixes need a free `keras` name (the import is added)."
    ),
    applies_to=(
        "Keras 3 targets. With `keras-version = 2` (tf_keras, or tf.keras under TensorFlow < "
        "2.16, or a module setting TF_USE_LEGACY_KERAS=1 before importing Keras) the Keras 2 "
        "backend is complete and nothing is reported; `tf_keras.backend` is never flagged. "
        "`tf.keras.backend` under Keras 3 is the legacy shim: only the names missing from it are "
        "reported."
    ),
    options=("keras-version", "tensorflow-version"),
    supersedes=("KL203",),
    truth=(
        TruthCase(
            title="keras.backend.placeholder is gone in Keras 3; keras.Input replaces it",
            setup="import keras",
            bad="result = keras.backend.placeholder(shape=(None, 4))",
            bad_raises="AttributeError: module 'keras.backend' has no attribute 'placeholder'",
            good="result = tuple(keras.Input(shape=(4,)).shape)",
            good_result="(None, 4)",
        ),
        TruthCase(
            title="the tf.keras.backend shim of TF 2.21 has no get_session or function",
            setup="import tensorflow as tf",
            bad="result = tf.keras.backend.get_session()",
            bad_raises="AttributeError: module 'keras._tf_keras.keras.backend' has no attribute 'get_session'",
            good="result = tf.executing_eagerly()",
            good_result="True",
        ),
        TruthCase(
            title="K.function is gone; keras.Function computes the same outputs",
            setup=(
                "import numpy as np\nimport keras\n"
                "i = keras.Input((3,))\no = keras.layers.Dense(2, kernel_initializer='ones')(i)"
            ),
            bad="result = keras.backend.function([i], [o])",
            bad_raises="AttributeError: module 'keras.backend' has no attribute 'function'",
            good="result = keras.ops.convert_to_numpy(keras.Function(i, o)(np.ones((1, 3), 'float32'))).tolist()",
            good_result="[[3.0, 3.0]]",
        ),
        TruthCase(
            title="Keras 2 K.argmax defaults to axis -1: keras.ops.argmax needs axis=-1 to match",
            setup="import numpy as np\nimport tf_keras\nx = np.array([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]], 'float32')",
            bad="result = tf_keras.backend.argmax(x).numpy().tolist()",
            bad_result="[1, 0]",
            good="import keras\nresult = keras.ops.convert_to_numpy(keras.ops.argmax(x, axis=-1)).tolist()",
            good_result="[1, 0]",
            env=_LEGACY,
            requires=("tensorflow", "tf_keras", "keras"),
        ),
        TruthCase(
            title="keras.ops.argmax without axis flattens, unlike K.argmax",
            setup="import numpy as np\nimport keras\nx = np.array([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]], 'float32')",
            bad="result = keras.ops.convert_to_numpy(keras.ops.argmax(x)).tolist()",
            bad_result="3",
            good="result = keras.ops.convert_to_numpy(keras.ops.argmax(x, axis=-1)).tolist()",
            good_result="[1, 0]",
        ),
        TruthCase(
            title="from keras.engine.topology import Layer fails; keras.layers.Layer exists",
            setup="import keras",
            bad="from keras.engine.topology import Layer\nresult = Layer",
            bad_raises="ModuleNotFoundError: No module named 'keras.engine'",
            good="result = keras.layers.Layer.__name__",
            good_result="'Layer'",
        ),
        TruthCase(
            title="Keras 2 (tf_keras) still has the full backend: K.placeholder works there",
            setup="import tf_keras\nK = tf_keras.backend",
            bad="result = hasattr(K, 'placeholder') and hasattr(K, 'function') and hasattr(K, 'learning_phase')",
            bad_result="True",
            good="result = hasattr(K, 'eval') and hasattr(K, 'gather')",
            good_result="True",
            env=_LEGACY,
            requires=("tensorflow", "tf_keras"),
        ),
    ),
)
