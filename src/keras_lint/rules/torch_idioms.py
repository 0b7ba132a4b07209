"""KL301 / KL302: PyTorch idioms left in Keras / TensorFlow code.

KL301 flags a ``torch.Tensor`` member (``.permute()``, ``.cpu()``, ``.data`` ...) used on a
value known to be a TensorFlow tensor, a Keras tensor or a variable, when that value's type
lacks the member (data/torch_tensor_members.json, generated from the real classes).
KL302 flags torch functions applied to TF/Keras values or written inside Keras classes or
pasted into modules that never import torch, ``torch.no_grad()`` around Keras calls, and
``model.eval()`` / ``model.train()`` on Keras models.

Both stay quiet on Keras-on-torch code: when the target backend is torch, when the module
sets ``KERAS_BACKEND=torch`` or is part of a Keras backend implementation, and inside code
that tests the backend.
"""

from __future__ import annotations

import re

from astroid import nodes
from astroid.exceptions import AstroidError

from keras_lint import data
from keras_lint.catalogue import rule
from keras_lint.rules.base import Check, found_on_lines, identifiers
from keras_lint.rules.torch_check import _backend_aware, _mentions_backend, _torch_is_optional, _type_check_subject
from keras_lint.semantic import apis
from keras_lint.semantic.astroid_compat.instances import class_of
from keras_lint.semantic.kinds import Kind, Value, flat_values, is_keras_layer_class, value_of
from keras_lint.semantic.names import is_unbound, parameter_binding, qualified_name, root_name, sole_binding

_MEMBERS_TABLE = "torch_tensor_members"
_FUNCTIONS_TABLE = "torch_to_keras_ops"

# value families of the table, per kind of value (Keras 3 and Keras 2 KerasTensors alike)
_TF = ("tf.Tensor",)
_KERAS_TENSOR = ("KerasTensor", "tf_keras.KerasTensor")
_TF_VARIABLE = ("tf.Variable",)
_ALL_VARIABLES = ("tf.Variable", "keras.Variable[tensorflow]", "keras.Variable[torch]")
_BACKEND_KINDS = frozenset({Kind.BACKEND_TENSOR, Kind.CALL_INPUT})
_OTHER_BACKENDS = ("torch", "jax", "numpy", "openvino")
_MAX_CHAIN = 12


def _members() -> dict:
    return data.entries(_MEMBERS_TABLE)


def _functions() -> dict:
    return data.entries(_FUNCTIONS_TABLE)


# --- backend of the code ---------------------------------------------------------------------


def _module_backend(ctx) -> str:
    """The backend this module's tensors live on: the target's, unless the module sets
    ``KERAS_BACKEND``, is (or imports) a Keras backend implementation such as
    ``keras.src.backend.torch``, or asserts the backend at module level."""
    if "torch_idioms_backend" in ctx.memo:
        return ctx.memo["torch_idioms_backend"]
    backend = ctx.backend
    name = ctx.module.name or ""
    for other in _OTHER_BACKENDS:
        if f"backend.{other}" in name:
            backend = other
    for imp in ctx.module.nodes_of_class((nodes.Import, nodes.ImportFrom)):
        modnames = [n for n, _ in imp.names] if isinstance(imp, nodes.Import) else [
            f"{imp.modname}.{n}" for n, _ in imp.names
        ]
        for modname in modnames:
            parts = modname.split(".")
            for other in _OTHER_BACKENDS:
                if "backend" in parts and other in parts[parts.index("backend") + 1 : parts.index("backend") + 2]:
                    backend = other
    for stmt in ctx.module.body:
        test = stmt.test if isinstance(stmt, (nodes.If, nodes.Assert)) else None
        if test is not None and _mentions_backend(test):
            for const in test.nodes_of_class(nodes.Const):
                if const.value in _OTHER_BACKENDS:
                    backend = const.value
    ctx.memo["torch_idioms_backend"] = backend
    return backend


def _torch_backend_code(node: nodes.NodeNG, ctx) -> bool:
    """Code whose backend tensors may be torch tensors (or another non-TF backend's)."""
    return _module_backend(ctx) != "tensorflow" or _backend_guarded(node, ctx)


