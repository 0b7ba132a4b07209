"""KL402: a TensorFlow 1 name used through TensorFlow 2's ``tf`` namespace.

The names come from the generated table ``data/tf1_to_tf2.json`` (scripts/gen_tf1_table.py).
A reference ``tf.a.b.c`` is looked up whole, then by its prefixes (``tf.contrib.slim.arg_scope``
is covered by ``tf.contrib.slim``). Only the outermost attribute of a chain is checked, and a
name bound by a flagged import is reported at the import, not at its uses.
"""

from __future__ import annotations

import functools
import re

from astroid import nodes

from keras_lint import data
from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.rules.base import Check, found_on_lines, identifiers, lines_with
from keras_lint.semantic.compat_guards import in_compatibility_code
from keras_lint.semantic.imports import module_alias
from keras_lint.semantic.names import qualified_name, root_name

_TF = "tensorflow"
# an ``if`` testing one of these guards code written for both TF1 and TF2
# (``v1``/``v2`` also inside identifiers: ``if not compat.is_v1_apis(): ... else: <TF1 code>``)
_GUARD_WORDS = re.compile(r"version|hasattr|tf2|tf1|(?<![a-z0-9])v[12](?![0-9])|executing_eagerly|_TF1|_TF2", re.I)


@functools.cache
def _table() -> dict[str, dict]:
    return data.entries("tf1_to_tf2")


_WHOLE_PACKAGE = re.compile(r"\btensorflow\b(?![./])")  # "tensorflow/core/..." in a docstring is not an import
_DOTTED = re.compile(r"\btensorflow\.(\w+)")


@functools.cache
def _trigger_index() -> dict[str, tuple[frozenset[str], ...]]:
    """For each removed name's last part, the parts every spelling of a name it ends has to
    contain (``tf.layers.Dense`` needs ``layers`` and ``Dense``)."""
    index: dict[str, set[frozenset[str]]] = {}
    for key in _table():
        parts = key.split(".")[1:]  # without "tf"
        index.setdefault(parts[-1], set()).add(frozenset(parts))
    return {last: tuple(sets) for last, sets in index.items()}


def _respelled(replacement: str, alias: str | None, ctx) -> tuple[str, tuple[str, ...]] | None:
    """The replacement under the name the file gives tensorflow (``tf`` when it imports the
    module whole under some alias); otherwise under ``tf``, with the import to add."""
    imports: tuple[str, ...] = ()
    if alias is None:
        spelled = module_alias(ctx.module, _TF)
        if spelled is None:
            return None
        name, imports = spelled
        replacement = name + replacement[2:] if replacement.startswith("tf.") else replacement
    if not replacement.split(".")[0].isidentifier():
        return None
    return replacement, imports


def _same_object(entry: dict, key: str, replacement: str, alias: str | None) -> bool:
    """Is ``replacement`` the very object the TF1 name was: its compat.v1 spelling (or the rest
    of a chain below it), or a TF2 name of the same object?"""
    prefix = (alias or "tf") + "."
    compat = entry.get("compat")
    if compat and not entry.get("compat_needs_tf_keras"):
        spelled = prefix + compat[len("tf."):] if compat.startswith("tf.") else compat
        if replacement == spelled or replacement.startswith(spelled + "."):
            return True
    v2 = entry.get("v2")
    if v2 and entry.get("same_object"):
        spelled = prefix + v2[len("tf."):] if v2.startswith("tf.") else v2
        return replacement == spelled
    return False


def lookup(path: str) -> tuple[str, dict] | None:
    """(table key, entry) for ``tf.<path>`` or its nearest removed parent module."""
    table = _table()
    parts = path.split(".")
    for n in range(len(parts), 0, -1):
        key = "tf." + ".".join(parts[:n])
        entry = table.get(key)
        if entry is not None:
            return key, entry
    return None


def _note(key: str) -> str:
    """The entry's note, or the nearest parent module's."""
    table = _table()
    parts = key.split(".")
    for n in range(len(parts), 1, -1):
        entry = table.get(".".join(parts[:n]))
        if entry is not None and entry.get("note") and entry["note"] not in ("same object, TF2 name", "tf_upgrade_v2 rename"):
            return entry["note"]
    return ""


def _tf_path(qname: str | None) -> str | None:
    """``placeholder`` for "tensorflow.placeholder"; None outside the public TF2 namespace."""
    if not qname or not qname.startswith(_TF + "."):
        return None
    path = qname[len(_TF) + 1 :]
    if path.split(".")[0] in ("compat", "keras", "python", "_api", "core", "tools", "compiler"):
        return None
    return path


def _spell(name: str, alias: str) -> str:
    """A table name ``tf.x.y`` under the module alias the file uses."""
    return alias + name[2:] if name.startswith("tf.") else name


def advice(key: str, entry: dict, alias: str = "tf", first_arg: str | None = None) -> tuple[str, str | None]:
    """(advice sentence, replacement name or None)."""
    text, replacement = _advice(key, entry, alias, first_arg)
    return (text if text.startswith("tf.") else text[:1].upper() + text[1:]), replacement


