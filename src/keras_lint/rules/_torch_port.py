"""What KL301 and KL302 share: the torch member and function tables, and whether code runs Keras on torch.

Both rules stay quiet on Keras-on-torch code: when the target backend is torch, when the module
sets ``KERAS_BACKEND=torch`` or is part of a Keras backend implementation, and inside code
that tests the backend.
"""

from __future__ import annotations

import re

from astroid import nodes

from keras_lint import data
from keras_lint.semantic.kinds import Kind
from keras_lint.semantic.names import is_unbound, qualified_name, root_name
from keras_lint.semantic.torch_checks import backend_aware, mentions_backend, type_check_subject

_MEMBERS_TABLE = "torch_tensor_members"
_FUNCTIONS_TABLE = "torch_to_keras_ops"

# value families of the table, per kind of value (Keras 3 and Keras 2 KerasTensors alike)
TF_TENSOR_FAMILY = ("tf.Tensor",)
KERAS_TENSOR = ("KerasTensor", "tf_keras.KerasTensor")
TF_VARIABLE = ("tf.Variable",)
ALL_VARIABLES = ("tf.Variable", "keras.Variable[tensorflow]", "keras.Variable[torch]")
BACKEND_KINDS = frozenset({Kind.BACKEND_TENSOR, Kind.CALL_INPUT})
_OTHER_BACKENDS = ("torch", "jax", "numpy", "openvino")
MAX_CHAIN = 12


def torch_members() -> dict:
    return data.entries(_MEMBERS_TABLE)


def torch_functions() -> dict:
    return data.entries(_FUNCTIONS_TABLE)


# --- backend of the code ---------------------------------------------------------------------


def module_backend(ctx) -> str:
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
        if test is not None and mentions_backend(test):
            for const in test.nodes_of_class(nodes.Const):
                if const.value in _OTHER_BACKENDS:
                    backend = const.value
    ctx.memo["torch_idioms_backend"] = backend
    return backend


def torch_backend_code(node: nodes.NodeNG, ctx) -> bool:
    """Code whose backend tensors may be torch tensors (or another non-TF backend's)."""
    return module_backend(ctx) != "tensorflow" or backend_guarded(node, ctx)


def backend_guarded(node: nodes.NodeNG, ctx) -> bool:
    """Code that tests the backend (KL102's test), also through the enclosing functions and
    classes and their decorators (``@pytest.mark.skipif(backend.backend() != "torch")``), or
    that lives in a ``torch.nn.Module`` subclass."""
    if backend_aware(node, ctx):
        return True
    scope = node.parent
    while scope is not None:
        if isinstance(scope, (nodes.FunctionDef, nodes.ClassDef)):
            if scope.decorators is not None and mentions_backend(scope.decorators):
                return True
            if isinstance(scope, nodes.FunctionDef) and backend_aware(scope, ctx):
                return True
            if isinstance(scope, nodes.ClassDef) and any(torch_qname(b) is not None for b in scope.bases):
                return True
        scope = scope.parent
    return False


def torch_qname(func: nodes.NodeNG) -> tuple[str, bool] | None:
    """('torch.cat', unbound?) for a torch function under any alias, or pasted with ``torch``
    unbound."""
    qname = qualified_name(func)
    if qname is not None:
        return (qname, False) if qname.split(".")[0] == "torch" else None
    root = root_name(func)
    if root is not None and root.name == "torch" and is_unbound(root):
        return func.as_string(), True
    return None


def short(text: str) -> str:
    return text if len(text) <= 40 and "\n" not in text else "x"


def handled(node: nodes.NodeNG, member: str) -> bool:
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
                if type_check_subject(part) is not None:
                    return True
            if isinstance(parent.test, nodes.Compare) and type_check_subject(parent.test) is not None:
                return True
        child, parent = parent, parent.parent
    return False


TORCH_WORD = re.compile(r"\btorch\b")


EVAL_OR_TRAIN_CALL = re.compile(r"\.(?:eval|train)\s*\(")  # may span lines: x.eval\n(...)
