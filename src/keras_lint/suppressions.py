"""Suppression comments, honoured the same way by the command, pylint and flake8."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from keras_lint.catalogue import ALL_RULES
from keras_lint.lines import source_lines

# --- suppressions --------------------------------------------------------------------------

_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?", re.I)
_PYLINT = re.compile(r"#\s*pylint:\s*(?P<kind>disable|disable-next)\s*=\s*(?P<names>[\w\-, ]+)")
_FILE_SKIP = re.compile(r"#\s*(?:flake8[:=]\s*noqa\s*$|pylint:\s*skip-file)", re.I | re.M)


def _names_match(names: Iterable[str], code: str) -> bool:
    rule = next((r for r in ALL_RULES if r.code == code), None)
    wanted = {n.strip() for n in names if n.strip()}
    if not rule:
        return False
    return bool(wanted & {rule.code, rule.symbol, rule.msgid, "all", "keras-lint"})


class Suppressions:
    """``# noqa``, ``# noqa: KL101``, ``# pylint: disable=<symbol|msgid>`` (same line),
    ``# pylint: disable-next=...`` (next line), ``# flake8: noqa`` / ``# pylint: skip-file``."""

    def __init__(self, text: str) -> None:
        self.skip_file = bool(_FILE_SKIP.search(text))
        self.lines = source_lines(text)

    def suppressed(self, line: int, code: str) -> bool:
        if self.skip_file:
            return True
        if 1 <= line <= len(self.lines):
            if self._on(self.lines[line - 1], code, "disable"):
                return True
        if 2 <= line <= len(self.lines) + 1:
            if self._on(self.lines[line - 2], code, "disable-next"):
                return True
        return False

    @staticmethod
    def _on(text: str, code: str, kind: str) -> bool:
        if "#" not in text:
            return False
        if kind == "disable":
            m = _NOQA.search(text)
            if m and (not m.group("codes") or code in re.split(r"[\s,]+", m.group("codes").upper())):
                return True
        for m in _PYLINT.finditer(text):
            if m.group("kind") == kind and _names_match(m.group("names").split(","), code):
                return True
        return False


def unsuppressed(findings: Sequence, text: str) -> list:
    """The findings no comment in ``text`` suppresses (KL900 is never suppressed by # noqa)."""
    if "#" not in text:
        return list(findings)
    suppress = Suppressions(text)
    return [f for f in findings if f.code == "KL900" or not suppress.suppressed(f.line, f.code)]
