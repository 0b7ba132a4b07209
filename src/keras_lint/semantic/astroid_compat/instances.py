"""Shortcut ``instance_class``: the class an astroid ``Instance`` is an instance of.

astroid keeps it in ``Instance._proxied`` (private, though pylint reads it everywhere). Probe: the
instance of a small class has that class there. Public path: ``instance.getattr("__class__")``,
astroid's special-attribute model of the same thing (same findings; a lookup more).
"""

from __future__ import annotations

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from keras_lint.semantic.astroid_compat import Shortcut, register, usable


def _probe() -> str | None:
    from astroid.builder import extract_node

    klass = extract_node("class KerasLintProbe:\n    pass\n")
    instance = klass.instantiate_class()
    if getattr(instance, "_proxied", None) is not klass:
        return "Instance._proxied is not the instance's class"
    return None


SHORTCUT = register(
    Shortcut(
        name="instance_class",
        buys="one attribute read instead of a special-attribute lookup",
        public_path='instance.getattr("__class__") instead (same findings)',
        probe=_probe,
    )
)


def class_of(value) -> nodes.ClassDef | None:
    """The ClassDef that ``value`` (an astroid ``Instance``) is an instance of, or None."""
    if not isinstance(value, bases.Instance):
        return None
    if usable("instance_class"):
        klass = getattr(value, "_proxied", None)
    else:
        try:
            found = value.getattr("__class__")
        except AstroidError:
            return None
        klass = found[0] if found else None
    return klass if isinstance(klass, nodes.ClassDef) else None
