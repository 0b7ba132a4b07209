"""astroid's ``builtins`` module made with less work, for the processes keras-lint drives
(flake8's workers, the command): ``make_builtins``, with the shortcuts of ``lean_builtins``."""

from __future__ import annotations

import builtins
import contextlib
import inspect

from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.manager import AstroidManager


def make_builtins() -> None:
    """Have astroid make its ``builtins`` module (the first builder of a process does), under
    ``lean_builtins``. If astroid's internals moved and a shortcut raises, astroid makes it its
    own way: the shortcuts act before astroid marks its bootstrap done, and the half-made module
    it cached first is dropped. Nothing happens where astroid has made it already (pylint)."""
    from astroid import raw_building

    try:
        with lean_builtins():
            AstroidBuilder(AstroidManager())
    except Exception:  # noqa: BLE001 - astroid's internals moved under the shortcuts
        if raw_building.InspectBuilder.bootstrapped:
            raise
        AstroidManager().astroid_cache.pop("builtins", None)
        AstroidBuilder(AstroidManager())


@contextlib.contextmanager
def lean_builtins():
    """While astroid's ``builtins`` module is made (~75 ms by astroid alone, ~22 ms here), two
    shortcuts in astroid's ``raw_building``, which answer every attribute lookup the same way:

    - A builtin class gets nodes for the members its own ``__dict__`` defines, not for every
      name ``dir()`` shows: astroid built ``ValueError.__init__``, ``bool.__add__``... again
      for each subclass (2,730 functions, 824 with this). astroid's attribute lookup walks
      the ancestors, so ``ValueError.__init__`` still finds ``BaseException.__init__``. Only
      for a class of builtins whose bases are all classes of builtins (``object`` itself and
      the generator types astroid adds keep the full ``dir()``).
    - The ``__class__`` of those methods (``method_descriptor``...) is one node per kind of
      method of a class, not one per method (astroid's ``_add_dunder_class``): built by
      astroid's own ``build_class``, with the same name, bases, docstring and parent.

    tests/unit/test_lint.py looks up every attribute of every builtin class, on the class and
    on an instance, in astroid's builtins and in these, and finds the same answers. Only in a
    process that has not made ``builtins`` yet (a flake8 worker, the command): under pylint,
    pylint made it long before the plugin loads, and nothing changes. If astroid's internals
    moved (other parameters; an error under the shortcuts: see ``make_builtins``), astroid makes
    its builtins its own way."""
    from astroid import raw_building

    build_class = getattr(raw_building, "build_class", None)
    if (
        getattr(raw_building.InspectBuilder, "bootstrapped", True)
        or not _takes(getattr(raw_building, "_add_dunder_class", None), ["func", "parent", "member"])
        or not _takes(build_class, ["name", "parent", "basenames", "doc"])
        or "dir" in vars(raw_building)
    ):
        yield
        return
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