def _backend_guarded(node: nodes.NodeNG, ctx) -> bool:
    """Code that tests the backend (KL102's test), also through the enclosing functions and
    classes and their decorators (``@pytest.mark.skipif(backend.backend() != "torch")``), or
    that lives in a ``torch.nn.Module`` subclass."""
    if _backend_aware(node, ctx):
        return True
    scope = node.parent
    while scope is not None:
        if isinstance(scope, (nodes.FunctionDef, nodes.ClassDef)):
            if scope.decorators is not None and _mentions_backend(scope.decorators):
                return True
            if isinstance(scope, nodes.FunctionDef) and _backend_aware(scope, ctx):
                return True
            if isinstance(scope, nodes.ClassDef) and any(_torch_qname(b) is not None for b in scope.bases):
                return True
        scope = scope.parent
    return False


# --- KL301 -----------------------------------------------------------------------------------


def _families(value: Value, node: nodes.NodeNG, ctx) -> tuple[str, ...] | None:
    """The table families ``value`` may belong to; None when unknown or maybe a torch tensor."""
    kind = value.kind
    if kind in (Kind.TF_TENSOR, Kind.PLACEHOLDER):
        return _TF
    if kind is Kind.KERAS_PLACEHOLDER:
        return _TF + ("tf_keras.KerasTensor",)
    if kind is Kind.KERAS_TENSOR:
        return _KERAS_TENSOR
    if kind is Kind.VARIABLE:
        origin = value.origin
        if isinstance(origin, nodes.Call) and apis.tf_name(qualified_name(origin.func)) in apis.TF_VARIABLES:
            return _TF_VARIABLE
        # keras.Variable: verified on the tensorflow and torch backends only
        return _ALL_VARIABLES if _module_backend(ctx) in ("tensorflow", "torch") else None
    if kind in _BACKEND_KINDS:
        return None if _torch_backend_code(node, ctx) else _TF
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
    if depth >= _MAX_CHAIN:
        return None
    if isinstance(expr, nodes.Name):
        assigned = _single_assignment(expr)
        return _chain_families(assigned, ctx, depth + 1) if assigned is not None else None
    attr = expr.func if isinstance(expr, nodes.Call) else expr
    if not isinstance(attr, nodes.Attribute):
        return None
    entry = _members().get(attr.attrname)
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
    if families == _ALL_VARIABLES or families == _TF_VARIABLE:
        if _torch_backend_code(expr, ctx):
            return None
        families = _TF
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
    if isinstance(attr, nodes.Attribute) and attr.attrname in _members():
        return value
    return None


def _handled(node: nodes.NodeNG, member: str) -> bool:
    """Inside ``try: ... except AttributeError`` or under ``if hasattr(x, member)`` / a torch
    type check (the check is KL102's finding, the dead branch is not reported again)."""
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, (nodes.FunctionDef, nodes.ClassDef, nodes.Module)):
        if isinstance(parent, nodes.Try) and child in parent.body:
            for handler in parent.handlers:
                if handler.type is None:
                    return True
                names = handler.type.elts if isinstance(handler.type, nodes.Tuple) else [handler.type]
                if any(isinstance(n, nodes.Name) and n.name in ("AttributeError", "Exception", "BaseException") for n in names):
                    return True
        if isinstance(parent, (nodes.If, nodes.IfExp)) and child is not parent.test:
            for part in parent.test.nodes_of_class(nodes.Call):
                if isinstance(part.func, nodes.Name) and part.func.name == "hasattr":
                    return True
                if _type_check_subject(part) is not None:
                    return True
            if isinstance(parent.test, nodes.Compare) and _type_check_subject(parent.test) is not None:
                return True
        child, parent = parent, parent.parent
    return False


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


def _short(text: str) -> str:
    return text if len(text) <= 40 and "\n" not in text else "x"


def _replacement(entry: dict, receiver: str) -> str:
    template = entry.get("replacement")
    if not template:
        return "the keras.ops / TensorFlow equivalent (this torch member has no direct one)"
    return template.replace("{x}", _short(receiver))


