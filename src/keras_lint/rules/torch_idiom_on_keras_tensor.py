"""KL301: a ``torch.Tensor`` member (``.permute()``, ``.cpu()``, ``.data`` ...) used on a value known
to be a TensorFlow tensor, a Keras tensor or a variable, when that value's type lacks the member
(data/torch_tensor_members.json, generated from the real classes).
"""

from __future__ import annotations

import re

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.rules._torch_port import (
    ALL_VARIABLES,
    BACKEND_KINDS,
    KERAS_TENSOR,
    MAX_CHAIN,
    TF_TENSOR_FAMILY,
    TF_VARIABLE,
    handled,
    module_backend,
    short,
    torch_backend_code,
    torch_members,
)
from keras_lint.rules.base import Check, identifiers
from keras_lint.semantic import apis
from keras_lint.semantic.kinds import Kind, Value, value_of
from keras_lint.semantic.names import parameter_binding, qualified_name, sole_binding

# --- KL301 -----------------------------------------------------------------------------------


def _families(value: Value, node: nodes.NodeNG, ctx) -> tuple[str, ...] | None:
    """The table families ``value`` may belong to; None when unknown or maybe a torch tensor."""
    kind = value.kind
    if kind in (Kind.TF_TENSOR, Kind.PLACEHOLDER):
        return TF_TENSOR_FAMILY
    if kind is Kind.KERAS_PLACEHOLDER:
        return TF_TENSOR_FAMILY + ("tf_keras.KerasTensor",)
    if kind is Kind.KERAS_TENSOR:
        return KERAS_TENSOR
    if kind is Kind.VARIABLE:
        origin = value.origin
        if isinstance(origin, nodes.Call) and apis.tf_name(qualified_name(origin.func)) in apis.TF_VARIABLES:
            return TF_VARIABLE
        # keras.Variable: verified on the tensorflow and torch backends only
        return ALL_VARIABLES if module_backend(ctx) in ("tensorflow", "torch") else None
    if kind in BACKEND_KINDS:
        return None if torch_backend_code(node, ctx) else TF_TENSOR_FAMILY
    return None


def _chain_families(expr: nodes.NodeNG, ctx, depth: int = 0) -> tuple[tuple[str, ...], str, str] | None:
    """(families, description, receiver text) of the value ``expr`` gives, looking through a
    chain of torch members that return tensors: ``x.permute(0, 2, 1).contiguous()``."""
    if _plain_parameter(expr):
        return None  # only Layer.call inputs are known; other parameters cost inference for nothing
    value = value_of(expr)
    if value is not None:
        families = _families(value, expr, ctx)
        return (families, value.describe(), expr.as_string()) if families else None
    if depth >= MAX_CHAIN:
        return None
    if isinstance(expr, nodes.Name):
        assigned = _single_assignment(expr)
        return _chain_families(assigned, ctx, depth + 1) if assigned is not None else None
    attr = expr.func if isinstance(expr, nodes.Call) else expr
    if not isinstance(attr, nodes.Attribute):
        return None
    entry = torch_members().get(attr.attrname)
    if entry is None or entry["returns"] != "tensor":
        return None
    if isinstance(expr, nodes.Attribute) and isinstance(expr.parent, nodes.Call) and expr.parent.func is expr:
        return None
    inner = _chain_families(attr.expr, ctx, depth + 1)
    if inner is None:
        return None
    families, what, root = inner
    call = "()" if isinstance(expr, nodes.Call) else ""
    if not what.startswith("the result of "):
        what = f"the result of .{attr.attrname}{call} on {what}"
    # the ported chain gives a tensor: a variable's or a backend's tensor family
    if families == ALL_VARIABLES or families == TF_VARIABLE:
        if torch_backend_code(expr, ctx):
            return None
        families = TF_TENSOR_FAMILY
    return families, what, root


def _plain_parameter(expr: nodes.NodeNG) -> bool:
    """A name bound only as a parameter of a function that is not a Keras ``call``."""
    if not isinstance(expr, nodes.Name):
        return False
    found = parameter_binding(expr)
    if found is None:
        return False
    func = found[1].parent
    return not (isinstance(func, nodes.FunctionDef) and func.name == "call")


def _single_assignment(name: nodes.Name) -> nodes.NodeNG | None:
    """The value of ``x = <expr>`` when that is the only binding of ``x`` in its scope and
    it is a torch member chain (``x = inputs.permute(0, 2, 1)``)."""
    binding = sole_binding(name)
    if binding is None:
        return None
    assign = binding.parent
    if not isinstance(assign, nodes.Assign) or len(assign.targets) != 1 or assign.targets[0] is not binding:
        return None
    value = assign.value
    attr = value.func if isinstance(value, nodes.Call) else value
    if isinstance(attr, nodes.Attribute) and attr.attrname in torch_members():
        return value
    return None




def _numpy_behavior(ctx) -> bool:
    """The module turns on TF's NumPy behaviour (adds .T, .reshape, .clip ... to tf.Tensor)."""
    if "numpy_behavior" not in ctx.memo:
        found = ctx.may_mention("experimental_enable_numpy_behavior") and any(
            (isinstance(n, nodes.Attribute) and n.attrname == "experimental_enable_numpy_behavior")
            or (isinstance(n, nodes.Name) and n.name == "experimental_enable_numpy_behavior")
            for n in ctx.module.nodes_of_class((nodes.Attribute, nodes.Name))
        )
        ctx.memo["numpy_behavior"] = found
    return ctx.memo["numpy_behavior"]




def _replacement(entry: dict, receiver: str) -> str:
    template = entry.get("replacement")
    if not template:
        return "the keras.ops / TensorFlow equivalent (this torch member has no direct one)"
    return template.replace("{x}", short(receiver))


_ATTRIBUTE_RE = re.compile(r"\.\s*([A-Za-z_]\w*)")


class TorchIdiomOnKerasTensor(Check):
    rule = rule("KL301")
    node_types = (nodes.Attribute,)

    @classmethod
    def triggered(cls, text: str) -> bool:
        """Names keras/tensorflow and uses some attribute the member table lists."""
        if "keras" not in text and "tensorflow" not in text:
            return False
        members = torch_members()
        if identifiers(text).isdisjoint(members):  # every attribute is an identifier: cheap test first
            return False
        return any(m.group(1) in members for m in _ATTRIBUTE_RE.finditer(text))

    def check(self, node, ctx):
        entry = torch_members().get(node.attrname)
        if entry is None or not ctx.facts.uses_keras_or_tf:
            return
        if entry["numpy_behavior"] and _numpy_behavior(ctx):
            return
        found = _chain_families(node.expr, ctx)
        if found is None:
            return
        families, what, receiver = found
        if not set(families) <= set(entry["absent_from"]):
            return  # some value of this kind has the member (EagerTensor.cpu(), Variable.numpy())
        if handled(node, node.attrname):
            return
        call = node.parent if isinstance(node.parent, nodes.Call) and node.parent.func is node else None
        site = call if call is not None else node
        member = f".{node.attrname}()" if call is not None else f".{node.attrname}"
        yield self.report(
            site,
            replacement=_replacement(entry, node.expr.as_string()),
            member=member,
            receiver=short(node.expr.as_string()),
            what=what,
        )


