"""Reading a call's arguments as written, and the Keras calls built from them."""

from __future__ import annotations

from astroid import nodes


def keyword(call: nodes.Call, name: str) -> nodes.NodeNG | None:
    """The value passed as ``name=`` to ``call``, if any."""
    for kw in call.keywords or ():
        if kw.arg == name:
            return kw.value
    return None


def argument(call: nodes.Call, index: int, name: str) -> nodes.NodeNG | None:
    """The argument at position ``index`` (before any ``*args``), else the ``name=`` keyword."""
    if len(call.args) > index and not any(isinstance(a, nodes.Starred) for a in call.args[: index + 1]):
        return call.args[index]
    return keyword(call, name)


def keras_input(shape: nodes.NodeNG | None, dtype: str | None = None) -> str:
    """``keras.Input(...)`` declaring what a graph placeholder of ``shape`` declared: a leading
    None (the batch axis) is dropped into ``shape=``, a fixed batch size kept in
    ``batch_shape=``. ``dtype`` is the argument text, already spelled."""
    args = []
    if isinstance(shape, (nodes.Tuple, nodes.List)) and shape.elts:
        first, rest = shape.elts[0], shape.elts[1:]
        if isinstance(first, nodes.Const) and first.value is None:
            inner = ", ".join(e.as_string() for e in rest)
            args.append(f"shape=({inner}{',' if len(rest) == 1 else ''})")
        else:
            args.append(f"batch_shape={shape.as_string()}")
    else:
        args.append("shape=...")
    if dtype:
        args.append(f"dtype={dtype}")
    return f"keras.Input({', '.join(args)})"
