"""Name resolution through imports and scopes, without inference."""

from __future__ import annotations

import astroid
import pytest

from keras_lint.semantic.apis import canonical, keras_name, tf_name
from keras_lint.semantic.names import is_unbound, qualified_name


def resolve(code: str) -> str | None:
    """qualified_name of the expression marked with #@."""
    node = astroid.extract_node(code)
    return qualified_name(node)


@pytest.mark.parametrize(
    "code, expected",
    [
        ("import keras.backend as KB\nKB.is_keras_tensor #@", "keras.backend.is_keras_tensor"),
        ("from keras import backend as K\nK.is_keras_tensor #@", "keras.backend.is_keras_tensor"),
        ("from tensorflow.keras.backend import is_keras_tensor as iskt\niskt #@", "tensorflow.keras.backend.is_keras_tensor"),
        ("import tensorflow.compat.v1 as tf1\ntf1.placeholder #@", "tensorflow.compat.v1.placeholder"),
        ("from tensorflow import keras\nkeras.Input #@", "tensorflow.keras.Input"),
        ("import tf_keras as keras\nkeras.backend.is_keras_tensor #@", "tf_keras.backend.is_keras_tensor"),
        ("import keras.backend\nkeras.backend.eval #@", "keras.backend.eval"),
        ("import keras\nK = keras.backend\nK.placeholder #@", "keras.backend.placeholder"),
        ("def f():\n    from keras import ops\n    ops.add #@", "keras.ops.add"),
    ],
)
def test_imports_and_aliases_resolve(code, expected):
    assert resolve(code) == expected


@pytest.mark.parametrize(
    "code",
    [
        # a local class named K is not keras.backend
        "from keras import backend as K\nclass K:\n    pass\nK.is_keras_tensor #@",
        # a function-local assignment shadows the module import
        "import torch\ndef f():\n    torch = object()\n    return torch.Tensor #@",
        # a parameter shadows the import
        "import tensorflow as tf\ndef f(tf):\n    return tf.placeholder #@",
        # relative imports are the user's own modules
        "from . import keras\nkeras.Input #@",
        # not imported at all
        "K.is_keras_tensor #@",
        # an attribute of a call result is not a name
        "import keras\nkeras.Model().output #@",
    ],
)
def test_shadowed_or_unknown_names_resolve_to_nothing(code):
    assert resolve(code) is None


def test_try_except_import_fallback_resolves_when_both_spell_the_same_api():
    code = "try:\n    import keras\nexcept ImportError:\n    from tensorflow import keras\nkeras.Input #@"
    assert canonical(resolve(code)) == "keras:Input"


def test_unbound_torch_is_detected_but_a_builtin_is_not():
    torch_name = astroid.extract_node("torch #@")
    len_name = astroid.extract_node("len #@")
    bound = astroid.extract_node("import torch\ntorch #@")
    assert is_unbound(torch_name)
    assert not is_unbound(len_name)
    assert not is_unbound(bound)


@pytest.mark.parametrize(
    "qname, impl, path",
    [
        ("keras.backend.is_keras_tensor", "keras", "backend.is_keras_tensor"),
        ("tensorflow.keras.backend.is_keras_tensor", "tf.keras", "backend.is_keras_tensor"),
        ("tensorflow.compat.v1.keras.layers.Dense", "tf.keras", "layers.Dense"),
        ("tf_keras.backend.is_keras_tensor", "tf_keras", "backend.is_keras_tensor"),
        ("keras.src.backend.is_keras_tensor", "keras", "backend.is_keras_tensor"),
    ],
)
def test_keras_spellings_fold_to_one_api(qname, impl, path):
    k = keras_name(qname)
    assert (k.impl, k.path) == (impl, path)


def test_tensorflow_compat_namespaces_fold():
    assert tf_name("tensorflow.compat.v1.placeholder") == "placeholder"
    assert tf_name("tensorflow.placeholder") == "placeholder"
    assert tf_name("tensorflow.keras.Input") is None
    assert tf_name("torch.zeros") is None
