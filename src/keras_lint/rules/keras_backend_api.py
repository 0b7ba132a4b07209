"""KL401: Keras 2 backend names and module paths that Keras 3 removed.
KL403: Theano/CNTK-era backend code (backend name tests, KERAS_BACKEND=theano, dim ordering).

What exists where comes from the table ``keras_backend_api`` (generated from the installed
libraries by scripts/gen_keras_backend_tables.py), never from importing a framework.
"""

from __future__ import annotations

import ast
import functools
import re

from astroid import nodes

from keras_lint import data
from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.semantic.calls import argument, keras_input, keyword
from keras_lint.rules.base import Check, identifiers, lowered
from keras_lint.semantic import apis
from keras_lint.semantic.imports import module_alias
from keras_lint.semantic.compat_guards import in_compatibility_code
from keras_lint.semantic.names import qualified_name, qualified_names

# The spellings of a backend namespace, by the Keras implementation behind them. keras.src.backend
# (Keras 3's private implementation, which has everything) and tensorflow.python.keras (TF's
# frozen Keras 2 copy) are deliberately absent.
BACKEND_NAMESPACES = {
    "keras.backend": apis.KERAS,
    "tensorflow.keras.backend": apis.TF_KERAS,
    "tensorflow.compat.v1.keras.backend": apis.TF_KERAS,
    "tensorflow.compat.v2.keras.backend": apis.TF_KERAS,
    "keras._tf_keras.keras.backend": apis.TF_KERAS,
    "keras.api._v2.keras.backend": apis.TF_KERAS,
    "tf_keras.backend": apis.LEGACY,
}
_NAMESPACE_SHOWN = {apis.KERAS: "keras.backend", apis.TF_KERAS: "tf.keras.backend", apis.LEGACY: "tf_keras.backend"}
_GUARD_WORDS = re.compile(r"hasattr|getattr|version")


@functools.cache
def _tables():
    entries = data.entries("keras_backend_api")
    return (
        frozenset(entries["keras3_backend"]),
        frozenset(entries["tf_keras_shim"]),
        entries["names"],
        entries["removed_modules"],
        frozenset(entries["theano_era"]),
    )


@functools.cache
def _trigger_words() -> frozenset[str]:
    return frozenset({"backend"} | {module.rsplit(".", 1)[-1] for module in _tables()[3]})


# --- guards: code written to run on several versions ----------------------------------------------


def guarded(node: nodes.NodeNG) -> bool:
    """Compatibility code (a try that catches, a ``hasattr``/version test): see compat_guards."""
    return in_compatibility_code(node, _GUARD_WORDS)


# --- fixes -------------------------------------------------------------------------------------

_SEGMENT = re.compile(r"\[(, [^\[\]]*)\]")  # optional segments are "[, ...]"; "[0]" is a subscript
_FIELD = re.compile(r"\{(\w+)\}")
_SPLICE = re.compile(r"\*\{(\w+)\}")
# a field is a whole argument/element when it sits between these (anything else, e.g. `{x}.shape`,
# `{x} * {m}`, `for v in {x}`, gets the argument parenthesized unless it is an atom)
_OPENERS = ("(", "[", ", ", "=")
_CLOSERS = (",", ")", "]")
_ATOMS = (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Tuple, ast.List, ast.Dict, ast.Set,
          ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.JoinedStr)


def _parsed(source: str) -> ast.expr | None:
    try:
        return ast.parse(source.strip(), mode="eval").body
    except SyntaxError:
        return None


def _atomic(source: str) -> bool:
    expr = _parsed(source)
    if isinstance(expr, ast.Constant):
        return not (isinstance(expr.value, (int, float, complex)) and source.strip().startswith("-"))
    return isinstance(expr, _ATOMS)


def _splice(source: str) -> str:
    """``*(a, b)`` -> ``a, b`` inside a tuple display; anything else stays starred."""
    expr = _parsed(source)
    if isinstance(expr, (ast.Tuple, ast.List)) and expr.elts:
        return ", ".join(ast.unparse(e) for e in expr.elts)
    return "*" + (source if _atomic(source) else f"({source})")


def _source(node: nodes.NodeNG) -> str:
    if isinstance(node, nodes.Tuple) and len(node.elts) == 1:
        return f"({node.elts[0].as_string()},)"  # astroid writes "(x, )"
    return node.as_string()


