"""Keep astroid from building the frameworks' installed sources while keras-lint infers.

Parsing TensorFlow costs seconds per run and its lazy loaders infer to nothing useful;
keras-lint knows the framework APIs it needs from its own tables (see ``brain``). Inside
``no_framework_modules()`` an attempt to build a tensorflow/keras/torch/... module fails as
an ordinary import failure, so inference stops there with Uninferable.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from astroid.exceptions import AstroidImportError
from astroid.manager import AstroidManager

from keras_lint.semantic.names import FRAMEWORK_ROOTS

BLOCKED_ROOTS = FRAMEWORK_ROOTS | {"jaxlib", "tensorflow_core", "tensorboard", "theano", "cntk"}

_lock = threading.RLock()
_depth = 0
_original = AstroidManager.ast_from_module_name


def _guarded(self, modname, *args, **kwargs):
    if modname and modname.split(".")[0] in BLOCKED_ROOTS:
        raise AstroidImportError(f"keras-lint does not build framework module {modname!r}")
    return _original(self, modname, *args, **kwargs)


@contextlib.contextmanager
def no_framework_modules() -> Iterator[None]:
    """Refuse to build framework modules for the duration (re-entrant)."""
    global _depth
    with _lock:
        if _depth == 0:
            AstroidManager.ast_from_module_name = _guarded
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                AstroidManager.ast_from_module_name = _original
