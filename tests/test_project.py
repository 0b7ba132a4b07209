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
