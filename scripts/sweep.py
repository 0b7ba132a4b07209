"""Lint every Python file of installed packages and the standard library through keras-lint's
front ends, and record what happened: crashes, KL900s, hangs, peak memory, findings, and where
the front ends disagree.

    python scripts/sweep.py                       # site-packages + stdlib of this interpreter
    python scripts/sweep.py --roots DIR [DIR ...] --pylint-files 3000 --markdown docs/sweep.md
    python scripts/sweep.py --sample 300          # a deterministic sample (what CI runs)

Each front end runs as a subprocess of this interpreter, on absolute paths, in chunks:
``keras-lint check -j 2`` and ``flake8 --select=KL -j 2`` on every file, pylint (with only the
plugin's messages) on a deterministic sample of ``--pylint-files``. Every file has a hard time
budget (``KERAS_LINT_FILE_TIMEOUT``, ``--file-timeout``): a file over it is a hang, even when the
time is astroid's. Exit status 1 when anything keras-lint is responsible for went wrong (a crash,
a KL900, a hang, a disagreement between the front ends), else 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections import Counter
from pathlib import Path

FLAKE8_LINE = re.compile(r"^(?P<path>.*?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<text>.*)$")
HOST_PLUGIN_FAILURE = re.compile(r'^(?P<path>.*?): "(?P<plugin>[^"]+)" failed during execution')


def default_roots() -> list[str]:
    paths = sysconfig.get_paths()
    roots = {paths["purelib"], paths["platlib"], paths["stdlib"]}
    return sorted(r for r in roots if os.path.isdir(r))


def python_files(roots: list[str]) -> list[str]:
    """Regular ``*.py`` files under ``roots`` (the stdlib root without its site-packages unless
    that is a root itself), each once, sorted."""
    root_set = {os.path.realpath(r) for r in roots}
    found: set[str] = set()
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [
                d for d in dirnames
                if d != "__pycache__" and (os.path.realpath(os.path.join(dirpath, d)) in root_set or d != "site-packages")
            ]
            for name in filenames:
                if name.endswith(".py"):
                    path = os.path.join(dirpath, name)
                    if os.path.isfile(path) and not os.path.islink(path):
                        found.add(os.path.abspath(path))
    return sorted(found)


def sample(files: list[str], count: int, seed: int) -> list[str]:
    """``count`` files spread over the top-level packages (round robin), deterministic."""
    if count >= len(files):
        return list(files)
    by_package: dict[str, list[str]] = {}
    for path in files:
        parts = Path(path).parts
        key = next((parts[i + 1] for i in range(len(parts) - 1) if parts[i] in ("site-packages", "sweep-extra")), parts[-2])
        by_package.setdefault(key, []).append(path)
    rng = random.Random(seed)
    pools = [rng.sample(v, len(v)) for _k, v in sorted(by_package.items())]
    picked: list[str] = []
    while len(picked) < count:
        for pool in pools:
            if pool and len(picked) < count:
                picked.append(pool.pop())
        pools = [p for p in pools if p]
    return sorted(picked)


def run(args: list[str], env: dict[str, str], timeout: float) -> tuple[int, str, str, int, float]:
    """(returncode, stdout, stderr, peak RSS in MB of the process tree, seconds); -9 on timeout."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        deadline = start + timeout
        status = rusage = None
        while status is None:
            pid, status_code, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                status, rusage = status_code, usage
                break
            if time.perf_counter() > deadline:
                proc.kill()
                _pid, status, rusage = os.wait4(proc.pid, 0)
                status = None
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status) if status is not None else -9
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    return proc.returncode, stdout, stderr, int(rusage.ru_maxrss / 1024) if rusage else 0, time.perf_counter() - start


