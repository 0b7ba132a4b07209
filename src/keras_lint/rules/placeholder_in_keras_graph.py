"""KL201: a TF1 graph placeholder fed into a Keras layer, model or Keras tensor expression."""

from __future__ import annotations

import re

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.semantic.calls import argument, keras_input, keyword
from keras_lint.rules.base import Check
from keras_lint.semantic import apis
from keras_lint.semantic.kinds import GRAPH_PLACEHOLDERS, Kind, Value, callee_layer, flat_values, value_of
from keras_lint.semantic.names import qualified_name

_MODEL_REJECTS = "Keras 3 raises ValueError (All `inputs` values must be KerasTensors)"
_INPUT_REJECTS = "Keras 3 raises ValueError (Argument `input_tensor` must be a KerasTensor)"
_FAILS_AT_RUN = (
    "Keras 3 builds this without complaint but fails when it runs "
    "(TypeError: the placeholder is out of scope and cannot be used here)"
)


def _first_placeholder(node: nodes.NodeNG | None) -> Value | None:
    if node is None:
        return None
    for value in flat_values(node):
        if value is not None and value.kind in GRAPH_PLACEHOLDERS:
            return value
    return None


def _dtype_name(node: nodes.NodeNG | None) -> str | None:
    if isinstance(node, nodes.Attribute):
        return node.attrname
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    return None


def keras_input_for(value: Value) -> str:
    """``keras.Input(shape=(4,), dtype="float32")`` matching the placeholder's own call."""
    call = value.origin
    shape = dtype = None
    if isinstance(call, nodes.Call):
        is_tf = (qualified_name(call.func) or "").startswith("tensorflow")
        dtype = _dtype_name(argument(call, 0, "dtype") if is_tf else keyword(call, "dtype"))
        shape = argument(call, 1, "shape") if is_tf else argument(call, 0, "shape")
    return keras_input(shape, f'"{dtype}"' if dtype else None)


class PlaceholderInKerasGraph(Check):
    rule = rule("KL201")
    node_types = (nodes.Call, nodes.BinOp)
    triggers = ("placeholder",)
    # a placeholder is made by a call (``placeholder(``), imported under another name, or
    # referenced at the end of a line (``ph = K.placeholder``); "placeholder" in prose is not enough
    trigger_pattern = re.compile(r"\bplaceholder\s*\(|^\s*(?:from|import)\b[^\n]*\bplaceholder\b|\.placeholder\s*$", re.M)

    def check(self, node, ctx):
        if not ctx.facts.makes_placeholders:
            return  # a module that makes no placeholder cannot feed one to Keras
        if isinstance(node, nodes.BinOp):
            yield from self._binop(node, ctx)
            return
        k = apis.keras_name(qualified_name(node.func))
        if k is not None:
            if apis.is_model_class(k) and not k.path.endswith("Sequential"):
                yield from self._flag(node, argument(node, 0, "inputs"), k.impl, ctx,
                                      "passed as the inputs of " + node.func.as_string(), _MODEL_REJECTS)
                return
            if k.path in apis.KERAS_INPUT:
                yield from self._flag(node, keyword(node, "tensor"), k.impl, ctx,
                                      f"passed as {node.func.as_string()}(tensor=...)", _INPUT_REJECTS)
                return
            if k.path.endswith("InputLayer"):
                yield from self._flag(node, keyword(node, "input_tensor"), k.impl, ctx,
                                      f"passed as {node.func.as_string()}(input_tensor=...)", _INPUT_REJECTS)
                return
            parts = k.path.split(".")
            if parts[0] == "layers" and parts[-1] in apis.MERGE_FUNCTIONS:
                yield from self._flag(node, argument(node, 0, "inputs"), k.impl, ctx,
                                      f"passed to {node.func.as_string()}(...)", _FAILS_AT_RUN)
                return
            if apis.is_keras_op(k):
                yield from self._mixed(node, list(node.args), k.impl, ctx, node.func.as_string())
                return
            if apis.is_layer_class(k):
                return  # constructing a layer: its arguments are configuration
        if k is None and qualified_name(node.func) is None:
            layer = callee_layer(node)
            if layer is not None:
                yield from self._flag(node, argument(node, 0, "inputs"), layer.impl, ctx,
                                      f"passed to the layer call {node.func.as_string()}(...)", _FAILS_AT_RUN)

    def _applies(self, impl: str, value: Value, ctx) -> bool:
        major = ctx.keras_major(impl) if impl else ctx.default_keras_major()
        return major >= 3

    def _flag(self, node, arg, impl, ctx, usage, consequence):
        value = _first_placeholder(arg)
        if value is None or not self._applies(impl, value, ctx):
            return
        if consequence is _FAILS_AT_RUN and ctx.facts.graph_mode:
            return  # run in a TF1 Session, a layer call on a placeholder does compute
        yield self.report(
            node,
            replacement=keras_input_for(value),
            arg=_shown(arg, value),
            what=value.describe(),
            usage=usage,
            consequence=consequence,
        )

    def _mixed(self, node, operands, impl, ctx, where):
        """A placeholder and a Keras tensor in one expression."""
        values = [(op, v) for op in operands for v in flat_values(op)]
        ph = next(((op, v) for op, v in values if v is not None and v.kind in GRAPH_PLACEHOLDERS), None)
        kt = next(((op, v) for op, v in values if v is not None and v.kind is Kind.KERAS_TENSOR), None)
        if ph is None or kt is None or not self._applies(impl, ph[1], ctx) or ctx.facts.graph_mode:
            return
        yield self.report(
            node,
            replacement=keras_input_for(ph[1]),
            arg=_shown(ph[0], ph[1]),
            what=ph[1].describe(),
            usage=f"combined with the Keras tensor {kt[0].as_string()} in {where}",
            consequence=_FAILS_AT_RUN,
        )

    def _binop(self, node, ctx):
        left, right = value_of(node.left), value_of(node.right)
        kinds = {v.kind for v in (left, right) if v is not None}
        if Kind.KERAS_TENSOR in kinds and kinds & GRAPH_PLACEHOLDERS:
            yield from self._mixed(node, [node.left, node.right], "", ctx, f"`{node.as_string()}`")


def _shown(arg: nodes.NodeNG, value: Value) -> str:
    """The argument as written; for a list of inputs, the placeholder's own call."""
    if isinstance(arg, (nodes.List, nodes.Tuple, nodes.Dict)) and value.origin is not None:
        for elt in arg.nodes_of_class(nodes.Name):
            v = value_of(elt)
            if v is not None and v.origin is value.origin:
                return elt.as_string()
        return f"an element of {arg.as_string()}"
    return arg.as_string()
