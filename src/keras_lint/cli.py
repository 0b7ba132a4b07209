"""The ``keras-lint`` command (also ``python -m keras_lint``): the engine as a CI gate.

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error, or unreadable input.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from keras_lint import __version__, report
from keras_lint.catalogue import ALL_RULES, CONTAINMENT_CODE
from keras_lint.lines import source_lines
from keras_lint.config import AUTO, OPTIONS, ConfigError, Target, resolve
from keras_lint.report import Item
from keras_lint.prefilter import mentions_a_framework
from keras_lint.sources import ReadError, Source, Suppressions, discover, read
from keras_lint.startup import ensure_started

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _toml():
    """tomllib, imported only when a pyproject.toml is found (start-up of a cached run)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    return tomllib


class UsageError(Exception):
    pass


# --- configuration -------------------------------------------------------------------------


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.keras-lint] table, from ``start`` upwards."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            tomllib = _toml()
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise UsageError(f"{candidate}: {exc}") from exc
            if "keras-lint" in data.get("tool", {}):
                return candidate
    return None


_KNOWN_KEYS = {"select", "ignore", "exclude", "format", "jobs", "cache", "gitignore"} | {name for name, _, _ in OPTIONS}


def load_config(pyproject: Path | None) -> dict:
    if pyproject is None:
        return {}
    table = _toml().loads(pyproject.read_text(encoding="utf-8"))["tool"]["keras-lint"]
    unknown = set(table) - _KNOWN_KEYS
    if unknown:
        raise UsageError(f"{pyproject}: unknown [tool.keras-lint] keys: {', '.join(sorted(unknown))}")
    return table


def select_codes(select: Sequence[str] | None, ignore: Sequence[str]) -> list[str]:
    """Rule codes from codes, symbols, pylint msgids or code prefixes ("KL1", "KL")."""

    def matches(token: str) -> list[str]:
        token = token.strip()
        hits = [r.code for r in ALL_RULES if token in (r.code, r.symbol, r.msgid) or r.code.startswith(token.upper())]
        if not hits:
            raise UsageError(f"unknown rule or prefix: {token!r}")
        return hits

    chosen = [r.code for r in ALL_RULES] if not select else [c for t in select for c in matches(t)]
    dropped = {c for t in ignore for c in matches(t)}
    return [c for c in dict.fromkeys(chosen) if c not in dropped]


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.replace(",", " ").split() if v]
    return [str(v) for v in value]


# --- linting one file (also in worker processes) -------------------------------------------


@dataclass(frozen=True)
class Job:
    path: str
    display: str
    target: Target
    codes: tuple[str, ...]
    cache_dir: str | None


_fingerprint: str | None = None


def installed_fingerprint() -> str:
    """What the installed keras-lint is, beyond its version number: the name, size and mtime of
    every source file and knowledge table of the package. A reinstall, an edited table or a
    development checkout's changed rule gives new cache keys (stat only: no file is read)."""
    global _fingerprint
    if _fingerprint is None:
        root = Path(__file__).resolve().parent
        h = hashlib.sha256()
        for path in sorted(p for pattern in ("*.py", "*.json") for p in root.rglob(pattern)):
            st = path.stat()
            h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns};".encode())
        _fingerprint = h.hexdigest()
    return _fingerprint


def _cache_key(raw: bytes, job: Job) -> str:
    h = hashlib.sha256()
    h.update(raw)
    h.update(json.dumps([__version__, installed_fingerprint(), asdict(job.target), job.codes, job.path.endswith(".ipynb")]).encode())
    return h.hexdigest()


def lint_file(job: Job) -> tuple[list[dict], str | None]:
    """(findings as dicts, error message) for one file. Never raises: what the lint path does
    not contain itself becomes this file's error, and the other files are still linted."""
    try:
        return _lint_file(job)
    except Exception as exc:  # noqa: BLE001 - one file's failure never ends the run
        frames = traceback.extract_tb(exc.__traceback__)
        where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
        return [], f"{job.display}: internal error, not analysed ({type(exc).__name__}: {str(exc)[:200]}{where}); please report this with the file"


