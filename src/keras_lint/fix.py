"""Apply the findings' fixes with libcst, keeping formatting, comments, encoding and newlines.

Fix safety means behaviour, and ``--fix`` never loses data:

* Only what the linter reports is fixed: a finding suppressed by ``# noqa``, ``# noqa: KLxxx``,
  ``# pylint: disable=...`` / ``disable-next``, ``# flake8: noqa`` or ``# pylint: skip-file``
  (``suppressions.unsuppressed``, as the command and both plugins filter) is not rewritten.
* A rewritten call keeps what it had: when the fix keeps the arguments (a rename, or defaults
  appended), only the function is swapped and the arguments keep their layout and comments;
  otherwise each argument the fix text repeats is put back as the file has it (with the fixes
  already made inside it, so nested fixable calls converge in one run). A rewrite that would still
  drop a comment is not made (the finding stays reported). The result must compile.
* libcst must write the file back byte for byte before any edit (it drops a form feed at the start
  of a line and a final lone ``\r``): a file it cannot reproduce is refused, not rewritten.
* The text keeps the file's encoding (coding cookie, BOM) and line ends; an encoding that cannot
  hold the fixed text is refused.
* Writing: the file must be writable, unchanged since it was read (checked again right before
  the rename), and is replaced atomically: a temporary file ``.<name>.<random>.keras-lint`` in the
  same folder, written and fsynced, given the original's permission bits (and owner and group,
  or refused when they cannot be kept), then renamed over the file (and the folder fsynced). A
  process killed at any point leaves the file either as it was or fully fixed.
* Temporary files: the writer holds an exclusive ``flock`` on its temporary file from creation
  until after the rename (the lock dies with the process, even on SIGKILL). Before writing in a
  folder, a fix run removes that folder's ``.*.keras-lint`` temporary files that nobody holds
  locked: leftovers of a killed run (the original is intact, since the rename never happened).
  A file still locked belongs to a live run and is left alone. (Without ``fcntl``, on Windows, an
  open file cannot be deleted, so the same sweep only removes files no process has open.)
* Symlinks: a file reached through a symbolic link is fixed in its target (the temporary file is
  made beside the target); the link stays a link.
* Hard links: a file with more than one hard link is refused, with a message. Replacing it
  would split the links (the other names keep the old text), and writing it in place would change
  every other name too (a ``cp -al`` snapshot, a package manager's shared cache) and could not be
  atomic, so a kill could leave it half written. Refusing is the only choice that keeps every
  name's data; break the link yourself (``cp f f.tmp && mv f.tmp f``) to fix that name alone.

Fixes are idempotent: fixed code no longer triggers the rule, and one run converges (a second
changes nothing).
"""

from __future__ import annotations

import ast
import difflib
import io
import os
import re
import stat
import tempfile
import tokenize
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper, PositionProvider

from keras_lint.config import Target
from keras_lint.findings import Finding, Fix
from keras_lint.lines import source_lines
from keras_lint.lint import SourceError, lint_source
from keras_lint.suppressions import unsuppressed

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

