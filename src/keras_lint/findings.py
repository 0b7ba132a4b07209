"""What a rule reports: a Finding, with an optional machine-applicable Fix."""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from keras_lint.catalogue import Rule


@dataclass(frozen=True)
class Fix:
    """A machine-applicable rewrite of the finding's node.

    ``text`` replaces the node's source span; ``imports`` are import statements the text needs
    (``"import keras"``), added when the module does not already bind the name.
    """

    text: str
    imports: tuple[str, ...] = ()
    safe: bool = True


@dataclass(frozen=True)
class Finding:
    rule: Rule
    line: int
    col: int  # 0-based, as astroid and flake8 count
    end_line: int | None
    end_col: int | None
    message: str
    node: nodes.NodeNG | None = None
    replacement: str | None = None  # the exact call to use instead, when there is one
    fix: Fix | None = None

    @property
    def code(self) -> str:
        return self.rule.code


def finding(rule: Rule, node: nodes.NodeNG, message: str, replacement: str | None = None, fix: Fix | None = None) -> Finding:
    return Finding(
        fix=fix,
        rule=rule,
        line=node.lineno or 1,
        col=node.col_offset or 0,
        end_line=node.end_lineno,
        end_col=node.end_col_offset,
        message=message,
        node=node,
        replacement=replacement,
    )
