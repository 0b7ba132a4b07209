"""Resolve names to qualified names through a module's imports and scopes, without inference.

``qualified_name(node)`` answers "which framework object does this expression name?" by
walking astroid's scope lookup to the binding ``Import``/``ImportFrom`` statement, the way
astroid's numpy brain recognises ``np``. Local definitions shadow imports; relative imports
are the user's own modules and resolve to nothing.
"""

from __future__ import annotations

import builtins

from astroid import nodes
from astroid.exceptions import AstroidError

from keras_lint.semantic.apis import canonical

FRAMEWORK_ROOTS = frozenset({"tensorflow", "keras", "tf_keras", "torch", "numpy", "jax"})
_MAX_ALIAS_DEPTH = 6


def _import_target(stmt: nodes.Import | nodes.ImportFrom, name: str) -> str | None:
    if isinstance(stmt, nodes.Import):
        for modname, asname in stmt.names:
            if asname == name:
                return modname
            if asname is None and modname.split(".")[0] == name:
                return name
        return None
    if stmt.level:  # relative import: the user's own package
        return None
    for imported, asname in stmt.names:
        if (asname or imported) == name and imported != "*":
            return f"{stmt.modname}.{imported}"
    return None


def _binding_target(binding: nodes.NodeNG, name: str, depth: int) -> str | None:
    if isinstance(binding, (nodes.Import, nodes.ImportFrom)):
        return _import_target(binding, name)
    if isinstance(binding, nodes.AssignName):
        # ``K = keras.backend``: a plain alias of a framework name.
        parent = binding.parent
        if isinstance(parent, (nodes.Assign, nodes.AnnAssign)) and parent.value is not None:
            targets = parent.targets if isinstance(parent, nodes.Assign) else [parent.target]
            if len(targets) == 1 and targets[0] is binding:
                if isinstance(parent.value, (nodes.Name, nodes.Attribute)):
                    return qualified_name(parent.value, depth + 1)
    return None


def qualified_name(node: nodes.NodeNG, depth: int = 0) -> str | None:
    """The dotted name an expression refers to, or None when it is not an imported name."""
    if depth > _MAX_ALIAS_DEPTH:
        return None
    if isinstance(node, nodes.Attribute):
        base = qualified_name(node.expr, depth)
        return f"{base}.{node.attrname}" if base else None
    if not isinstance(node, nodes.Name):
        return None
    try:
        _scope, bindings = node.lookup(node.name)
    except Exception:  # astroid lookups can fail on broken trees
        return None
    if not bindings:
        return None
    targets = {_binding_target(b, node.name, depth) for b in bindings}
    if len(targets) == 1:
        return targets.pop()
    # try/except ImportError fallbacks: ``import keras`` / ``from tensorflow import keras``.
    if None not in targets:
        canon = {canonical(t) for t in targets}
        if len(canon) == 1:
            return sorted(targets)[0]
    return None


def qualified_names(node: nodes.NodeNG) -> tuple[str, ...] | None:
    """Every dotted name an expression may refer to: one for a plain import, several for
    version fallbacks that bind the same API object from different packages
    (``try: from tf_keras import backend as K`` / ``except ImportError: from keras import
    backend as K``; ``if tf_version == 1: ... else: ...``). ``qualified_name`` picks one of them;
    a rule whose verdict depends on the implementation checks them all. None when unknown."""
    first = qualified_name(node)
    if first is None:
        return None
    root = root_name(node)
    if root is None:
        return (first,)
    try:
        _scope, bindings = root.lookup(root.name)
    except Exception:
        return (first,)
    bases = sorted({t for t in (_binding_target(b, root.name, 0) for b in bindings) if t is not None})
    if len(bases) < 2:
        return (first,)
    attrs = []
    while isinstance(node, nodes.Attribute):
        attrs.append(node.attrname)
        node = node.expr
    rest = "".join(f".{a}" for a in reversed(attrs))
    return tuple(base + rest for base in bases)


def sole_binding(name: nodes.Name) -> nodes.AssignName | None:
    """The one assignment (or parameter) that binds ``name`` where it is used, if there is
    exactly one; None for imports, several bindings, or names astroid cannot look up."""
    try:
        _scope, bindings = name.lookup(name.name)
    except AstroidError:
        return None
    if len(bindings) != 1 or not isinstance(bindings[0], nodes.AssignName):
        return None
    return bindings[0]


def framework_name(node: nodes.NodeNG) -> str | None:
    """``qualified_name`` when it lies in a framework namespace (tensorflow, keras, ...)."""
    qname = qualified_name(node)
    if qname and qname.split(".")[0] in FRAMEWORK_ROOTS:
        return qname
    return None


def is_unbound(node: nodes.Name) -> bool:
    """True when a name is bound nowhere (not even as a builtin): pasted code."""
    try:
        _scope, bindings = node.lookup(node.name)
    except Exception:
        return False
    bindings = [b for b in bindings if b.root().name != "builtins"]
    return not bindings and not hasattr(builtins, node.name)


def root_name(node: nodes.NodeNG) -> nodes.Name | None:
    """The Name at the start of an attribute chain ``a.b.c``."""
    while isinstance(node, nodes.Attribute):
        node = node.expr
    return node if isinstance(node, nodes.Name) else None


def parameter_binding(name: nodes.Name) -> tuple[nodes.AssignName, nodes.Arguments] | None:
    """(binding, the function's arguments) when ``name`` is bound only as a parameter."""
    binding = sole_binding(name)
    if binding is None or not isinstance(binding.parent, nodes.Arguments):
        return None
    return binding, binding.parent