# rounds of lint + fix per file; one is enough unless a fix makes a new finding
MAX_ROUNDS = 10
TEMP_SUFFIX = ".keras-lint"
# ".<name>.<8 random characters>.keras-lint", as tempfile.mkstemp names them
_TEMP_NAME = re.compile(r"\A\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"\Z")


class FixError(Exception):
    """The file was not written; the message says why."""


@dataclass
class FixResult:
    path: Path
    original: str
    fixed: str
    applied: list[Finding] = field(default_factory=list)
    resolved: int = 0  # findings of the original that the fixed text no longer has

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


# --- rewriting one node, keeping what it had --------------------------------------------------

_NO_CODE = cst.Module(body=[])


def _key(node: cst.CSTNode) -> str | None:
    """The expression's meaning without its layout or comments (an ``ast`` dump): the same for
    ``f(a,b)`` and for ``f(`` / ``a,  # note`` / ``b)`` over three lines."""
    code = _NO_CODE.code_for_node(node)
    try:
        return ast.dump(ast.parse("(\n" + code + "\n)", mode="eval"))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


class _Comments(cst.CSTVisitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: Counter = Counter()

    def visit_Comment(self, node: cst.Comment) -> None:
        self.found[node.value] += 1


def _comments(node: cst.CSTNode) -> Counter:
    visitor = _Comments()
    node.visit(visitor)
    return visitor.found


def _same_arg(a: cst.Arg, b: cst.Arg) -> bool:
    if a.star != b.star:
        return False
    if (a.keyword.value if a.keyword else None) != (b.keyword.value if b.keyword else None):
        return False
    key = _key(a.value)
    return key is not None and key == _key(b.value)


def _graft_call(original: cst.BaseExpression, updated: cst.BaseExpression, new: cst.BaseExpression, put_back):
    """``updated`` with ``new``'s function when ``new`` keeps the original arguments in order
    (possibly with more after them, given to ``put_back``); None otherwise. The arguments keep
    their layout, comments and the fixes already made inside them."""
    if not (isinstance(original, cst.Call) and isinstance(updated, cst.Call) and isinstance(new, cst.Call)):
        return None
    if new.lpar or len(new.args) < len(original.args) or len(updated.args) != len(original.args):
        return None
    if not all(_same_arg(o, n) for o, n in zip(original.args, new.args)):
        return None
    extra = [put_back(a).with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in new.args[len(original.args) :]]
    args = list(updated.args)
    if extra:
        args = _append_args(args, extra, updated.whitespace_before_args)
    return updated.with_changes(func=put_back(new.func), args=args)


def _append_args(args: list[cst.Arg], extra: list[cst.Arg], before_args) -> list[cst.Arg]:
    if not args:
        return extra
    last = args[-1]
    if isinstance(last.comma, cst.Comma):
        # a trailing comma: go on in the same layout, the last line's comment stays where it is
        sep_before_last = args[-2].comma.whitespace_after if len(args) > 1 and isinstance(args[-2].comma, cst.Comma) else before_args
        after = last.comma.whitespace_after
        if isinstance(after, cst.ParenthesizedWhitespace) and isinstance(sep_before_last, cst.ParenthesizedWhitespace):
            between = cst.ParenthesizedWhitespace(indent=sep_before_last.indent, last_line=sep_before_last.last_line)
            last = last.with_changes(comma=last.comma.with_changes(whitespace_after=after.with_changes(
                indent=sep_before_last.indent, last_line=sep_before_last.last_line)))
            closing = cst.ParenthesizedWhitespace(indent=after.indent, last_line=after.last_line)
            extra = [a.with_changes(comma=cst.Comma(whitespace_after=between)) for a in extra[:-1]] + [
                extra[-1].with_changes(comma=cst.Comma(whitespace_after=closing))
            ]
        else:
            last = last.with_changes(comma=cst.Comma(whitespace_before=last.comma.whitespace_before,
                                                     whitespace_after=cst.SimpleWhitespace(" ")))
            extra = extra[:-1] + [extra[-1].with_changes(comma=cst.Comma(whitespace_after=after))]
    else:
        # no trailing comma: what followed the last argument (a comment, the line break) follows the new ones
        extra = extra[:-1] + [extra[-1].with_changes(whitespace_after_arg=last.whitespace_after_arg)]
        last = last.with_changes(whitespace_after_arg=cst.SimpleWhitespace(""))
    return args[:-1] + [last] + extra


def _keep_call_edges(updated: cst.Call, result: cst.Call) -> cst.Call:
    """A call rewritten by a template keeps what was after its ``(`` and after its last argument
    (comments, line breaks, a trailing comma)."""
    changes: dict = {"whitespace_before_args": updated.whitespace_before_args}
    if updated.args and result.args:
        old_last, new_last = updated.args[-1], result.args[-1]
        changes["args"] = [
            *result.args[:-1],
            new_last.with_changes(comma=old_last.comma, whitespace_after_arg=old_last.whitespace_after_arg),
        ]
    return result.with_changes(**changes)


class _Substitute(cst.CSTTransformer):
    """Put back, in a fix's text, each sub-expression of the original as ``updated`` has it."""

    def __init__(self, known: dict[str, cst.BaseExpression]) -> None:
        super().__init__()
        self.known = known

    def on_leave(self, original_node, updated_node):
        # a Name holds no fix and no comment (and may be a keyword or an attribute's name)
        if isinstance(original_node, cst.BaseExpression) and not isinstance(original_node, cst.Name):
            key = _key(original_node)
            kept = self.known.get(key) if key is not None else None
            if kept is not None:
                if getattr(original_node, "lpar", None) and not getattr(kept, "lpar", None):
                    kept = kept.with_changes(lpar=original_node.lpar, rpar=original_node.rpar)
                return kept
        return updated_node


def _pairs(original: cst.CSTNode, updated: cst.CSTNode, replaced: set[int], known: dict, clash: set) -> None:
    """Map each sub-expression of ``original`` (by meaning) to the same place in ``updated``."""
    for o, u in zip(original.children, updated.children):
        if isinstance(o, cst.BaseExpression) and isinstance(u, cst.BaseExpression) and not isinstance(o, cst.Name):
            key = _key(o)
            if key is not None and key not in clash:
                if key in known and not known[key].deep_equals(u):
                    clash.add(key)
                    del known[key]
                else:
                    known[key] = u
        if id(u) not in replaced and type(o) is type(u) and len(o.children) == len(u.children):
            _pairs(o, u, replaced, known, clash)


class _Rewriter(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, edits: dict[tuple[int, int, int, int], Fix]) -> None:
        super().__init__()
        self.edits = edits
        self.done: set[tuple[int, int, int, int]] = set()
        self.replaced: set[int] = set()  # ids of the nodes this rewriter made
        self._keep: list[cst.CSTNode] = []  # ... kept alive so that their ids stay theirs

    def _replace(self, original: cst.BaseExpression, updated: cst.BaseExpression) -> cst.BaseExpression:
        pos = self.get_metadata(PositionProvider, original)
        # positions of the expression without its own parentheses
        key = (pos.start.line, pos.start.column, pos.end.line, pos.end.column)
        fix = self.edits.get(key)
        if fix is None or key in self.done:
            return updated
        new = self._rebuild(original, updated, cst.parse_expression(fix.text))
        if new is None:
            return updated  # it would drop a comment: not fixed, still reported
        self.done.add(key)
        self.replaced.add(id(new))
        self._keep.append(new)
        return new

    def _rebuild(self, original, updated, new):
        known: dict[str, cst.BaseExpression] = {}
        _pairs(original, updated, self.replaced, known, set())

        def put_back(node):
            return node.visit(_Substitute(known)) if known else node

        result = _graft_call(original, updated, new, put_back)
        if result is None:
            result = put_back(new)
            if isinstance(updated, cst.Call) and isinstance(result, cst.Call):
                result = _keep_call_edges(updated, result)
            if getattr(updated, "lpar", None):
                result = result.with_changes(lpar=updated.lpar, rpar=updated.rpar)
        if not _comments(updated) <= _comments(result):
            return None
        return result

    def leave_Call(self, original_node, updated_node):
        return self._replace(original_node, updated_node)

    def leave_Comparison(self, original_node, updated_node):
        return self._replace(original_node, updated_node)

    def leave_Attribute(self, original_node, updated_node):
        # a reference that is not called (``reuse=tf.AUTO_REUSE``); a called one is fixed as its Call
        return self._replace(original_node, updated_node)


def _apply(text: str, findings: list[Finding], unsafe: bool) -> tuple[str, list[Finding]]:
    lines = source_lines(text)  # as Python numbers them: a U+2028 must not shift later fixes
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
    module = cst.parse_module(text)
    if module.code != text:
        raise FixError(
            "libcst cannot write this file back unchanged (a form feed at the start of a line, or "
            "lone \\r line ends); not fixed"
        )
    wrapper = MetadataWrapper(module)
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
    """The text with every applicable fix applied (rounds until nothing changes). Findings
    suppressed by a comment are not fixed."""
    fixed, applied, _resolved = _fix_rounds(text, target, path, codes, unsafe)
    return fixed, applied


def _fix_rounds(text: str, target: Target, path: str, codes, unsafe: bool) -> tuple[str, list[Finding], int]:
    """(fixed text, the fixes applied over all rounds, how many of the original's findings are
    gone from the fixed text). A nested call fixed in a later round is one applied fix more but
    the same finding of the original, so the last number is what a user is told was fixed."""
    applied: list[Finding] = []
    before: Counter | None = None
    after: Counter | None = None
    for _ in range(MAX_ROUNDS):
        source = text.replace("\r\n", "\n")
        findings = unsuppressed(lint_source(source, target, path=path, codes=codes), source)
        after = Counter(f.code for f in findings)
        if before is None:
            before = after
        try:
            new, done = _apply(text, findings, unsafe)
        except FixError as exc:
            raise FixError(f"{path}: {exc}") from None
        if new == text:
            break
        try:
            compile(new, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            raise FixError(f"{path}: the fixed code would not parse ({exc}); not written") from exc
        text = new
        applied += done
        after = None  # the new text is not linted yet
    if after is None:  # the rounds ran out: what is left in the final text
        source = text.replace("\r\n", "\n")
        after = Counter(f.code for f in unsuppressed(lint_source(source, target, path=path, codes=codes), source))
    resolved = sum(((before or Counter()) - after).values())
    return text, applied, resolved


def fix_file(path: Path, target: Target, codes=None, unsafe: bool = False, write: bool = True) -> FixResult:
    """Fix one file (through a symlink: its target). ``write=False`` computes the result only."""
    path = Path(path)
    if write:
        _sweep_abandoned_temporaries(Path(os.path.realpath(path)).parent)
    raw = path.read_bytes()
    try:
        original, encoding = _decode(raw)
    except (SyntaxError, UnicodeDecodeError) as exc:
        raise FixError(f"{path}: cannot decode: {exc}") from exc
    try:
        fixed, applied, resolved = _fix_rounds(original, target, str(path), codes, unsafe)
    except SourceError as exc:
        raise FixError(str(exc)) from exc
    except cst.ParserSyntaxError as exc:
        raise FixError(f"{path}: cannot parse for fixing: {exc.message}") from exc
    result = FixResult(path, original, fixed, applied, resolved)
    if write and result.changed:
        try:
            data = fixed.encode(encoding)
        except UnicodeEncodeError as exc:
            raise FixError(f"{path}: the fixed text cannot be written in the file's encoding {encoding} ({exc.reason}); not written") from exc
        _write_atomically(path, raw, data)
    return result


# --- writing ----------------------------------------------------------------------------------

# folder -> its st_mtime_ns when last swept (or written by this process): swept again only
# when something else changed it, so a run over a big folder scans it once, not once per file
_swept: dict[str, int] = {}


def _sweep_abandoned_temporaries(folder: Path) -> list[Path]:
    """Remove the ``.<name>.<random>.keras-lint`` files in ``folder`` that no live fix run holds
    (a run killed before its rename leaves one; its original file is intact). Returns them."""
    removed: list[Path] = []
    try:
        stamp = os.stat(folder).st_mtime_ns
    except OSError:
        return removed
    if _swept.get(str(folder)) == stamp:
        return removed
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if _TEMP_NAME.match(e.name) and e.is_file(follow_symlinks=False)]
    except OSError:
        return removed
    for name in names:
        candidate = folder / name
        try:
            if _remove_if_abandoned(candidate):
                removed.append(candidate)
        except OSError:
            pass  # not ours to judge (permissions, gone meanwhile): left alone
    try:
        _swept[str(folder)] = os.stat(folder).st_mtime_ns
    except OSError:
        pass
    return removed


def _remove_if_abandoned(candidate: Path) -> bool:
    if fcntl is None:
        os.unlink(candidate)  # Windows refuses to delete a file some process has open
        return True
    fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a live run is writing it (or the file system has no locks: left alone)
        now, held = os.stat(candidate, follow_symlinks=False), os.fstat(fd)
        if (now.st_dev, now.st_ino) != (held.st_dev, held.st_ino):
            return False  # renamed and replaced meanwhile
        os.unlink(candidate)
        return True
    finally:
        os.close(fd)


def _locked_temporary(real: Path) -> tuple[int, str]:
    """A new temporary file beside ``real``, exclusively locked for as long as it is open."""
    while True:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name[:100]}.", suffix=TEMP_SUFFIX, dir=real.parent)
        if fcntl is None:
            return fd, tmp
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            return fd, tmp  # a file system without locks: no sweep removes anything there either
        except BaseException:
            os.close(fd)
            os.unlink(tmp)
            raise
        if os.fstat(fd).st_nlink > 0:
            return fd, tmp
        os.close(fd)  # another run's sweep removed it between its creation and the lock: again


def _write_atomically(path: Path, expected: bytes, data: bytes) -> None:
    # through symlinks: the target is rewritten, the link stays a link
    real = Path(os.path.realpath(path))
    info = os.stat(real)
    if not stat.S_ISREG(info.st_mode):
        raise FixError(f"{path}: not a regular file; not written")
    # the permission bits, not only os.access: as root, access() says yes to read-only files
    if not os.access(real, os.W_OK) or not info.st_mode & 0o222:
        raise FixError(f"{path}: the file is read-only; not written")
    if info.st_nlink > 1:
        raise FixError(
            f"{path}: the file has {info.st_nlink} hard links; not written (replacing it would split "
            "the links, writing it in place would change the other names too); to fix this name "
            "alone, make it a file of its own first (cp FILE FILE.tmp && mv FILE.tmp FILE)"
        )
    if real.read_bytes() != expected:
        raise FixError(f"{path}: the file changed while it was being fixed; not written")
    fd, tmp = _locked_temporary(real)
    renamed = False
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        _copy_mode_and_owner(fd, tmp, info, path)
        if real.read_bytes() != expected:  # a last look right before the rename
            raise FixError(f"{path}: the file changed while it was being fixed; not written")
        if fcntl is None:  # Windows renames no open file
            os.close(fd)
            fd = -1
        os.replace(tmp, real)
        renamed = True
        _sync_folder(real.parent)
    finally:
        if not renamed:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if fd >= 0:
            os.close(fd)  # the lock goes with it, after the rename
    try:
        _swept[str(real.parent)] = os.stat(real.parent).st_mtime_ns
    except OSError:
        pass


def _copy_mode_and_owner(fd: int, tmp: str, info: os.stat_result, path: Path) -> None:
    if hasattr(os, "fchown") and hasattr(os, "geteuid"):
        now = os.fstat(fd)
        if (now.st_uid, now.st_gid) != (info.st_uid, info.st_gid):
            try:
                os.fchown(fd, info.st_uid if now.st_uid != info.st_uid else -1, info.st_gid)
            except OSError as exc:
                raise FixError(
                    f"{path}: the rewritten file could not keep the owner and group "
                    f"{info.st_uid}:{info.st_gid} ({exc.strerror}); not written"
                ) from exc
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(info.st_mode))  # after chown, which clears setuid/setgid
    else:
        os.chmod(tmp, stat.S_IMODE(info.st_mode))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; elsewhere a folder cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
