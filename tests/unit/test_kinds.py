"""Value kinds inferred through astroid with keras-lint's brain."""

from __future__ import annotations

import astroid
import pytest

from keras_lint.semantic import brain
from keras_lint.semantic.kinds import Kind, value_of

brain.register()


def kind_of(code: str) -> Kind | None:
    node = astroid.extract_node(code)
    value = value_of(node)
    return value.kind if value else None


@pytest.mark.parametrize(
    "code, kind",
    [
        ("import tensorflow as tf\nx = tf.compat.v1.placeholder(tf.float32)\nx #@", Kind.PLACEHOLDER),
        ("import tensorflow.compat.v1 as tf\nx = tf.placeholder(tf.float32)\nx #@", Kind.PLACEHOLDER),
        ("from keras import backend as K\nx = K.placeholder(shape=(2,))\nx #@", Kind.KERAS_PLACEHOLDER),
        ("import tensorflow as tf\nx = tf.constant(1.0)\nx #@", Kind.TF_TENSOR),
        ("import tensorflow as tf\nx = tf.random.normal((2,))\nx #@", Kind.TF_TENSOR),
        ("import tensorflow as tf\nx = tf.add(tf.constant(1.0), 2.0)\nx #@", Kind.TF_TENSOR),
        ("import tensorflow as tf\nx = tf.Variable(1.0)\nx #@", Kind.VARIABLE),
        ("import keras\nx = keras.Variable(1.0)\nx #@", Kind.VARIABLE),
        ("import numpy as np\nx = np.zeros((2, 3))\nx #@", Kind.NUMPY),
        ("import torch\nx = torch.randn(3)\nx #@", Kind.TORCH),
        ("x = [1, 2]\nx #@", Kind.PYTHON),
        ("import keras\nx = keras.Input((4,))\nx #@", Kind.KERAS_TENSOR),
        ("import keras\ni = keras.Input((4,))\nx = keras.layers.Dense(3)(i)\nx #@", Kind.KERAS_TENSOR),
        ("import keras\ni = keras.Input((4,))\nd = keras.layers.Dense(3)\nx = d(i)\nx #@", Kind.KERAS_TENSOR),
        ("import keras\ni = keras.Input((4,))\nx = keras.ops.relu(i)\nx #@", Kind.KERAS_TENSOR),
        ("import keras\nx = keras.ops.ones((2,))\nx #@", Kind.BACKEND_TENSOR),
        ("import keras\nm = keras.Model()\nm.output #@", Kind.KERAS_TENSOR),
        ("import tensorflow as tf\ndef make():\n    return tf.constant(1)\nmake() #@", Kind.TF_TENSOR),
    ],
)
def test_known_kinds(code, kind):
    assert kind_of(code) is kind


@pytest.mark.parametrize(
    "code",
    [
        "def f(x):\n    x #@",
        "import tensorflow as tf\ndef f(x=None):\n    y = x\n    return y #@",
        "import keras\nm = keras.models.load_model('m.keras')\nm.inputs #@",
        "import tensorflow as tf\nx = tf.some_future_op(unknown)\nx #@",
        "import tensorflow as tf\nx = tf.get_logger()\nx #@",
        "import tensorflow as tf\nimport keras\nimport random\nx = tf.constant(1) if random.random() else keras.Input((1,))\nx #@",
        "import tensorflow as tf\nx = tf.matmul(unknown, unknown)\nx #@",
        "from mypackage import make\nx = make()\nx #@",
    ],
)
def test_unknown_stays_unknown(code):
    assert kind_of(code) is None


def test_last_assignment_wins():
    code = "import tensorflow as tf\nimport keras\nx = tf.constant(1.0)\nx = keras.Input((1,))\nx #@"
    assert kind_of(code) is Kind.KERAS_TENSOR


