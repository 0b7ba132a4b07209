"""Lint source text or a file with the engine: the shared path of the flake8 front end,
the command line and the tests."""

from __future__ import annotations

import ast
import os
import sys
import traceback
from collections.abc import Iterable

from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.exceptions import AstroidSyntaxError
from astroid.manager import AstroidManager
from astroid.rebuilder import TreeRebuilder

from keras_lint.config import Target
from keras_lint.engine import Engine, Finding
from keras_lint.prefilter import mentions_a_framework
from keras_lint.semantic import brain
from keras_lint.semantic.gcpause import collector_paused, long_lived
from keras_lint.semantic.guard import installed_path, no_framework_modules
from keras_lint.semantic.lean_builtins import make_builtins


class SourceError(ValueError):
    """The source cannot be analysed at all (bad syntax, nesting beyond Python's parser)."""


_engines: dict[tuple[Target, frozenset[str] | None], Engine] = {}


def engine_for(target: Target, codes: Iterable[str] | None = None) -> Engine:
    key = (target, frozenset(codes) if codes is not None else None)
    if key not in _engines:
        _engines[key] = Engine(target, codes)
    return _engines[key]


_bootstrapped = False


def _bootstrap() -> None:
    """astroid's ``builtins`` module, which the first builder of a process makes by
    introspection (~22 ms, see ``semantic.lean_builtins``): made when the first file passes the
    triggers (a process whose files no rule can flag never pays it), with the collector paused
    and the result frozen, as it lives as long as the process (see ``gcpause.long_lived``)."""
    global _bootstrapped
    if not _bootstrapped:
        with long_lived():
            make_builtins()
        _bootstrapped = True


def lint_source(
    source: str,
    target: Target,
    path: str = "<string>",
    codes: Iterable[str] | None = None,
    tree: ast.Module | None = None,
) -> list[Finding]:
    """Parse ``source`` with astroid (raising SourceError on bad syntax) and run the engine on
    it. The module is not left in astroid's cache. ``tree``: the ``ast`` of exactly ``source``
    that the host has parsed already (flake8 hands one to its plugins); astroid's tree is then
    built from it instead of parsing the text a second time (see ``_FromHostTree``)."""
    engine = engine_for(target, codes)
    if not mentions_a_framework(source) or not engine.wants(source):
        return []  # nothing any selected rule could flag: not parsed
    _bootstrap()
    brain.register()
    with collector_paused():  # one pass of the collector per file, after it (see gcpause)
        return _build_and_run(engine, source, target, path, tree)


class _KeepHostTree(TreeRebuilder):
    """astroid's rebuilder takes a docstring out of its ``ast`` node's body
    (``node.body = node.body[1:]``): the host's tree is shared with its other plugins, so
    each body it replaced is put back after the build."""

    def __init__(self, manager: AstroidManager, data: str | None = None) -> None:
        super().__init__(manager, data)
        self.replaced: list[tuple[ast.AST, list]] = []

    def _get_doc(self, node):
        body = node.body
        result = super()._get_doc(node)
        if node.body is not body:
            self.replaced.append((node, body))
        return result

    def put_back(self) -> None:
        for node, body in self.replaced:
            node.body = body


class _FromHostTree(AstroidBuilder):
    """string_build from an ``ast.Module`` already parsed from the text: what astroid's
    ``_data_build`` does after its own ``ast.parse`` (a private step of astroid's builder:
    tests/unit/test_lint.py checks the tree is the one string_build makes and the host's tree
    is left as it was). Saves the second parse: ~20 % of building, ~13 % of a file's lint.
    Type comments are the difference: flake8 parses without them, and no rule reads them."""

    def __init__(self, manager: AstroidManager, tree: ast.Module) -> None:
        super().__init__(manager)
        self._host_tree = tree

    def _data_build(self, data: str, modname: str, path: str | None):
        node_file = os.path.abspath(path) if path is not None else "<?>"
        package = path is not None and os.path.splitext(os.path.basename(path))[0] == "__init__"
        builder = _KeepHostTree(self._manager, data)
        try:
            module = builder.visit_module(self._host_tree, modname, node_file, package)
        finally:
            builder.put_back()
        return module, builder


def _build_and_run(engine: Engine, source: str, target: Target, path: str, tree: ast.Module | None = None) -> list[Finding]:
    manager = AstroidManager()
    before = set(manager.astroid_cache)
    modname = "keras_lint_checked." + os.path.splitext(os.path.basename(path))[0].replace(".", "_")
    builder = _FromHostTree(manager, tree) if isinstance(tree, ast.Module) else AstroidBuilder(manager)
    try:
        try:
            # building infers ``self.x = ...`` assignments already: keep framework sources out of that too
            with no_framework_modules():
                module = builder.string_build(source, modname=modname, path=path if path != "<string>" else None)
        except AstroidSyntaxError as exc:
            raise SourceError(f"{path}: cannot parse: {exc.error}") from exc
        except (RecursionError, MemoryError) as exc:
            raise SourceError(f"{path}: cannot parse: nested too deeply for Python's parser ({type(exc).__name__})") from exc
        except Exception as exc:  # noqa: BLE001 - astroid's brains infer during the build; a bug there is contained
            raise SourceError(f"{path}: astroid failed to build the module: {_raised_where(exc)}") from exc
        return engine.run(module, source)
    finally:
        # also after a failed build: astroid caches the module before its last build steps
        _forget_user_modules(manager, before, modname)
        _release_file(manager)