def bind(call: nodes.Call, params: list[str]) -> dict[str, tuple[str, bool]] | None:
    """{param: (source, passed_by_keyword)} for the Keras 2 parameters, None when the call
    cannot be bound plainly (``*args``, ``**kwargs``, unknown keywords, too many arguments)."""
    bound: dict[str, tuple[str, bool]] = {}
    if len(call.args) > len(params):
        return None
    for name, arg in zip(params, call.args):
        if isinstance(arg, nodes.Starred):
            return None
        bound[name] = (_source(arg), False)
    for kw in call.keywords or ():
        if kw.arg is None or kw.arg not in params or kw.arg in bound:
            return None
        bound[kw.arg] = (_source(kw.value), True)
    return bound


def render(fix: dict, call: nodes.Call, keras: str) -> str | None:
    """The fix template filled with the call's own arguments, or None when it does not fit.

    Template language (see the table's provenance): ``{param}`` is the argument bound to that
    Keras 2 parameter, ``[, ...]`` is dropped when a parameter in it was not passed and has no
    default, ``*{param}`` splices a literal tuple/list into the enclosing display, ``{keras}`` is
    how the module spells keras (also inside ``defaults``); parameters listed in ``ignore`` may be
    passed and are dropped (message-only templates). An argument that lands anywhere but a whole
    argument slot is parenthesized unless it is an atom."""
    bound = bind(call, fix["params"])
    if bound is None:
        return None
    values = {p: v for p, (v, _) in bound.items()}
    for p, default in fix.get("defaults", {}).items():
        values.setdefault(p, default.replace("{keras}", keras))
    keywords = set(fix.get("keywords", ()))
    used: set[str] = set(fix.get("ignore", ()))
    failed = False

    def segment(match: re.Match) -> str:
        nonlocal failed
        text = match.group(1)
        fields = _FIELD.findall(text)
        if not all(f in values for f in fields):
            return ""
        for f in fields:
            if f in bound and bound[f][1] and not re.search(r"=\{" + f + r"\}", text):
                # passed by keyword into a positional slot: keep the keyword if Keras 3 has it
                if f not in keywords:
                    failed = True
                    return ""
                text = text.replace("{" + f + "}", f + "={" + f + "}")
        return text

    text = _SEGMENT.sub(segment, fix["template"])
    if failed:
        return None
    for f in _FIELD.findall(text):
        if f == "keras":
            continue
        if f not in values:
            return None
        used.add(f)
    if set(bound) - used:
        return None  # an argument the template would drop

    def spliced(match: re.Match) -> str:
        return _splice(values[match.group(1)])

    def field(match: re.Match) -> str:
        name = match.group(1)
        if name == "keras":
            return keras
        value = values[name]
        before, after = text[: match.start()], text[match.end():]
        whole = before.endswith(_OPENERS) and after.startswith(_CLOSERS)
        return value if whole or _atomic(value) else f"({value})"

    text = _SPLICE.sub(lambda m: "\0" + m.group(1) + "\0", text)
    text = _FIELD.sub(field, text)
    return re.sub("\0(\\w+)\0", spliced, text)


def _keras_alias(ctx) -> tuple[str, tuple[str, ...]] | None:
    memo = ctx.memo.setdefault("kl401_alias", {})
    if "keras" not in memo:
        memo["keras"] = module_alias(ctx.module, "keras", also=("tensorflow.keras",))
    return memo["keras"]


def _input_for_placeholder(call: nodes.Call) -> str:
    """``keras.Input(shape=(4,))`` for ``K.placeholder(shape=(None, 4))``."""
    dtype = keyword(call, "dtype")
    return keras_input(argument(call, 0, "shape"), dtype.as_string() if dtype is not None else None)


# --- KL401 -------------------------------------------------------------------------------------


