"""The README's promises: CI runs its exact test command; the examples show every rule."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from keras_lint.catalogue import RULES

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.*?)\n```", text, flags=re.S)


def test_ci_runs_the_readme_test_command_verbatim():
    test_command = next(c for c in _readme_commands() if "pytest" in c and "requirements/runtime.txt" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command.strip() in [line.strip() for line in ci]


def test_readme_examples_command_uses_the_keras_lint_command():
    examples_command = next(c for c in _readme_commands() if "examples/" in c)
    assert examples_command.strip() == "python -m pip install . && keras-lint check examples/"


def test_examples_command_reports_every_rule():
    proc = subprocess.run(
        [sys.executable, "-m", "flake8", "--isolated", "--select=KL", "examples/"],
        capture_output=True, text=True, cwd=ROOT,
    )
    codes = set(re.findall(r" (KL\d{3}) ", proc.stdout))
    assert codes == {r.code for r in RULES}, proc.stdout + proc.stderr
    assert "keras3_clean.py" not in proc.stdout


def _lowest_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements" / "lowest.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].split(";", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def test_lowest_constraints_are_setup_cfgs_lower_bounds():
    """CI's second run installs requirements/lowest.txt: it must be what setup.cfg allows at the
    bottom of each range, so the tested range is the declared one."""
    text = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    requires = text.split("install_requires =", 1)[1].split("\n\n", 1)[0].split("[", 1)[0]
    bounds = {}
    for line in requires.splitlines():
        m = re.match(r"\s*([A-Za-z0-9_.-]+)\s*>=\s*([0-9][0-9.]*)", line)
        if m:
            bounds[m.group(1).lower()] = m.group(2)
    def norm(version: str) -> tuple[int, ...]:
        parts = [int(p) for p in version.split(".")]
        return tuple(parts + [0] * (3 - len(parts)))

    assert bounds and {k: norm(v) for k, v in bounds.items()} == {k: norm(v) for k, v in _lowest_pins().items()}


def test_the_lowest_versions_run_has_the_lowest_versions():
    """In CI's lowest-versions run (KERAS_LINT_LOWEST_VERSIONS=1): what is installed is exactly
    requirements/lowest.txt, so a green run there proves the bottom of the ranges."""
    import os
    from importlib.metadata import PackageNotFoundError, version

    if not os.environ.get("KERAS_LINT_LOWEST_VERSIONS"):
        import pytest

        pytest.skip("only in CI's lowest-versions run")
    for name, pinned in _lowest_pins().items():
        try:
            assert version(name) == pinned, name
        except PackageNotFoundError:
            assert name == "tomli" and sys.version_info >= (3, 11)
