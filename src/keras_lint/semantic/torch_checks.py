"""torch type checks and backend tests in the user's code: ``isinstance(x, torch.Tensor)``,
``torch.is_tensor(x)``, ``type(x) is torch.Tensor``; whether a module uses torch only for those,
imports it optionally, or tests the Keras backend around them.
"""

from __future__ import annotations

from astroid import nodes

from keras_lint.semantic import apis
from keras_lint.semantic.facts import root_in
from keras_lint.semantic.names import is_unbound, qualified_name, root_name

_TORCH_TYPES = frozenset(f"torch.{t}" for t in apis.TORCH_TENSOR_TYPES)


def torch_name(node: nodes.NodeNG) -> str | None:
    """'torch.Tensor' for torch.Tensor under any alias, or in pasted code where torch is unbound."""
    qname = qualified_name(node)
    if qname is not None:
        return qname if qname.split(".")[0] == "torch" else None
    root = root_name(node)
    if root is not None and root.name == "torch" and is_unbound(root):
        return node.as_string()
    return None


def is_torch_type(node: nodes.NodeNG) -> bool:
    return torch_name(node) in _TORCH_TYPES


def _is_builtin(node: nodes.NodeNG, name: str) -> bool:
    """``node`` is the builtin ``name``, not shadowed by the module."""
    if not (isinstance(node, nodes.Name) and node.name == name):
        return False
    try:
        _scope, bindings = node.lookup(node.name)
    except Exception:
        return False
    return all(b.root().name == "builtins" for b in bindings)


