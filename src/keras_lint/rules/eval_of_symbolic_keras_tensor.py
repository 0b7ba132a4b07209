"""KL202: a value read out of a symbolic Keras tensor (eval, get_value, np.asarray, Session.run)."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.rules._keras_tensors import (
    BACKEND_READS,
    first_keras_tensor,
    is_builtin,
    keras_tensor,
    keras_tensor_trigger,
    tensor_major,
)
from keras_lint.rules.base import Check
from keras_lint.semantic import apis
from keras_lint.semantic.kinds import Kind, Value, flat_values
from keras_lint.semantic.names import qualified_name

# --- KL202 ---------------------------------------------------------------------------------

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
    triggered = classmethod(keras_tensor_trigger)

    def check(self, node, ctx):
        func = node.func
        found = None
        keras3_only = False
        consequence = ""
        if isinstance(func, nodes.Attribute) and func.attrname == "numpy" and not node.args and not node.keywords:
            value = keras_tensor(func.expr, ctx)
            if value is not None:
                found = (func.expr, value)
                consequence = "It raises AttributeError (a KerasTensor has no numpy())"
        elif isinstance(func, nodes.Attribute) and func.attrname == "run" and node.args:
            if _is_session(func.expr):
                found = first_keras_tensor([node.args[0]], ctx)
                keras3_only = True
                consequence = "Keras 3 raises TypeError (Can not convert a KerasTensor into a Tensor)"
        elif is_builtin(func, ("float", "int")) and len(node.args) == 1:
            value = keras_tensor(node.args[0], ctx)
            if value is not None:
                found = (node.args[0], value)
                consequence = f"It raises (You cannot convert it to {'a float' if func.name == 'float' else 'an int'})"
        elif node.args and ctx.might_be_framework(func):
            qname = qualified_name(func)
            k = apis.keras_name(qname)
            if k is not None and k.path in BACKEND_READS:
                found = first_keras_tensor([node.args[0]], ctx)
                if k.path == "backend.batch_get_value":
                    consequence = "It raises AttributeError (a KerasTensor has no numpy())"
                elif ctx.keras_major(k.impl) < 3:
                    consequence = "Keras 2 raises AttributeError (a KerasTensor has no numpy())"
                elif k.impl == apis.TF_KERAS:
                    consequence = "The Keras 3 tf.keras.backend shim silently returns the KerasTensor itself"
                else:
                    consequence = f"Keras 3's keras.backend has no {k.path.split('.')[-1]} either"
            elif (k is not None and k.path == "ops.convert_to_numpy") or qname in _NUMPY_READS:
                value = keras_tensor(node.args[0], ctx)
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


