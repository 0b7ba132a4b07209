"""KL202 and KL203: values read out of, and non-Keras functions applied to, symbolic Keras tensors."""

from __future__ import annotations

import functools
import re

from astroid import nodes

from keras_lint import data
from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.rules.base import Check
from keras_lint.semantic import apis
from keras_lint.semantic.imports import module_alias
from keras_lint.semantic.kinds import Kind, Value, flat_values, keras_tensors_possible, value_of
from keras_lint.semantic.names import qualified_name

_TABLE = "keras_ops_equivalents"
# Every symbolic Keras tensor the semantic model knows starts at keras.Input (any spelling keeps
# the word), a model's .input/.output, or a KerasTensor made directly: a file without these
# words has none, and is not parsed for these rules.
_MODEL_IO = re.compile(r"\.(?:input|output)\b")
_TORCH_TABLE = "torch_to_keras_ops"


@functools.lru_cache(maxsize=4)
def _names_keras_tensor_sources(text: str) -> bool:
    """``Input``, ``KerasTensor`` or ``.input`` / ``.output``: where Keras tensors come from."""
    return "Input" in text or "KerasTensor" in text or _MODEL_IO.search(text) is not None


def _keras_tensor_trigger(cls, text: str) -> bool:
    """KL202's and KL203's trigger: the text names Keras and a Keras tensor source."""
    return "keras" in text and _names_keras_tensor_sources(text)


@functools.cache
def _table() -> dict:
    return data.entries(_TABLE)


@functools.cache
def _raising() -> frozenset[str]:
    return frozenset(_table()["raises_on_keras_tensor"])


@functools.cache
def _working() -> frozenset[str]:
    return frozenset(_table()["work_on_keras_tensor"])


@functools.cache
def _torch_table() -> dict:
    try:
        return data.entries(_TORCH_TABLE)
    except (FileNotFoundError, OSError, ValueError):
        return {}


def _keras_tensor(node: nodes.NodeNG, ctx) -> Value | None:
    if not keras_tensors_possible(ctx):
        return None
    value = value_of(node)
    return value if value is not None and value.kind is Kind.KERAS_TENSOR else None


def _impl_of(value: Value) -> str:
    """Which Keras made a tensor: from the Value, else from the call that made it."""
    if value.impl:
        return value.impl
    origin = value.origin
    if isinstance(origin, nodes.Call):
        k = apis.keras_name(qualified_name(origin.func))
        if k is not None:
            return k.impl
        maker = value_of(origin.func)
        if maker is not None and maker.kind in (Kind.LAYER, Kind.MODEL):
            return maker.impl
    return ""


def tensor_major(value: Value, ctx) -> int:
    impl = _impl_of(value)
    return ctx.keras_major(impl) if impl else ctx.default_keras_major()


def _is_builtin(node: nodes.NodeNG, names: tuple[str, ...]) -> bool:
    if not (isinstance(node, nodes.Name) and node.name in names):
        return False
    try:
        _scope, bindings = node.lookup(node.name)
    except Exception:  # noqa: BLE001
        return False
    return all(b.root().name == "builtins" for b in bindings)


def _first_keras_tensor(nodes_: list[nodes.NodeNG], ctx) -> tuple[nodes.NodeNG, Value] | None:
    if not keras_tensors_possible(ctx):
        return None
    for arg in nodes_:
        if isinstance(arg, nodes.Starred):
            continue
        for value in flat_values(arg):
            if value is not None and value.kind is Kind.KERAS_TENSOR:
                return arg, value
    return None


def _call_arguments(call: nodes.Call) -> list[nodes.NodeNG]:
    return list(call.args) + [kw.value for kw in call.keywords or () if kw.arg != "name"]


# --- KL202 ---------------------------------------------------------------------------------

_BACKEND_READS = frozenset({"backend.eval", "backend.get_value", "backend.batch_get_value"})
_NUMPY_READS = frozenset({"numpy.asarray", "numpy.array", "numpy.asanyarray"})
_SESSIONS = frozenset({"Session", "InteractiveSession"})


def _is_session(node: nodes.NodeNG) -> bool:
    """``tf.compat.v1.Session()``, or a name bound to one (assignment or ``with ... as``)."""
    if isinstance(node, nodes.Call):
        if apis.tf_name(qualified_name(node.func)) in _SESSIONS:
            return True
        k = apis.keras_name(qualified_name(node.func))
        return k is not None and k.path == "backend.get_session"
    if not isinstance(node, nodes.Name):
        return False
    try:
        _scope, bindings = node.lookup(node.name)
    except Exception:  # noqa: BLE001
        return False
    if not bindings:
        return False
    for binding in bindings:
        parent = binding.parent if isinstance(binding, nodes.AssignName) else None
        if isinstance(parent, nodes.Assign) and len(parent.targets) == 1:
            made_by = parent.value
        elif isinstance(parent, nodes.With):
            made_by = next((expr for expr, var in parent.items if var is binding), None)
        else:
            return False
        if made_by is None or not _is_session(made_by):
            return False
    return True