def _lint_file(job: Job) -> tuple[list[dict], str | None]:
    try:
        source = read(Path(job.path))
    except (OSError, ReadError) as exc:
        return [], str(exc) if isinstance(exc, ReadError) else f"{job.display}: {exc.strerror or exc}"
    if not mentions_a_framework(source.text):
        return [], None  # nothing for any rule: not parsed, astroid not even imported
    key = _cache_key(source.raw, job) if job.cache_dir else None
    if key:
        cached = Path(job.cache_dir, key[:2], key + ".json")
        try:
            items = json.loads(cached.read_text(encoding="utf-8"))
            return [dict(d, path=job.display) for d in items], None
        except (OSError, ValueError):
            pass
    ensure_started()  # only now: a cache hit never needs astroid
    from keras_lint.lint import SourceError, lint_source
    from keras_lint.semantic.gcpause import settle

    try:
        findings = lint_source(source.text, job.target, path=job.path, codes=job.codes)
    except SourceError as exc:
        error = f"{job.display}: {str(exc).split(': ', 1)[-1]}"
        settle()
        return [], error
    items = _items(findings, source, job.display)
    del findings  # they hold the file's astroid nodes: free them before settling
    settle()
    if key:
        _write_cache(Path(job.cache_dir), key, items)
    return items, None


def _items(findings, source: Source, display: str) -> list[dict]:
    suppress = Suppressions(source.text)
    out = []
    for f in findings:
        if f.code != CONTAINMENT_CODE and suppress.suppressed(f.line, f.code):
            continue
        cell, line = source.locate(f.line)
        end_cell, end_line = source.locate(f.end_line) if f.end_line else (None, None)
        out.append(
            asdict(
                Item(
                    path=display,
                    line=line,
                    column=f.col + 1,
                    end_line=end_line if end_cell == cell else None,
                    end_column=(f.end_col + 1) if f.end_col is not None and end_cell == cell else None,
                    code=f.code,
                    symbol=f.rule.symbol,
                    msgid=f.rule.msgid,
                    message=f.message,
                    replacement=f.replacement,
                    cell=cell,
                    fix=None if f.fix is None else ("safe" if f.fix.safe else "unsafe"),
                )
            )
        )
    return out


def _write_cache(folder: Path, key: str, items: list[dict]) -> None:
    try:
        target = folder / key[:2] / (key + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():  # as ruff does: the cache never shows up in `git status`
            ignore.write_text("# Automatically created by keras-lint.\n*\n", encoding="utf-8")
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(items), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # a cache that cannot be written is only slower


# --- the command ---------------------------------------------------------------------------


_SUBPARSERS: dict[str, argparse.ArgumentParser] = {}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="keras-lint", description="Catch Keras / TensorFlow / PyTorch backend misuse.")
    parser.add_argument("--version", action="version", version=f"keras-lint {__version__}")
    sub = parser.add_subparsers(dest="command")
    check = _SUBPARSERS["check"] = sub.add_parser("check", help="lint files and directories (*.py, *.ipynb)")
    _common(check)
    check.add_argument("--fix", action="store_true", help="apply the safe fixes, then report what is left")
    check.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    check.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes marked unsafe")
    fix = _SUBPARSERS["fix"] = sub.add_parser("fix", help="apply the safe fixes (same options as check)")
    _common(fix)
    fix.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    fix.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes marked unsafe")
    _SUBPARSERS["rules"] = sub.add_parser("rules", help="list the rules")
    return parser


