"""The tensor test KL101 and KL102 suggest: ``keras.ops.is_tensor`` (Keras 3) or ``tf.is_tensor``."""

from __future__ import annotations

from keras_lint.findings import Fix
from keras_lint.semantic.imports import module_alias


def tensor_test_fix(module, arg: str, keras3: bool) -> Fix | None:
    """``keras.ops.is_tensor(arg)`` (Keras 3) or ``tf.is_tensor(arg)``, spelled as the module
    imports those modules."""
    if keras3:
        alias = module_alias(module, "keras", also=("tensorflow.keras",))
        return Fix(f"{alias[0]}.ops.is_tensor({arg})", alias[1]) if alias else None
    alias = module_alias(module, "tensorflow")
    return Fix(f"{alias[0]}.is_tensor({arg})", alias[1]) if alias else None
