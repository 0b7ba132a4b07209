"""KL501: objects of two Keras implementations (keras, tf.keras, tf_keras) combined in one model.

A combination is a layer (or model) of one implementation called on a symbolic tensor of
another, a functional Model built from another's tensors, a Sequential given another's layers
or Input, and ``compile`` given another's optimizer. Whether the two are the same objects
depends on the target: standalone ``keras`` and ``tf.keras`` are one package while ``tf.keras``
resolves to Keras 3 (TF >= 2.16 without TF_USE_LEGACY_KERAS); ``tf_keras`` is always Keras 2.
Importing two implementations without combining their objects is not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.semantic.calls import argument
from keras_lint.rules.base import Check, found_on_lines
from keras_lint.semantic import apis
from keras_lint.semantic.astroid_compat.instances import class_of
from keras_lint.semantic.kinds import (
    Kind,
    Value,
    callee_layer,
    flat_values,
    keras_class_impl,
    object_value,
)
from keras_lint.semantic.names import qualified_name

_LABEL = {apis.KERAS: "standalone keras", apis.TF_KERAS: "tf.keras", apis.LEGACY: "tf_keras"}
_KERAS_ROOTS = frozenset({"keras", "tensorflow", "tf_keras"})
# an import of the standalone keras package (not ``from tensorflow import keras``)
# tf.keras under any alias (``tfk = tf.keras``, ``from tensorflow import keras``), not a
# "model.keras" file name in a string
_TF_KERAS_SPELLING = re.compile(r"\w\.keras\b(?![\"'])|^[ \t]*from[ \t]+tensorflow\b[^\n]*\bimport\b[^\n]*\bkeras\b", re.M)
_STANDALONE_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+keras\b|import[ \t]+(?:[^\n#]*,[ \t]*)?keras\b)", re.M)

# What happens in the world where the two differ, by site and by which side is Keras 2.
_LAYER_K3_ON_K2 = (
    "the Keras 3 {what} is split into TFOpLambda ops whose weights are never trained "
    "(a tf_keras model does not track them; a keras.Model raises)"
)
_LAYER_K2_ON_K3 = (
    "the Keras 2 {what} cannot take a Keras 3 tensor (tf_keras' built-in layers raise "
    "AttributeError: 'tuple' object has no attribute 'rank')"
)
_MODEL_K3_GIVEN_K2 = "the Keras 3 Model raises ValueError: All `{arg}` values must be KerasTensors"
_MODEL_K2_GIVEN_K3 = {
    "inputs": "the Keras 2 Model raises AttributeError: 'KerasTensor' object has no attribute 'node'",
    "outputs": "the Keras 2 Model raises AttributeError: 'Node' object has no attribute 'keras_inputs'",
}
_SEQUENTIAL_K3_GIVEN_K2 = (
    "the Keras 3 Sequential raises ValueError: Only instances of `keras.Layer` can be added to a "
    "Sequential model"
)
_SEQUENTIAL_K2_GIVEN_K3 = (
    "the Keras 2 Sequential raises TypeError: The added layer must be an instance of class Layer"
)
_COMPILE = "compile raises ValueError: Could not interpret optimizer identifier"


@dataclass(frozen=True)
class _Side:
    impl: str
    source: str  # as written: "keras.layers.Dense", "tf.keras.Input", "MyLayer"
    origin: nodes.NodeNG | None = None  # where it was made
    spelling: str | None = None  # the same object under standalone keras: "keras.Input"

    @property
    def label(self) -> str:
        return _LABEL[self.impl]

    @property
    def shown(self) -> str:
        """'tf.keras.Input, line 3'"""
        return f"{self.source}{_line(self.origin)}"

    def site(self, node: nodes.NodeNG) -> str:
        """'keras.layers.Dense (standalone keras)', with the line when made elsewhere."""
        line = _line(self.origin) if self.origin is not None and self.origin.lineno != node.lineno else ""
        return f"{self.source} ({self.label}{line})"


def _keras_spelling(origin: nodes.NodeNG | None) -> str | None:
    """``keras.layers.Dense`` for the object a framework call like ``tf.keras.layers.Dense(3)``
    made."""
    if isinstance(origin, nodes.Call):
        k = apis.keras_name(qualified_name(origin.func))
        if k is not None and k.path:
            return f"keras.{k.path}"
    return None


def _line(node: nodes.NodeNG | None) -> str:
    return f", line {node.lineno}" if node is not None and node.lineno else ""


def _side_of_value(value: Value, impl: str) -> _Side:
    return _Side(impl, value.source, value.origin, _keras_spelling(value.origin))


def _object_side(node: nodes.NodeNG) -> tuple[Value | None, _Side] | None:
    """The implementation of a layer, model, optimizer or symbolic tensor ``node`` stands for:
    a framework object, or an instance of the user's own Keras subclass."""
    value = object_value(node)
    if value is not None:
        if value.kind in (Kind.LAYER, Kind.MODEL, Kind.KERAS_TENSOR, Kind.OPTIMIZER) and value.impl:
            return value, _side_of_value(value, value.impl)
        return None
    if isinstance(node, (nodes.Call, nodes.Name)):
        cls = _user_class(node)
        if cls is not None:
            impl = keras_class_impl(cls)
            return (None, _Side(impl, cls.name, node)) if impl else None
    return None