def _advice(key: str, entry: dict, alias: str, first_arg: str | None) -> tuple[str, str | None]:
    used = key
    compat = entry.get("compat")
    needs_tf_keras = entry.get("compat_needs_tf_keras", False)
    v2 = entry.get("v2")
    note = _note(key)
    keep = ""
    if compat and not needs_tf_keras:
        keep = f" `{_spell(compat, alias)}` keeps the TF1 {'module' if entry.get('kind') == 'module' else 'object'}."
    if entry.get("same_object") and v2:
        return (f"Use `{_spell(v2, alias)}`, the TF2 name of the same object (or `{_spell(compat, alias)}`).",
                _spell(v2, alias))
    if entry.get("idiom"):
        idiom = _spell(entry["idiom"].replace("{x}", first_arg or "x"), alias)
        idiom = idiom.replace(", tf.", f", {alias}.")
        return f"In TF2 write `{idiom}`.{keep}", _spell(compat, alias) if compat else None
    if compat is None:
        text = note or f"{used} was removed in TensorFlow 2.0"
        if v2 and v2 not in text:
            text += f"; use `{_spell(v2, alias)}`"
        return text.rstrip(".") + ".", None
    if needs_tf_keras:
        return (note or f"Use `{v2}`.").rstrip(".") + ".", None
    if v2:
        hint = note if note and v2.split("(")[0] in note else f"Use `{_spell(v2, alias)}` ({note})" if note else f"Use `{_spell(v2, alias)}`"
        return f"{hint.rstrip('.')}.{keep}", _spell(compat, alias)
    if note:
        return f"{note.rstrip('.')}.{keep}", _spell(compat, alias)
    return f"Use `{_spell(compat, alias)}`, the same object under its TF1 compatibility name.", _spell(compat, alias)


def _guarded(node: nodes.NodeNG) -> bool:
    """Inside code written for both TF1 and TF2: a version/hasattr test or a try that catches."""
    return in_compatibility_code(node, _GUARD_WORDS, tests=(nodes.If, nodes.IfExp, nodes.While))


def _source_lines(ctx) -> list[bytes] | None:
    if "kl402_lines" not in ctx.memo:
        raw = getattr(ctx.module, "file_bytes", None)
        if raw is None:
            try:
                with ctx.module.stream() as stream:
                    raw = stream.read()
            except Exception:  # no file: no source-preserving fix
                raw = None
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        ctx.memo["kl402_lines"] = raw.splitlines(keepends=True) if raw is not None else None
    return ctx.memo["kl402_lines"]


def _segment(ctx, node: nodes.NodeNG) -> str | None:
    lines = _source_lines(ctx)
    if lines is None or node.end_lineno is None or node.lineno is None:
        return None
    if not (0 < node.lineno <= node.end_lineno <= len(lines)):
        return None
    if node.lineno == node.end_lineno:
        chunk = lines[node.lineno - 1][node.col_offset : node.end_col_offset]
    else:
        chunk = lines[node.lineno - 1][node.col_offset :] + b"".join(lines[node.lineno : node.end_lineno - 1])
        chunk += lines[node.end_lineno - 1][: node.end_col_offset]
    try:
        return chunk.decode("utf-8")
    except UnicodeDecodeError:
        return None


