"""KL401: Keras 2 backend names and module paths that Keras 3 removed."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.rules._keras_backend import (
    BACKEND_NAMESPACES,
    NAMESPACE_SHOWN,
    backend_tables,
    guarded,
    input_for_placeholder,
    keras_alias,
    render,
    trigger_words,
)
from keras_lint.rules.base import Check, identifiers
from keras_lint.semantic import apis
from keras_lint.semantic.names import qualified_name, qualified_names

# --- KL401 -------------------------------------------------------------------------------------


def _removed_module(modname: str) -> str | None:
    """The removed Keras 2 module ``modname`` is (or lies in), if any."""
    modules = backend_tables()[3]
    parts = modname.split(".")
    for n in range(len(parts), 1, -1):
        candidate = ".".join(parts[:n])
        if candidate in modules:
            return candidate
    return None


def _broken_in_every_alternative(expr: nodes.NodeNG, name: str, ctx, shim: frozenset) -> str | None:
    """The Keras implementation of the backend namespace ``expr`` names, when ``name`` is
    missing from it under the target; with version fallbacks (``try: from tf_keras import
    backend as K`` / ``except ImportError: from keras import backend as K``) only when it is
    missing from every alternative. None when some alternative has it or one is unknown."""
    names = qualified_names(expr)
    if not names:
        return None
    impls = [BACKEND_NAMESPACES.get(n) for n in names]
    if any(impl is None for impl in impls):
        return None
    for impl in impls:
        if ctx.keras_major(impl) < 3 or (impl == apis.TF_KERAS and name in shim):
            return None
    preferred = BACKEND_NAMESPACES.get(qualified_name(expr) or "")
    return preferred if preferred in impls else impls[0]


class RemovedKerasBackendApi(Check):
    rule = rule("KL401")
    node_types = (nodes.Attribute, nodes.ImportFrom, nodes.Import)
    triggers = ("keras",)

    @classmethod
    def triggered(cls, text: str) -> bool:
        """Every way to a backend name spells ``backend``; a removed module spells its name."""
        return "keras" in text and not identifiers(text).isdisjoint(trigger_words())

    def check(self, node, ctx):
        if isinstance(node, nodes.Attribute):
            yield from self._attribute(node, ctx)
        elif isinstance(node, nodes.ImportFrom):
            yield from self._import_from(node, ctx)
        else:
            yield from self._import(node, ctx)

    # K.placeholder(...), keras.backend.get_session()
    def _attribute(self, node: nodes.Attribute, ctx):
        name = node.attrname
        k3, shim, table, _modules, theano = backend_tables()
        if name in k3 or name.startswith("_") or name in theano:
            return
        if not ctx.might_be_framework(node.expr):
            return
        impl = _broken_in_every_alternative(node.expr, name, ctx, shim)
        if impl is None:
            return
        if guarded(node):
            return
        call = node.parent if isinstance(node.parent, nodes.Call) and node.parent.func is node else None
        site = call if call is not None else node
        namespace = NAMESPACE_SHOWN[impl]
        why = (
            f"does not exist in the {namespace} legacy shim of Keras 3 (TensorFlow 2.16+): AttributeError"
            if impl == apis.TF_KERAS
            else f"does not exist in Keras 3's {namespace}, which has only {len(k3)} names: AttributeError"
        )
        module = f"keras.backend.{name}"
        if module in _modules:
            yield self.report(
                site, replacement=_modules[module]["replacement"], subject=f"`{node.as_string()}`",
                why="is a Keras 2 module removed in Keras 3: AttributeError", note="",
            )
            return
        entry = table.get(name)
        alias = keras_alias(ctx)
        keras = alias[0] if alias else "keras"
        replacement = entry["replacement"] if entry else f"the keras.ops / keras.config equivalent (keras-lint knows no direct replacement for `{name}`)"
        fix = None
        if entry is not None and call is not None:
            if name == "placeholder":
                replacement = input_for_placeholder(call)
            elif entry.get("fix"):
                text = render(entry["fix"], call, keras)
                if text is not None:
                    replacement = text
                    if entry["fix"].get("message_only"):
                        pass  # not the same behaviour: the message names the call, no fix applies it
                    elif "{keras}" not in entry["fix"]["template"]:
                        fix = Fix(text, (), safe=bool(entry["fix"]["safe"]))
                    elif alias is not None:
                        fix = Fix(text, alias[1], safe=bool(entry["fix"]["safe"]))
        if keras != "keras" and replacement.startswith("keras."):
            replacement = keras + replacement[len("keras"):]
        note = f" Note: {entry['note']}." if entry and entry.get("note") else ""
        yield self.report(site, replacement=replacement, fix=fix, subject=f"`{node.as_string()}`", why=why, note=note)

    # from keras.backend import placeholder / from keras.engine.topology import Layer
    def _import_from(self, node: nodes.ImportFrom, ctx):
        if node.level or not node.modname or guarded(node):
            return
        modname = node.modname
        root = modname.split(".")[0]
        if root not in ("keras", "tensorflow"):
            return
        k3, shim, table, modules, theano = backend_tables()
        impl = BACKEND_NAMESPACES.get(modname)
        if impl is not None:
            if ctx.keras_major(impl) < 3:
                return
            allowed = shim if impl == apis.TF_KERAS else k3
            missing = [n for n, _ in node.names if n != "*" and n not in allowed and not n.startswith("_") and n not in theano]
            if not missing:
                return
            parts = []
            for n in missing:
                full = f"keras.backend.{n}"
                if full in modules:
                    parts.append(f"{n} → {modules[full]['replacement']}")
                elif n in table:
                    parts.append(f"{n} → {table[n]['replacement']}")
                else:
                    parts.append(f"{n} → no direct replacement")
            namespace = NAMESPACE_SHOWN[impl]
            yield self.report(
                node, replacement="; ".join(parts), subject=f"`from {modname} import {', '.join(missing)}`",
                why=f"fails with ImportError: Keras 3's {namespace} has no {', '.join(missing)}", note="",
            )
            return
        if root != "keras" or ctx.keras_major(apis.KERAS) < 3:
            return
        removed = _removed_module(modname)
        if removed is None:
            names = [n for n, _ in node.names if f"{modname}.{n}" in modules]
            if not names:
                return
            removed = f"{modname}.{names[0]}"
            yield self._module_finding(node, removed, [], f"`from {modname} import {names[0]}`")
            return
        yield self._module_finding(node, removed, [n for n, _ in node.names], f"`from {modname} import ...`")

    def _import(self, node: nodes.Import, ctx):
        if ctx.keras_major(apis.KERAS) < 3 or guarded(node):
            return
        for modname, _ in node.names:
            if modname.split(".")[0] != "keras":
                continue
            removed = _removed_module(modname)
            if removed is not None:
                yield self._module_finding(node, removed, [], f"`import {modname}`")
                return

    def _module_finding(self, node, removed: str, imported: list[str], subject: str):
        _k3, _shim, _table, modules, _theano = backend_tables()
        info = modules[removed]
        per_name = [f"{n} → {info['names'][n]}" for n in imported if n in info["names"]]
        replacement = "; ".join(per_name) if per_name else f"the same names from {info['replacement']}"
        return self.report(
            node, replacement=replacement, subject=subject,
            why=f"fails with ModuleNotFoundError: {removed} is a Keras 2 module removed in Keras 3", note="",
        )


