"""What KL401 and KL403 share: the keras_backend_api table (generated from the installed libraries by
scripts/gen_keras_backend_tables.py, never by importing a framework), version guards, and the
fix templates.
"""

from __future__ import annotations

import ast
import functools
import re

from astroid import nodes

from keras_lint import data
from keras_lint.semantic import apis
from keras_lint.semantic.calls import argument, keras_input, keyword
from keras_lint.semantic.compat_guards import in_compatibility_code
from keras_lint.semantic.imports import module_alias

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
NAMESPACE_SHOWN = {apis.KERAS: "keras.backend", apis.TF_KERAS: "tf.keras.backend", apis.LEGACY: "tf_keras.backend"}
_GUARD_WORDS = re.compile(r"hasattr|getattr|version")


@functools.cache
def backend_tables():
    entries = data.entries("keras_backend_api")
    return (
        frozenset(entries["keras3_backend"]),
        frozenset(entries["tf_keras_shim"]),
        entries["names"],
        entries["removed_modules"],
        frozenset(entries["theano_era"]),
    )


@functools.cache
def trigger_words() -> frozenset[str]:
    return frozenset({"backend"} | {module.rsplit(".", 1)[-1] for module in backend_tables()[3]})


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


def keras_alias(ctx) -> tuple[str, tuple[str, ...]] | None:
    memo = ctx.memo.setdefault("kl401_alias", {})
    if "keras" not in memo:
        memo["keras"] = module_alias(ctx.module, "keras", also=("tensorflow.keras",))
    return memo["keras"]


def input_for_placeholder(call: nodes.Call) -> str:
    """``keras.Input(shape=(4,))`` for ``K.placeholder(shape=(None, 4))``."""
    dtype = keyword(call, "dtype")
    return keras_input(argument(call, 0, "shape"), dtype.as_string() if dtype is not None else None)


