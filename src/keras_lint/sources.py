"""What the ``keras-lint`` command reads: files found under paths, notebooks, suppressions."""

from __future__ import annotations

import errno
import fnmatch
import functools
import json
import os
import re
import stat
import tokenize
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from keras_lint.lines import source_lines
from keras_lint.suppressions import Suppressions  # noqa: F401 - re-exported for the command

DEFAULT_EXCLUDES = (
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "env", "__pycache__", "build", "dist",
    "node_modules", ".eggs", "*.egg-info", ".mypy_cache", ".pytest_cache", ".keras-lint-cache",
    "site-packages",
)


def discover(
    paths: Iterable[str], root: Path, exclude: Iterable[str] = (), use_gitignore: bool = True, errors: list[str] | None = None
) -> list[Path]:
    """``*.py`` and ``*.ipynb`` files under ``paths``; a file named explicitly is always kept.

    A path that cannot be linted (missing, a symlink loop, a device or pipe) is reported in
    ``errors`` and the others are still found; without ``errors`` the first one raises
    FileNotFoundError. Walking a directory skips what is not a regular file (a pipe named
    ``x.py`` would block the read forever) and does not follow directory symlinks."""
    patterns = list(DEFAULT_EXCLUDES) + list(exclude)
    ignore = _gitignore(root) if use_gitignore else None
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        problem = _not_lintable(path)
        if problem is not None:
            if errors is None:
                raise FileNotFoundError(f"{raw}: {problem}")
            errors.append(f"{raw}: {problem}")
            continue
        if path.is_file():
            found.append(path)
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not _excluded(here / d, patterns, ignore, root, is_dir=True))
            for name in sorted(filenames):
                file = here / name
                if file.suffix in (".py", ".ipynb") and not _excluded(file, patterns, ignore, root) and _regular(file):
                    found.append(file)
    return sorted(dict.fromkeys(found))


def _not_lintable(path: Path) -> str | None:
    """Why a path named on the command line cannot be linted, or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symlink loop"
        if path.is_symlink():
            return "a broken symlink"
        return "no such file or directory"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "not a regular file or directory"


def _regular(path: Path) -> bool:
    """A regular file (through symlinks), or a dangling/looping link (reported when read)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True


def _gitignore(root: Path):
    file = root / ".gitignore"
    if not file.is_file():
        return None
    import pathspec

    return pathspec.PathSpec.from_lines("gitwildmatch", file.read_text(encoding="utf-8", errors="replace").splitlines())


@functools.lru_cache(maxsize=16)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern | None, re.Pattern | None]:
    """One regex for the patterns that name a file or folder, one for those with a slash
    (a path), as ``fnmatch`` would match them (case-normalised like ``fnmatch.fnmatch``)."""
    def joined(group: list[str]) -> re.Pattern | None:
        if not group:
            return None
        return re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(p))})" for p in group))

    return joined([p for p in patterns if "/" not in p]), joined([p for p in patterns if "/" in p])


def _excluded(path: Path, patterns: list[str], ignore, root: Path, is_dir: bool = False) -> bool:
    by_name, by_path = _compiled(tuple(patterns))
    # a pattern without a slash names a file or folder; one with a slash, a path
    if by_name is not None and by_name.match(os.path.normcase(path.name)):
        return True
    if by_path is not None and by_path.match(os.path.normcase(path.as_posix())):
        return True
    if ignore is not None:
        try:
            rel = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return False
        return ignore.match_file(rel + ("/" if is_dir else ""))
    return False


# --- reading -------------------------------------------------------------------------------


@dataclass
class Source:
    """Python text to lint, and how its lines map back to the file (notebook cells)."""

    path: Path
    text: str
    raw: bytes
    # for notebooks: line in ``text`` -> (cell number, line in cell); empty for .py files
    cells: dict[int, tuple[int, int]] = field(default_factory=dict)

    def locate(self, line: int) -> tuple[int | None, int]:
        if not self.cells:
            return None, line
        return self.cells.get(line, (None, line))


class ReadError(ValueError):
    pass


def read(path: Path) -> Source:
    raw = path.read_bytes()
    if path.suffix == ".ipynb":
        return _notebook(path, raw)
    head = raw[:400]
    if not head.startswith(b"\xef\xbb\xbf") and b"coding" not in head:
        try:  # the common case, without tokenize's machinery
            text = raw.decode("utf-8")
            return Source(path, text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text, raw)
        except UnicodeDecodeError:
            pass
    try:
        with tokenize.open(path) as handle:  # honours PEP 263 coding cookies and BOMs
            text = handle.read()
    except (SyntaxError, UnicodeDecodeError) as exc:
        raise ReadError(f"{path}: cannot decode: {exc}") from exc
    return Source(path, text, raw)


_MAGIC = re.compile(r"^\s*[%!?]")


def _notebook(path: Path, raw: bytes) -> Source:
    try:
        nb = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReadError(f"{path}: not a Jupyter notebook: {exc}") from exc
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list):
        what = "no 'cells'" if not isinstance(nb, dict) or "cells" not in nb else f"'cells' is {_json_kind(cells)}, not a list"
        raise ReadError(f"{path}: not a Jupyter notebook: {what}")
    lines: list[str] = []
    mapping: dict[int, tuple[int, int]] = {}
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict):
            raise ReadError(f"{path}: not a Jupyter notebook: cell {number} is {_json_kind(cell)}, not an object")
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(part, str) for part in source):
            text = "".join(source)
        elif isinstance(source, str):
            text = source
        else:
            raise ReadError(f"{path}: not a Jupyter notebook: the source of cell {number} is {_json_kind(source)}, not text")
        for i, line in enumerate(source_lines(text), start=1):
            # IPython magics and shell escapes are not Python: keep the line, blank it out
            lines.append("pass  # magic" if _MAGIC.match(line) else line)
            mapping[len(lines)] = (number, i)
        lines.append("")  # cells end a statement
    return Source(path, "\n".join(lines) + "\n", raw, mapping)


def _json_kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