_ATTRIBUTE_RE = re.compile(r"\.\s*([A-Za-z_]\w*)")
_TORCH_WORD = re.compile(r"\btorch\b")
_EVAL_OR_TRAIN_CALL = re.compile(r"\.(?:eval|train)\s*\(")  # may span lines: x.eval\n(...)


class TorchIdiomOnKerasTensor(Check):
    rule = rule("KL301")
    node_types = (nodes.Attribute,)

    @classmethod
    def triggered(cls, text: str) -> bool:
        """Names keras/tensorflow and uses some attribute the member table lists."""
        if "keras" not in text and "tensorflow" not in text:
            return False
        members = _members()
        if identifiers(text).isdisjoint(members):  # every attribute is an identifier: cheap test first
            return False
        return any(m.group(1) in members for m in _ATTRIBUTE_RE.finditer(text))

    def check(self, node, ctx):
        entry = _members().get(node.attrname)
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
        if _handled(node, node.attrname):
            return
        call = node.parent if isinstance(node.parent, nodes.Call) and node.parent.func is node else None
        site = call if call is not None else node
        member = f".{node.attrname}()" if call is not None else f".{node.attrname}"
        yield self.report(
            site,
            replacement=_replacement(entry, node.expr.as_string()),
            member=member,
            receiver=_short(node.expr.as_string()),
            what=what,
        )


# --- KL302 -----------------------------------------------------------------------------------

_KERAS_TF_KINDS = frozenset(
    {Kind.TF_TENSOR, Kind.PLACEHOLDER, Kind.KERAS_PLACEHOLDER, Kind.KERAS_TENSOR, Kind.VARIABLE}
)
_NO_GRAD = frozenset({"torch.no_grad", "torch.inference_mode", "torch.autograd.no_grad", "torch.autograd.grad_mode.no_grad"})
_LOSS_BASES = frozenset({"Loss", "losses.Loss", "losses.loss.Loss", "Metric", "metrics.Metric", "metrics.metric.Metric"})


def _torch_qname(func: nodes.NodeNG) -> tuple[str, bool] | None:
    """('torch.cat', unbound?) for a torch function under any alias, or pasted with ``torch``
    unbound."""
    qname = qualified_name(func)
    if qname is not None:
        return (qname, False) if qname.split(".")[0] == "torch" else None
    root = root_name(func)
    if root is not None and root.name == "torch" and is_unbound(root):
        return func.as_string(), True
    return None


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
            if value.kind in _BACKEND_KINDS and not _torch_backend_code(call, ctx):
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
        if found_on_lines(_TORCH_WORD, text, "torch"):
            return True
        return (".eval" in text or ".train" in text) and _EVAL_OR_TRAIN_CALL.search(text) is not None

    def check(self, node, ctx):
        if not ctx.facts.uses_keras_or_tf or _module_backend(ctx) == "torch":
            return
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname in ("eval", "train"):
            yield from self._eval_train(node, ctx)
            return
        root = root_name(func)
        if root is None or (root.name != "torch" and root.name not in ctx.facts.framework_names):
            return  # the syntactic gate: no lookup for calls that cannot reach torch
        found = _torch_qname(func)
        if found is None:
            return
        qname, unbound = found
        if _backend_guarded(node, ctx) or _handled(node, qname):
            return  # backend-aware code, or a branch that handles torch tensors on purpose
        if qname in _NO_GRAD:
            yield from self._no_grad(node, ctx)
            return
        entry = _functions().get(qname)
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
            if cls is None or _has_torch_operand(node, cls) or _torch_is_optional(ctx):
                return  # optional torch support (imported in a function or try): on purpose
            reason = (
                f"it runs inside the Keras class {cls.name}, whose tensors are "
                f"{_module_backend(ctx)} tensors, not torch tensors"
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
                f"it wraps the Keras call {_short(keras_call)}, which runs on the "
                f"{_module_backend(ctx)} backend: torch.no_grad() changes nothing there"
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
