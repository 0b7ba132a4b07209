"""KL402's fix: TF1 calls become their tf.compat.v1 spelling, keeping the file's module alias."""

from __future__ import annotations

import pytest

from keras_lint.config import Target
from keras_lint.fix import fix_text
from keras_lint.lint import lint_source

TF2 = Target(tensorflow_version=(2, 21))


def _fix(src: str, target: Target = TF2) -> str:
    return fix_text(src, target, codes=["KL402"])[0]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        # the example, with the usual alias
        (
            "import tensorflow as tf\n\nx = tf.placeholder(tf.float32, shape=(None, 4))\n",
            "import tensorflow as tf\n\nx = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))\n",
        ),
        # no alias: the module name as the file writes it
        (
            "import tensorflow\n\nx = tensorflow.placeholder(tensorflow.float32)\n",
            "import tensorflow\n\nx = tensorflow.compat.v1.placeholder(tensorflow.float32)\n",
        ),
        # any alias
        (
            "import tensorflow as T\n\nwith T.Session() as s:\n    s.run(T.global_variables_initializer())\n",
            "import tensorflow as T\n\nwith T.compat.v1.Session() as s:\n    s.run(T.compat.v1.global_variables_initializer())\n",
        ),
        # a pure rename of the same function uses its TF2 name
        (
            "import tensorflow as tf\n\ny = tf.log(tf.constant(2.0))\n",
            "import tensorflow as tf\n\ny = tf.math.log(tf.constant(2.0))\n",
        ),
        # an idiom that is not a rename keeps the TF1 function (same object, same behaviour)
        (
            "import tensorflow as tf\n\ny = tf.to_float(tf.constant(2))\n",
            "import tensorflow as tf\n\ny = tf.compat.v1.to_float(tf.constant(2))\n",
        ),
        # inside a removed module: the module's compat spelling, then the rest
        (
            "import tensorflow as tf\n\ntf.logging.info('x')\n",
            "import tensorflow as tf\n\ntf.compat.v1.logging.info('x')\n",
        ),
        # arguments, comments and layout of a multi-line call are kept
        (
            "import tensorflow as tf\n\nx = tf.placeholder(\n    tf.float32,  # dtype\n    shape=(None, 4),\n)\n",
            "import tensorflow as tf\n\nx = tf.compat.v1.placeholder(\n    tf.float32,  # dtype\n    shape=(None, 4),\n)\n",
        ),
        # references that are not called: the same object under its compat.v1 / TF2 name
        (
            "import tensorflow as tf\n\nkind = tf.Session\nlog = tf.log\n",
            "import tensorflow as tf\n\nkind = tf.compat.v1.Session\nlog = tf.math.log\n",
        ),
        (
            "import tensorflow as tf\n\nwith tf.variable_scope('a', reuse=tf.AUTO_REUSE):\n"
            "    v = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)\n",
            "import tensorflow as tf\n\nwith tf.compat.v1.variable_scope('a', reuse=tf.compat.v1.AUTO_REUSE):\n"
            "    v = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.TRAINABLE_VARIABLES)\n",
        ),
        # a TF2 submodule imported by name: the fix needs the tensorflow module, imported as tf
        (
            "from tensorflow import train\n\nopt = train.AdamOptimizer(0.1)\n",
            "from tensorflow import train\nimport tensorflow as tf\n\nopt = tf.compat.v1.train.AdamOptimizer(0.1)\n",
        ),
    ],
)
def test_fix_rewrites_to_compat_v1(src, expected):
    assert _fix(src) == expected
    assert _fix(expected) == expected  # idempotent
    assert not [f for f in lint_source(expected, TF2, codes=["KL402"]) if f.fix is not None]


@pytest.mark.parametrize(
    "src",
    [
        # decided: a from-import is reported at the import and not rewritten (the fixer rewrites
        # expressions); the message names `from tensorflow.compat.v1 import placeholder`
        "from tensorflow import placeholder\nimport tensorflow as tf\n\nx = placeholder(tf.float32)\n",
        # tf.compat.v1.layers fails under Keras 3; tf.contrib has no compat spelling
        "import tensorflow as tf\n\nh = tf.layers.dense(tf.ones((2, 3)), 4)\n",
        "import tensorflow as tf\n\ni = tf.contrib.layers.xavier_initializer()\n",
        # not a call, and no same-object spelling that works under Keras 3
        "import tensorflow as tf\n\ndense = tf.layers.dense\n",
    ],
)
def test_reported_but_not_fixed(src):
    findings = lint_source(src, TF2, codes=["KL402"])
    assert findings and all(f.fix is None for f in findings)
    assert _fix(src) == src


def test_from_import_message_names_the_compat_import():
    (finding,) = lint_source("from tensorflow import placeholder\n", TF2, codes=["KL402"])
    assert "from tensorflow.compat.v1 import placeholder" in finding.message
    assert "ImportError" in finding.message


def test_tf1_target_is_left_alone():
    src = "import tensorflow as tf\n\nx = tf.placeholder(tf.float32)\n"
    target = Target(tensorflow_version=(1, 15))
    assert lint_source(src, target, codes=["KL402"]) == []
    assert _fix(src, target) == src
