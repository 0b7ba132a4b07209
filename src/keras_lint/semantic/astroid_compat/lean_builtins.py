"""Shortcut ``lean_builtins``: astroid's ``builtins`` module made with less work (~75 -> ~22 ms),
in the processes keras-lint drives (flake8's workers, the command). Two changes to astroid's
private ``raw_building`` while it makes ``builtins``, which answer every attribute lookup the
same way (tests/unit/test_lint.py compares all 3,500 of them):

- A builtin class gets nodes for the members its own ``__dict__`` defines, not for every name
  ``dir()`` shows (astroid built ``ValueError.__init__``, ``bool.__add__``... again for each
  subclass: 2,730 functions, 824 with this). astroid's attribute lookup walks the ancestors, so
  ``ValueError.__init__`` still finds ``BaseException.__init__``. Only for a class of builtins
  whose bases are all classes of builtins (``object`` itself keeps the full ``dir()``).
- The ``__class__`` of those methods (``method_descriptor``...) is one node per kind of method
  of a class, not one per method, built by astroid's own ``build_class``.

What it assumes, checked by the probe before it is used: the two functions it replaces take the
parameters it knows, and astroid refuses to close a parent loop when a class exposes a class
already built above it (``type.__base__`` is ``object``). astroid before 4.3.4 did not: there the
reduced member order reparents ``object`` under ``type``, and ``root()`` spins forever. The probe
builds two classes that name each other and looks for that loop with a bounded walk.

Public path: astroid makes ``builtins`` its own way (same answers, ~50 ms more per process).
If a shortcut fails while in use, the half-made module is dropped and astroid makes it its own
way (``make_builtins``). Under pylint nothing changes: pylint made ``builtins`` before the
plugin loads.
"""

from __future__ import annotations

import builtins
import contextlib
import inspect
import types

from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.manager import AstroidManager

from keras_lint.semantic.astroid_compat import Shortcut, mark_broken, register, usable

_MAX_DEPTH = 64  # astroid's trees of builtins are a few levels deep


class _ParentLoop(RuntimeError):
    pass


def _has_parent_loop(node) -> bool:
    seen = 0
    while node is not None:
        seen += 1
        if seen > _MAX_DEPTH:
            return True
        node = node.parent
    return False


def _probe() -> str | None:
    from astroid import raw_building

    if not _takes(getattr(raw_building, "_add_dunder_class", None), ["func", "parent", "member"]):
        return "raw_building._add_dunder_class takes other parameters"
    if not _takes(getattr(raw_building, "build_class", None), ["name", "parent", "basenames", "doc"]):
        return "raw_building.build_class takes other parameters"
    if "dir" in vars(raw_building):
        return "raw_building defines its own dir"
    inspect_builder = getattr(raw_building, "InspectBuilder", None)
    if inspect_builder is None or not hasattr(inspect_builder, "bootstrapped"):
        return "raw_building.InspectBuilder.bootstrapped is gone"
    # As ``object`` -> ``type`` -> ``object`` in builtins: a class reached through ``__class__``
    # (which astroid never reparents back) that exposes a class naming it in turn.
    name = "keras_lint_probe_loops"

    class ProbeModule(types.ModuleType):
        pass

    class Inner:
        pass

    ProbeModule.__module__ = Inner.__module__ = name
    ProbeModule.zz_inner = Inner
    Inner.zz_outer = ProbeModule
    module = ProbeModule(name)
    module.__dir__ = lambda: ["__class__"]
    manager = AstroidManager()
    try:
        built = inspect_builder(manager).inspect_build(module, modname=name)
    finally:
        manager.astroid_cache.pop(name, None)
    if _any_loop(built):
        return "astroid reparents a class under one it exposes (a parent loop, as before astroid 4.3.4)"
    return None


def _any_loop(module: nodes.Module) -> bool:
    """A parent loop among the module's classes and their members (two levels: what the probe
    builds), found without ``root()``, which would spin on one."""
    for values in module.locals.values():
        for value in values:
            if _has_parent_loop(value):
                return True
            for inner in getattr(value, "locals", {}).values():
                if any(_has_parent_loop(v) for v in inner):
                    return True
    return False


SHORTCUT = register(
    Shortcut(
        name="lean_builtins",
        buys="~50 ms per flake8 worker or command process (astroid's builtins: ~75 -> ~22 ms)",
        public_path="astroid makes its builtins module its own way (same findings, ~50 ms more per process)",
        probe=_probe,
    )
)


def make_builtins() -> None:
    """Have astroid make its ``builtins`` module (the first builder of a process does), with the
    shortcut when it is usable. If it fails while in use, astroid makes it its own way: the
    shortcut acts before astroid marks its bootstrap done, and the half-made module it cached
    first is dropped. Nothing happens where astroid has made it already (pylint)."""
    from astroid import raw_building

    if getattr(raw_building.InspectBuilder, "bootstrapped", True):
        return
    if not usable("lean_builtins"):
        AstroidBuilder(AstroidManager())
        return
    try:
        with lean_builtins():
            AstroidBuilder(AstroidManager())
    except Exception as exc:  # noqa: BLE001 - astroid's internals moved under the shortcut
        if raw_building.InspectBuilder.bootstrapped:
            raise
        mark_broken("lean_builtins", f"it failed while making builtins: {type(exc).__name__}")
        AstroidManager().astroid_cache.pop("builtins", None)
        AstroidBuilder(AstroidManager())


@contextlib.contextmanager
def lean_builtins():
    """The two changes to ``raw_building``, while astroid makes ``builtins`` (see the module)."""
    from astroid import raw_building

    build_class = raw_building.build_class
    original = raw_building._add_dunder_class
    made: dict[tuple[type, int], nodes.ClassDef] = {}

    def shared_dunder_class(func, parent, member) -> None:
        python_cls = member.__class__
        key = (python_cls, id(parent))
        node = made.get(key)
        if node is None:
            name = getattr(python_cls, "__name__", None)
            if not name:
                return
            if _has_parent_loop(parent):  # never hand astroid a looping parent: it would spin
                raise _ParentLoop(f"a parent loop above {getattr(parent, 'name', parent)!r}")
            doc = python_cls.__doc__ if isinstance(python_cls.__doc__, str) else None
            node = made[key] = build_class(name, parent, [base.__name__ for base in python_cls.__bases__], doc)
        func.instance_attrs["__class__"] = [node]

    raw_building._add_dunder_class = shared_dunder_class
    raw_building.dir = _own_members  # shadows the builtin for raw_building's object_build only
    try:
        yield
    finally:
        raw_building._add_dunder_class = original
        del raw_building.dir


def _takes(function, names: list[str]) -> bool:
    """Does astroid's ``function`` still take exactly these parameters?"""
    try:
        return list(inspect.signature(function).parameters) == names
    except (TypeError, ValueError):
        return False


def _is_builtins_class(obj: object) -> bool:
    return isinstance(obj, type) and getattr(builtins, obj.__name__, None) is obj


def _own_members(obj: object) -> list[str]:
    """``dir(obj)``, but only the names a class of builtins defines itself when all its bases
    are classes of builtins too (their members are found through them)."""
    if obj is not object and _is_builtins_class(obj) and all(_is_builtins_class(base) for base in obj.__bases__):
        return sorted(vars(obj))
    return dir(obj)