class RemovedTf1Api(Check):
    rule = rule("KL402")
    node_types = (nodes.Attribute, nodes.Import, nodes.ImportFrom)
    triggers = (_TF,)

    @classmethod
    def triggered(cls, text: str) -> bool:
        """The rule follows only chains rooted at a plain import of tensorflow and imports from it,
        so every part of a removed name's path is spelled in the file, at the use or in the import
        that binds it: ``tf.layers.Dense`` needs both ``layers`` and ``Dense`` in the text."""
        if _TF not in text:
            return False
        # the chain's root is the tensorflow package itself (``import tensorflow as tf``, ``from
        # tensorflow import layers``: "tensorflow" not followed by a dot), or a module under it
        # imported by its dotted name (``from tensorflow.contrib import slim``); a file that only
        # imports ``tensorflow.python.*`` reaches nothing the table lists
        whole = found_on_lines(_WHOLE_PACKAGE, text, _TF)
        dotted = None if whole else {part for line in lines_with(text, _TF + ".") for part in _DOTTED.findall(line)}
        words = identifiers(text)
        index = _trigger_index()
        for word in words.intersection(index):
            for parts in index[word]:
                if parts <= words and (whole or not parts.isdisjoint(dotted)):
                    return True
        return False

    def check(self, node, ctx):
        if ctx.target.tensorflow_version < (2, 0) or _TF not in ctx.facts.roots:
            return
        if isinstance(node, (nodes.Import, nodes.ImportFrom)):
            yield from self._import(node, ctx)
            return
        parent = node.parent
        if isinstance(parent, nodes.Attribute) and parent.expr is node:
            return  # only the outermost attribute of a chain
        if not ctx.might_be_framework(node):
            return
        path = _tf_path(qualified_name(node))
        if path is None:
            return
        found = lookup(path)
        if found is None:
            return
        root = root_name(node)
        if root is None or not self._bound_by_plain_import(root, ctx) or _guarded(node):
            return
        key, entry = found
        # up to the removed name: ``tf.contrib.slim`` in ``tf.contrib.slim.arg_scope``
        shown = node
        for _ in range(path.count(".") + 1 - key.count(".")):
            shown = shown.expr
        used = shown.as_string()
        yield from self._report(node, shown, used, key, entry, path, ctx)

    # -- references -------------------------------------------------------------------------
    def _bound_by_plain_import(self, root: nodes.Name, ctx) -> bool:
        """The chain's root is a tensorflow module imported as is (not a removed name, which
        is reported at its import, and not an assignment alias)."""
        try:
            _scope, bindings = root.lookup(root.name)
        except Exception:
            return False
        if not bindings or not all(isinstance(b, (nodes.Import, nodes.ImportFrom)) for b in bindings):
            return False
        root_path = qualified_name(root)
        if root_path is None or not (root_path == _TF or root_path.startswith(_TF + ".")):
            return False
        sub = _tf_path(root_path)
        return root_path == _TF or (sub is not None and lookup(sub) is None)

    def _report(self, node, shown, used, key, entry, path, ctx):
        call = node.parent if isinstance(node.parent, nodes.Call) and node.parent.func is node else None
        root = root_name(node)
        root_q = qualified_name(root)
        alias = root.name if root_q == _TF else None
        first = call.args[0].as_string() if call is not None and call.args and not isinstance(call.args[0], nodes.Starred) else None
        text, replacement = advice(key, entry, alias or "tf", first if shown is node else None)
        if replacement is not None and shown is not node:
            # ``tf.flags.DEFINE_string``: the removed module's compat spelling, then the rest
            replacement = replacement + node.as_string()[len(shown.as_string()) :] if entry.get("compat") else None
        fix = None
        if call is not None and replacement is not None:
            fix = self._fix(call, node, replacement, alias, ctx)
        elif call is None and replacement is not None and _same_object(entry, key, replacement, alias):
            fix = self._fix_reference(node, replacement, alias, ctx)
        yield self.report(call if call is not None else node, replacement=replacement, fix=fix,
                          used=f"`{used}`", what="is a TensorFlow 1 name", error="AttributeError", advice=text)

    def _fix(self, call, func, replacement, alias, ctx):
        respelled = _respelled(replacement, alias, ctx)
        if respelled is None or "(" in respelled[0]:
            return None
        replacement, imports = respelled
        call_text, func_text = _segment(ctx, call), _segment(ctx, func)
        if call_text is None or func_text is None or not call_text.startswith(func_text):
            return None
        return Fix(replacement + call_text[len(func_text) :], imports)

    def _fix_reference(self, node, replacement, alias, ctx):
        """``tf.AUTO_REUSE`` -> ``tf.compat.v1.AUTO_REUSE``: the same object under its TF2-era
        spelling, so the rewrite cannot change behaviour."""
        respelled = _respelled(replacement, alias, ctx)
        if respelled is None or not all(part.isidentifier() for part in respelled[0].split(".")):
            return None
        return Fix(*respelled)

    # -- imports ----------------------------------------------------------------------------
    def _import(self, node, ctx):
        if _guarded(node):
            return
        removed: list[tuple[str, str, dict, str]] = []  # (written, key, entry, suggestion)
        if isinstance(node, nodes.ImportFrom):
            if node.level or not (node.modname == _TF or node.modname.startswith(_TF + ".")):
                return
            for name, _asname in node.names:
                if name == "*":
                    continue
                path = _tf_path(f"{node.modname}.{name}")
                found = lookup(path) if path else None
                if found is not None:
                    key, entry = found
                    compat = entry.get("compat") if not entry.get("compat_needs_tf_keras") else None
                    if compat and key == "tf." + path:
                        mod, _, leaf = compat.rpartition(".")
                        suggestion = f"`from {mod.replace('tf.', _TF + '.', 1)} import {leaf}`"
                    else:
                        suggestion = None
                    removed.append((f"{node.modname}.{name}", key, entry, suggestion))
        else:
            for modname, _asname in node.names:
                path = _tf_path(modname)
                found = lookup(path) if path else None
                if found is not None:
                    removed.append((modname, *found, None))
        if not removed:
            return
        written, key, entry, suggestion = removed[0]
        text, _replacement = advice(key, entry)
        if suggestion:
            text = f"Import it as {suggestion}. {text}"
        used = " and ".join(f"`{w}`" for w, *_ in removed)
        what = "are TensorFlow 1 names" if len(removed) > 1 else "is a TensorFlow 1 name"
        yield self.report(node, replacement=None, used=used, what=what, error="ImportError", advice=text)