def chunks(items: list[str], size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


class FrontEnd:
    def __init__(self, name: str) -> None:
        self.name = name
        self.findings: Counter = Counter()  # (path, line, code)
        self.kl900: list[str] = []
        self.hangs: list[str] = []
        self.crashes: list[str] = []
        self.errors: list[str] = []  # files the front end could not analyse, with its message
        self.host_failures: list[str] = []  # another plugin of the host failed (not keras-lint)
        self.files = 0
        self.peak_mb = 0
        self.seconds = 0.0

    def record(self, code: int, stderr: str, peak: int, seconds: float, what: str) -> None:
        self.peak_mb = max(self.peak_mb, peak)
        self.seconds += seconds
        if code == -9:
            self.hangs.append(f"{what}: killed after the chunk timeout")
        if "Traceback (most recent call last)" in stderr and not HOST_PLUGIN_FAILURE.search(stderr):
            self.crashes.append(f"{what}: {stderr.strip().splitlines()[-1][:300] if stderr.strip() else code}")

    def summary(self) -> dict:
        codes = Counter(code for (_p, _l, code), n in self.findings.items() for _ in range(n))
        return {
            "files": self.files, "findings": sum(self.findings.values()), "by_code": dict(sorted(codes.items())),
            "kl900": len(self.kl900), "hangs": len(self.hangs), "crashes": len(self.crashes),
            "not_analysed": len(self.errors), "host_failures": len(self.host_failures),
            "peak_mb": self.peak_mb, "seconds": round(self.seconds, 1),
            "kl900_messages": self.kl900[:20], "hang_list": self.hangs[:20], "crash_list": self.crashes[:20],
            "errors_sample": self.errors[:20], "host_failure_list": self.host_failures[:20],
        }


def run_command(files: list[str], env: dict[str, str], config: str, chunk: int, timeout: float) -> FrontEnd:
    fe = FrontEnd("command")
    for part in chunks(files, chunk):
        args = [sys.executable, "-m", "keras_lint", "check", "--no-cache", "--no-gitignore", "--config", config,
                "--format", "json", "--exit-zero", "-j", "2", *part]
        code, out, err, peak, secs = run(args, env, timeout)
        fe.record(code, err, peak, secs, f"command chunk of {len(part)}")
        fe.files += len(part)
        if code in (0, 1, 2) and out.strip():
            for f in json.loads(out)["findings"]:
                fe.findings[(f["path"], f["line"], f["code"])] += 1
                if f["code"] == "KL900":
                    fe.kl900.append(f"{f['path']}: {f['message'][:300]}")
        elif code not in (-9,):
            fe.crashes.append(f"command exited {code}: {err.strip()[-300:]}")
        for line in err.splitlines():
            if line.startswith("keras-lint: error: "):
                message = line[len("keras-lint: error: "):]
                (fe.hangs if "took longer than" in message else fe.errors).append(message)
    return fe


def run_flake8(files: list[str], env: dict[str, str], chunk: int, timeout: float) -> FrontEnd:
    fe = FrontEnd("flake8")
    pending = list(chunks(files, chunk))
    while pending:
        part = pending.pop(0)
        args = [sys.executable, "-m", "flake8", "--isolated", "--select=KL", "-j", "2", *part]
        code, out, err, peak, secs = run(args, env, timeout)
        failed = HOST_PLUGIN_FAILURE.search(err) or HOST_PLUGIN_FAILURE.search(out)
        if failed and failed.group("plugin").split("[")[0] != "keras-lint":
            # pyflakes / pycodestyle gave up on a file (deep nesting): flake8 stops the whole run
            fe.host_failures.append(f"{failed.group('path')}: {failed.group('plugin')}")
            bad = os.path.abspath(failed.group("path"))
            rest = [p for p in part if os.path.abspath(p) != bad]
            if len(rest) < len(part):
                pending.insert(0, rest)
                continue
        fe.record(code, err, peak, secs, f"flake8 chunk of {len(part)}")
        fe.files += len(part)
        if code not in (0, 1, -9):
            fe.crashes.append(f"flake8 exited {code}: {err.strip()[-300:]}")
        for line in out.splitlines():
            m = FLAKE8_LINE.match(line)
            if m and m["code"].startswith("KL"):
                fe.findings[(os.path.abspath(m["path"]), int(m["line"]), m["code"])] += 1
                if m["code"] == "KL900":
                    (fe.hangs if "took longer than" in m["text"] else fe.kl900).append(f"{m['path']}: {m['text'][:300]}")
    return fe


def run_pylint(files: list[str], env: dict[str, str], chunk: int, timeout: float) -> FrontEnd:
    fe = FrontEnd("pylint")
    for part in chunks(files, chunk):
        args = [sys.executable, "-m", "pylint", "--load-plugins=keras_lint", "--disable=all", "--enable=keras-lint",
                "--persistent=n", "--score=n", "--output-format=json", "--jobs=2", *part]
        code, out, err, peak, secs = run(args, env, timeout)
        fe.record(code, err, peak, secs, f"pylint chunk of {len(part)}")
        fe.files += len(part)
        if code == -9 or code & 32 or not out.strip().startswith("["):
            if code != -9:
                fe.crashes.append(f"pylint exited {code}: {err.strip()[-300:]}")
            continue
        for m in json.loads(out):
            if m["symbol"] == "internal-error":
                (fe.hangs if "took longer than" in m["message"] else fe.kl900).append(f"{m['path']}: {m['message'][:300]}")
            code = _code_of(m["symbol"])
            if code.startswith("KL"):  # pylint's own messages (syntax-error...) are not keras-lint's
                fe.findings[(os.path.abspath(m["path"]), m["line"], code)] += 1
    return fe


def _code_of(symbol: str) -> str:
    from keras_lint.catalogue import BY_SYMBOL

    return BY_SYMBOL[symbol].code if symbol in BY_SYMBOL else symbol


def disagreements(a: FrontEnd, b: FrontEnd, files: list[str]) -> list[str]:
    """(path, line, code) one reports and the other does not, on the files both linted (the
    files either could not analyse left out)."""
    wanted = {os.path.abspath(f) for f in files}
    unanalysed = {e.split(": ", 1)[0] for e in a.errors + b.errors}
    keep = lambda key: key[0] in wanted and key[0] not in unanalysed and key[2] != "KL900"  # noqa: E731
    left = Counter({k: n for k, n in a.findings.items() if keep(k)})
    right = Counter({k: n for k, n in b.findings.items() if keep(k)})
    return [f"{a.name} only: {k}" for k in sorted(left - right)] + [f"{b.name} only: {k}" for k in sorted(right - left)]


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0]}
    for name in ("keras-lint", "astroid", "pylint", "flake8", "tensorflow", "keras", "tf-keras", "torch", "numpy", "scipy", "pandas"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out


def markdown(result: dict) -> str:
    lines = [
        "# Sweep: keras-lint over installed packages and the standard library",
        "",
        "Generated by `python scripts/sweep.py` (see its docstring); rerun it to check again.",
        "",
        f"- run: {result['date']}, {result['seconds']:.0f} s, roots: {', '.join(result['roots'])}",
        f"- versions: {', '.join(f'{k} {v}' for k, v in result['versions'].items())}",
        f"- files: {result['files']} (pylint: a sample of {result['pylint_files']})",
        "",
        "| front end | files | findings | KL900 | hangs | crashes | not analysed | host plugin failures | peak MB | seconds |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in result["front_ends"].items():
        lines.append(
            f"| {name} | {s['files']} | {s['findings']} | {s['kl900']} | {s['hangs']} | {s['crashes']} | {s['not_analysed']} "
            f"| {s['host_failures']} | {s['peak_mb']} | {s['seconds']} |"
        )
    lines += ["", "Findings per rule: " + "; ".join(f"{name}: " + (", ".join(f"{c} {n}" for c, n in s["by_code"].items()) or "none")
                                                    for name, s in result["front_ends"].items()), ""]
    lines.append(f"Disagreements between front ends: {len(result['disagreements'])}")
    lines += [f"- {d}" for d in result["disagreements"][:30]]
    for name, s in result["front_ends"].items():
        for label, key in (("KL900", "kl900_messages"), ("hangs", "hang_list"), ("crashes", "crash_list"),
                           ("not analysed (sample)", "errors_sample"), ("host plugin failures", "host_failure_list")):
            if s[key]:
                lines += ["", f"{name}, {label}:"] + [f"- `{x}`" for x in s[key]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--roots", nargs="+", default=None, help="folders to sweep (default: site-packages and the stdlib)")
    parser.add_argument("--sample", type=int, default=0, help="lint only this many files, spread over the packages")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--front-ends", default="command,flake8,pylint")
    parser.add_argument("--pylint-files", type=int, default=3000, help="how many of the files pylint lints")
    parser.add_argument("--chunk", type=int, default=1500)
    parser.add_argument("--file-timeout", type=float, default=60.0, help="KERAS_LINT_FILE_TIMEOUT for every file")
    parser.add_argument("--chunk-timeout", type=float, default=3600.0)
    parser.add_argument("--json", help="write the result as JSON here")
    parser.add_argument("--markdown", help="write the summary as Markdown here")
    args = parser.parse_args(argv)

    roots = [os.path.abspath(r) for r in (args.roots or default_roots())]
    files = python_files(roots)
    if args.sample:
        files = sample(files, args.sample, args.seed)
    wanted = {name.strip() for name in args.front_ends.split(",") if name.strip()}
    env = {**os.environ, "KERAS_LINT_FILE_TIMEOUT": str(args.file_timeout)}
    env.pop("KERAS_BACKEND", None)
    start = time.perf_counter()
    front_ends: dict[str, FrontEnd] = {}
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "pyproject.toml")
        Path(config).write_text("[tool.keras-lint]\n", encoding="utf-8")
        if "command" in wanted:
            front_ends["command"] = run_command(files, env, config, args.chunk, args.chunk_timeout)
        if "flake8" in wanted:
            front_ends["flake8"] = run_flake8(files, env, args.chunk, args.chunk_timeout)
        pylint_files = sample(files, args.pylint_files, args.seed) if "pylint" in wanted else []
        if pylint_files:
            front_ends["pylint"] = run_pylint(pylint_files, env, 300, args.chunk_timeout)
    disagree: list[str] = []
    if "command" in front_ends and "flake8" in front_ends:
        disagree += disagreements(front_ends["command"], front_ends["flake8"], files)
    if "command" in front_ends and "pylint" in front_ends:
        disagree += disagreements(front_ends["command"], front_ends["pylint"], pylint_files)
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "seconds": time.perf_counter() - start,
        "roots": roots,
        "versions": versions(),
        "files": len(files),
        "pylint_files": len(pylint_files),
        "front_ends": {name: fe.summary() for name, fe in front_ends.items()},
        "disagreements": disagree,
    }
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        Path(args.markdown).write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    bad = disagree or any(s["kl900"] or s["hangs"] or s["crashes"] for s in result["front_ends"].values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