def _raised_where(exc: BaseException) -> str:
    """``AssertionError at brain_namedtuple_enum.py:216 (infer_named_tuple)``: enough to report
    upstream, without a traceback in the linter's output."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno} ({frames[-1].name})" if frames else ""
    detail = str(exc)[:200]
    return f"{type(exc).__name__}{': ' + detail if detail else ''}{where}"


def _node_keyed_caches() -> list:
    """astroid's ``functools.lru_cache``s keyed by nodes (those ``AstroidManager.clear_cache``
    empties too), looked up defensively: they are astroid's internals."""
    from astroid.interpreter.objectmodel import ObjectModel
    from astroid.nodes import ClassDef

    try:
        from astroid.nodes._base_nodes import LookupMixIn
    except ImportError:
        LookupMixIn = None
    found = [getattr(LookupMixIn, "lookup", None), getattr(ClassDef, "_metaclass_lookup_attribute", None), getattr(ObjectModel, "attributes", None)]
    return [f for f in found if hasattr(f, "cache_clear")]


def _object_models() -> list:
    """astroid's special-attribute models (``ClassDef.special_attributes`` and the like): one
    shared object per node class, which keeps the last node it was asked about
    (``_instance``), and so that node's tree until another node asks."""
    from astroid import bases, objects
    from astroid.interpreter.objectmodel import ObjectModel

    owners = (nodes.Module, nodes.ClassDef, nodes.FunctionDef, nodes.Lambda, bases.Instance, bases.BoundMethod, objects.Property)
    models = {id(m): m for o in owners for m in (vars(o).get("special_attributes"),) if isinstance(m, ObjectModel)}
    return list(models.values())


_CACHES: list | None = None
_MODELS: list = []


def _release_file(manager: AstroidManager) -> None:
    """Let go of everything that still leads to the file's tree once it is checked, so that
    the collector's first, young-generation pass after the file frees it (the front ends that
    drive files one by one call lint_source; pylint keeps its trees and never gets here):

    - astroid's node-keyed lru caches (``lookup`` keeps 128 entries, the metaclass lookup
      1024): each entry holds a node and through it the whole tree, for files after it;
    - astroid's shared special-attribute models, each holding the last node it served;
    - the import failures astroid caches (``_mod_file_cache``): the cached exception is raised
      again each time, and carries the traceback of the last raise, whose frames hold the
      file's nodes, and the ``KeyError`` of the cache miss as its context, with its own.

    Measured on keras/src in one process: 9 of the first 58 files' trees were still alive
    after a full collection, and the full collections that freed such trees later, one at a
    time, cost more than the lint of the files."""
    global _CACHES, _MODELS
    if _CACHES is None:
        _CACHES, _MODELS = _node_keyed_caches(), _object_models()
    for cached in _CACHES:
        cached.cache_clear()
    for model in _MODELS:
        model._instance = None
    for value in getattr(manager, "_mod_file_cache", {}).values():
        if isinstance(value, BaseException):
            _drop_frames(value)


def _drop_frames(exc: BaseException, depth: int = 0) -> None:
    """Cut an exception (and those it chains to or stores) from the frames it holds."""
    linked = [exc.__context__, exc.__cause__, *(v for v in getattr(exc, "__dict__", {}).values() if isinstance(v, BaseException))]
    exc.__traceback__ = exc.__context__ = exc.__cause__ = None
    if depth < 8:
        for other in linked:
            if other is not None:
                _drop_frames(other, depth + 1)


_STDLIB = tuple({os.path.realpath(p) for p in (sys.base_prefix, sys.prefix)})


def _forget_user_modules(manager: AstroidManager, before: set[str], checked: str) -> None:
    """Drop the checked module and the user modules its lint built from disk; keep builtins,
    the standard library, installed third-party packages (absl, pytest, numpy... are the same
    for every file: rebuilding them per file cost more than the lint) and other sourceless
    modules. Memory stays flat over thousands of files: what is kept is bounded by what is
    installed, not by the size of the linted tree."""
    for name in set(manager.astroid_cache) - before:
        path = getattr(manager.astroid_cache[name], "file", None) or ""
        if name == checked:
            del manager.astroid_cache[name]
        elif path and not _shared_module(path):
            del manager.astroid_cache[name]


def _shared_module(path: str) -> bool:
    if installed_path(path):
        return True
    return os.path.realpath(path).startswith(_STDLIB)
