"""Every use of astroid's internals, in one place: the rest of keras-lint reads as public astroid.

Each *shortcut* here buys speed (or memory) through something astroid does not promise: a private
function, a private cache, a patched method. Users pin nothing, so each one is checked once per
process, before its first use, by *behaviour* (a probe that runs the shortcut on a small case and
compares it with astroid's public path), not by version number. A shortcut whose probe fails is off
for the rest of the process: keras-lint then takes astroid's public path, with the same findings and
at most the speed lost. ``notes()`` says which are off and why (the command prints them with
``-v``); nothing is printed otherwise, and nothing raises.

``KERAS_LINT_ASTROID_SHORTCUTS`` forces the public path: ``off`` for every shortcut, or a
comma-separated list of names (``host_tree,lean_builtins``). The tests use it to show that each
fallback gives the same findings through every front end.

The shortcuts (one module each):

- ``host_tree``: astroid's tree built from the ``ast`` flake8 already parsed, not from a second
  parse of the text (``astroid.builder._parse_string``).
- ``lean_builtins``: astroid's ``builtins`` module made with fewer nodes
  (``astroid.raw_building``).
- ``inference_caches``: keras-lint's inference isolated from pylint's by swapping astroid's two
  global inference caches (``astroid.context._INFERENCE_CACHE``, ``astroid.inference_tip._cache``).
- ``import_hook``: imports refused and seen through a wrapper of
  ``AstroidManager.ast_from_module_name``.
- ``release``: a checked file's tree let go of from astroid's node-keyed caches.
- ``instance_class``: the class of an astroid instance read from ``Instance._proxied``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

ENV = "KERAS_LINT_ASTROID_SHORTCUTS"

# The astroid releases CI runs the whole suite on (the lowest setup.cfg allows with the lowest
# pylint, and the newest at the time of writing). Newer ones are probed like any other.
TESTED_ASTROID = ("4.0.1", "4.4.0")


@dataclass(frozen=True)
class Shortcut:
    name: str
    buys: str  # what the shortcut saves
    public_path: str  # what keras-lint does instead, and what that costs
    probe: Callable[[], str | None]  # None: astroid behaves as the shortcut assumes; else why not


_SHORTCUTS: dict[str, Shortcut] = {}
_usable: dict[str, bool] = {}
_notes: list[str] = []


def register(shortcut: Shortcut) -> Shortcut:
    _SHORTCUTS[shortcut.name] = shortcut
    return shortcut


def astroid_version() -> str:
    import astroid

    return str(getattr(astroid, "__version__", "unknown"))


def forced_off() -> frozenset[str]:
    """The shortcuts switched off by ``KERAS_LINT_ASTROID_SHORTCUTS`` (read each time: tests set it)."""
    raw = os.environ.get(ENV, "").strip().lower()
    if raw in ("", "on", "all"):
        return frozenset()
    if raw in ("off", "none", "0", "false", "no"):
        return frozenset(_all_names())
    return frozenset(part.strip() for part in raw.split(",") if part.strip())


def usable(name: str) -> bool:
    """May keras-lint take shortcut ``name`` in this process? Probed once, on first use."""
    known = _usable.get(name)
    if known is not None:
        return known
    if name not in _SHORTCUTS:
        _load_all()
    shortcut = _SHORTCUTS[name]
    if name in forced_off():
        why: str | None = f"switched off by {ENV}"
    else:
        try:
            why = shortcut.probe()
        except Exception as exc:  # noqa: BLE001 - a probe that breaks is a failed probe
            why = f"its probe raised {type(exc).__name__}: {str(exc)[:120]}"
    ok = why is None
    _usable[name] = ok
    if not ok:
        _notes.append(
            f"keras-lint: astroid {astroid_version()}: shortcut {name} off ({why}); {shortcut.public_path}"
        )
    return ok


def mark_broken(name: str, why: str) -> None:
    """A shortcut that failed while in use (its own guard caught it): off from now on."""
    if _usable.get(name) is not False:
        _usable[name] = False
        _notes.append(
            f"keras-lint: astroid {astroid_version()}: shortcut {name} off ({why}); {_SHORTCUTS[name].public_path}"
        )


def _all_names() -> list[str]:
    _load_all()
    return list(_SHORTCUTS)


def _load_all() -> None:
    # importing each module registers its shortcut
    from keras_lint.semantic.astroid_compat import (  # noqa: F401
        caches,
        host_tree,
        imports,
        instances,
        lean_builtins,
    )


def probe_all() -> dict[str, bool]:
    """Probe every shortcut now (``keras-lint check -v``, the tests)."""
    _load_all()
    return {name: usable(name) for name in _SHORTCUTS}


def _newer_than_tested(version: str) -> bool:
    def key(text: str) -> tuple[int, ...]:
        parts = []
        for part in text.split(".")[:3]:
            digits = "".join(c for c in part if c.isdigit())
            parts.append(int(digits) if digits else 0)
        return tuple(parts)

    try:
        return key(version) > key(TESTED_ASTROID[-1])
    except ValueError:
        return True


def notes() -> list[str]:
    """One line per shortcut that is off in this process, and one when astroid is newer than
    any release keras-lint was tested on (its shortcuts are then probed like any other)."""
    lines = []
    version = astroid_version()
    if _newer_than_tested(version):
        lines.append(
            f"keras-lint: astroid {version} is newer than the newest tested ({TESTED_ASTROID[-1]}): "
            "each shortcut into its internals was checked before use; those that fail fall back to public astroid"
        )
    return lines + list(_notes)


def shortcuts() -> dict[str, Shortcut]:
    _load_all()
    return dict(_SHORTCUTS)
