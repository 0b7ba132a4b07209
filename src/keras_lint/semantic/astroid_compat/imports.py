"""Shortcut ``import_hook``: refuse some imports and see every module keras-lint's inference
fetches, by wrapping ``AstroidManager.ast_from_module_name`` (process-wide, only while keras-lint's
own inference runs: ``refusing_imports``).

Probe: with the wrapper in place, an import that the wrapper refuses infers to nothing, and a
module that it lets through is handed to the callback. Public path: astroid's own
``module_denylist`` (the attribute pylint's ``ignored-modules`` fills), given a set that also
answers "yes" for every module the guard refuses, and a transform on ``nodes.Module`` (astroid's
public ``register_transform``) for the modules built meanwhile. Same findings on single files;
user modules that pylint built before keras-lint reached them are not handed to the callback.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from astroid import nodes
from astroid.exceptions import AstroidImportError
from astroid.manager import AstroidManager

from keras_lint.semantic.astroid_compat import Shortcut, register, usable

Refuse = Callable[[AstroidManager, str, "str | None"], "str | None"]  # a message, or None
OnModule = Callable[[nodes.Module], None]

_original = AstroidManager.ast_from_module_name


def _wrapper(refuse: Refuse, on_module: OnModule):
    def guarded(self, modname, context_file=None, *args, **kwargs):
        if modname:
            why = refuse(self, modname, context_file)
            if why is not None:
                raise AstroidImportError(why)
        module = _original(self, modname, context_file, *args, **kwargs)
        on_module(module)
        return module

    return guarded


def _probe() -> str | None:
    from astroid.builder import extract_node
    from astroid.util import UninferableBase

    seen: list[str] = []

    def refuse(_manager, modname, _context_file):
        return "refused by the probe" if modname.split(".")[0] == "json" else None

    AstroidManager.ast_from_module_name = _wrapper(refuse, lambda m: seen.append(m.name))
    try:
        refused = list(extract_node("import json\njson").infer())
        allowed = list(extract_node("import string\nstring").infer())
    finally:
        AstroidManager.ast_from_module_name = _original
    if not all(isinstance(v, UninferableBase) for v in refused):
        return "imports no longer resolve through AstroidManager.ast_from_module_name"
    if not any(isinstance(v, nodes.Module) and v.name == "string" for v in allowed) or "string" not in seen:
        return "a module let through by the wrapper is not the one inference gets"
    return None


SHORTCUT = register(
    Shortcut(
        name="import_hook",
        buys="refusing framework and installed modules by package, and seeing every module reached",
        public_path="astroid's module_denylist and a Module transform instead (same findings on single files)",
        probe=_probe,
    )
)


class _RefusingSet(set):
    """astroid's ``module_denylist`` that also holds every module ``refuse`` refuses."""

    def __init__(self, items, refuse: Refuse) -> None:
        super().__init__(items)
        self.refuse = refuse

    def __contains__(self, modname) -> bool:
        if super().__contains__(modname):
            return True
        return isinstance(modname, str) and bool(modname) and self.refuse(AstroidManager(), modname, None) is not None


@contextlib.contextmanager
def refusing_imports(refuse: Refuse, on_module: OnModule) -> Iterator[None]:
    """While inside, astroid's imports of modules ``refuse`` names a reason for fail as an
    ordinary import failure (inference ends in Uninferable), and ``on_module`` sees the modules
    inference fetches. Not re-entrant: the caller (``guard``) enters it once."""
    if usable("import_hook"):
        AstroidManager.ast_from_module_name = _wrapper(refuse, on_module)
        try:
            yield
        finally:
            AstroidManager.ast_from_module_name = _original
        return
    brain = AstroidManager.brain
    kept = brain["module_denylist"]
    manager = AstroidManager()
    brain["module_denylist"] = _RefusingSet(kept, refuse)
    manager.register_transform(nodes.Module, on_module)
    try:
        yield
    finally:
        manager.unregister_transform(nodes.Module, on_module)
        brain["module_denylist"] = kept
