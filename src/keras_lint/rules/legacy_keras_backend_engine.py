"""KL403: Theano/CNTK-era backend code (backend name tests, KERAS_BACKEND=theano, dim ordering)."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.findings import Fix
from keras_lint.rules._keras_backend import (
    BACKEND_NAMESPACES,
    guarded,
)
from keras_lint.rules.base import Check, lowered
from keras_lint.semantic import apis
from keras_lint.semantic.names import qualified_name

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
