"""The inference tip answers keras-lint's own inference only, never pylint's checkers."""

from __future__ import annotations

import astroid
import pytest
from astroid.exceptions import UseInferenceDefault

from keras_lint.semantic import brain
from keras_lint.semantic.guard import no_framework_modules
from keras_lint.semantic.kinds import Kind, KindInstance

SOURCE = "import keras\nx = keras.Input((3,))\nlabel = int(keras.ops.argmax(x))\n"


def _argmax_call():
    brain.register()
    module = astroid.parse(SOURCE)
    return module.body[2].value.args[0]


def test_tip_models_framework_calls_inside_the_guard():
    call = _argmax_call()
    with no_framework_modules():
        (value,) = list(brain._infer_framework_call(call))
    assert isinstance(value, KindInstance)
    assert value.keras_lint_value.kind is Kind.KERAS_TENSOR


def test_tip_defers_to_astroid_outside_the_guard():
    """Outside the guard (pylint's own checkers) a KindInstance would change other brains'
    answers: astroid infers ``int(<any inferable value>)`` to ``Const(0)``, and pylint then
    reports ``label`` as a constant with the wrong naming style (invalid-name)."""
    call = _argmax_call()
    with pytest.raises(UseInferenceDefault):
        list(brain._infer_framework_call(call))
