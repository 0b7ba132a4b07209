"""KL203: a TensorFlow, NumPy or PyTorch function applied to a symbolic Keras tensor."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.rules._keras_tensors import (
    BACKEND_READS,
    call_arguments,
    first_keras_tensor,
    keras_tensor_trigger,
    ops_table,
    raising,
    tensor_major,
    torch_table,
    working,
)
from keras_lint.rules.base import Check
from keras_lint.semantic import apis
from keras_lint.semantic.imports import module_alias
from keras_lint.semantic.names import qualified_name

# --- KL203 ---------------------------------------------------------------------------------

_CONSEQUENCE = {
    "TensorFlow": "Keras 3 raises ValueError (A KerasTensor cannot be used as input to a TensorFlow function)",
    "tf.keras.backend": (
        "The tf.keras.backend shim runs TensorFlow ops, and on a Keras 3 KerasTensor it raises "
        "(ValueError: A KerasTensor cannot be used as input to a TensorFlow function, or AttributeError)"
    ),
    "NumPy": "It raises ValueError (A KerasTensor is symbolic ... You cannot convert it to a NumPy array)",
    "JAX": "It raises ValueError (A KerasTensor cannot be used as input to a JAX function)",
    "torch": "It raises TypeError (... must be Tensor, not KerasTensor)",
}


def _source_key(qname: str, ctx) -> tuple[str, str] | None:
    """(table key, library) of a function the rule knows, or None."""
    t = apis.tf_name(qname)
    if t is not None:
        return (f"tf.{t}", "TensorFlow") if t else None
    k = apis.keras_name(qname)
    if k is not None:
        if k.impl == apis.TF_KERAS and k.path.startswith("backend.") and k.path.count(".") == 1:
            if k.path in BACKEND_READS:
                return None  # reading values: KL202
            return "tf.keras." + k.path, "tf.keras.backend"
        return None
    root, _, rest = qname.partition(".")
    if root == "numpy":
        return qname, "NumPy"
    if root == "jax" and rest.startswith("numpy."):
        return "numpy." + rest[len("numpy.") :], "JAX"
    if root == "torch":
        return qname, "torch"
    return None


def _fits(call: nodes.Call, rename: dict) -> bool:
    """Do the call's arguments lie within what the rename keeps unchanged?"""
    if any(isinstance(a, nodes.Starred) for a in call.args):
        return False
    if len(call.args) > rename["positional"] or not call.args:
        return False
    return all(kw.arg is not None and kw.arg in rename["keywords"] for kw in call.keywords or ())


def _args_text(call: nodes.Call) -> str:
    parts = [a.as_string() for a in call.args]
    parts += [f"{kw.arg}={kw.value.as_string()}" for kw in call.keywords or ()]
    return ", ".join(parts)


class NonKerasOpOnKerasTensor(Check):
    rule = rule("KL203")
    node_types = (nodes.Call,)
    triggers = ("keras",)
    triggered = classmethod(keras_tensor_trigger)

    def check(self, node, ctx):
        if not (node.args or node.keywords) or not ctx.might_be_framework(node.func):
            return
        qname = qualified_name(node.func)
        if not qname:
            return
        source = _source_key(qname, ctx)
        if source is None:
            return
        key, library = source
        if key in working():
            return
        entry = ops_table()["replacements"].get(key)
        if library == "torch":
            entry = torch_table().get(key)
            if entry is None and key not in raising():
                return
        elif entry is None and key not in raising():
            return
        if library == "tf.keras.backend":
            k = apis.keras_name(qname)
            if ctx.keras_major(k.impl) < 3:
                return
        hit = first_keras_tensor(call_arguments(node), ctx)
        if hit is None:
            return
        arg, value = hit
        if tensor_major(value, ctx) < 3:
            return  # Keras 2 wraps TensorFlow ops on symbolic tensors in TFOpLambda layers
        replacement, note, fix = self._replacement(node, entry, ctx)
        yield self.report(
            node,
            replacement=replacement,
            fix=fix,
            call=f"{node.func.as_string()}({arg.as_string()}{', ...' if len(call_arguments(node)) > 1 else ''})",
            library=library,
            what=value.describe(),
            consequence=_CONSEQUENCE[library],
            note=note,
        )

    def _replacement(self, node: nodes.Call, entry: dict | None, ctx):
        if not entry or not entry.get("keras"):
            return "the keras.ops equivalent", "", None
        target = entry["keras"]
        note = entry.get("note") or entry.get("notes") or ""
        rename = entry.get("rename")
        if rename and _fits(node, rename):
            text = f"{target}({_args_text(node)})"
            fix = None
            alias = module_alias(ctx.module, "keras", also=("tensorflow.keras",))
            if alias is not None:
                name, imports = alias
                fix = Fix(name + target[len("keras") :] + f"({_args_text(node)})", imports)
            return text, "", fix
        return f"{target}(...)", f" ({note.rstrip('.')})" if note else "", None
