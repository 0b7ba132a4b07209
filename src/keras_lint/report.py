"""Output formats of the ``keras-lint`` command: text, json, sarif, github, junit."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from keras_lint import __version__
from keras_lint.catalogue import ALL_RULES, BY_CODE


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    return '"' + escape(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;") + '"'


FORMATS = ("text", "json", "sarif", "github", "junit")
DOCS_URL = "https://github.com/keras-lint/keras-lint/blob/main/docs/rules/{symbol}.md"
JSON_VERSION = 1


@dataclass(frozen=True)
class Item:
    """One finding as the command reports it. Lines and columns are 1-based."""

    path: str
    line: int
    column: int
    end_line: int | None
    end_column: int | None
    code: str
    symbol: str
    msgid: str
    message: str
    replacement: str | None = None
    cell: int | None = None  # notebooks: the code cell's number (line/column are in the cell)
    fix: str | None = None  # "safe" (keras-lint fix applies it), "unsafe" (--unsafe-fixes), or None

    @property
    def where(self) -> str:
        cell = f"cell {self.cell}:" if self.cell is not None else ""
        return f"{self.path}:{cell}{self.line}:{self.column}"


def summary(items: Sequence[Item], files: int) -> str:
    if not items:
        return f"No findings in {files} file{'s' if files != 1 else ''}."
    counts = Counter(i.code for i in items)
    per_rule = ", ".join(f"{code} {BY_CODE[code].symbol}: {n}" for code, n in sorted(counts.items()))
    return f"Found {len(items)} finding{'s' if len(items) != 1 else ''} in {len({i.path for i in items})} of {files} files ({per_rule})."


_COLORS = {"path": "\033[1m", "code": "\033[1;31m", "fix": "\033[32m", "caret": "\033[1;31m", "reset": "\033[0m"}


def text(items: Sequence[Item], files: int, lines_of, color: bool = False) -> str:
    def c(key: str, value: str) -> str:
        return f"{_COLORS[key]}{value}{_COLORS['reset']}" if color else value

    out = []
    for item in items:
        out.append(f"{c('path', item.where)}: {c('code', item.code)} {item.message}")
        source = lines_of(item)
        if source is not None:
            out.append(f"    {source}")
            width = max(1, (item.end_column - item.column) if item.end_line == item.line and item.end_column else 1)
            out.append("    " + " " * (item.column - 1) + c("caret", "^" * width))
        if item.replacement:
            out.append(f"    {c('fix', 'use instead:')} {item.replacement}")
    out.append(summary(items, files))
    return "\n".join(out) + "\n"


def as_json(items: Sequence[Item], files: int) -> str:
    doc = {
        "version": JSON_VERSION,
        "tool": {"name": "keras-lint", "version": __version__},
        "files": files,
        "findings": [asdict(i) for i in items],
    }
    return json.dumps(doc, indent=2) + "\n"


def github(items: Sequence[Item], files: int) -> str:
    out = []
    for item in items:
        level = "error" if BY_CODE[item.code].category in "EF" else "warning"
        props = f"file={item.path},line={item.line},col={item.column}"
        if item.end_line:
            props += f",endLine={item.end_line}"
        if item.end_column and item.end_line == item.line:
            props += f",endColumn={item.end_column}"
        props += f",title={item.code} {item.symbol}"
        message = item.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        out.append(f"::{level} {props.replace('::', '%3A%3A')}::{message}")
    out.append(summary(items, files))
    return "\n".join(out) + "\n"


def junit(items: Sequence[Item], paths: Sequence[str]) -> str:
    by_path: dict[str, list[Item]] = {p: [] for p in paths}
    for item in items:
        by_path.setdefault(item.path, []).append(item)
    cases = []
    for path, found in by_path.items():
        if not found:
            cases.append(f'    <testcase classname={quoteattr(path)} name="keras-lint"/>')
        for item in found:
            name = quoteattr(f"{item.code} {item.symbol} at {item.where}")
            body = escape(item.message + (f"\nuse instead: {item.replacement}" if item.replacement else ""))
            cases.append(
                f"    <testcase classname={quoteattr(path)} name={name}>\n"
                f"      <failure type={quoteattr(item.code)} message={quoteattr(item.message)}>{body}</failure>\n"
                f"    </testcase>"
            )
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="keras-lint" tests="{len(cases)}" failures="{len(items)}" errors="0">'
    return "\n".join([head, *cases, "  </testsuite>", "</testsuites>"]) + "\n"


def sarif(items: Sequence[Item]) -> str:
    rules = []
    index = {}
    for i, rule in enumerate(ALL_RULES):
        index[rule.code] = i
        rules.append(
            {
                "id": rule.code,
                "name": rule.symbol,
                "shortDescription": {"text": rule.title},
                "fullDescription": {"text": rule.what},
                "help": {"text": f"{rule.why}\n\nFix: {rule.fix}", "markdown": f"{rule.why}\n\n**Fix:** {rule.fix}"},
                "helpUri": DOCS_URL.format(symbol=rule.symbol),
                "defaultConfiguration": {"level": "error" if rule.category in "EF" else "warning"},
                "properties": {"pylintMsgid": rule.msgid, "tags": ["keras", "tensorflow", "pytorch"]},
            }
        )
    results = []
    for item in items:
        region = {"startLine": item.line, "startColumn": item.column}
        if item.end_line:
            region["endLine"] = item.end_line
            if item.end_column:
                region["endColumn"] = item.end_column
        result = {
            "ruleId": item.code,
            "ruleIndex": index[item.code],
            "level": "error" if BY_CODE[item.code].category in "EF" else "warning",
            "message": {"text": item.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": item.path.replace("\\", "/")}, "region": region}}],
        }
        if item.cell is not None:
            result["properties"] = {"notebookCell": item.cell}
        if item.replacement:
            result.setdefault("properties", {})["replacement"] = item.replacement
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "keras-lint",
                        "version": __version__,
                        "informationUri": "https://github.com/keras-lint/keras-lint",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2) + "\n"