def test_value_records_its_origin_line():
    node = astroid.extract_node("import tensorflow as tf\n\nph = tf.compat.v1.placeholder(tf.float32)\nph #@")
    value = value_of(node)
    assert value.origin.lineno == 3
    assert value.describe() == "a graph placeholder (tf.compat.v1.placeholder, line 3)"


def test_layer_call_input_is_a_backend_tensor_only_in_keras_layers():
    layer = "import keras\nclass L(keras.layers.Layer):\n    def call(self, inputs):\n        inputs #@"
    other = "class L:\n    def call(self, inputs):\n        inputs #@"
    reassigned = (
        "import keras\nclass L(keras.layers.Layer):\n    def call(self, inputs):\n"
        "        inputs = helper(inputs)\n        inputs #@"
    )
    assert kind_of(layer) is Kind.CALL_INPUT
    assert kind_of(other) is None
    assert kind_of(reassigned) is None


def test_subclass_of_a_local_layer_subclass_counts():
    code = (
        "from tensorflow import keras\nclass Base(keras.layers.Layer):\n    pass\n"
        "class L(Base):\n    def call(self, x, training=None):\n        x #@"
    )
    assert kind_of(code) is Kind.CALL_INPUT


# --- which Keras implementation a symbolic tensor, layer or optimizer comes from (KL501) ------


def impl_of(code: str) -> str | None:
    from keras_lint.semantic.kinds import object_value

    value = object_value(astroid.extract_node(code))
    return value.impl if value else None


@pytest.mark.parametrize(
    "code, impl",
    [
        ("import keras\nx = keras.Input((4,))\nx #@", "keras"),
        ("import tensorflow as tf\nx = tf.keras.Input((4,))\nx #@", "tf.keras"),
        ("from tensorflow import keras\nx = keras.layers.Input((4,))\nx #@", "tf.keras"),
        ("import tf_keras\nx = tf_keras.Input((4,))\nx #@", "tf_keras"),
        # a layer call gives the layer's implementation
        ("import keras\ni = keras.Input((4,))\nx = keras.layers.Dense(3)(i)\nx #@", "keras"),
        ("import tensorflow as tf\ni = tf.keras.Input((4,))\nd = tf.keras.layers.Dense(3)\nx = d(i)\nx #@", "tf.keras"),
        # ops keep the implementation of their tensors
        ("import keras\ni = keras.Input((4,))\nx = keras.ops.relu(i)\nx #@", "keras"),
        ("import keras\nimport tensorflow as tf\ni = tf.keras.Input((4,))\nx = keras.ops.relu(i)\nx #@", "tf.keras"),
        ("import keras\ni = keras.Input((4,))\nx = keras.layers.concatenate([i, i])\nx #@", "keras"),
        # model attributes keep the model's
        ("import tf_keras\nm = tf_keras.Model()\nm.output #@", "tf_keras"),
        # a layer of one implementation on a tensor of another: a mix, unknown downstream
        ("import keras\nimport tensorflow as tf\ni = tf.keras.Input((4,))\nx = keras.layers.Dense(3)(i)\nx #@", ""),
        ("import keras\nimport tensorflow as tf\nx = keras.layers.add([keras.Input((4,)), tf.keras.Input((4,))])\nx #@", ""),
        # optimizers
        ("import tensorflow as tf\nopt = tf.keras.optimizers.Adam(1e-3)\nopt #@", "tf.keras"),
        ("import keras\nopt = keras.optimizers.legacy.SGD()\nopt #@", "keras"),
    ],
)
def test_keras_implementation(code, impl):
    assert impl_of(code) == impl


def test_optimizers_are_objects_not_values():
    """``value_of`` keeps reporting optimizers as unknown: the rules written before the
    OPTIMIZER kind see what they saw; ``object_value`` sees the optimizer."""
    from keras_lint.semantic.kinds import object_value

    node = astroid.extract_node("import keras\nopt = keras.optimizers.Adam()\nopt #@")
    assert value_of(node) is None
    assert object_value(node).kind is Kind.OPTIMIZER
    schedule = astroid.extract_node("import keras\ns = keras.optimizers.schedules.ExponentialDecay(1., 2, .5)\ns #@")
    assert object_value(schedule) is None


