"""The pre-commit hooks, tried against a temporary git repository with `pre-commit try-repo`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = "import numpy as np\nimport keras\n\nx = np.zeros(3)\nprint(keras.backend.is_keras_tensor(x))\n"


def _pre_commit() -> list[str]:
    exe = shutil.which("pre-commit", path=os.path.dirname(sys.executable))
    if exe is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("pre-commit must be installed in CI (requirements/test.txt)")
        pytest.skip("pre-commit is not installed")
    return [exe]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> tuple[Path, dict]:
    repo = tmp_path_factory.mktemp("user-repo")
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "dev@example.invalid")
    _git(repo, "config", "user.name", "dev")
    (repo / "model.py").write_text(BAD, encoding="utf-8")
    _git(repo, "add", "model.py")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")))
    return repo, env


def test_check_hook_reports_and_fails(repo):
    path, env = repo
    proc = subprocess.run([*_pre_commit(), "try-repo", str(ROOT), "keras-lint", "--all-files"],
                          cwd=path, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "model.py:5:7: KL101" in proc.stdout


def test_fix_hook_rewrites_the_file(repo):
    path, env = repo
    proc = subprocess.run([*_pre_commit(), "try-repo", str(ROOT), "keras-lint-fix", "--all-files"],
                          cwd=path, env=env, capture_output=True, text=True, timeout=900)
    # pre-commit fails a hook that modified files, as it does for every formatter
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "print(keras.ops.is_tensor(x))" in (path / "model.py").read_text(encoding="utf-8")
    again = subprocess.run([*_pre_commit(), "try-repo", str(ROOT), "keras-lint", "--all-files"],
                           cwd=path, env=env, capture_output=True, text=True, timeout=900)
    assert again.returncode == 0, again.stdout + again.stderr
