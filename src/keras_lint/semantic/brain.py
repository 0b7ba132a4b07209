"""Teach astroid the framework calls keras-lint reasons about, without the frameworks.

Like astroid's own brain modules this registers an inference tip with a tight, syntactic
predicate: a call whose callee resolves, through the module's imports, into tensorflow,
keras, tf_keras, torch or numpy. The tip answers from ``kinds.framework_call_value`` (a
``KindInstance`` that knows it is, say, a graph placeholder made on line 6). For calls it does
not model it defers to astroid's default inference; keras-lint's own inference runs under
``guard``, where that default stops at the framework module instead of parsing its installed
sources.

The tip answers keras-lint's own inference only. When pylint's checkers infer (outside the
guard) it defers too, so they see exactly what they would see without the plugin: a
``KindInstance`` handed to astroid's other brains changes their answers (``int(<value>)``
infers to ``Const(0)`` for any inferable argument, and pylint then names ``label =
int(...)`` a constant).
"""

from __future__ import annotations

import weakref

from astroid import nodes
from astroid.exceptions import UseInferenceDefault
from astroid.inference_tip import inference_tip

from keras_lint.prefilter import mentions_a_modelled_library
from keras_lint.semantic import guard
from keras_lint.semantic.facts import framework_names, root_in
from keras_lint.semantic.kinds import KindInstance, framework_call_value
from keras_lint.semantic.names import FRAMEWORK_ROOTS, framework_name

_registered = False


def _source_mentions_a_framework(module: nodes.Module) -> bool:
    """Read the text, not the tree: most modules astroid builds (the standard library, the
    user's other modules) never name a framework, and reading is far cheaper than walking."""
    data = module.file_bytes
    if data is None and module.file and module.file.endswith(".py"):
        try:
            with open(module.file, "rb") as handle:
                data = handle.read()
        except OSError:
            return True  # cannot tell: look at the tree
    if data is None:
        return False
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    return mentions_a_modelled_library(text)


def _infer_framework_call(node: nodes.Call, context=None):
    if not guard.active():
        raise UseInferenceDefault  # pylint's own checkers: astroid as without the plugin
    qname = framework_name(node.func)
    value = framework_call_value(node, qname) if qname else None
    if value is None:
        # not a value keras-lint models: astroid's own inference, exactly as without the plugin
        # (inside keras-lint's import guard that stops at the framework module: Uninferable)
        raise UseInferenceDefault
    yield KindInstance(value)


_tip = inference_tip(_infer_framework_call)


# modules whose framework calls carry the tip (weak: a module checked and dropped goes away)
_annotated: weakref.WeakSet = weakref.WeakSet()


def annotate_module(module: nodes.Module) -> nodes.Module:
    """Attach the tip to every framework call of a module that imports a framework (once)."""
    if module in _annotated:
        return module
    if module.name.split(".")[0] in FRAMEWORK_ROOTS or not _source_mentions_a_framework(module):
        _annotated.add(module)
        return module
    all_nodes = list(module.nodes_of_class((nodes.Import, nodes.ImportFrom, nodes.Assign, nodes.Call)))
    _roots, names = framework_names(all_nodes)
    annotate_calls(module, all_nodes, names)
    return module


def annotate_calls(module: nodes.Module, all_nodes, names: set[str]) -> None:
    """Attach the tip to the framework calls among ``all_nodes`` (the engine's own walk, with
    the framework names its facts found), and mark the module done."""
    if module in _annotated:
        return
    _annotated.add(module)
    if not names:
        return
    # no name resolution here: the tip resolves the callee when it is asked, and defers to
    # astroid's own inference when it is not a framework's (a local shadowing the import)
    for call in all_nodes:
        if isinstance(call, nodes.Call) and root_in(call.func, names):
            _tip(call)


def register() -> None:
    """Attach the tip lazily, to the modules keras-lint's own inference reaches (the engine
    does the module it checks, the import guard every module inference fetches), instead of
    transforming every module astroid builds: under pylint that is every module pylint
    builds, and the tip only ever answers keras-lint's inference."""
    global _registered
    if _registered:
        return
    guard.module_hook = annotate_module
    _registered = True
