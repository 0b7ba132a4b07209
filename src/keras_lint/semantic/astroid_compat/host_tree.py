"""Shortcut ``host_tree``: build astroid's tree from an ``ast.Module`` the host parsed already.

flake8 hands its plugins the ``ast`` of the file. astroid's public ``string_build`` parses the
text again (~20 % of building a tree). The shortcut lets ``string_build`` run as it is, with only
its parse step (``astroid.builder._parse_string``, private) answering with the host's tree: every
other build step (package detection, stub handling, transforms, ``delayed_assattr``) stays
astroid's own, whatever its version adds to them.

astroid's rebuilder takes a docstring out of its ``ast`` node's body (``node.body =
node.body[1:]``); the host's tree is shared with its other plugins, so each body list is put back
after the build. Type comments are the one difference: flake8 parses without them, astroid with
them, and no rule reads them.

Probe: on a small module with docstrings, classes and functions, the shortcut must be called,
give the tree ``string_build`` gives from the text (``repr_tree`` with line numbers), and leave
the host's ``ast`` as it was. Public path: ``string_build`` on the text.
"""

from __future__ import annotations

import ast
import contextlib
from collections.abc import Callable, Iterator

from astroid import builder as _astroid_builder
from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.manager import AstroidManager

from keras_lint.semantic.astroid_compat import Shortcut, register, usable

_PROBE_SOURCE = '''"""module doc"""
import os as _os
from . import sibling
class A(object):
    """class doc"""
    x: int = 1
    def f(self, a, *args, b=2, **kw):
        """function doc"""
        self.y = a
        return [i for i in args if i]
async def g():
    """coroutine doc"""
    async with _os as h:
        await h
lambda q: q
'''
_PROBE_MODNAME = "keras_lint_probe_host_tree"

# How astroid's private parse step returns its tree: (ast.Module, parser) in astroid < 4.1,
# ast.Module alone since. Learnt from one call by the probe, not from a version number.
_shape: Callable[[ast.Module], object] | None = None


_STATEMENT_LISTS = ("body", "orelse", "finalbody", "handlers", "cases")
_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _docstring_bodies(tree: ast.Module) -> list[tuple[ast.AST, list]]:
    """The nodes whose body astroid's rebuilder may replace (those starting with a docstring),
    found through statement lists only: expressions hold no docstrings (a lambda has none)."""
    found = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, _DOCUMENTED) and node.body and isinstance(node.body[0], ast.Expr):
            found.append((node, node.body))
        for field in _STATEMENT_LISTS:
            value = getattr(node, field, None)
            if isinstance(value, list):
                stack.extend(value)
    return found


@contextlib.contextmanager
def _parse_answers_with(source: str, tree: ast.Module) -> Iterator[list[int]]:
    """While inside, astroid's parse step answers ``tree`` for ``source`` (and parses anything
    else as usual). Yields a list that counts the answers given."""
    original = _astroid_builder._parse_string
    answered: list[int] = []
    shape = _shape

    def parse(data, *args, **kwargs):
        if data is source and shape is not None:
            answered.append(1)
            return shape(tree)
        return original(data, *args, **kwargs)

    _astroid_builder._parse_string = parse
    try:
        yield answered
    finally:
        _astroid_builder._parse_string = original


def _learn_shape() -> str | None:
    global _shape
    original = getattr(_astroid_builder, "_parse_string", None)
    if original is None:
        return "astroid.builder has no _parse_string"
    sample = original("x = 1\n")
    if isinstance(sample, ast.Module):
        _shape = lambda tree: tree  # noqa: E731
    elif isinstance(sample, tuple) and sample and isinstance(sample[0], ast.Module):
        rest = sample[1:]
        _shape = lambda tree: (tree, *rest)  # noqa: E731
    else:
        return f"its parse step returns {type(sample).__name__}"
    return None


def _build_public(manager: AstroidManager, source: str, modname: str, path: str | None) -> nodes.Module:
    return AstroidBuilder(manager).string_build(source, modname=modname, path=path)


def _build_from_host(manager: AstroidManager, source: str, modname: str, path: str | None, tree: ast.Module):
    """(module, answered): ``answered`` is False when astroid never asked its parse step."""
    bodies = _docstring_bodies(tree)
    try:
        with _parse_answers_with(source, tree) as answered:
            module = AstroidBuilder(manager).string_build(source, modname=modname, path=path)
    finally:
        for node, body in bodies:
            node.body = body
    return module, bool(answered)


def _probe() -> str | None:
    why = _learn_shape()
    if why:
        return why
    manager = AstroidManager()
    host = ast.parse(_PROBE_SOURCE)
    before = ast.dump(host, include_attributes=True)
    try:
        from_text = _build_public(manager, _PROBE_SOURCE, _PROBE_MODNAME, "probe.py").repr_tree(include_linenos=True)
        manager.astroid_cache.pop(_PROBE_MODNAME, None)
        module, answered = _build_from_host(manager, _PROBE_SOURCE, _PROBE_MODNAME, "probe.py", host)
        from_host = module.repr_tree(include_linenos=True)
    finally:
        manager.astroid_cache.pop(_PROBE_MODNAME, None)
    if not answered:
        return "astroid's string_build no longer parses through _parse_string"
    if ast.dump(host, include_attributes=True) != before:
        return "building changed the host's ast"
    if from_host != from_text:
        return "the tree built from the host's ast differs from string_build's"
    return None


SHORTCUT = register(
    Shortcut(
        name="host_tree",
        buys="one parse per file under flake8 (~20 % of building a tree)",
        public_path="astroid parses each file's text again (flake8 only; same findings, ~13 % slower per file)",
        probe=_probe,
    )
)


def build_module(
    manager: AstroidManager, source: str, modname: str, path: str | None, tree: ast.Module | None = None
) -> nodes.Module:
    """astroid's module for ``source``: from ``tree`` (the host's ``ast`` of exactly
    ``source``) when the shortcut is usable, else by astroid's public ``string_build``."""
    if isinstance(tree, ast.Module) and usable("host_tree"):
        # not answered (cannot happen after the probe): astroid parsed the text itself, which
        # is the public path's tree
        return _build_from_host(manager, source, modname, path, tree)[0]
    return _build_public(manager, source, modname, path)
