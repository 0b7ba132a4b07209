"""astroid's global caches, as keras-lint uses them.

Shortcut ``inference_caches``: keras-lint's inference is isolated from pylint's. astroid keeps
two global inference caches (``astroid.context._INFERENCE_CACHE``, read through the public
``InferenceContext.inferred``, and ``astroid.inference_tip._cache``). What keras-lint infers
inside its import guard is cut short at the frameworks; pylint's checkers, running in the same
process, must never see such a result, and keras-lint's results must not depend on what pylint
inferred first. The shortcut swaps both for empty private ones and back (O(1)). Probe: after a
swap, ``InferenceContext().inferred`` and an inference tip use the new caches. Public path: the
caches are copied and cleared on the way in, cleared and restored on the way out (same isolation,
same findings; a copy of pylint's cache per checked file under pylint).

Shortcut ``release``: once a file is checked (flake8, the command), astroid's node-keyed caches
let go of its tree, so the collector's first young-generation pass frees it: the ``lru_cache``s
that ``AstroidManager.clear_cache`` also empties, the shared special-attribute models (each holds
the last node it served), the import failures astroid caches (their traceback holds the frames
that looked them up), and, since astroid 4.4, the guards cache of ``astroid.constraint``. Each is
looked up by name and skipped when absent. Public path: nothing released (same findings; trees
are freed later, by full collections, and memory peaks higher over thousands of files).
"""

from __future__ import annotations

import contextlib
import importlib
from collections import OrderedDict
from collections.abc import Iterator

from astroid import nodes
from astroid.context import InferenceContext
from astroid.manager import AstroidManager

from keras_lint.semantic.astroid_compat import Shortcut, register, usable

# the module, not astroid.inference_tip the function that astroid/__init__ re-exports
_tips = importlib.import_module("astroid.inference_tip")
_context = importlib.import_module("astroid.context")


def _probe_swap() -> str | None:
    if not isinstance(getattr(_context, "_INFERENCE_CACHE", None), dict):
        return "astroid.context._INFERENCE_CACHE is gone"
    if InferenceContext().inferred is not _context._INFERENCE_CACHE:
        return "InferenceContext.inferred is not astroid.context._INFERENCE_CACHE"
    if not isinstance(getattr(_tips, "_cache", None), dict):
        return "astroid.inference_tip._cache is gone"
    from astroid.builder import extract_node

    saved = (_context._INFERENCE_CACHE, _tips._cache)
    fresh_inferred, fresh_tips = {}, OrderedDict()
    _context._INFERENCE_CACHE, _tips._cache = fresh_inferred, fresh_tips
    try:
        call = extract_node("keras_lint_probe_tip(1)")

        def tip(node, context=None):
            yield nodes.Const(7)

        _tips.inference_tip(tip)(call)
        values = [v.value for v in call.infer() if isinstance(v, nodes.Const)]
        name = extract_node("x = 1\nx")
        list(name.infer())
        uses_tips, uses_inferred = bool(fresh_tips), bool(fresh_inferred)
    finally:
        _context._INFERENCE_CACHE, _tips._cache = saved
    if values != [7] or not uses_tips:
        return "inference tips no longer cache in astroid.inference_tip._cache"
    if not uses_inferred:
        return "inference no longer caches in astroid.context._INFERENCE_CACHE"
    return None


SWAP = register(
    Shortcut(
        name="inference_caches",
        buys="isolating keras-lint's inference from pylint's in O(1) per file",
        public_path="the caches are copied, cleared and restored instead (same findings; slower under pylint)",
        probe=_probe_swap,
    )
)


@contextlib.contextmanager
def isolated_inference() -> Iterator[None]:
    """What is inferred inside is cached apart from what was inferred outside, and dropped on
    the way out. Not re-entrant: the caller (``guard``) enters it once."""
    if usable("inference_caches"):
        saved = (_context._INFERENCE_CACHE, _tips._cache)
        _context._INFERENCE_CACHE, _tips._cache = {}, OrderedDict()
        try:
            yield
        finally:
            _context._INFERENCE_CACHE, _tips._cache = saved
        return
    inferred = InferenceContext().inferred
    kept = dict(inferred)
    inferred.clear()
    _tips.clear_inference_tip_cache()
    try:
        yield
    finally:
        inferred = InferenceContext().inferred
        inferred.clear()
        inferred.update(kept)
        _tips.clear_inference_tip_cache()


# --- release -------------------------------------------------------------------------------

_released: tuple[list, list, list] | None = None


def _node_keyed_caches() -> list:
    from astroid.interpreter.objectmodel import ObjectModel
    from astroid.nodes import ClassDef

    try:
        from astroid.nodes._base_nodes import LookupMixIn
    except ImportError:
        LookupMixIn = None
    found = [getattr(LookupMixIn, "lookup", None), getattr(ClassDef, "_metaclass_lookup_attribute", None), getattr(ObjectModel, "attributes", None)]
    return [f for f in found if callable(getattr(f, "cache_clear", None))]


def _object_models() -> list:
    """astroid's special-attribute models: one shared object per node class, which keeps the
    last node it was asked about (``_instance``)."""
    from astroid import bases, objects
    from astroid.interpreter.objectmodel import ObjectModel

    owners = (nodes.Module, nodes.ClassDef, nodes.FunctionDef, nodes.Lambda, bases.Instance, bases.BoundMethod, objects.Property)
    models = {id(m): m for o in owners for m in (vars(o).get("special_attributes"),) if isinstance(m, ObjectModel)}
    return [m for m in models.values() if hasattr(m, "_instance")]


def _public_clearers() -> list:
    """astroid's own functions that empty a node-keyed cache and nothing else (by name; those
    an astroid release does not have are skipped)."""
    found = []
    try:
        constraint = importlib.import_module("astroid.constraint")
    except ImportError:
        return found
    clear = getattr(constraint, "clear_preceding_guards_cache", None)
    if callable(clear):
        found.append(clear)
    return found


def _probe_release() -> str | None:
    caches, models, _clearers = _release_targets()
    if not caches:
        return "none of astroid's node-keyed lru caches was found"
    if not models:
        return "astroid's special-attribute models keep no _instance"
    return None


def _release_targets() -> tuple[list, list, list]:
    global _released
    if _released is None:
        _released = (_node_keyed_caches(), _object_models(), _public_clearers())
    return _released


RELEASE = register(
    Shortcut(
        name="release",
        buys="each checked tree freed by the collector's first pass after it (flat memory over thousands of files)",
        public_path="trees are freed later, by full collections (same findings; higher peak memory in long runs)",
        probe=_probe_release,
    )
)


def release_file(manager: AstroidManager) -> None:
    """Let go of everything in astroid that still leads to a checked file's tree (the front
    ends that drive files one by one; pylint keeps its trees and never calls this)."""
    if not usable("release"):
        return
    caches, models, clearers = _release_targets()
    for cached in caches:
        cached.cache_clear()
    for model in models:
        model._instance = None
    for clear in clearers:
        clear()
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
