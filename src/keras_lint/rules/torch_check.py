"""KL102: a torch.Tensor type check left in Keras / TensorFlow code."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.rules.base import Check
from keras_lint.semantic.facts import root_in
from keras_lint.rules.is_keras_tensor import tensor_test_fix
from keras_lint.semantic import apis
from keras_lint.semantic.kinds import Kind, value_of
from keras_lint.semantic.names import is_unbound, qualified_name, root_name

_TORCH_TYPES = frozenset(f"torch.{t}" for t in apis.TORCH_TENSOR_TYPES)


def _torch_name(node: nodes.NodeNG) -> str | None:
    """'torch.Tensor' for torch.Tensor under any alias, or in pasted code where torch is unbound."""
    qname = qualified_name(node)
    if qname is not None:
        return qname if qname.split(".")[0] == "torch" else None
    root = root_name(node)
    if root is not None and root.name == "torch" and is_unbound(root):
        return node.as_string()
    return None


def _is_torch_type(node: nodes.NodeNG) -> bool:
    return _torch_name(node) in _TORCH_TYPES


def _is_builtin(node: nodes.NodeNG, name: str) -> bool:
    """``node`` is the builtin ``name``, not shadowed by the module."""
    if not (isinstance(node, nodes.Name) and node.name == name):
        return False
    try:
        _scope, bindings = node.lookup(node.name)
    except Exception:
        return False
    return all(b.root().name == "builtins" for b in bindings)


def _type_check_subject(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The value tested by ``isinstance(x, torch.Tensor)``, ``torch.is_tensor(x)`` or
    ``type(x) is torch.Tensor``; None when ``node`` is no such check."""
    if isinstance(node, nodes.Call):
        if _is_builtin(node.func, "isinstance") and len(node.args) == 2:
            types = node.args[1]
            elts = types.elts if isinstance(types, nodes.Tuple) else [types]
            if any(_is_torch_type(t) for t in elts):
                return node.args[0]
        elif _torch_name(node.func) == "torch.is_tensor" and len(node.args) == 1:
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
                    and _is_torch_type(b)
                ):
                    return a.args[0]
    return None


def _may_be_torch_check(node: nodes.NodeNG, ctx) -> bool:
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


def _torch_only_for_type_checks(ctx) -> bool:
    """Does the module use torch for nothing but type checks and annotations?"""
    if "torch_leftover" in ctx.memo:
        return ctx.memo["torch_leftover"]
    result = True
    for name in ctx.module.nodes_of_class(nodes.Name):
        if _torch_name(name) is None:
            continue
        top = name
        while isinstance(top.parent, nodes.Attribute) and top.parent.expr is top:
            top = top.parent
        if _is_type_check_part(top):
            continue
        result = False
        break
    ctx.memo["torch_leftover"] = result
    return result


def _is_type_check_part(expr: nodes.NodeNG) -> bool:
    parent = expr.parent
    if isinstance(parent, nodes.Tuple):
        parent = parent.parent
    if isinstance(parent, nodes.Call) and _type_check_subject(parent) is not None:
        return True
    if isinstance(parent, nodes.Compare) and _type_check_subject(parent) is not None:
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


def _backend_aware(node: nodes.NodeNG, ctx) -> bool:
    """Is the check in code that tests the Keras backend (and so may run on torch)?"""
    frame = node.frame()
    key = ("backend_aware", id(frame))
    if key not in ctx.memo:
        tests = [n.test for n in frame.nodes_of_class((nodes.If, nodes.IfExp, nodes.While))]
        ctx.memo[key] = any(_mentions_backend(t) for t in tests) or any(
            _is_backend_test(c) for c in frame.nodes_of_class(nodes.Call)
        )
    if ctx.memo[key]:
        return True
    parent = node.parent
    while parent is not None:
        if isinstance(parent, (nodes.If, nodes.IfExp, nodes.While)) and _mentions_backend(parent.test):
            return True
        parent = parent.parent
    return False


def _mentions_backend(expr: nodes.NodeNG, follow_names: bool = True) -> bool:
    """``keras.config.backend() == "torch"``, ``os.environ["KERAS_BACKEND"]``, or a name
    assigned from one of those (``BACKEND = keras.backend.backend()``)."""
    for node in [expr, *expr.nodes_of_class((nodes.Call, nodes.Subscript, nodes.Name))]:
        if isinstance(node, nodes.Call) and _is_backend_test(node):
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
                if isinstance(assign, nodes.Assign) and _mentions_backend(assign.value, follow_names=False):
                    return True
    return False


def _is_backend_test(call: nodes.Call) -> bool:
    qname = qualified_name(call.func)
    k = apis.keras_name(qname)
    if k is not None and k.path in apis.BACKEND_TEST:
        return True
    # os.environ.get("KERAS_BACKEND") / os.getenv("KERAS_BACKEND")
    if qname in ("os.environ.get", "os.getenv") and call.args:
        first = call.args[0]
        return isinstance(first, nodes.Const) and first.value == "KERAS_BACKEND"
    return False


def _torch_is_optional(ctx) -> bool:
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


class TorchTensorCheckInKerasCode(Check):
    rule = rule("KL102")
    node_types = (nodes.Call, nodes.Compare)
    triggers = ("torch", "ensor")

    def check(self, node, ctx):
        if not ctx.facts.uses_keras_or_tf or ctx.backend == "torch" or not _may_be_torch_check(node, ctx):
            return
        subject = _type_check_subject(node)
        if subject is None or _backend_aware(node, ctx):
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
        elif _torch_only_for_type_checks(ctx) and not _torch_is_optional(ctx):
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
        others = [t for t in node.args[1].elts if not _is_torch_type(t)]
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
