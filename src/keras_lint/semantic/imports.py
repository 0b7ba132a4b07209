"""How the module spells a framework module, for rewrites that must name it."""

from __future__ import annotations

from astroid import nodes

# the import statement to add, per module, when the module has none
_DEFAULT_IMPORT = {"keras": ("keras", "import keras"), "tensorflow": ("tf", "import tensorflow as tf")}


def module_alias(module: nodes.Module, target: str, also: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]] | None:
    """(name to write, imports to add) so that ``name`` means module ``target`` in ``module``.

    Reuses a module-level ``import keras`` / ``import keras as k`` / ``from tensorflow import
    keras`` (when ``also`` allows that spelling); otherwise proposes the default import if its
    name is free in the module. None when the name is taken by something else.
    """
    wanted = (target, *also)
    for stmt in module.body:
        if isinstance(stmt, nodes.Import):
            for modname, asname in stmt.names:
                if modname in wanted and (asname or "." not in modname):
                    return asname or modname, ()
        elif isinstance(stmt, nodes.ImportFrom) and not stmt.level:
            for name, asname in stmt.names:
                if f"{stmt.modname}.{name}" in wanted:
                    return asname or name, ()
    name, statement = _DEFAULT_IMPORT[target]
    if name in module.locals:
        return None  # bound, but not by a module-level import of the target: leave it alone
    return name, (statement,)
