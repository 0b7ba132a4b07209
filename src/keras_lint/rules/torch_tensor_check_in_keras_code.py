"""KL102: a torch.Tensor type check left in Keras / TensorFlow code."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.rules._tensor_test import tensor_test_fix
from keras_lint.rules.base import Check
from keras_lint.semantic.kinds import Kind, value_of
from keras_lint.semantic.torch_checks import (
    backend_aware,
    is_torch_type,
    may_be_torch_check,
    torch_is_optional,
    torch_only_for_type_checks,
    type_check_subject,
)


class TorchTensorCheckInKerasCode(Check):
    rule = rule("KL102")
    node_types = (nodes.Call, nodes.Compare)
    triggers = ("torch", "ensor")

    def check(self, node, ctx):
        if not ctx.facts.uses_keras_or_tf or ctx.backend == "torch" or not may_be_torch_check(node, ctx):
            return
        subject = type_check_subject(node)
        if subject is None or backend_aware(node, ctx):
            return
        value = value_of(subject)
        text = subject.as_string()
        if value is not None:
            if value.kind is Kind.TORCH:
                return
            if value.kind is Kind.BACKEND_TENSOR and ctx.backend == "torch":
                return
            reason = (
                f"{text} is {value.describe()}, and Keras/TensorFlow values are never "
                "torch.Tensor unless Keras runs on the torch backend"
            )
        elif torch_only_for_type_checks(ctx) and not torch_is_optional(ctx):
            reason = (
                f"this module is {'Keras' if 'keras' in ctx.facts.roots or 'tf_keras' in ctx.facts.roots else 'TensorFlow'} "
                "code on the " + ctx.backend + " backend and uses torch for nothing but type checks, so "
                f"{text} is a TensorFlow/Keras/NumPy value"
            )
        else:
            return
        uses_keras = bool(ctx.facts.roots & {"keras", "tf_keras"}) or "tensorflow" not in ctx.facts.roots
        replacement = f"keras.ops.is_tensor({text})" if uses_keras else f"tf.is_tensor({text})"
        fix = _rewrite(node, tensor_test_fix(ctx.module, text, keras3=uses_keras))
        if fix is not None and _guards_torch_code(node):
            fix = Fix(fix.text, fix.imports, safe=False)
        yield self.report(node, replacement=replacement, fix=fix, check=node.as_string(), reason=reason)


def _rewrite(node: nodes.NodeNG, test: Fix | None) -> Fix | None:
    """The whole check rewritten around the tensor test: negations and other types kept."""
    if test is None:
        return None
    if isinstance(node, nodes.Compare):
        negated = node.ops[0][0] in ("is not", "!=")
        return Fix(f"not {test.text}" if negated else test.text, test.imports)
    if isinstance(node, nodes.Call) and len(node.args) == 2 and isinstance(node.args[1], nodes.Tuple):
        others = [t for t in node.args[1].elts if not is_torch_type(t)]
        if not others:
            return test
        kept = others[0].as_string() if len(others) == 1 else "(" + ", ".join(t.as_string() for t in others) + ")"
        return Fix(f"({node.func.as_string()}({node.args[0].as_string()}, {kept}) or {test.text})", test.imports)
    return test


# torch.Tensor members that TF tensors and Keras tensors do not have (verified in
# shared runtime facts: all raise AttributeError on an EagerTensor)
_TORCH_ONLY_MEMBERS = frozenset(
    {"cpu", "cuda", "detach", "data", "float", "long", "half", "double", "int", "permute", "view",
     "contiguous", "unsqueeze", "size", "dim", "item", "to", "requires_grad", "clamp", "numel"}
)


def _guards_torch_code(node: nodes.NodeNG) -> bool:
    """Is the check the test of a branch whose body uses torch-only tensor members? Then the
    fix would bring that dead code to life: it is unsafe."""
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, (nodes.If, nodes.While, nodes.IfExp, nodes.FunctionDef)):
        child, parent = parent, parent.parent
    if not isinstance(parent, (nodes.If, nodes.While, nodes.IfExp)) or child is not parent.test:
        return False
    body = parent.body if isinstance(parent.body, list) else [parent.body]
    return any(
        attr.attrname in _TORCH_ONLY_MEMBERS
        for stmt in body
        for attr in stmt.nodes_of_class(nodes.Attribute)
    )
