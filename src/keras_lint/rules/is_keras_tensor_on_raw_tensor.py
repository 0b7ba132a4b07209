"""KL101: is_keras_tensor() on a value that is known not to be a Keras tensor."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.rules._tensor_test import (
    tensor_test_fix,
)
from keras_lint.rules.base import Check
from keras_lint.semantic import apis
from keras_lint.semantic.kinds import Kind, value_of
from keras_lint.semantic.names import qualified_name

# Keras 2's is_keras_tensor raises ValueError on anything that is not a TF tensor type.
_RAISES_IN_KERAS2 = frozenset({Kind.NUMPY, Kind.PYTHON, Kind.TORCH})
_NEVER_FLAGGED = frozenset({Kind.KERAS_TENSOR, Kind.LAYER, Kind.MODEL})


class IsKerasTensorOnRawTensor(Check):
    rule = rule("KL101")
    node_types = (nodes.Call,)
    triggers = ("is_keras_tensor",)

    def check(self, node, ctx):
        if not node.args or not ctx.might_be_framework(node.func):
            return
        k = apis.keras_name(qualified_name(node.func))
        if k is None or k.path not in apis.IS_KERAS_TENSOR:
            return
        arg = node.args[0]
        value = value_of(arg)
        if value is None or value.kind in _NEVER_FLAGGED:
            return
        major = ctx.keras_major(k.impl)
        if value.kind is Kind.KERAS_PLACEHOLDER and major == 2:
            return  # K.placeholder made Keras tensors in Keras 2
        text = arg.as_string()
        if major == 2 and value.kind in _RAISES_IN_KERAS2:
            outcome = "raises ValueError in Keras 2"
            replacement = f"tf.is_tensor({text})"
        elif major == 2:
            outcome = "is always False"
            replacement = f"tf.is_tensor({text})"
        else:
            outcome = "is always False"
            replacement = f"keras.ops.is_tensor({text})"
        yield self.report(
            node,
            replacement=replacement,
            fix=tensor_test_fix(ctx.module, text, keras3=major >= 3),
            arg=text,
            outcome=outcome,
            what=value.describe(),
        )


