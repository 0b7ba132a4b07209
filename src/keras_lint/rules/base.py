"""What a check is: the rule it reports, the node types it visits, and ``check``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from astroid import nodes

from keras_lint.catalogue import Rule
from keras_lint.semantic.facts import ModuleContext

if TYPE_CHECKING:
    from keras_lint.findings import Finding


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@functools.lru_cache(maxsize=4)
def identifiers(text: str) -> frozenset[str]:
    """Every identifier-like word of a source text (for table-driven triggers; cached for the
    few texts the rules of one file ask about)."""
    return frozenset(_IDENTIFIER.findall(text))


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """The text in lower case (for case-insensitive triggers; cached like ``identifiers``)."""
    return text.lower()


def lines_with(text: str, word: str) -> Iterable[str]:
    """Each line of ``text`` that contains ``word``, once, in order (``str.find`` from one to
    the next: a regex that must match within one line and spell ``word`` runs on these lines
    instead of the whole file; a pattern starting with ``\\b`` or ``^`` is otherwise tried at
    every position of the file)."""
    find, rfind = text.find, text.rfind
    at = find(word)
    while at != -1:
        start = rfind("\n", 0, at) + 1
        end = find("\n", at)
        if end == -1:
            end = len(text)
        yield text[start:end]
        at = find(word, end)


def found_on_lines(pattern: re.Pattern, text: str, word: str) -> bool:
    """``pattern.search(text)``, for a pattern whose every match lies within one line and
    contains ``word``."""
    return any(pattern.search(line) is not None for line in lines_with(text, word))


class Check:
    rule: ClassVar[Rule]
    node_types: ClassVar[tuple[type[nodes.NodeNG], ...]]
    wants_module_without_frameworks: ClassVar[bool] = False
    # words that every source this rule can flag contains (all of them): a file without them is
    # not even parsed for the rule. Keep them conservative: aliases still spell these words in
    # their import lines. ``trigger_pattern``, when set, must match too (a finer test).
    triggers: ClassVar[tuple[str, ...]] = ()
    trigger_pattern: ClassVar[re.Pattern | None] = None

    @classmethod
    def triggered(cls, text: str) -> bool:
        if not all(word in text for word in cls.triggers):
            return False
        return cls.trigger_pattern is None or cls.trigger_pattern.search(text) is not None

    def check(self, node: nodes.NodeNG, ctx: ModuleContext) -> Iterable[Finding]:
        raise NotImplementedError

    def report(self, node: nodes.NodeNG, replacement: str | None = None, fix=None, **fields: str) -> Finding:
        from keras_lint.findings import finding

        if replacement is not None:
            fields.setdefault("replacement", replacement)
        return finding(self.rule, node, self.rule.message.format(**fields), replacement, fix)
