"""The functional corpus: files under tests/functional with pylint-style inline expectations.

A line ending in ``# [symbol]`` (or ``# [sym1, sym2]``) expects those findings on that line;
``# +N: [symbol]`` / ``# -N: [symbol]`` on line L expects them on line L+N / L-N. An optional
sibling ``<case>.rc`` holds the target in a ``[keras-lint]`` section.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from keras_lint.catalogue import ALL_RULES, BY_SYMBOL

ROOT = Path(__file__).resolve().parent
FUNCTIONAL = ROOT / "functional"
EMPTY_RC = ROOT / "empty_pylintrc"

_EXPECT_RE = re.compile(r"#\s*(?:(?P<offset>[+-]\d+):\s*)?\[(?P<symbols>[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\]\s*$")
OPTION_NAMES = ("keras-version", "keras-backend", "tensorflow-version")


@dataclass(frozen=True)
class Case:
    path: Path
    options: tuple[tuple[str, str], ...]

    @property
    def id(self) -> str:
        return str(self.path.relative_to(FUNCTIONAL).with_suffix(""))

    def expected(self) -> Counter:
        """Counter of (line, code) the case expects."""
        out: Counter = Counter()
        for lineno, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
            m = _EXPECT_RE.search(line)
            if not m:
                continue
            target = lineno + int(m.group("offset") or 0)
            for symbol in (s.strip() for s in m.group("symbols").split(",")):
                if symbol in BY_SYMBOL:
                    out[(target, BY_SYMBOL[symbol].code)] += 1
        return out


def discover() -> list[Case]:
    cases = []
    for path in sorted(FUNCTIONAL.rglob("*.py")):
        rc = path.with_suffix(".rc")
        options: dict[str, str] = {}
        if rc.exists():
            parser = configparser.ConfigParser()
            parser.read(rc, encoding="utf-8")
            if parser.has_section("keras-lint"):
                options = {k: v.strip() for k, v in parser.items("keras-lint") if k in OPTION_NAMES}
        cases.append(Case(path, tuple(sorted(options.items()))))
    return cases


def CASES_ROOT_FILES() -> list[Path]:
    """Every Python file of the corpus: the functional cases and the shipped examples."""
    return sorted(FUNCTIONAL.rglob("*.py")) + sorted((ROOT.parent / "examples").glob("*.py"))


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KERAS_BACKEND", None)  # the target comes from the case, not the test machine
    env.update(extra or {})
    return env


def run_pylint(
    paths: list[Path], options: tuple[tuple[str, str], ...], plugin: bool = True, only_plugin: bool = True, env: dict[str, str] | None = None
) -> list[dict]:
    """pylint's JSON messages for ``paths`` (a subprocess: a fresh astroid each time)."""
    args = [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--output-format=json", "--persistent=n", "--score=n"]
    if plugin:
        args.append("--load-plugins=keras_lint")
        args += [f"--{k}={v}" for k, v in options]
    if only_plugin:
        args += ["--disable=all", "--enable=" + ",".join(r.symbol for r in ALL_RULES)]
    args += [str(p) for p in paths]
    proc = subprocess.run(args, capture_output=True, text=True, env=_env(env), cwd=ROOT)
    if proc.returncode & 32 or not proc.stdout.strip().startswith("["):
        raise AssertionError(f"pylint failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout)


_FLAKE8_RE = re.compile(r"^(?P<path>.*?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<text>.*)$")


def run_flake8(paths: list[Path], options: tuple[tuple[str, str], ...], env: dict[str, str] | None = None, jobs: int = 1) -> list[dict]:
    args = [sys.executable, "-m", "flake8", "--isolated", "--select=KL", "-j", str(jobs)]
    args += [f"--{k}={v}" for k, v in options]
    args += [str(p) for p in paths]
    proc = subprocess.run(args, capture_output=True, text=True, env=_env(env), cwd=ROOT)
    if proc.returncode not in (0, 1) or proc.stderr.strip():
        raise AssertionError(f"flake8 failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    out = []
    for line in proc.stdout.splitlines():
        m = _FLAKE8_RE.match(line)
        if m:
            out.append({"path": m["path"], "line": int(m["line"]), "col": int(m["col"]), "code": m["code"], "message": m["text"]})
    return out


def run_command(paths: list[Path], options: tuple[tuple[str, str], ...], env: dict[str, str] | None = None) -> tuple[list[dict], str]:
    """``keras-lint check -v --format json``: its findings (as the plugins' dicts) and its stderr."""
    args = [sys.executable, "-m", "keras_lint", "check", "--no-cache", "--no-gitignore", "-v", "--format", "json"]
    args += [f"--{k}={v}" for k, v in options]
    args += [str(p) for p in paths]
    proc = subprocess.run(args, capture_output=True, text=True, env=_env(env), cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise AssertionError(f"keras-lint failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    found = json.loads(proc.stdout)["findings"]
    out = [{"path": f["path"], "line": f["line"], "col": f["column"], "code": f["code"], "message": f["message"]} for f in found]
    return out, proc.stderr
