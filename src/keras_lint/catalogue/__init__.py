"""The rule catalogue: the one definition of every rule keras-lint reports.

Each rule is one module of this package, ``kl<code>.py``, defining ``RULE``. The pylint
messages, the flake8 codes, the docs pages and the runtime truth tests are all generated from
those entries; nothing else spells out a code, a symbol or a rationale.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

from keras_lint.catalogue.model import Rule, TruthCase

FLAKE8_PREFIX = "KL"
_CODE_RE = re.compile(r"^KL([1-9])(\d\d)$")
_MODULE_RE = re.compile(r"^kl[1-9]\d\d$")


def _load_rules() -> tuple[Rule, ...]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if _MODULE_RE.match(info.name):
            found.append(importlib.import_module(f"{__name__}.{info.name}").RULE)
    return tuple(sorted(found, key=lambda r: r.code))


RULES: tuple[Rule, ...] = _load_rules()

CONTAINMENT_CODE = "KL900"


CONTAINMENT = Rule(
    code=CONTAINMENT_CODE,
    symbol="internal-error",
    category="F",
    title="a keras-lint rule crashed on this file",
    message=(
        "keras-lint rule {rule} crashed on this file ({error}); the rest of the file was still "
        "linted. Please report this with the file."
    ),
    what=(
        "Reports, once per file and rule, that a rule raised an exception. The rule is skipped "
        "for the rest of that file; every other rule still runs."
    ),
    why=(
        "A linter that dies on one odd file blocks a whole CI run. keras-lint contains the "
        "failure, says which rule failed and why, and keeps the rest of its findings."
    ),
    bad="",
    good="",
    fix="Report the file and the message to keras-lint. Disable the failing rule meanwhile.",
    fix_safety="Nothing to fix in user code.",
)

# KL900's text when no rule ran at all: the file could not be parsed or built, or is too large
NOT_ANALYSED_MESSAGE = "keras-lint could not analyse this file ({error}); none of its rules ran on it."

ALL_RULES: tuple[Rule, ...] = RULES + (CONTAINMENT,)
BY_CODE: dict[str, Rule] = {r.code: r for r in ALL_RULES}
BY_SYMBOL: dict[str, Rule] = {r.symbol: r for r in ALL_RULES}


def rule(code_or_symbol: str) -> Rule:
    """Look a rule up by flake8 code, pylint symbol or pylint msgid."""
    if code_or_symbol in BY_CODE:
        return BY_CODE[code_or_symbol]
    if code_or_symbol in BY_SYMBOL:
        return BY_SYMBOL[code_or_symbol]
    for r in ALL_RULES:
        if r.msgid == code_or_symbol:
            return r
    raise KeyError(code_or_symbol)


def validate() -> list[str]:
    """Problems in the catalogue itself (duplicates, malformed codes, empty docs fields)."""
    problems = []
    seen_codes: set[str] = set()
    seen_symbols: set[str] = set()
    for r in ALL_RULES:
        if not _CODE_RE.match(r.code):
            problems.append(f"{r.code}: code must look like KL<family><nn>")
        if r.code in seen_codes:
            problems.append(f"{r.code}: duplicate code")
        if r.symbol in seen_symbols:
            problems.append(f"{r.symbol}: duplicate symbol")
        seen_codes.add(r.code)
        seen_symbols.add(r.symbol)
        if r.category not in "CRWEF":
            problems.append(f"{r.code}: bad category {r.category!r}")
        if not re.match(r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$", r.symbol):
            problems.append(f"{r.code}: symbol {r.symbol!r} is not kebab-case")
        required = ["title", "message", "what", "why", "fix"]
        if r is not CONTAINMENT:
            required += ["bad", "good"]
        for name in required:
            if not getattr(r, name).strip():
                problems.append(f"{r.code}: empty {name}")
        for other in r.supersedes:
            if other not in {x.code for x in ALL_RULES} or other == r.code:
                problems.append(f"{r.code}: supersedes unknown rule {other}")
            elif r.code in BY_CODE[other].supersedes:
                problems.append(f"{r.code}: supersedes {other}, which supersedes it")
    return problems


__all__ = [
    "ALL_RULES",
    "BY_CODE",
    "BY_SYMBOL",
    "CONTAINMENT",
    "CONTAINMENT_CODE",
    "FLAKE8_PREFIX",
    "RULES",
    "Rule",
    "TruthCase",
    "rule",
    "validate",
]
