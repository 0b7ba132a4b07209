"""KL402."""

from __future__ import annotations

from keras_lint.catalogue.model import Rule, TruthCase

RULE = Rule(
    code="KL402",
    symbol="removed-tf1-api",
    category="E",
    title="TensorFlow 1 name that TensorFlow 2 no longer has (tf.placeholder, tf.Session, tf.contrib, ...)",
    message="{used} {what} that TensorFlow 2's `tf` no longer has ({error}). {advice}",
    what=(
        "Flags TensorFlow 1 names used through the TensorFlow 2 `tensorflow` module, under any "
        "alias or through `from tensorflow import ...`: `tf.placeholder`, `tf.Session`, "
        "`tf.get_variable`, `tf.global_variables_initializer`, `tf.to_float`, `tf.log`, "
        "`tf.layers.*`, `tf.train.AdamOptimizer`, `tf.logging`, `tf.app`, `tf.flags`, "
        "`tf.contrib.*` and the rest of the ~900 names of the table `tf1_to_tf2`, generated "
        "from TensorFlow's own export metadata (`tf.compat.v1` against `tf`, `tf_export` and "
        "`tf_upgrade_v2`'s rename map). `tf.compat.v1.*` is the sanctioned spelling and is "
        "never flagged; nor is code guarded by a version test, `hasattr` or a `try` that "
        "catches the AttributeError / ImportError."
    ),
    why=(
        "TensorFlow 2 removed these names from the `tf` namespace: `tf.placeholder(...)` raises "
        "`AttributeError: module 'tensorflow' has no attribute 'placeholder'` and `from "
        "tensorflow import placeholder` raises ImportError. The same objects live on under "
        "`tf.compat.v1` (except `tf.contrib`, which TF 2.0 dropped entirely, and `tf.layers`, "
        "which needs tf_keras under Keras 3); many have a TF2 spelling or idiom: `tf.log` is "
        "`tf.math.log`, `tf.to_float(x)` is `tf.cast(x, tf.float32)`, `tf.layers.dense` is "
        "`keras.layers.Dense`, and TF2 runs eagerly instead of in a `tf.Session`."
    ),
    bad=(
        "import tensorflow as tf\n"
        "\n"
        "x = tf.placeholder(tf.float32, shape=(None, 4))  # [removed-tf1-api]\n"
        "y = tf.log(x + 1.0)  # [removed-tf1-api]\n"
    ),
    good=(
        "import tensorflow as tf\n"
        "\n"
        "x = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))\n"
        "y = tf.math.log(x + 1.0)\n"
    ),
    fix=(
        "Move to the TF2 idiom the message names (eager code or a `tf.function` instead of "
        "sessions and placeholders, `tf.Variable`, Keras layers and optimizers, `tf.cast`, "
        "`tf.math.*`), or keep the TF1 behaviour by spelling the name `tf.compat.v1.<name>`. "
        "For `tf.contrib` use the replacement the message names or a maintained package."
    ),
    fix_safety=(
        "Safe (applied by `keras-lint fix`): `tf.<name>(...)` becomes "
        "`tf.compat.v1.<name>(...)` (the same object, under the module alias the file uses), or "
        "the TF2 name of the same function when there is one (`tf.log` -> `tf.math.log`); a "
        "reference that is not called (`reuse=tf.AUTO_REUSE`, `tf.GraphKeys.TRAINABLE_VARIABLES`) "
        "is respelled the same way. Not applied to `from tensorflow import ...` statements, to "
        "idioms that are not the same object (`tf.to_float` is only respelled, never turned into "
        "`tf.cast`), to `tf.layers.*` (tf.compat.v1.layers fails under Keras 3) and to `tf.contrib.*`."
    ),
    applies_to=(
        "TensorFlow 2 targets. With `tensorflow-version` 1.x nothing is reported: these are the "
        "right names there."
    ),
    options=("tensorflow-version",),
    truth=(
        TruthCase(
            title="tf.placeholder is gone from TF2; tf.compat.v1.placeholder is the same function",
            setup="import tensorflow as tf",
            bad="result = tf.placeholder",
            bad_raises="AttributeError: module 'tensorflow' has no attribute 'placeholder'",
            good="g = tf.Graph()\nwith g.as_default():\n    result = tf.compat.v1.placeholder(tf.float32, shape=(None, 4)).shape.as_list()",
            good_result="[None, 4]",
            requires=("tensorflow",),
        ),
        TruthCase(
            title="tf.log is tf.math.log in TF2",
            setup="import tensorflow as tf",
            bad="result = tf.log(tf.constant(1.0))",
            bad_raises="AttributeError: module 'tensorflow' has no attribute 'log'",
            good="result = (tf.math.log(tf.constant(1.0)).numpy().item(), tf.compat.v1.log is tf.math.log)",
            good_result="(0.0, True)",
            requires=("tensorflow",),
        ),
        TruthCase(
            title="tf.to_float(x) is tf.cast(x, tf.float32) in TF2",
            setup="import tensorflow as tf\nx = tf.constant([1, 2])",
            bad="result = tf.to_float(x)",
            bad_raises="AttributeError: module 'tensorflow' has no attribute 'to_float'",
            good="result = tf.cast(x, tf.float32).dtype.name",
            good_result="'float32'",
            requires=("tensorflow",),
        ),
        TruthCase(
            title="tf.Session is gone; tf.compat.v1.Session still runs a graph",
            setup="import tensorflow as tf",
            bad="result = tf.Session()",
            bad_raises="AttributeError: module 'tensorflow' has no attribute 'Session'",
            good=(
                "g = tf.Graph()\n"
                "with g.as_default():\n"
                "    c = tf.constant(2.0) * 3.0\n"
                "with tf.compat.v1.Session(graph=g) as sess:\n"
                "    result = float(sess.run(c))"
            ),
            good_result="6.0",
            requires=("tensorflow",),
        ),
        TruthCase(
            title="from tensorflow import placeholder raises ImportError",
            setup="",
            bad="from tensorflow import placeholder",
            bad_raises="ImportError: cannot import name 'placeholder' from 'tensorflow'",
            good="from tensorflow.compat.v1 import placeholder\nresult = placeholder.__name__",
            good_result="'placeholder'",
            requires=("tensorflow",),
        ),
        TruthCase(
            title="tf.contrib does not exist in TF2, not even under tf.compat.v1",
            setup="import tensorflow as tf",
            bad="result = tf.contrib.layers",
            bad_raises="AttributeError: module 'tensorflow' has no attribute 'contrib'",
            good="result = hasattr(tf.compat.v1, 'contrib')",
            good_result="False",
            requires=("tensorflow",),
        ),
        TruthCase(
            title="tf.layers.dense is keras.layers.Dense in TF2",
            setup="import tensorflow as tf\nimport keras\nx = tf.ones((2, 4))",
            bad="result = tf.layers.dense(x, 3)",
            bad_raises="AttributeError: module 'tensorflow' has no attribute 'layers'",
            good="result = tuple(keras.layers.Dense(3)(x).shape)",
            good_result="(2, 3)",
        ),
    ),
)
