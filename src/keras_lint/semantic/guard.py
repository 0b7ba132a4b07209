"""Keep astroid from building the frameworks' installed sources while keras-lint infers.

Parsing TensorFlow costs seconds per run and its lazy loaders infer to nothing useful;
keras-lint knows the framework APIs it needs from its own tables (see ``brain``). Inside
``no_framework_modules()`` an attempt to build a tensorflow/keras/torch/... module fails as
an ordinary import failure, so inference stops there with Uninferable. So does one of any other
installed package (site-packages): its values are never a framework's own, only what it makes
of them, and building one can cost more than the file being linted (absl's test helpers). The
standard library and the user's own modules are built as usual, and every module keras-lint's
inference fetches is handed to ``module_hook`` (the brain attaches its inference tip there).

What is inferred inside is cached apart from astroid's global inference caches and dropped on
the way out: pylint's own checkers, running after keras-lint in the same process, must never see
a result that was cut short by the guard (a Keras layer subclass whose base class "could not be
inferred" would suddenly get too-few-public-methods), and keras-lint's results do not depend on
what pylint inferred before it either.

This module decides *what* is refused; how astroid is made to refuse it, and how the caches are
kept apart, lives with astroid's other internals in ``astroid_compat`` (``imports``, ``caches``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator

from astroid.exceptions import AstroidBuildingError
from astroid.manager import AstroidManager

from keras_lint.semantic.astroid_compat.caches import isolated_inference
from keras_lint.semantic.astroid_compat.imports import refusing_imports
from keras_lint.semantic.names import FRAMEWORK_ROOTS

BLOCKED_ROOTS = FRAMEWORK_ROOTS | {"jaxlib", "tensorflow_core", "tensorboard", "theano", "cntk"}

_lock = threading.RLock()
_depth = 0
_inside: contextlib.ExitStack | None = None


_INSTALLED = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep)
STDLIB_ROOTS = frozenset(sys.stdlib_module_names) | set(sys.builtin_module_names)


def installed_path(path: str) -> bool:
    """Is this file part of an installed distribution (site-packages / dist-packages)?"""
    return any(part in path for part in _INSTALLED)


def installed_root(manager: AstroidManager, root: str, context_file: str | None) -> bool:
    """Does the top-level package ``root`` resolve into site-packages? (An installed
    third-party library: its values are never the frameworks' own, only what it makes of them.)"""
    if root in STDLIB_ROOTS:
        return False
    try:
        spec = manager.file_from_module_name(root, context_file)  # cached by astroid
    except AstroidBuildingError:
        return False  # not found: astroid reports that itself
    location = spec.location or next(iter(spec.submodule_search_locations or ()), "")
    return installed_path(location or "")


# called with every module keras-lint's inference reaches (the brain attaches its inference tip
# there: see ``brain.register``); set once, by the brain
module_hook = None


def prepare(module) -> None:
    """Make ``module`` ready for keras-lint's inference (the brain's tip on its framework calls)."""
    if module_hook is not None:
        module_hook(module)


def refused_root(manager: AstroidManager, root: str, context_file: str | None = None) -> str | None:
    """Why keras-lint's inference does not build modules of the top-level package ``root``
    ("framework", "installed package"), or None when it builds them (the standard library,
    the user's own modules, a name that resolves nowhere)."""
    if root in BLOCKED_ROOTS:
        return "framework"
    if installed_root(manager, root, context_file):
        return "installed package"
    return None


def _refuse(manager: AstroidManager, modname: str, context_file: str | None) -> str | None:
    why = refused_root(manager, modname.split(".")[0], context_file)
    if why is None:
        return None
    what = "framework module" if why == "framework" else why
    return f"keras-lint does not build {what} {modname!r}"


def active() -> bool:
    """Is keras-lint's own inference running (inside ``no_framework_modules``)?"""
    return _depth > 0


@contextlib.contextmanager
def no_framework_modules() -> Iterator[None]:
    """Refuse to build framework modules for the duration (re-entrant)."""
    global _depth, _inside
    with _lock:
        if _depth == 0:
            stack = contextlib.ExitStack()
            stack.enter_context(isolated_inference())
            stack.enter_context(refusing_imports(_refuse, prepare))
            _inside = stack
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _inside is not None:
                stack, _inside = _inside, None
                stack.close()
