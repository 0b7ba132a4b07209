"""All checks, in catalogue order.

Adding a rule: a catalogue module (``catalogue/kl<code>.py``), one module here named after the
rule's symbol (``removed-model-method`` -> ``removed_model_method.py``) defining the one
``Check`` subclass whose ``rule`` is that entry, and functional cases under
``tests/functional/<symbol>``. What two checks share lives in ``rules/_<topic>.py`` (or in
``semantic/`` when it is about the user's code rather than about reporting). Every module of
this package is imported and every concrete ``Check`` subclass is run.
"""

from __future__ import annotations

import importlib
import pkgutil

from keras_lint.rules.base import Check


def _all_checks() -> tuple[Check, ...]:
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base" and not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    found: list[type[Check]] = []
    stack = list(Check.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if "rule" in vars(cls) and cls not in found:
            found.append(cls)
    codes = [cls.rule.code for cls in found]
    duplicated = {c for c in codes if codes.count(c) > 1}
    if duplicated:
        raise RuntimeError(f"more than one Check for {sorted(duplicated)}")
    return tuple(cls() for cls in sorted(found, key=lambda cls: cls.rule.code))


ALL_CHECKS: tuple[Check, ...] = _all_checks()

__all__ = ["ALL_CHECKS", "Check"]
