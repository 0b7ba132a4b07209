"""KL403."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL403",
    symbol="legacy-keras-backend-engine",
    category="W",
    title="Theano/CNTK-era Keras backend code (K.backend() == 'theano', image_dim_ordering, KERAS_BACKEND=theano)",
    message="{subject} {why}. Use {replacement}{hint}.",
    what=(
        "Flags code written for the Theano and CNTK backends of multi-backend Keras (1.x-2.3): "
        "comparisons of `K.backend()` / `keras.config.backend()` with \"theano\" or \"cntk\", "
        "`KERAS_BACKEND` set to theano or cntk (`os.environ[...] = `, `os.environ.setdefault`, "
        "`os.putenv`), the Keras 1 dim ordering `K.image_dim_ordering()` / "
        "`K.set_image_dim_ordering(\"th\")`, and imports of `keras.backend.theano_backend` / "
        "`keras.backend.cntk_backend`."
    ),
    why=(
        "Keras 2.4 dropped every backend but TensorFlow and Keras 3 supports TensorFlow, JAX and "
        "PyTorch: `K.backend() == \"theano\"` is always False, so its branch is dead code and the "
        "`else` branch silently runs; `KERAS_BACKEND=theano` makes Keras 3 fail on import; "
        "`image_dim_ordering` was removed in Keras 2.2 (AttributeError) in favour of "
        "`image_data_format`, whose values are \"channels_first\" (Theano's \"th\") and "
        "\"channels_last\" (\"tf\")."
    ),
    bad=(
        "from keras import backend as K\n"
        "\n"
        "if K.image_dim_ordering() == 'th':  # [legacy-keras-backend-engine]\n"
        "    axis = 1\n"
        "else:\n"
        "    axis = -1\n"
        "if K.backend() == 'theano':  # [legacy-keras-backend-engine]\n"
        "    print('theano', axis)\n"
    ),
    good=(
        "from keras import backend as K\n"
        "\n"
        "if K.image_data_format() == \"channels_first\":\n"
        "    axis = 1\n"
        "else:\n"
        "    axis = -1\n"
        "if K.backend() == 'tensorflow':\n"
        "    print('tensorflow', axis)\n"
    ),
    fix=(
        "Ask `keras.config.backend()` for the running backend (\"tensorflow\", \"jax\", "
        "\"torch\") and drop Theano/CNTK branches; set `KERAS_BACKEND` to one of those. Replace "
        "`K.image_dim_ordering() == \"th\"` with `keras.config.image_data_format() == "
        "\"channels_first\"` and `K.set_image_dim_ordering(\"th\")` with "
        "`keras.config.set_image_data_format(\"channels_first\")` (\"tf\" is \"channels_last\"); "
        "`K.image_data_format()` / `K.set_image_data_format()` work in Keras 2 and 3 alike."
    ),
    fix_safety=(
        "`keras-lint fix` rewrites `K.image_dim_ordering() == \"th\"` to `K.image_data_format() "
        "== \"channels_first\"` and `K.set_image_dim_ordering(\"th\")` to "
        "`K.set_image_data_format(\"channels_first\")` on the same backend module (safe: same "
        "meaning, and these names exist in Keras 2, in Keras 3's `keras.backend` and in the "
        "`tf.keras.backend` shim). Backend tests and `KERAS_BACKEND` settings are not rewritten: "
        "the dead branch needs a decision."
    ),
    applies_to="All targets: no Keras that runs today has a Theano or CNTK backend or image_dim_ordering.",
    supersedes=("KL401",),
    truth=(
        TruthCase(
            title="keras.backend.image_dim_ordering is gone; keras.config.image_data_format works",
            setup="import keras",
            bad="result = keras.backend.image_dim_ordering()",
            bad_raises="AttributeError: module 'keras.backend' has no attribute 'image_dim_ordering'",
            good="result = keras.config.image_data_format()",
            good_result="'channels_last'",
        ),
        TruthCase(
            title="set_image_dim_ordering is gone; set_image_data_format channels_first replaces th",
            setup="import keras",
            bad="result = keras.backend.set_image_dim_ordering('th')",
            bad_raises="AttributeError: module 'keras.backend' has no attribute 'set_image_dim_ordering'",
            good=(
                "keras.config.set_image_data_format('channels_first')\n"
                "result = keras.backend.image_data_format()\n"
                "keras.config.set_image_data_format('channels_last')"
            ),
            good_result="'channels_first'",
        ),
        TruthCase(
            title="Keras 3 backend() is never theano",
            setup="import keras",
            bad="result = keras.backend.backend() == 'theano'",
            bad_result="False",
            good="result = keras.config.backend()",
            good_result="'tensorflow'",
        ),
        TruthCase(
            title="KERAS_BACKEND=theano makes Keras 3 fail on import",
            setup="import os, subprocess, sys",
            bad=(
                "env = dict(os.environ, KERAS_BACKEND='theano')\n"
                "p = subprocess.run([sys.executable, '-c', 'import keras'], env=env, capture_output=True, text=True)\n"
                "if p.returncode:\n"
                "    raise ValueError(p.stderr.strip().splitlines()[-1])\n"
                "result = p.returncode"
            ),
            bad_raises="ValueError: Unable to import backend : theano",
            good=(
                "env = dict(os.environ, KERAS_BACKEND='tensorflow')\n"
                "p = subprocess.run([sys.executable, '-c', 'import keras; print(keras.config.backend())'], env=env, capture_output=True, text=True)\n"
                "result = p.stdout.strip()"
            ),
            good_result="'tensorflow'",
            requires=("keras", "tensorflow"),
        ),
        TruthCase(
            title="tf_keras (Keras 2) has no image_dim_ordering either",
            setup="import tf_keras",
            bad="result = tf_keras.backend.image_dim_ordering()",
            bad_raises="AttributeError: module 'tf_keras.backend' has no attribute 'image_dim_ordering'",
            good="result = tf_keras.backend.image_data_format()",
            good_result="'channels_last'",
            env=(("TF_USE_LEGACY_KERAS", "1"),),
            requires=("tensorflow", "tf_keras"),
        ),
    ),
)
