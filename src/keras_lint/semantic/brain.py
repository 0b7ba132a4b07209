"""Teach astroid the framework calls keras-lint reasons about, without the frameworks.

Like astroid's own brain modules this registers an inference tip with a tight, syntactic
predicate: a call whose callee resolves, through the module's imports, into tensorflow,
keras, tf_keras, torch or numpy. The tip answers from ``kinds.framework_call_value`` (a
``KindInstance`` that knows it is, say, a graph placeholder made on line 6). For calls it does
not model it defers to astroid's default inference, so pylint's own checkers see what they
would see without the plugin; keras-lint's own inference runs under ``guard``, where that
default stops at the framework module instead of parsing its installed sources.
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import UseInferenceDefault
from astroid.inference_tip import inference_tip
from astroid.manager import AstroidManager

from keras_lint.semantic.kinds import KindInstance, framework_call_value
from keras_lint.semantic.names import FRAMEWORK_ROOTS, framework_name

_registered = False


def _imports_a_framework(module: nodes.Module) -> bool:
    for node in module.nodes_of_class((nodes.Import, nodes.ImportFrom)):
        if isinstance(node, nodes.Import):
            if any(name.split(".")[0] in FRAMEWORK_ROOTS for name, _ in node.names):
                return True
        elif not node.level and (node.modname or "").split(".")[0] in FRAMEWORK_ROOTS:
            return True
    return False


def _infer_framework_call(node: nodes.Call, context=None):
    qname = framework_name(node.func)
    value = framework_call_value(node, qname) if qname else None
    if value is None:
        # not a value keras-lint models: astroid's own inference, exactly as without the plugin
        # (inside keras-lint's import guard that stops at the framework module: Uninferable)
        raise UseInferenceDefault
    yield KindInstance(value)


_tip = inference_tip(_infer_framework_call)


def annotate_module(module: nodes.Module) -> nodes.Module:
    """Attach the tip to every framework call of a module that imports a framework."""
    if module.name.split(".")[0] in FRAMEWORK_ROOTS or not _imports_a_framework(module):
        return module
    for call in module.nodes_of_class(nodes.Call):
        if framework_name(call.func):
            _tip(call)
    return module


def register(manager: AstroidManager | None = None) -> None:
    """Register the transform once per process (both front ends call this)."""
    global _registered
    if _registered:
        return
    manager = manager or AstroidManager()
    manager.register_transform(nodes.Module, annotate_module)
    _registered = True