def _removed_module(modname: str) -> str | None:
    """The removed Keras 2 module ``modname`` is (or lies in), if any."""
    modules = _tables()[3]
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
        return "keras" in text and not identifiers(text).isdisjoint(_trigger_words())

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
        k3, shim, table, _modules, theano = _tables()
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
        namespace = _NAMESPACE_SHOWN[impl]
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
        alias = _keras_alias(ctx)
        keras = alias[0] if alias else "keras"
        replacement = entry["replacement"] if entry else f"the keras.ops / keras.config equivalent (keras-lint knows no direct replacement for `{name}`)"
        fix = None
        if entry is not None and call is not None:
            if name == "placeholder":
                replacement = _input_for_placeholder(call)
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
        k3, shim, table, modules, theano = _tables()
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
            namespace = _NAMESPACE_SHOWN[impl]
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
        _k3, _shim, _table, modules, _theano = _tables()
        info = modules[removed]
        per_name = [f"{n} → {info['names'][n]}" for n in imported if n in info["names"]]
        replacement = "; ".join(per_name) if per_name else f"the same names from {info['replacement']}"
        return self.report(
            node, replacement=replacement, subject=subject,
            why=f"fails with ModuleNotFoundError: {removed} is a Keras 2 module removed in Keras 3", note="",
        )


# --- KL403 -------------------------------------------------------------------------------------

_LEGACY_ENGINES = frozenset({"theano", "cntk"})
_ORDERING = {"th": "channels_first", "tf": "channels_last"}
_BACKEND_TESTS = frozenset({"backend.backend", "config.backend"})


def _backend_path(expr: nodes.NodeNG, ctx) -> tuple[str, str] | None:
    """(impl, name) for ``K.<name>`` where K is a backend namespace of any Keras."""
    if not isinstance(expr, nodes.Attribute) or not ctx.might_be_framework(expr.expr):
        return None
    base = qualified_name(expr.expr) or ""
    impl = BACKEND_NAMESPACES.get(base)
    if impl is None and base in ("keras.config", "tensorflow.keras.config"):
        impl = apis.KERAS if base == "keras.config" else apis.TF_KERAS
        return (impl, "config." + expr.attrname)
    return (impl, "backend." + expr.attrname) if impl is not None else None


def _engine_strings(node: nodes.NodeNG) -> list[str]:
    consts = node.elts if isinstance(node, (nodes.Tuple, nodes.List, nodes.Set)) else [node]
    return [c.value.lower() for c in consts if isinstance(c, nodes.Const) and isinstance(c.value, str) and c.value.lower() in _LEGACY_ENGINES]