def _user_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The user's class ``node`` is an instance of (``MyLayer(...)``, ``model``), when sure."""
    try:
        inferred = list(node.infer())
    except Exception:  # noqa: BLE001 - astroid inference can fail in many ways: unknown
        return None
    if len(inferred) != 1:
        return None
    found = inferred[0]
    cls = class_of(found)
    if cls is not None and cls.root() is node.root():
        return cls
    return None


def _receiver_side(node: nodes.NodeNG) -> _Side | None:
    """The model whose method is called: a framework model or one of the user's subclasses."""
    value = object_value(node)
    if value is not None:
        if value.kind is Kind.MODEL and value.impl:
            return _side_of_value(value, value.impl)
        return None
    cls = _user_class(node)
    if cls is not None:
        impl = keras_class_impl(cls)
        if impl:
            return _Side(impl, cls.name, cls)
    return None


def _ambiguous_names(ctx) -> bool:
    """Does a name stand for different Keras implementations in different places
    (``try: import keras`` / ``except ImportError: from tensorflow import keras``)? Then which
    one a spelling means is a guess, and the module is left alone."""
    if "kl501_ambiguous" in ctx.memo:
        return ctx.memo["kl501_ambiguous"]
    seen: dict[str, set[str]] = {}

    def note(name: str, qname: str | None) -> None:
        if not qname:
            return
        k = apis.keras_name(qname)
        family = k.impl if k is not None else qname.split(".")[0]
        seen.setdefault(name, set()).add(family)

    for node in ctx.module.nodes_of_class((nodes.Import, nodes.ImportFrom, nodes.Assign)):
        if isinstance(node, nodes.Import):
            for modname, asname in node.names:
                note(asname or modname.split(".")[0], modname if asname else modname.split(".")[0])
        elif isinstance(node, nodes.ImportFrom):
            if node.level:
                continue
            for name, asname in node.names:
                if name != "*":
                    note(asname or name, f"{node.modname}.{name}")
        elif isinstance(node.value, (nodes.Name, nodes.Attribute)):
            if not ctx.might_be_framework(node.value):
                continue
            qname = qualified_name(node.value)
            for target in node.targets:
                if isinstance(target, nodes.AssignName):
                    note(target.name, qname)
    seen_keras = {name: fams for name, fams in seen.items() if fams & set(_LABEL)}
    result = any(len(fams) > 1 for fams in seen_keras.values())
    ctx.memo["kl501_ambiguous"] = result
    return result


