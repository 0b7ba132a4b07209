"""Options reach the engine from each front end's own configuration files and command line."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# numpy array passed to tf_keras-free keras: Keras 3 says "always False", Keras 2 "raises"
SRC = textwrap.dedent(
    """\
    import numpy as np
    import keras

    keras.backend.is_keras_tensor(np.zeros(3))
    """
)
TORCH_SRC = textwrap.dedent(
    """\
    import keras
    import torch


    def f(x):
        return isinstance(x, torch.Tensor)
    """
)


def _run(cmd, cwd):
    return subprocess.run([sys.executable, "-m", *cmd], capture_output=True, text=True, cwd=cwd)


def test_pylint_reads_pyproject_section(tmp_path):
    (tmp_path / "m.py").write_text(SRC, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pylint.main]\nload-plugins = ["keras_lint"]\ndisable = ["all"]\nenable = ["keras-lint"]\n'
        '[tool.pylint.keras-lint]\nkeras-version = "2"\n',
        encoding="utf-8",
    )
    proc = _run(["pylint", "--persistent=n", "m.py"], tmp_path)
    assert "raises ValueError in Keras 2" in proc.stdout, proc.stdout + proc.stderr
    proc3 = _run(["pylint", "--persistent=n", "--keras-version=3", "m.py"], tmp_path)
    assert "is always False" in proc3.stdout, proc3.stdout + proc3.stderr


def test_flake8_reads_setup_cfg_and_command_line(tmp_path):
    (tmp_path / "m.py").write_text(SRC, encoding="utf-8")
    (tmp_path / "t.py").write_text(TORCH_SRC, encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[flake8]\nselect = KL\nkeras-version = 2\nkeras-backend = torch\n", encoding="utf-8")
    proc = _run(["flake8", "m.py", "t.py"], tmp_path)
    assert "m.py:4:1: KL101" in proc.stdout and "raises ValueError in Keras 2" in proc.stdout, proc.stdout + proc.stderr
    assert "t.py" not in proc.stdout  # torch backend: torch checks are legitimate
    proc = _run(["flake8", "--keras-version=3", "--keras-backend=tensorflow", "m.py", "t.py"], tmp_path)
    assert "is always False" in proc.stdout and "t.py:6:12: KL102" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.parametrize("front_end", ["pylint", "flake8"])
def test_bad_option_value_is_a_clear_error(tmp_path, front_end):
    (tmp_path / "m.py").write_text(SRC, encoding="utf-8")
    if front_end == "pylint":
        proc = _run(["pylint", "--load-plugins=keras_lint", "--persistent=n", "--keras-version=5", "m.py"], tmp_path)
    else:
        proc = _run(["flake8", "--isolated", "--keras-version=5", "m.py"], tmp_path)
    assert proc.returncode != 0
    assert "keras-lint: keras-version must be 2, 3 or auto" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "comment",
    ["# noqa: KL101", "# noqa", "# pylint: disable=is-keras-tensor-on-raw-tensor", "# pylint: disable=W7101"],
)
def test_every_suppression_spelling_works_in_both_plugins(tmp_path, comment):
    (tmp_path / "m.py").write_text(SRC.replace("np.zeros(3))", f"np.zeros(3))  {comment}"), encoding="utf-8")
    flake = _run(["flake8", "--isolated", "--select=KL", "m.py"], tmp_path)
    lint = _run(["pylint", "--load-plugins=keras_lint", "--disable=all", "--enable=keras-lint", "--persistent=n", "m.py"], tmp_path)
    assert flake.returncode == 0 and "KL101" not in flake.stdout, flake.stdout
    assert "W7101" not in lint.stdout, lint.stdout
    other = comment.replace("KL101", "KL201").replace("W7101", "E7201").replace("is-keras-tensor-on-raw-tensor", "placeholder-in-keras-graph")
    if other != comment:  # suppressing another rule hides nothing
        (tmp_path / "m.py").write_text(SRC.replace("np.zeros(3))", f"np.zeros(3))  {other}"), encoding="utf-8")
        assert "KL101" in _run(["flake8", "--isolated", "--select=KL", "m.py"], tmp_path).stdout
