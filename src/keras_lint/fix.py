"""Apply the findings' fixes with libcst, keeping formatting, comments, encoding and newlines.

Never loses data: the result must parse, the file must be writable and unchanged since it was
read, and it is replaced atomically (a temporary file in the same folder, then a rename, with
the original's permissions). Fixes are idempotent: fixed code no longer triggers the rule.
"""

from __future__ import annotations

import difflib
import io
import os
import shutil
import tempfile
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper, PositionProvider

from keras_lint.config import Target
from keras_lint.findings import Finding, Fix
from keras_lint.lint import SourceError, lint_source

MAX_ROUNDS = 3


class FixError(Exception):
    """The file was not written; the message says why."""


@dataclass
class FixResult:
    path: Path
    original: str
    fixed: str
    applied: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self, label: str) -> str:
        return "".join(
            difflib.unified_diff(
                self.original.splitlines(keepends=True),
                self.fixed.splitlines(keepends=True),
                fromfile=f"a/{label}",
                tofile=f"b/{label}",
            )
        )


def _decode(raw: bytes) -> tuple[str, str]:
    """(text with its own newlines, encoding)."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    return raw.decode(encoding), encoding


def _char_col(line: str, byte_col: int) -> int:
    """astroid columns are UTF-8 byte offsets; libcst's are characters."""
    return len(line.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))


class _Rewriter(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, edits: dict[tuple[int, int, int, int], Fix]) -> None:
        super().__init__()
        self.edits = edits
        self.done: set[tuple[int, int, int, int]] = set()

    def _replace(self, original: cst.BaseExpression, updated: cst.BaseExpression) -> cst.BaseExpression:
        pos = self.get_metadata(PositionProvider, original)
        # positions of the expression without its own parentheses
        key = (pos.start.line, pos.start.column, pos.end.line, pos.end.column)
        fix = self.edits.get(key)
        if fix is None or key in self.done:
            return updated
        self.done.add(key)
        new = cst.parse_expression(fix.text)
        if getattr(updated, "lpar", None):
            new = new.with_changes(lpar=updated.lpar, rpar=updated.rpar)
        return new

    def leave_Call(self, original_node, updated_node):
        return self._replace(original_node, updated_node)

    def leave_Comparison(self, original_node, updated_node):
        return self._replace(original_node, updated_node)

    def leave_Attribute(self, original_node, updated_node):
        # a reference that is not called (``reuse=tf.AUTO_REUSE``); a called one is fixed as its Call
        return self._replace(original_node, updated_node)


def _apply(text: str, findings: list[Finding], unsafe: bool) -> tuple[str, list[Finding]]:
    lines = text.splitlines()
    edits: dict[tuple[int, int, int, int], Fix] = {}
    chosen: dict[tuple[int, int, int, int], Finding] = {}
    for f in findings:
        if f.fix is None or (not f.fix.safe and not unsafe) or f.end_line is None or f.end_col is None:
            continue
        if not (0 < f.line <= len(lines) and 0 < f.end_line <= len(lines)):
            continue
        key = (f.line, _char_col(lines[f.line - 1], f.col), f.end_line, _char_col(lines[f.end_line - 1], f.end_col))
        edits.setdefault(key, f.fix)
        chosen.setdefault(key, f)
    if not edits:
        return text, []
    wrapper = MetadataWrapper(cst.parse_module(text))
    rewriter = _Rewriter(edits)
    module = wrapper.visit(rewriter)
    context = CodemodContext()
    for key in rewriter.done:
        for statement in edits[key].imports:
            _need_import(context, statement)
    module = AddImportsVisitor(context).transform_module(module)
    return module.code, [chosen[k] for k in sorted(rewriter.done)]


def _need_import(context: CodemodContext, statement: str) -> None:
    # "import keras" / "import tensorflow as tf"
    words = statement.split()
    if words[0] != "import":
        raise ValueError(statement)
    asname = words[3] if len(words) == 4 and words[2] == "as" else None
    AddImportsVisitor.add_needed_import(context, words[1], asname=asname)


def fix_text(text: str, target: Target, path: str = "<string>", codes=None, unsafe: bool = False) -> tuple[str, list[Finding]]:
    """The text with every applicable fix applied (a few rounds, until nothing changes)."""
    applied: list[Finding] = []
    for _ in range(MAX_ROUNDS):
        findings = lint_source(text.replace("\r\n", "\n"), target, path=path, codes=codes)
        new, done = _apply(text, findings, unsafe)
        if new == text:
            break
        try:
            compile(new, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            raise FixError(f"{path}: the fixed code would not parse ({exc}); not written") from exc
        text = new
        applied += done
    return text, applied


def fix_file(path: Path, target: Target, codes=None, unsafe: bool = False, write: bool = True) -> FixResult:
    raw = path.read_bytes()
    try:
        original, encoding = _decode(raw)
    except (SyntaxError, UnicodeDecodeError) as exc:
        raise FixError(f"{path}: cannot decode: {exc}") from exc
    try:
        fixed, applied = fix_text(original, target, path=str(path), codes=codes, unsafe=unsafe)
    except SourceError as exc:
        raise FixError(str(exc)) from exc
    except cst.ParserSyntaxError as exc:
        raise FixError(f"{path}: cannot parse for fixing: {exc.message}") from exc
    result = FixResult(path, original, fixed, applied)
    if write and result.changed:
        _write_atomically(path, raw, fixed.encode(encoding))
    return result


def _write_atomically(path: Path, expected: bytes, data: bytes) -> None:
    # the permission bits, not only os.access: as root, access() says yes to read-only files
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise FixError(f"{path}: the file is read-only; not written")
    if path.read_bytes() != expected:
        raise FixError(f"{path}: the file changed while it was being fixed; not written")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".keras-lint", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        shutil.copymode(path, tmp)
        if path.read_bytes() != expected:  # a last look right before the rename
            raise FixError(f"{path}: the file changed while it was being fixed; not written")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
