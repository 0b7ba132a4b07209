"""Regressions found by linting third-party Keras/TensorFlow packages."""

from __future__ import annotations

import astroid

from keras_lint.config import Target
from keras_lint.lint import lint_source
from keras_lint.semantic.names import qualified_names

K2 = Target(2, "tensorflow", (2, 15))
K3 = Target(3, "tensorflow", (2, 21))

THEANO_TEST = "import keras.backend as K\nif K.backend() == 'theano':\n    pass\n"


def test_theano_test_replacement_follows_the_target():
    (k3,) = lint_source(THEANO_TEST, K3, codes=["KL403"])
    assert k3.replacement == 'K.backend() == "tensorflow"'
    assert '"jax"' in k3.message
    (k2,) = lint_source(THEANO_TEST, K2, codes=["KL403"])
    assert k2.replacement == 'K.backend() == "tensorflow"'
    assert "keras.config" not in k2.message and '"jax"' not in k2.message


def test_qualified_names_lists_version_fallbacks():
    module = astroid.parse(
        "try:\n    from tf_keras import backend as K\nexcept ImportError:\n"
        "    from keras import backend as K\nK.int_shape #@\n"
    )
    node = next(module.nodes_of_class(astroid.nodes.Attribute))
    assert qualified_names(node) == ("keras.backend.int_shape", "tf_keras.backend.int_shape")
    plain = astroid.extract_node("import keras\nkeras.backend.floatx #@")
    assert qualified_names(plain) == ("keras.backend.floatx",)


def test_kl202_suggestion_names_the_real_model_inputs():
    """The replacement builds the model from the keras.Input variables the tensor came from."""
    from keras_lint.config import Target
    from keras_lint.lint import lint_source

    src = (
        "import numpy as np\nimport keras\n"
        "image = keras.Input((8,))\nmeta = keras.Input((2,))\n"
        "h = keras.layers.Dense(4)(image)\n"
        "joined = keras.layers.concatenate([h, meta])\n"
        "out = keras.ops.relu(joined)\n"
        "print(np.asarray(out))\n"
    )
    (finding,) = [f for f in lint_source(src, Target()) if f.code == "KL202"]
    assert finding.replacement == (
        "keras.Model([image, meta], out).predict(data) or keras.Function([image, meta], out)(data)"
    )
