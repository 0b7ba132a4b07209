"""Code written for several library versions: a name that may be missing is not a finding there."""

from __future__ import annotations

import re

from astroid import nodes

# what a ``try`` must catch for its body to be compatibility code
CAUGHT = frozenset({"ImportError", "ModuleNotFoundError", "AttributeError", "Exception", "BaseException"})


def _catches(handler: nodes.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, nodes.Tuple) else [handler.type]
    return any(isinstance(t, (nodes.Name, nodes.Attribute)) and t.as_string().split(".")[-1] in CAUGHT for t in types)


def in_compatibility_code(
    node: nodes.NodeNG,
    words: re.Pattern,
    tests: tuple[type[nodes.NodeNG], ...] = (nodes.If, nodes.IfExp),
) -> bool:
    """Inside ``try: ... except ImportError/AttributeError/...``, or under a test (an ``if``, a
    conditional expression, a boolean operation) whose source matches ``words`` (``hasattr``,
    ``version``...): code that knows the name may be missing."""
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, nodes.Module):
        if isinstance(parent, nodes.Try) and child in parent.body and any(_catches(h) for h in parent.handlers):
            return True
        if isinstance(parent, tests) and child is not parent.test and words.search(parent.test.as_string()):
            return True
        if isinstance(parent, nodes.BoolOp) and words.search(parent.as_string()):
            return True
        child, parent = parent, parent.parent
    return False