def _replacement_202(arg: nodes.NodeNG, value: Value) -> str:
    text = arg.as_string()
    if isinstance(arg, nodes.Attribute) and arg.attrname == "output":
        return f"{arg.expr.as_string()}.predict(data)"
    if isinstance(arg, nodes.Attribute) and arg.attrname == "input":
        return "the data you would feed to the model (a model input is just that data)"
    inputs = _model_inputs(value)
    return f"keras.Model({inputs}, {text}).predict(data) or keras.Function({inputs}, {text})(data)"


_MAX_STEPS = 200


def _model_inputs(value: Value) -> str:
    """The ``keras.Input`` variables a symbolic tensor was computed from, as the first argument
    of ``keras.Model``: ``inp``, ``[a, b]``; ``inputs`` when they cannot all be named."""
    names: list[tuple[int, str]] = []  # (line of the Input call, variable): shown in source order
    seen: set[int] = set()
    stack = [value]
    steps = 0
    while stack:
        steps += 1
        current = stack.pop()
        call = current.origin
        if steps > _MAX_STEPS or not isinstance(call, nodes.Call) or id(call) in seen:
            return "inputs" if steps > _MAX_STEPS or not isinstance(call, nodes.Call) else _shown(names)
        seen.add(id(call))
        k = apis.keras_name(qualified_name(call.func))
        if k is not None and k.path in apis.KERAS_INPUT:
            assign = call.parent
            if not (isinstance(assign, nodes.Assign) and len(assign.targets) == 1 and isinstance(assign.targets[0], nodes.AssignName)):
                return "inputs"
            entry = (call.lineno or 0, assign.targets[0].name)
            if entry not in names:
                names.append(entry)
            continue
        operands = [v for arg in call.args for v in flat_values(arg)]
        if not operands or any(v is None for v in operands):
            return "inputs"
        stack.extend(v for v in operands if v.kind is Kind.KERAS_TENSOR)
    return _shown(names)


def _shown(names: list[tuple[int, str]]) -> str:
    ordered = [name for _line, name in sorted(names)]
    if not ordered:
        return "inputs"
    return ordered[0] if len(ordered) == 1 else "[" + ", ".join(ordered) + "]"


class EvalOfSymbolicKerasTensor(Check):
    rule = rule("KL202")
    node_types = (nodes.Call,)
    triggers = ("keras",)
    triggered = classmethod(_keras_tensor_trigger)

    def check(self, node, ctx):
        func = node.func
        found = None
        keras3_only = False
        consequence = ""
        if isinstance(func, nodes.Attribute) and func.attrname == "numpy" and not node.args and not node.keywords:
            value = _keras_tensor(func.expr, ctx)
            if value is not None:
                found = (func.expr, value)
                consequence = "It raises AttributeError (a KerasTensor has no numpy())"
        elif isinstance(func, nodes.Attribute) and func.attrname == "run" and node.args:
            if _is_session(func.expr):
                found = _first_keras_tensor([node.args[0]], ctx)
                keras3_only = True
                consequence = "Keras 3 raises TypeError (Can not convert a KerasTensor into a Tensor)"
        elif _is_builtin(func, ("float", "int")) and len(node.args) == 1:
            value = _keras_tensor(node.args[0], ctx)
            if value is not None:
                found = (node.args[0], value)
                consequence = f"It raises (You cannot convert it to {'a float' if func.name == 'float' else 'an int'})"
        elif node.args and ctx.might_be_framework(func):
            qname = qualified_name(func)
            k = apis.keras_name(qname)
            if k is not None and k.path in _BACKEND_READS:
                found = _first_keras_tensor([node.args[0]], ctx)
                if k.path == "backend.batch_get_value":
                    consequence = "It raises AttributeError (a KerasTensor has no numpy())"
                elif ctx.keras_major(k.impl) < 3:
                    consequence = "Keras 2 raises AttributeError (a KerasTensor has no numpy())"
                elif k.impl == apis.TF_KERAS:
                    consequence = "The Keras 3 tf.keras.backend shim silently returns the KerasTensor itself"
                else:
                    consequence = f"Keras 3's keras.backend has no {k.path.split('.')[-1]} either"
            elif (k is not None and k.path == "ops.convert_to_numpy") or qname in _NUMPY_READS:
                value = _keras_tensor(node.args[0], ctx)
                found = (node.args[0], value) if value is not None else None
                consequence = "It raises (You cannot convert it to a NumPy array)"
        if found is None:
            return
        arg, value = found
        major = tensor_major(value, ctx)
        if keras3_only and major < 3:
            return
        if major < 3 and ctx.facts.graph_mode:
            return  # TF1 graph code: Keras 2 tensors are graph tensors fed through a session
        call = node.func.as_string() + ("()" if isinstance(func, nodes.Attribute) and func.attrname == "numpy" else f"({arg.as_string()})")
        yield self.report(
            node,
            replacement=_replacement_202(arg, value),
            call=call if len(call) <= 80 else node.func.as_string() + "(...)",
            what=value.describe(),
            consequence=consequence,
        )


