"""What KL202 and KL203 share: finding symbolic Keras tensors among a call's operands, and which Keras made them."""

from __future__ import annotations

import functools
import re

from astroid import nodes

from keras_lint import data
from keras_lint.semantic import apis
from keras_lint.semantic.kinds import Kind, Value, flat_values, keras_tensors_possible, value_of
from keras_lint.semantic.names import qualified_name

_TABLE = "keras_ops_equivalents"
# Every symbolic Keras tensor the semantic model knows starts at keras.Input (any spelling keeps
# the word), a model's .input/.output, or a KerasTensor made directly: a file without these
# words has none, and is not parsed for these rules.
_MODEL_IO = re.compile(r"\.(?:input|output)\b")
_TORCH_TABLE = "torch_to_keras_ops"


@functools.lru_cache(maxsize=4)
def _names_keras_tensor_sources(text: str) -> bool:
    """``Input``, ``KerasTensor`` or ``.input`` / ``.output``: where Keras tensors come from."""
    return "Input" in text or "KerasTensor" in text or _MODEL_IO.search(text) is not None


def keras_tensor_trigger(cls, text: str) -> bool:
    """KL202's and KL203's trigger: the text names Keras and a Keras tensor source."""
    return "keras" in text and _names_keras_tensor_sources(text)


@functools.cache
def ops_table() -> dict:
    return data.entries(_TABLE)


@functools.cache
def raising() -> frozenset[str]:
    return frozenset(ops_table()["raises_on_keras_tensor"])


@functools.cache
def working() -> frozenset[str]:
    return frozenset(ops_table()["work_on_keras_tensor"])


@functools.cache
def torch_table() -> dict:
    try:
        return data.entries(_TORCH_TABLE)
    except (FileNotFoundError, OSError, ValueError):
        return {}


def keras_tensor(node: nodes.NodeNG, ctx) -> Value | None:
    if not keras_tensors_possible(ctx):
        return None
    value = value_of(node)
    return value if value is not None and value.kind is Kind.KERAS_TENSOR else None


def _impl_of(value: Value) -> str:
    """Which Keras made a tensor: from the Value, else from the call that made it."""
    if value.impl:
        return value.impl
    origin = value.origin
    if isinstance(origin, nodes.Call):
        k = apis.keras_name(qualified_name(origin.func))
        if k is not None:
            return k.impl
        maker = value_of(origin.func)
        if maker is not None and maker.kind in (Kind.LAYER, Kind.MODEL):
            return maker.impl
    return ""


def tensor_major(value: Value, ctx) -> int:
    impl = _impl_of(value)
    return ctx.keras_major(impl) if impl else ctx.default_keras_major()


def is_builtin(node: nodes.NodeNG, names: tuple[str, ...]) -> bool:
    if not (isinstance(node, nodes.Name) and node.name in names):
        return False
    try:
        _scope, bindings = node.lookup(node.name)
    except Exception:  # noqa: BLE001
        return False
    return all(b.root().name == "builtins" for b in bindings)


def first_keras_tensor(nodes_: list[nodes.NodeNG], ctx) -> tuple[nodes.NodeNG, Value] | None:
    if not keras_tensors_possible(ctx):
        return None
    for arg in nodes_:
        if isinstance(arg, nodes.Starred):
            continue
        for value in flat_values(arg):
            if value is not None and value.kind is Kind.KERAS_TENSOR:
                return arg, value
    return None


def call_arguments(call: nodes.Call) -> list[nodes.NodeNG]:
    return list(call.args) + [kw.value for kw in call.keywords or () if kw.arg != "name"]


BACKEND_READS = frozenset({"backend.eval", "backend.get_value", "backend.batch_get_value"})
