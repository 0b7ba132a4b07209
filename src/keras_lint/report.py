"""Output formats of the ``keras-lint`` command: text, json, sarif, github, junit."""

from __future__ import annotations

import json
import re
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


@dataclass(frozen=True)
class Error:
    """A file (or path) the command could not analyse, and why. Line and column, when the
    message names them (a syntax error), are 1-based."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None


_AT = re.compile(r"^line (?P<line>\d+)(?:, column (?P<column>\d+))?: ")


def error_from(text: str) -> Error:
    """``Error`` from the command's ``path: message`` (``path: line L, column C: message``)."""
    path, _, message = text.partition(": ")
    m = _AT.match(message)
    if m:
        return Error(path, message, int(m["line"]), int(m["column"]) if m["column"] else None)
    return Error(path, message)


def summary(items: Sequence[Item], files: int, errors: Sequence[Error] = ()) -> str:
    """Never "No findings" for a file that was not analysed."""
    plural = "s" if files != 1 else ""
    not_analysed = f"{len(errors)} could not be analysed (see the errors)" if errors else ""
    if not items:
        if errors:
            return f"No findings in the {files - len(errors)} of {files} file{plural} analysed; {not_analysed}."
        return f"No findings in {files} file{plural}."
    counts = Counter(i.code for i in items)
    per_rule = ", ".join(f"{code} {BY_CODE[code].symbol}: {n}" for code, n in sorted(counts.items()))
    found = f"Found {len(items)} finding{'s' if len(items) != 1 else ''} in {len({i.path for i in items})} of {files} files ({per_rule})"
    return found + (f"; {not_analysed}." if errors else ".")


_COLORS = {"path": "\033[1m", "code": "\033[1;31m", "fix": "\033[32m", "caret": "\033[1;31m", "reset": "\033[0m"}


def text(items: Sequence[Item], files: int, lines_of, color: bool = False, errors: Sequence[Error] = ()) -> str:
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
    out.append(summary(items, files, errors))
    return "\n".join(out) + "\n"


def as_json(items: Sequence[Item], files: int, errors: Sequence[Error] = ()) -> str:
    doc = {
        "version": JSON_VERSION,
        "tool": {"name": "keras-lint", "version": __version__},
        "files": files,
        "findings": [asdict(i) for i in items],
        "errors": [asdict(e) for e in errors],
    }
    return json.dumps(doc, indent=2) + "\n"


def _github_escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github(items: Sequence[Item], files: int, errors: Sequence[Error] = ()) -> str:
    out = []
    for error in errors:
        props = f"file={error.path}" + (f",line={error.line}" if error.line else "") + (f",col={error.column}" if error.column else "")
        props += ",title=keras-lint could not analyse this file"
        out.append(f"::error {props.replace('::', '%3A%3A')}::{_github_escape(error.message)}")
    for item in items:
        level = "error" if BY_CODE[item.code].category in "EF" else "warning"
        props = f"file={item.path},line={item.line},col={item.column}"
        if item.end_line:
            props += f",endLine={item.end_line}"
        if item.end_column and item.end_line == item.line:
            props += f",endColumn={item.end_column}"
        props += f",title={item.code} {item.symbol}"
        out.append(f"::{level} {props.replace('::', '%3A%3A')}::{_github_escape(item.message)}")
    out.append(summary(items, files, errors))
    return "\n".join(out) + "\n"


def junit(items: Sequence[Item], paths: Sequence[str], errors: Sequence[Error] = ()) -> str:
    by_path: dict[str, list[Item]] = {p: [] for p in paths}
    for item in items:
        by_path.setdefault(item.path, []).append(item)
    failed = {e.path: e for e in errors}
    cases = []
    for error in errors:  # a file that was not analysed is an error, never a passing case
        cases.append(
            f'    <testcase classname={quoteattr(error.path)} name="keras-lint">\n'
            f"      <error type=\"not analysed\" message={quoteattr(error.message)}>{escape(error.message)}</error>\n"
            f"    </testcase>"
        )
    for path, found in by_path.items():
        if path in failed:
            continue
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
    suite = f'name="keras-lint" tests="{len(cases)}" failures="{len(items)}" errors="{len(errors)}"'
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite {suite}>'
    return "\n".join([head, *cases, "  </testsuite>", "</testsuites>"]) + "\n"


def sarif(items: Sequence[Item], errors: Sequence[Error] = ()) -> str:
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
                "invocations": [
                    {
                        "executionSuccessful": not errors,
                        "toolExecutionNotifications": [_sarif_notification(e) for e in errors],
                    }
                ],
            }
        ],
    }
    return json.dumps(log, indent=2) + "\n"


def _sarif_notification(error: Error) -> dict:
    location: dict = {"artifactLocation": {"uri": error.path.replace("\\", "/")}}
    if error.line:
        location["region"] = {"startLine": error.line, **({"startColumn": error.column} if error.column else {})}
    return {"level": "error", "message": {"text": error.message}, "locations": [{"physicalLocation": location}]}