@pytest.mark.parametrize(
    "code, impl",
    [
        ("import keras\nclass L(keras.layers.Layer):\n    pass\n", "keras"),
        ("import tensorflow as tf\nclass L(tf.keras.Model):\n    pass\n", "tf.keras"),
        ("from tf_keras.layers import Layer\nclass B(Layer):\n    pass\nclass L(B):\n    pass\n", "tf_keras"),
        ("class L(object):\n    pass\n", ""),
        ("import keras\nimport tensorflow as tf\nclass L(keras.layers.Layer, tf.keras.layers.Layer):\n    pass\n", ""),
    ],
)
def test_keras_class_impl(code, impl):
    from keras_lint.semantic.kinds import keras_class_impl

    module = astroid.parse(code)
    assert keras_class_impl(module.body[-1]) == impl


# -- where symbolic Keras tensors can come from ---------------------------------------------

@pytest.mark.parametrize(
    "code, possible",
    [
        ("import keras\nx = keras.Input((3,))\n", True),
        ("from keras.layers import Input as In\nx = In((3,))\n", True),
        ("from keras import layers\nx = layers.Input((3,))\n", True),
        ("import keras\ndef f(model):\n    return model.output\n", True),
        ("import keras\nfrom .models import build\n", True),  # the user's own package may make them
        ("import keras\nfrom my_project_models_xyz import build\n", True),  # not installed: the user's code
        ("import os\nimport numpy as np\nimport tensorflow as tf\nimport keras\ny = keras.ops.add(tf.ones(2), np.ones(2))\n", False),
        ("import keras\nimport pytest\nx = keras.layers.Dense(3)\n", False),  # an installed package is never built
        ("import keras\nclass Input:\n    pass\nx = Input()\n", False),  # a local class, not keras.Input
    ],
)
def test_keras_tensors_possible(code, possible):
    from keras_lint.config import Target
    from keras_lint.semantic.facts import ModuleContext, collect
    from keras_lint.semantic.kinds import keras_tensors_possible

    module = astroid.parse(code)
    ctx = ModuleContext(module=module, target=Target(), facts=collect(module))
    assert keras_tensors_possible(ctx) is possible


@pytest.mark.parametrize(
    "code, refused",
    [
        ("import numpy as np\nnp #@", True),  # installed package
        ("import tensorflow.compat.v1 as tf\ntf #@", True),  # framework, dotted
        ("import keras.backend\nkeras #@", True),
        ("from keras import layers\nlayers #@", True),
        ("try:\n    from keras import backend as K\nexcept ImportError:\n    from tf_keras import backend as K\nK #@", True),
        ("import os\nos #@", False),  # the standard library is built and inferred
        ("from math import pi\npi #@", False),
        ("from . import sibling\nsibling #@", False),  # the user's own modules
        ("import keras_lint_no_such_module_anywhere as m\nm #@", False),  # not found: astroid's answer
        ("import keras\nkeras = None\nkeras #@", False),  # also bound otherwise
        ("def f(np):\n    return __(np)", False),
        ("undefined_name #@", False),
    ],
)
def test_names_bound_only_by_refused_imports(code, refused, monkeypatch):
    from keras_lint.semantic import kinds

    node = astroid.extract_node(code)
    assert kinds._bound_only_by_refused_imports(node) is refused
    if refused:
        # the shortcut answers what inference through the guard answers: nothing known
        monkeypatch.setattr(kinds, "_bound_only_by_refused_imports", lambda name: False)
        assert kinds._infer_all_uncached(node) is None


def test_value_of_names_from_the_standard_library_is_still_inferred():
    assert kind_of("from math import pi\npi #@") is Kind.PYTHON