def type_check_subject(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The value tested by ``isinstance(x, torch.Tensor)``, ``torch.is_tensor(x)`` or
    ``type(x) is torch.Tensor``; None when ``node`` is no such check."""
    if isinstance(node, nodes.Call):
        if _is_builtin(node.func, "isinstance") and len(node.args) == 2:
            types = node.args[1]
            elts = types.elts if isinstance(types, nodes.Tuple) else [types]
            if any(is_torch_type(t) for t in elts):
                return node.args[0]
        elif torch_name(node.func) == "torch.is_tensor" and len(node.args) == 1:
            return node.args[0]
    elif isinstance(node, nodes.Compare) and len(node.ops) == 1:
        op, right = node.ops[0]
        left = node.left
        if op in ("is", "==", "is not", "!="):
            for a, b in ((left, right), (right, left)):
                if (
                    isinstance(a, nodes.Call)
                    and _is_builtin(a.func, "type")
                    and len(a.args) == 1
                    and is_torch_type(b)
                ):
                    return a.args[0]
    return None


def may_be_torch_check(node: nodes.NodeNG, ctx) -> bool:
    """Syntactic gate before any lookup: isinstance/type/is_tensor naming a torch-ish root."""
    names = ctx.facts.framework_names | {"torch"}
    if isinstance(node, nodes.Call):
        func = node.func
        if isinstance(func, nodes.Name) and func.name == "isinstance" and len(node.args) == 2:
            types = node.args[1]
            return any(root_in(t, names) for t in (types.elts if isinstance(types, nodes.Tuple) else [types]))
        return len(node.args) == 1 and root_in(func, names)
    if isinstance(node, nodes.Compare) and len(node.ops) == 1:
        return any(root_in(side, names) for side in (node.left, node.ops[0][1]))
    return False


def torch_only_for_type_checks(ctx) -> bool:
    """Does the module use torch for nothing but type checks and annotations?"""
    if "torch_leftover" in ctx.memo:
        return ctx.memo["torch_leftover"]
    result = True
    for name in ctx.module.nodes_of_class(nodes.Name):
        if torch_name(name) is None:
            continue
        top = name
        while isinstance(top.parent, nodes.Attribute) and top.parent.expr is top:
            top = top.parent
        if is_type_check_part(top):
            continue
        result = False
        break
    ctx.memo["torch_leftover"] = result
    return result


def is_type_check_part(expr: nodes.NodeNG) -> bool:
    parent = expr.parent
    if isinstance(parent, nodes.Tuple):
        parent = parent.parent
    if isinstance(parent, nodes.Call) and type_check_subject(parent) is not None:
        return True
    if isinstance(parent, nodes.Compare) and type_check_subject(parent) is not None:
        return True
    # annotations: def f(x: torch.Tensor) -> Optional[torch.Tensor]
    node = expr
    while isinstance(node.parent, (nodes.Attribute, nodes.Subscript, nodes.Tuple, nodes.BinOp)):
        node = node.parent
    parent = node.parent
    if isinstance(parent, nodes.Arguments):
        annotations = [*parent.annotations, *parent.posonlyargs_annotations, *parent.kwonlyargs_annotations]
        return any(node is a for a in annotations) or node in (parent.varargannotation, parent.kwargannotation)
    if isinstance(parent, nodes.FunctionDef):
        return node is parent.returns
    if isinstance(parent, nodes.AnnAssign):
        return node is parent.annotation
    return False


def backend_aware(node: nodes.NodeNG, ctx) -> bool:
    """Is the check in code that tests the Keras backend (and so may run on torch)?"""
    frame = node.frame()
    key = ("backend_aware", id(frame))
    if key not in ctx.memo:
        tests = [n.test for n in frame.nodes_of_class((nodes.If, nodes.IfExp, nodes.While))]
        ctx.memo[key] = any(mentions_backend(t) for t in tests) or any(
            is_backend_test(c) for c in frame.nodes_of_class(nodes.Call)
        )
    if ctx.memo[key]:
        return True
    parent = node.parent
    while parent is not None:
        if isinstance(parent, (nodes.If, nodes.IfExp, nodes.While)) and mentions_backend(parent.test):
            return True
        parent = parent.parent
    return False


def mentions_backend(expr: nodes.NodeNG, follow_names: bool = True) -> bool:
    """``keras.config.backend() == "torch"``, ``os.environ["KERAS_BACKEND"]``, or a name
    assigned from one of those (``BACKEND = keras.backend.backend()``)."""
    for node in [expr, *expr.nodes_of_class((nodes.Call, nodes.Subscript, nodes.Name))]:
        if isinstance(node, nodes.Call) and is_backend_test(node):
            return True
        if isinstance(node, nodes.Subscript) and isinstance(node.slice, nodes.Const):
            if node.slice.value == "KERAS_BACKEND":
                return True
        if follow_names and isinstance(node, nodes.Name):
            try:
                _scope, bindings = node.lookup(node.name)
            except Exception:
                continue
            for binding in bindings:
                assign = binding.parent if isinstance(binding, nodes.AssignName) else None
                if isinstance(assign, nodes.Assign) and mentions_backend(assign.value, follow_names=False):
                    return True
    return False


def is_backend_test(call: nodes.Call) -> bool:
    qname = qualified_name(call.func)
    k = apis.keras_name(qname)
    if k is not None and k.path in apis.BACKEND_TEST:
        return True
    # os.environ.get("KERAS_BACKEND") / os.getenv("KERAS_BACKEND")
    if qname in ("os.environ.get", "os.getenv") and call.args:
        first = call.args[0]
        return isinstance(first, nodes.Const) and first.value == "KERAS_BACKEND"
    return False


def torch_is_optional(ctx) -> bool:
    """torch imported inside a function, an if, or a try (optional torch support): code that
    handles torch tensors on purpose, e.g. batches from a torch DataLoader."""
    if "torch_optional" not in ctx.memo:
        optional = False
        for imp in ctx.module.nodes_of_class((nodes.Import, nodes.ImportFrom)):
            names = [n for n, _ in imp.names] if isinstance(imp, nodes.Import) else [imp.modname or ""]
            if not any(n.split(".")[0] == "torch" for n in names):
                continue
            if imp.parent is not ctx.module:
                optional = True
                break
        ctx.memo["torch_optional"] = optional
    return ctx.memo["torch_optional"]