def _common(check: argparse.ArgumentParser) -> None:
    check.add_argument("paths", nargs="*", default=None, help="files or directories (default: .)")
    check.add_argument("--select", action="append", help="codes, symbols or prefixes to report (comma-separated)")
    check.add_argument("--ignore", action="append", help="codes, symbols or prefixes to leave out")
    check.add_argument("--exclude", action="append", help="glob patterns of files/directories to skip")
    check.add_argument("--no-gitignore", action="store_true", help="do not honour .gitignore")
    check.add_argument("--format", choices=report.FORMATS, help="output format (default: text)")
    check.add_argument("--output", "-o", help="write the report to this file instead of stdout")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("-j", "--jobs", type=int, help="parallel processes (default: 1; 0 = one per CPU)")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    check.add_argument("--cache-dir", help="where the cache lives (default: .keras-lint-cache next to the config)")
    check.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="colour in text output (default: auto, on a terminal unless NO_COLOR is set)",
    )
    check.add_argument("--config", help="a pyproject.toml to read [tool.keras-lint] from")
    check.add_argument(
        "-v", "--verbose", action="store_true",
        help="also say on stderr which astroid keras-lint runs on and which of its shortcuts into astroid are off",
    )
    for name, help_text, choices in OPTIONS:
        check.add_argument(f"--{name}", choices=choices, help=help_text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print("keras-lint: error: a command is required: check, fix or rules (keras-lint check --help)", file=sys.stderr)
        return EXIT_ERROR
    if unknown:  # reported with the subcommand's usage, not the top-level one
        _SUBPARSERS[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command == "rules":
        for rule in ALL_RULES:
            print(f"{rule.code}  {rule.msgid}  {rule.symbol:36}  {rule.title}")
        return EXIT_CLEAN
    if args.command not in ("check", "fix"):
        parser.print_help()
        return EXIT_ERROR
    if args.command == "fix":
        args.fix = not args.diff
    try:
        return _check(args)
    except (UsageError, ConfigError, FileNotFoundError) as exc:
        print(f"keras-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _check(args) -> int:
    paths = args.paths or ["."]
    pyproject = Path(args.config) if args.config else find_pyproject(Path(paths[0]) if Path(paths[0]).is_dir() else Path(paths[0]).parent)
    if args.config and not pyproject.is_file():
        raise UsageError(f"{args.config}: no such file")
    cfg = load_config(pyproject)
    root = pyproject.parent if pyproject else Path.cwd()

    def opt(name: str, cli_value):
        return cli_value if cli_value is not None else cfg.get(name)

    target = resolve(*(opt(name, getattr(args, name.replace("-", "_"))) or AUTO for name, _, _ in OPTIONS))
    cli_select = [t for v in (args.select or []) for t in _as_list(v)]
    select = cli_select or _as_list(cfg.get("select"))
    # the command line wins: a --select there is a fresh selection, which the configuration's
    # ignore list no longer narrows (a --ignore given beside it still does)
    ignore = [t for v in (args.ignore or []) for t in _as_list(v)] + ([] if cli_select else _as_list(cfg.get("ignore")))
    codes = tuple(select_codes(select, ignore))
    exclude = [t for v in (args.exclude or []) for t in _as_list(v)] + _as_list(cfg.get("exclude"))
    fmt = args.format or cfg.get("format") or "text"
    if fmt not in report.FORMATS:
        raise UsageError(f"unknown format {fmt!r}")
    jobs = args.jobs if args.jobs is not None else int(cfg.get("jobs", 1))
    jobs = jobs or os.cpu_count() or 1
    use_cache = not args.no_cache and cfg.get("cache", True) is not False
    cache_dir = str(Path(args.cache_dir) if args.cache_dir else root / ".keras-lint-cache") if use_cache else None

    path_errors: list[str] = []  # reported, and the run goes on with the other paths
    files = discover(paths, root, exclude, use_gitignore=not args.no_gitignore and cfg.get("gitignore", True) is not False, errors=path_errors)
    fix_errors: list[str] = []
    if getattr(args, "fix", False) or getattr(args, "diff", False):
        fix_errors = _fix(files, target, codes, args)
    if getattr(args, "diff", False):  # the diff is the output (as ruff's --diff): no findings report after it
        errors = path_errors + fix_errors
        for err in errors:
            print(f"keras-lint: error: {err}", file=sys.stderr)
        if errors and not args.exit_zero:
            return EXIT_ERROR
        return EXIT_FINDINGS if args._diffs else EXIT_CLEAN
    job_list = [Job(str(f), _display(f), target, codes, cache_dir) for f in files]
    if jobs > 1 and len(job_list) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(lint_file, job_list, chunksize=max(1, len(job_list) // (jobs * 8))))
    else:
        results = [lint_file(job) for job in job_list]

    items = [Item(**d) for found, _err in results for d in found]
    errors = path_errors + fix_errors + [err for _found, err in results if err]
    items.sort(key=lambda i: (i.path, i.cell or 0, i.line, i.column, i.code))
    # every format records the files it could not analyse, not only stderr
    rendered = _render(fmt, items, [j.display for j in job_list], args, [report.error_from(e) for e in errors])
    if args.output:
        Path(args.output).write_text(rendered, encoding="utf-8")
    else:
        sys.stdout.write(rendered)
    for err in errors:
        print(f"keras-lint: error: {err}", file=sys.stderr)
    if getattr(args, "verbose", False):
        _print_astroid_status()
    if errors and not args.exit_zero:  # --exit-zero reports only, as flake8's and ruff's (usage errors still exit 2)
        return EXIT_ERROR
    if getattr(args, "diff", False) and args._diffs:
        return EXIT_FINDINGS
    if items and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _print_astroid_status() -> None:
    """Which astroid, and which shortcuts into its internals are off (probed in this process:
    workers probe the same astroid the same way)."""
    from keras_lint.semantic import astroid_compat

    state = astroid_compat.probe_all()
    on = ", ".join(sorted(name for name, ok in state.items() if ok)) or "none"
    print(f"keras-lint: astroid {astroid_compat.astroid_version()}; shortcuts on: {on}", file=sys.stderr)
    for line in astroid_compat.notes():
        print(line, file=sys.stderr)


def _fix(files: list[Path], target: Target, codes, args) -> list[str]:
    """Fix (or diff) every Python file; notebooks are reported, not rewritten."""
    from keras_lint.fix import FixError, fix_file

    errors, fixed, changed_files = [], 0, 0
    args._diffs = False
    for path in files:
        if path.suffix != ".py":
            continue
        try:
            result = fix_file(path, target, codes=codes, unsafe=args.unsafe_fixes, write=not args.diff)
        except FixError as exc:
            errors.append(str(exc))
            continue
        except OSError as exc:
            errors.append(f"{_display(path)}: {exc.strerror or exc}")
            continue
        if result.changed:
            changed_files += 1
            fixed += result.resolved  # not the fixes applied over all rounds (a nested call counts once)
            if args.diff:
                args._diffs = True
                sys.stdout.write(result.diff(_display(path)))
    verb = "Would fix" if args.diff else "Fixed"
    print(f"{verb} {fixed} finding{'s' if fixed != 1 else ''} in {changed_files} file{'s' if changed_files != 1 else ''}.",
          file=sys.stderr)
    return errors


_CWD = os.path.abspath(os.getcwd())


def _display(path: Path) -> str:
    absolute = os.path.abspath(path)
    shown = absolute[len(_CWD) + 1 :] if absolute.startswith(_CWD + os.sep) else os.fspath(path)
    return shown.replace(os.sep, "/") if os.sep != "/" else shown


def _render(fmt: str, items: list[Item], paths: list[str], args, errors: list[report.Error]) -> str:
    linted = set(paths)
    files = len(paths) + sum(1 for e in errors if e.path not in linted)  # paths that were never files count too
    if fmt == "json":
        return report.as_json(items, files, errors)
    if fmt == "sarif":
        return report.sarif(items, errors)
    if fmt == "github":
        return report.github(items, files, errors)
    if fmt == "junit":
        return report.junit(items, paths, errors)
    color = args.color == "always" or (args.color == "auto" and not args.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    line_cache: dict[str, list[str]] = {}

    def source_line(item: Item) -> str | None:
        if item.cell is not None:
            return None
        if item.path not in line_cache:
            try:
                line_cache[item.path] = source_lines(read(Path(item.path)).text)
            except (OSError, ReadError):
                line_cache[item.path] = []
        lines = line_cache[item.path]
        return lines[item.line - 1] if 0 < item.line <= len(lines) else None

    return report.text(items, files, source_line, color=color, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
