"""KL302: torch functions applied to TF/Keras values, written inside Keras classes or pasted into
modules that never import torch; ``torch.no_grad()`` around Keras calls; ``model.eval()`` /
``model.train()`` on Keras models.
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from keras_lint.catalogue import rule
from keras_lint.rules._torch_port import (
    BACKEND_KINDS,
    EVAL_OR_TRAIN_CALL,
    TORCH_WORD,
    backend_guarded,
    handled,
    module_backend,
    short,
    torch_backend_code,
    torch_functions,
    torch_qname,
)
from keras_lint.rules.base import Check, found_on_lines
from keras_lint.semantic import apis
from keras_lint.semantic.astroid_compat.instances import class_of
from keras_lint.semantic.kinds import Kind, Value, flat_values, is_keras_layer_class, value_of
from keras_lint.semantic.names import qualified_name, root_name
from keras_lint.semantic.torch_checks import torch_is_optional

# --- KL302 -----------------------------------------------------------------------------------

_KERAS_TF_KINDS = frozenset(
    {Kind.TF_TENSOR, Kind.PLACEHOLDER, Kind.KERAS_PLACEHOLDER, Kind.KERAS_TENSOR, Kind.VARIABLE}
)
_NO_GRAD = frozenset({"torch.no_grad", "torch.inference_mode", "torch.autograd.no_grad", "torch.autograd.grad_mode.no_grad"})
_LOSS_BASES = frozenset({"Loss", "losses.Loss", "losses.loss.Loss", "Metric", "metrics.Metric", "metrics.metric.Metric"})




def _is_keras_class(cls: nodes.ClassDef, depth: int = 0) -> bool:
    """A Keras Layer / Model / Loss / Metric subclass of the module."""
    if is_keras_layer_class(cls):
        return True
    if depth > 8:
        return False
    for base in cls.bases:
        k = apis.keras_name(qualified_name(base))
        if k is not None and k.path in _LOSS_BASES:
            return True
        if isinstance(base, nodes.Name):
            try:
                _scope, bindings = base.lookup(base.name)
            except AstroidError:
                continue
            if any(isinstance(b, nodes.ClassDef) and b is not cls and _is_keras_class(b, depth + 1) for b in bindings):
                return True
    return False


def _enclosing_keras_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.ClassDef):
            return parent if _is_keras_class(parent) else None
        parent = parent.parent
    return None


def _operand_kind(call: nodes.Call, ctx) -> Value | None:
    """The first operand known to be a TF/Keras value (never a torch tensor here)."""
    args = list(call.args) + [kw.value for kw in call.keywords or ()]
    for arg in args:
        for value in flat_values(arg):
            if value is None:
                continue
            if value.kind in _KERAS_TF_KINDS:
                return value
            if value.kind in BACKEND_KINDS and not torch_backend_code(call, ctx):
                return value
    return None


def _has_torch_operand(call: nodes.Call, cls: nodes.ClassDef | None = None) -> bool:
    """A torch tensor among the operands (not counting one made by torch code inside the
    Keras class ``cls``: that is a finding of its own, not a torch tensor on purpose)."""
    args = list(call.args) + [kw.value for kw in call.keywords or ()]
    for arg in args:
        for v in flat_values(arg):
            if v is None or v.kind is not Kind.TORCH:
                continue
            if cls is not None and v.origin is not None and _inside(v.origin, cls):
                continue
            return True
    return False


def _inside(node: nodes.NodeNG, ancestor: nodes.NodeNG) -> bool:
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


def _keras_object(expr: nodes.NodeNG) -> tuple[str, str] | None:
    """(description, impl) when ``expr`` is a Keras model or layer (also of the module's own
    Keras subclasses that define no such method)."""
    value = value_of(expr)
    if value is not None:
        if value.kind in (Kind.MODEL, Kind.LAYER):
            return value.describe(), value.impl
        return None
    try:
        inferred = list(expr.infer())
    except (AstroidError, RecursionError, StopIteration):
        return None
    if len(inferred) != 1:
        return None
    inst = inferred[0]
    cls = class_of(inst)
    if cls is not None:
        if is_keras_layer_class(cls) and _bases_known(cls):
            return f"a {cls.name} (a Keras Layer/Model subclass, line {cls.lineno})", ""
    return None


def _bases_known(cls: nodes.ClassDef, depth: int = 0) -> bool:
    """Every base is a Keras class or a class of this module (so a method it lacks here is
    really missing): no unknown mixin may bring ``eval``/``train``."""
    if depth > 8:
        return False
    for base in cls.bases:
        if apis.keras_name(qualified_name(base)) is not None:
            continue
        if not isinstance(base, nodes.Name):
            return False
        try:
            _scope, bindings = base.lookup(base.name)
        except AstroidError:
            return False
        if len(bindings) != 1 or not isinstance(bindings[0], nodes.ClassDef) or not _bases_known(bindings[0], depth + 1):
            return False
    return True


def _defines(cls: nodes.ClassDef, name: str, depth: int = 0) -> bool:
    if name in cls.locals:
        return True
    if depth > 8:
        return False
    for base in cls.bases:
        if isinstance(base, nodes.Name):
            try:
                _scope, bindings = base.lookup(base.name)
            except AstroidError:
                continue
            if any(isinstance(b, nodes.ClassDef) and _defines(b, name, depth + 1) for b in bindings):
                return True
    return False


def _calls_keras(body: list[nodes.NodeNG]) -> str | None:
    """The source of the first Keras model/layer call (or .predict) in ``body``."""
    for stmt in body:
        for call in stmt.nodes_of_class(nodes.Call):
            func = call.func
            target = func.expr if isinstance(func, nodes.Attribute) and func.attrname in (
                "predict", "predict_on_batch", "evaluate", "__call__", "call"
            ) else func
            if _keras_object(target) is not None:
                return call.as_string()
    return None


class TorchOpInKerasCode(Check):
    rule = rule("KL302")
    node_types = (nodes.Call,)

    @classmethod
    def triggered(cls, text: str) -> bool:
        if "keras" not in text and "tensorflow" not in text:
            return False
        if found_on_lines(TORCH_WORD, text, "torch"):
            return True
        return (".eval" in text or ".train" in text) and EVAL_OR_TRAIN_CALL.search(text) is not None

    def check(self, node, ctx):
        if not ctx.facts.uses_keras_or_tf or module_backend(ctx) == "torch":
            return
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname in ("eval", "train"):
            yield from self._eval_train(node, ctx)
            return
        root = root_name(func)
        if root is None or (root.name != "torch" and root.name not in ctx.facts.framework_names):
            return  # the syntactic gate: no lookup for calls that cannot reach torch
        found = torch_qname(func)
        if found is None:
            return
        qname, unbound = found
        if backend_guarded(node, ctx) or handled(node, qname):
            return  # backend-aware code, or a branch that handles torch tensors on purpose
        if qname in _NO_GRAD:
            yield from self._no_grad(node, ctx)
            return
        entry = torch_functions().get(qname)
        if entry is None:
            return
        repl = entry["keras"]
        notes = f" ({entry['notes']})" if entry["notes"] else ""
        value = _operand_kind(node, ctx)
        if value is not None:
            reason = f"its input is {value.describe()}, which torch functions reject (TypeError)"
        elif unbound:
            reason = "torch is not imported in this Keras/TensorFlow module (NameError): code pasted from PyTorch"
        else:
            cls = _enclosing_keras_class(node)
            if cls is None or _has_torch_operand(node, cls) or torch_is_optional(ctx):
                return  # optional torch support (imported in a function or try): on purpose
            reason = (
                f"it runs inside the Keras class {cls.name}, whose tensors are "
                f"{module_backend(ctx)} tensors, not torch tensors"
            )
        yield self.report(
            node,
            replacement=f"{repl}{notes}",
            call=f"{func.as_string()}(...)",
            reason=reason,
        )

    def _no_grad(self, node: nodes.Call, ctx):
        parent = node.parent
        if not isinstance(parent, nodes.With) or not any(item is node for item, _ in parent.items):
            return
        keras_call = _calls_keras(parent.body)
        if keras_call is None:
            return
        yield self.report(
            node,
            replacement="training=False in the Keras call (and drop the torch context)",
            call=f"{node.func.as_string()}()",
            reason=(
                f"it wraps the Keras call {short(keras_call)}, which runs on the "
                f"{module_backend(ctx)} backend: torch.no_grad() changes nothing there"
            ),
        )

    def _eval_train(self, node: nodes.Call, ctx):
        func = node.func
        if node.args and func.attrname == "eval" or node.keywords:
            return
        obj = _keras_object(func.expr)
        if obj is None:
            # ``self.eval()`` inside a Keras class that defines no eval/train
            if isinstance(func.expr, nodes.Name) and func.expr.name == "self":
                cls = _enclosing_keras_class(node)
                if cls is None or not is_keras_layer_class(cls) or not _bases_known(cls) or _defines(cls, func.attrname):
                    return
                obj = (f"a {cls.name} (a Keras Layer/Model subclass, line {cls.lineno})", "")
            else:
                return
        else:
            try:
                inferred = next(func.expr.infer())
            except (AstroidError, RecursionError, StopIteration):
                inferred = None
            cls = class_of(inferred)
            if cls is not None:
                if _defines(cls, func.attrname):
                    return
        what, _impl = obj
        replacement = "training=False in the model call (model(x, training=False)) or model.predict(x)"
        if func.attrname == "train":
            replacement = "training=True in the model call inside your training step, or model.fit"
        yield self.report(
            node,
            replacement=replacement,
            call=f"{func.as_string()}()",
            reason=f"{func.expr.as_string()} is {what}; Keras models have no {func.attrname}() outside the torch backend (AttributeError)",
        )