# --- KL203 ---------------------------------------------------------------------------------

_CONSEQUENCE = {
    "TensorFlow": "Keras 3 raises ValueError (A KerasTensor cannot be used as input to a TensorFlow function)",
    "tf.keras.backend": (
        "The tf.keras.backend shim runs TensorFlow ops, and on a Keras 3 KerasTensor it raises "
        "(ValueError: A KerasTensor cannot be used as input to a TensorFlow function, or AttributeError)"
    ),
    "NumPy": "It raises ValueError (A KerasTensor is symbolic ... You cannot convert it to a NumPy array)",
    "JAX": "It raises ValueError (A KerasTensor cannot be used as input to a JAX function)",
    "torch": "It raises TypeError (... must be Tensor, not KerasTensor)",
}


def _source_key(qname: str, ctx) -> tuple[str, str] | None:
    """(table key, library) of a function the rule knows, or None."""
    t = apis.tf_name(qname)
    if t is not None:
        return (f"tf.{t}", "TensorFlow") if t else None
    k = apis.keras_name(qname)
    if k is not None:
        if k.impl == apis.TF_KERAS and k.path.startswith("backend.") and k.path.count(".") == 1:
            if k.path in _BACKEND_READS:
                return None  # reading values: KL202
            return "tf.keras." + k.path, "tf.keras.backend"
        return None
    root, _, rest = qname.partition(".")
    if root == "numpy":
        return qname, "NumPy"
    if root == "jax" and rest.startswith("numpy."):
        return "numpy." + rest[len("numpy.") :], "JAX"
    if root == "torch":
        return qname, "torch"
    return None


def _fits(call: nodes.Call, rename: dict) -> bool:
    """Do the call's arguments lie within what the rename keeps unchanged?"""
    if any(isinstance(a, nodes.Starred) for a in call.args):
        return False
    if len(call.args) > rename["positional"] or not call.args:
        return False
    return all(kw.arg is not None and kw.arg in rename["keywords"] for kw in call.keywords or ())


def _args_text(call: nodes.Call) -> str:
    parts = [a.as_string() for a in call.args]
    parts += [f"{kw.arg}={kw.value.as_string()}" for kw in call.keywords or ()]
    return ", ".join(parts)


class NonKerasOpOnKerasTensor(Check):
    rule = rule("KL203")
    node_types = (nodes.Call,)
    triggers = ("keras",)
    triggered = classmethod(_keras_tensor_trigger)

    def check(self, node, ctx):
        if not (node.args or node.keywords) or not ctx.might_be_framework(node.func):
            return
        qname = qualified_name(node.func)
        if not qname:
            return
        source = _source_key(qname, ctx)
        if source is None:
            return
        key, library = source
        if key in _working():
            return
        entry = _table()["replacements"].get(key)
        if library == "torch":
            entry = _torch_table().get(key)
            if entry is None and key not in _raising():
                return
        elif entry is None and key not in _raising():
            return
        if library == "tf.keras.backend":
            k = apis.keras_name(qname)
            if ctx.keras_major(k.impl) < 3:
                return
        hit = _first_keras_tensor(_call_arguments(node), ctx)
        if hit is None:
            return
        arg, value = hit
        if tensor_major(value, ctx) < 3:
            return  # Keras 2 wraps TensorFlow ops on symbolic tensors in TFOpLambda layers
        replacement, note, fix = self._replacement(node, entry, ctx)
        yield self.report(
            node,
            replacement=replacement,
            fix=fix,
            call=f"{node.func.as_string()}({arg.as_string()}{', ...' if len(_call_arguments(node)) > 1 else ''})",
            library=library,
            what=value.describe(),
            consequence=_CONSEQUENCE[library],
            note=note,
        )

    def _replacement(self, node: nodes.Call, entry: dict | None, ctx):
        if not entry or not entry.get("keras"):
            return "the keras.ops equivalent", "", None
        target = entry["keras"]
        note = entry.get("note") or entry.get("notes") or ""
        rename = entry.get("rename")
        if rename and _fits(node, rename):
            text = f"{target}({_args_text(node)})"
            fix = None
            alias = module_alias(ctx.module, "keras", also=("tensorflow.keras",))
            if alias is not None:
                name, imports = alias
                fix = Fix(name + target[len("keras") :] + f"({_args_text(node)})", imports)
            return text, "", fix
        return f"{target}(...)", f" ({note.rstrip('.')})" if note else "", None