class LegacyKerasBackendEngine(Check):
    rule = rule("KL403")
    node_types = (nodes.Compare, nodes.Call, nodes.Assign, nodes.Import, nodes.ImportFrom)
    triggers = ()

    @classmethod
    def triggered(cls, text: str) -> bool:
        """Theano / CNTK / dim_ordering is named, in any case (substring tests, no regex)."""
        low = lowered(text)
        return "theano" in low or "cntk" in low or "dim_ordering" in low

    def check(self, node, ctx):
        if isinstance(node, nodes.Compare):
            yield from self._compare(node, ctx)
        elif isinstance(node, nodes.Call):
            yield from self._call(node, ctx)
        elif isinstance(node, nodes.Assign):
            yield from self._assign(node, ctx)
        else:
            yield from self._imports(node, ctx)

    def _compare(self, node: nodes.Compare, ctx):
        operands = [node.left] + [right for _, right in node.ops]
        calls = [o for o in operands if isinstance(o, nodes.Call) and not o.args and _backend_path(o.func, ctx)]
        if not calls:
            return
        impl, path = _backend_path(calls[0].func, ctx)
        others = [o for o in operands if o is not calls[0]]
        if path in _BACKEND_TESTS:
            engines = [e for o in others for e in _engine_strings(o)]
            if engines:
                # the backend call as written works in Keras 2 and 3 (keras.backend.backend()
                # exists in both); keras.config and the jax/torch backends are Keras 3 only
                keras3 = ctx.keras_major(impl) >= 3
                hint = ' (or "jax", "torch") and drop the dead branch' if keras3 else " and drop the dead branch"
                yield self.report(
                    node, replacement=f'{calls[0].func.as_string()}() == "tensorflow"', hint=hint,
                    subject=f"`{node.as_string()}`",
                    why=f"tests for the {engines[0].capitalize()} backend, which no Keras since 2.3 has: the test is constant and its branch is dead code",
                )
        elif path == "backend.image_dim_ordering" and len(node.ops) == 1:
            other = others[0]
            if isinstance(other, nodes.Const) and other.value in _ORDERING:
                func = calls[0].func
                fmt = _ORDERING[other.value]
                call_text = f"{func.expr.as_string()}.image_data_format()"
                text = f'{call_text} {node.ops[0][0]} "{fmt}"' if node.left is calls[0] else f'"{fmt}" {node.ops[0][0]} {call_text}'
                yield self.report(
                    node, replacement=text, hint=" (keras.config.image_data_format() in Keras 3)", fix=Fix(text, ()),
                    subject=f"`{node.as_string()}`",
                    why=f'uses the Keras 1 dim ordering, removed in Keras 2.2 (AttributeError); "{other.value}" is "{fmt}"',
                )

    def _call(self, node: nodes.Call, ctx):
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname in ("setdefault", "putenv") and len(node.args) == 2:
            yield from self._env(node, node.args[0], node.args[1], ctx)
            return
        path = _backend_path(func, ctx)
        if path is None:
            return
        name = path[1]
        base = func.expr.as_string()
        if name == "backend.image_dim_ordering" and not node.args and not node.keywords:
            if isinstance(node.parent, nodes.Compare) and any(
                isinstance(o, nodes.Const) and o.value in _ORDERING for o in [node.parent.left] + [r for _, r in node.parent.ops]
            ):
                return  # reported (and fixed) as the comparison
            yield self.report(
                node, replacement=f"{base}.image_data_format()",
                hint=' (keras.config.image_data_format() in Keras 3), which returns "channels_first"/"channels_last" instead of "th"/"tf"',
                subject=f"`{node.as_string()}`", why="is the Keras 1 dim ordering, removed in Keras 2.2: AttributeError",
            )
        elif name == "backend.set_image_dim_ordering" and len(node.args) == 1 and not node.keywords:
            arg = node.args[0]
            fix = None
            if isinstance(arg, nodes.Const) and arg.value in _ORDERING:
                text = f'{base}.set_image_data_format("{_ORDERING[arg.value]}")'
                fix = Fix(text, ())
                replacement, hint = text, f' (keras.config.set_image_data_format("{_ORDERING[arg.value]}") in Keras 3)'
            else:
                replacement = f'{base}.set_image_data_format("channels_first")'
                hint = ' or "channels_last" ("th" is channels_first, "tf" channels_last)'
            yield self.report(
                node, replacement=replacement, hint=hint, fix=fix, subject=f"`{node.as_string()}`",
                why="is the Keras 1 dim ordering, removed in Keras 2.2: AttributeError",
            )

    def _env(self, node, key, value, ctx):
        if not (isinstance(key, nodes.Const) and key.value == "KERAS_BACKEND"):
            return
        owner = qualified_name(node.func)
        if owner not in ("os.environ.setdefault", "os.putenv"):
            return
        engines = _engine_strings(value)
        if engines:
            yield self.report(
                node, replacement='"tensorflow"', hint=', "jax" or "torch" (keras.config.backend() tells which one runs)',
                subject=f"`{node.as_string()}`",
                why=f"asks for the {engines[0].capitalize()} backend, which no Keras since 2.3 has: Keras 3 raises ValueError on import",
            )

    def _assign(self, node: nodes.Assign, ctx):
        if len(node.targets) != 1 or not isinstance(node.targets[0], nodes.Subscript):
            return
        target = node.targets[0]
        if not (isinstance(target.slice, nodes.Const) and target.slice.value == "KERAS_BACKEND"):
            return
        if qualified_name(target.value) != "os.environ":
            return
        engines = _engine_strings(node.value)
        if engines:
            yield self.report(
                node, replacement='"tensorflow"', hint=', "jax" or "torch" (keras.config.backend() tells which one runs)',
                subject=f"`{node.as_string()}`",
                why=f"asks for the {engines[0].capitalize()} backend, which no Keras since 2.3 has: Keras 3 raises ValueError on import",
            )

    def _imports(self, node, ctx):
        if getattr(node, "level", 0) or guarded(node):
            return
        if isinstance(node, nodes.Import):
            mods = [m for m, _ in node.names]
        else:
            mods = [node.modname] + [f"{node.modname}.{n}" for n, _ in node.names]
        for mod in mods:
            parts = mod.split(".")
            if len(parts) >= 3 and parts[0] == "keras" and parts[1] == "backend" and parts[2] in ("theano_backend", "cntk_backend"):
                yield self.report(
                    node, replacement="keras.backend / keras.config", hint=" (keras.config.backend() names the backend that runs)",
                    subject=f"`{node.as_string()}`",
                    why=f"imports keras.backend.{parts[2]}, the {parts[2].split('_')[0].capitalize()} backend removed with Keras 2.4: ModuleNotFoundError",
                )
                return