class MixedKerasPackages(Check):
    rule = rule("KL501")
    node_types = (nodes.Call,)
    triggers = ("keras",)

    @classmethod
    def triggered(cls, text: str) -> bool:
        """Two implementations must be imported: standalone keras, tensorflow, tf_keras."""
        if "keras" not in text:
            return False
        tf_keras = "tensorflow" in text and (
            found_on_lines(_TF_KERAS_SPELLING, text, ".keras") or found_on_lines(_TF_KERAS_SPELLING, text, "tensorflow")
        )
        others = ("tf_keras" in text) + tf_keras
        if others != 1:
            return others == 2  # none: two of three cannot be; both: no need to look further
        return found_on_lines(_STANDALONE_IMPORT, text, "keras")

    def check(self, node, ctx):
        roots = ctx.facts.roots & _KERAS_ROOTS
        if len(roots) < 2 or roots == {"tensorflow"}:
            return
        if _ambiguous_names(ctx):
            return
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname in ("compile", "add"):
            yield from self._method(node, ctx)
            return
        k = apis.keras_name(qualified_name(func)) if ctx.might_be_framework(func) else None
        if k is not None:
            yield from self._framework_call(node, k, ctx)
            return
        if isinstance(func, nodes.Call) or not ctx.might_be_framework(func) or qualified_name(func) is None:
            yield from self._layer_call(node, ctx)

    # --- the four ways two implementations meet --------------------------------------------

    def _layer_call(self, node, ctx):
        layer = callee_layer(node)
        if layer is None:
            return
        impl = layer.impl
        if not impl and isinstance(layer.origin, nodes.ClassDef):
            impl = keras_class_impl(layer.origin)
            site = _Side(impl, layer.origin.name, layer.origin)
        else:
            site = _Side(impl, layer.source, layer.origin, _keras_spelling(layer.origin))
        if not impl:
            return
        what = "model" if layer.kind is Kind.MODEL else "layer"
        yield from self._tensors(node, ctx, site, argument(node, 0, "inputs"), f"the {what} {{site}} called on {{other}}", "layer", what)

    def _framework_call(self, node, k, ctx):
        parts = k.path.split(".")
        shown = node.func.as_string()
        site = _Side(k.impl, shown, node, f"keras.{k.path}")
        if parts[0] == "layers" and parts[-1] in apis.MERGE_FUNCTIONS:
            yield from self._tensors(node, ctx, site, argument(node, 0, "inputs"), "{site} called on {other}", "layer", "layer")
            return
        if k.path in apis.MODEL_CLASSES and parts[-1] != "Sequential":
            for index, name in ((0, "inputs"), (1, "outputs")):
                arg = argument(node, index, name)
                usage = f"{{site}} built from {{other}} as {name}"
                found = list(self._tensors(node, ctx, site, arg, usage, "model", name))
                if found:
                    yield found[0]
                    return
            return
        if k.path in apis.MODEL_CLASSES and parts[-1] == "Sequential":
            yield from self._sequential(node, ctx, site, argument(node, 0, "layers"), "{site}")

    def _method(self, node, ctx):
        func = node.func
        if func.attrname == "compile":
            arg = argument(node, 0, "optimizer")
            if arg is None:
                return
            found = _object_side(arg)
            if found is None or found[0] is None or found[0].kind is not Kind.OPTIMIZER:
                return
            other = found[1]
            receiver = _receiver_side(func.expr)
            if receiver is None:
                return
            verdict = self._verdict(receiver, other, ctx, "compile")
            if verdict is None:
                return
            usage = (
                f"{func.as_string()}() of a {receiver.label} model ({receiver.shown}) given an "
                f"optimizer of {other.label} ({other.shown})"
            )
            yield self._report(node, usage, verdict, (receiver, other))
            return
        # ``model.add(layer)`` on a Sequential of known implementation
        value = object_value(func.expr)
        if value is None or value.kind is not Kind.MODEL or not value.impl:
            return
        if not isinstance(value.origin, nodes.Call):
            return
        k = apis.keras_name(qualified_name(value.origin.func))
        if k is None or not k.path.endswith("Sequential"):
            return
        site = _Side(value.impl, value.source, value.origin, f"keras.{k.path}")
        yield from self._sequential(node, ctx, site, argument(node, 0, "layer"), f"{func.as_string()}() on {{site}}")

    # --- helpers -----------------------------------------------------------------------------

    def _tensors(self, node, ctx, site: _Side, arg, usage: str, where: str, what: str):
        """Report the first symbolic tensor in ``arg`` of another implementation than ``site``."""
        if arg is None:
            return
        for value in flat_values(arg):
            if value is None or value.kind is not Kind.KERAS_TENSOR or not value.impl:
                continue
            other = _side_of_value(value, value.impl)
            verdict = self._verdict(site, other, ctx, where, what)
            if verdict is None:
                continue
            text = usage.format(site=site.site(node), other=f"a tensor of {other.label} ({other.shown})")
            yield self._report(node, text, verdict, (site, other))
            return

    def _sequential(self, node, ctx, site: _Side, arg, usage: str):
        if arg is None:
            return
        elements = arg.elts if isinstance(arg, (nodes.List, nodes.Tuple)) else [arg]
        for elt in elements:
            found = _object_side(elt)
            if found is None:
                continue
            value, other = found
            if value is not None and value.kind is Kind.OPTIMIZER:
                continue
            verdict = self._verdict(site, other, ctx, "sequential")
            if verdict is None:
                continue
            noun = "an Input tensor" if value is not None and value.kind is Kind.KERAS_TENSOR else "a layer"
            text = f"{usage.format(site=site.site(node))} given {noun} of {other.label} ({other.shown})"
            yield self._report(node, text, verdict, (site, other))
            return

    def _verdict(self, site: _Side, other: _Side, ctx, where: str, what: str = "") -> str | None:
        """What combining the two does, or None when they are the same objects on the target
        (or when keras-lint cannot tell)."""
        pair = {site.impl, other.impl}
        if len(pair) != 2 or not pair <= set(_LABEL):
            return None
        major = {impl: ctx.keras_major(impl) for impl in pair}
        if pair == {apis.KERAS, apis.TF_KERAS}:
            if major[apis.KERAS] != 3:
                return None  # Keras 2 targeted: tf.keras loads this same keras package
            if major[apis.TF_KERAS] == 3:
                effect = self._effect(where, what, k2=apis.TF_KERAS, site=site)
                return (
                    "this works today only because tf.keras is Keras 3 (TensorFlow >= 2.16 without "
                    "TF_USE_LEGACY_KERAS), but once the environment sets TF_USE_LEGACY_KERAS=1 tf.keras "
                    f"is Keras 2 (tf_keras) and {effect}"
                )
            reason = (
                "this module sets TF_USE_LEGACY_KERAS=1"
                if ctx.facts.legacy_keras
                else "tensorflow-version {}.{}".format(*ctx.target.tensorflow_version)
            )
            effect = self._effect(where, what, k2=apis.TF_KERAS, site=site)
            return f"tf.keras is Keras 2 here ({reason}) and standalone keras is Keras 3, so {effect}"
        if pair == {apis.KERAS, apis.LEGACY}:
            if major[apis.KERAS] != 3:
                return None  # two Keras 2 packages: not verified, not reported
            effect = self._effect(where, what, k2=apis.LEGACY, site=site)
            return f"tf_keras is always Keras 2 and standalone keras is Keras 3, so {effect}"
        # tf.keras and tf_keras: the same objects exactly when tf.keras is Keras 2
        if major[apis.TF_KERAS] != 3:
            return None
        effect = self._effect(where, what, k2=apis.LEGACY, site=site)
        return (
            "tf.keras is Keras 3 here (TensorFlow >= 2.16 without TF_USE_LEGACY_KERAS) and tf_keras "
            f"is always Keras 2, so {effect}"
        )

    @staticmethod
    def _effect(where: str, what: str, k2: str, site: _Side) -> str:
        site_is_k2 = site.impl == k2
        if where == "layer":
            return (_LAYER_K2_ON_K3 if site_is_k2 else _LAYER_K3_ON_K2).format(what=what)
        if where == "model":
            return _MODEL_K2_GIVEN_K3[what] if site_is_k2 else _MODEL_K3_GIVEN_K2.format(arg=what)
        if where == "sequential":
            return _SEQUENTIAL_K2_GIVEN_K3 if site_is_k2 else _SEQUENTIAL_K3_GIVEN_K2
        return _COMPILE

    def _report(self, node, usage: str, consequence: str, sides: tuple[_Side, ...]):
        swaps = []
        for side in sides:
            if side.impl != apis.KERAS and side.spelling and side.spelling != side.source:
                swaps.append(f"{side.spelling} instead of {side.source}")
        replacement = "`import keras` and build every layer, tensor, model and optimizer from it"
        if swaps:
            replacement += " (" + "; ".join(dict.fromkeys(swaps)) + ")"
        return self.report(node, replacement=replacement, usage=usage, consequence=consequence)
