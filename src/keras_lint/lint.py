"""Lint source text or a file with the engine: the shared path of the flake8 front end,
the command line and the tests."""

from __future__ import annotations

import ast
import os
import sys
import traceback
from collections.abc import Iterable

from astroid.exceptions import AstroidSyntaxError
from astroid.manager import AstroidManager

from keras_lint.budget import OverBudget, time_budget
from keras_lint.config import Target
from keras_lint.engine import Engine, Finding, too_large
from keras_lint.prefilter import mentions_a_framework
from keras_lint.semantic import brain
from keras_lint.semantic.astroid_compat.caches import release_file
from keras_lint.semantic.astroid_compat.host_tree import build_module
from keras_lint.semantic.astroid_compat.lean_builtins import make_builtins
from keras_lint.semantic.gcpause import collector_paused, long_lived
from keras_lint.semantic.guard import installed_path, no_framework_modules


class SourceError(ValueError):
    """The source cannot be analysed at all (bad syntax, nesting beyond Python's parser, too large)."""


_engines: dict[tuple[Target, frozenset[str] | None], Engine] = {}


def engine_for(target: Target, codes: Iterable[str] | None = None) -> Engine:
    key = (target, frozenset(codes) if codes is not None else None)
    if key not in _engines:
        _engines[key] = Engine(target, codes)
    return _engines[key]


_bootstrapped = False


def _bootstrap() -> None:
    """astroid's ``builtins`` module, which the first builder of a process makes by
    introspection (~22 ms with ``astroid_compat.lean_builtins``): made when the first file passes the
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
    built from it instead of parsing the text a second time (``astroid_compat.host_tree``)."""
    engine = engine_for(target, codes)
    if not mentions_a_framework(source) or not engine.wants(source):
        return []  # nothing any selected rule could flag: not parsed
    refused = too_large(source)
    if refused:
        raise SourceError(f"{path}: {refused}")
    _bootstrap()
    brain.register()
    try:
        with time_budget(), collector_paused():  # one pass of the collector per file, after it (see gcpause)
            return _build_and_run(engine, source, target, path, tree)
    except OverBudget as exc:
        raise SourceError(f"{path}: not analysed: {exc}") from None


def _build_and_run(engine: Engine, source: str, target: Target, path: str, tree: ast.Module | None = None) -> list[Finding]:
    manager = AstroidManager()
    before = set(manager.astroid_cache)
    modname = "keras_lint_checked." + os.path.splitext(os.path.basename(path))[0].replace(".", "_")
    try:
        try:
            # building infers ``self.x = ...`` assignments already: keep framework sources out of that too
            with no_framework_modules():
                module = build_module(manager, source, modname, path if path != "<string>" else None, tree)
        except AstroidSyntaxError as exc:
            raise SourceError(f"{path}: {_syntax_error(exc.error)}") from exc
        except (RecursionError, MemoryError) as exc:
            raise SourceError(f"{path}: not analysed: nested too deeply to build its syntax tree ({type(exc).__name__})") from exc
        except Exception as exc:  # noqa: BLE001 - astroid's brains infer during the build; a bug there is contained
            raise SourceError(f"{path}: astroid failed to build the module: {_raised_where(exc)}") from exc
        return engine.run(module, source)
    finally:
        # also after a failed build: astroid caches the module before its last build steps
        _forget_user_modules(manager, before, modname)
        release_file(manager)


def _syntax_error(error: BaseException | None) -> str:
    """``line 102, column 5: cannot parse: too many levels of indentation``: the user's line
    and column, not astroid's internal module name."""
    if isinstance(error, SyntaxError):
        where = f"line {error.lineno}" if error.lineno else ""
        if where and error.offset:
            where += f", column {error.offset}"
        return f"{where + ': ' if where else ''}cannot parse: {error.msg}"
    return f"cannot parse: {error}"


def _raised_where(exc: BaseException) -> str:
    """``AssertionError at brain_namedtuple_enum.py:216 (infer_named_tuple)``: enough to report
    upstream, without a traceback in the linter's output."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno} ({frames[-1].name})" if frames else ""
    detail = str(exc)[:200]
    return f"{type(exc).__name__}{': ' + detail if detail else ''}{where}"


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
