"""Bad input through all three front ends: each file gets a clear message or its findings, the
process ends with its documented exit code, nothing prints a traceback, and the good file beside
the bad ones is still linted (docs/command.md, "Bad input")."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from keras_lint.config import Target
from keras_lint.engine import MAX_SOURCE_CHARS
from keras_lint.lint import SourceError, lint_source

TIMEOUT = 180  # a hang fails the test instead of stalling the suite

FINDING = "keras.backend.is_keras_tensor(np.zeros(3))"  # KL101
HEADER = "import numpy as np\nimport keras\n"


def _nested_functions(depth: int) -> str:
    body = "".join("    " * i + f"def f{i}():\n" for i in range(depth))
    return HEADER + body + "    " * depth + f"return {FINDING}\n"


def _notebook(cells) -> bytes:
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()


def _code_cell(source) -> dict:
    return {"cell_type": "code", "source": source, "metadata": {}, "outputs": [], "execution_count": None}


# name -> (bytes, what the command says: "finding" (a KL101 on the given line), "clean", or an
# error text it must print for the file)
FILES: dict[str, tuple[bytes, str, int | None]] = {
    "good.py": ((HEADER + FINDING + "\n").encode(), "finding", 3),
    "empty.py": (b"", "clean", None),
    "bom_only.py": (b"\xef\xbb\xbf", "clean", None),
    "invalid_utf8.py": (HEADER.encode() + b"x = '\xff\xfe'\n" + FINDING.encode() + b"\n", "cannot decode", None),
    "latin1_cookie.py": (b"# -*- coding: latin-1 -*-\n" + HEADER.encode() + b"# caf\xe9\n" + FINDING.encode() + b"\n", "finding", 5),
    "null_byte.py": (HEADER.encode() + b"x = 1\x00\n" + FINDING.encode() + b"\n", "null", None),
    "crlf.py": ((HEADER + "\n" + FINDING + "\n").replace("\n", "\r\n").encode(), "finding", 4),
    "lone_cr.py": ((HEADER + "\n" + FINDING + "\n").replace("\n", "\r").encode(), "finding", 4),
    # a form feed and U+2028 are not line ends for Python: the noqa on line 4 hides line 4 only
    "form_feed.py": (
        (HEADER + "\x0c\n" + FINDING + "  # noqa: KL101\n" + FINDING + "\n").encode(), "finding", 5,
    ),
    "u2028.py": (
        (HEADER + "# a\u2028b\n" + FINDING + "  # noqa: KL101\n" + FINDING + "\n").encode(), "finding", 5,
    ),
    "python2.py": (HEADER.encode() + b'print "hello"\n' + FINDING.encode() + b"\n", "cannot parse", None),
    "match_statement.py": (
        (HEADER + "match np.zeros(3):\n    case x:\n        " + FINDING + "\n").encode(), "finding", 5,
    ),
    "pep695.py": (
        (HEADER + "def first[T](items: list[T]) -> T:\n    return items[0]\n" + FINDING + "\n").encode(),
        "finding" if sys.version_info >= (3, 12) else "cannot parse",
        5 if sys.version_info >= (3, 12) else None,
    ),
    "deep_expression.py": ((HEADER + "x = " + "(" * 1000 + "1" + ")" * 1000 + "\n" + FINDING + "\n").encode(), "cannot parse", None),
    # Python compiles it; astroid's recursive tree builder cannot (nor pyflakes, nor pylint: their
    # own crash, so this one goes through the command only)
    "deep_unary.py": ((HEADER + "x = " + "-" * 1000 + "1\n" + FINDING + "\n").encode(), "nested too deeply", None),
    "nested_99.py": (_nested_functions(99).encode(), "finding", 102),
    "nested_200.py": (_nested_functions(200).encode(), "cannot parse", None),
    "long_file.py": (
        (HEADER + "".join(f"layer_{i} = keras.layers.Dense({i % 7 + 1})\n" for i in range(50_000)) + FINDING + "\n").encode(),
        "finding", 50_003,
    ),
    "nb_invalid_json.ipynb": (b"{not json", "not a Jupyter notebook", None),
    "nb_cells_dict.ipynb": (_notebook({"a": 1}), "'cells' is an object", None),
    "nb_cells_null.ipynb": (_notebook(None), "'cells' is null", None),
    "nb_cells_ints.ipynb": (_notebook([1, 2]), "cell 1 is a number", None),
    "nb_source_ints.ipynb": (_notebook([_code_cell([1, 2])]), "the source of cell 1 is a list", None),
    "nb_magics.ipynb": (_notebook([_code_cell(["%matplotlib inline\n", "!pip install keras\n", HEADER, FINDING + "\n"])]), "finding", 5),
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad_input")
    project = root / "project"
    project.mkdir()
    for name, (data, _expect, _line) in FILES.items():
        (project / name).write_bytes(data)
    (project / "loop").mkdir()
    (project / "loop" / "again").symlink_to(project / "loop", target_is_directory=True)  # a directory loop in the tree
    (project / "self_loop.py").symlink_to(project / "self_loop.py")  # a file that links to itself
    os.mkfifo(project / "pipe.py")  # reading it would block forever
    (root / "loop_a").symlink_to(root / "loop_b")
    (root / "loop_b").symlink_to(root / "loop_a")
    return root


def _run(args, cwd, env=None):
    proc = subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd, timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
    return proc


def test_the_command_reports_every_bad_file_and_lints_the_rest(tree):
    proc = _run(["keras_lint", "check", "--no-cache", "--format", "json", "project", "loop_a", "/dev/null"], tree)
    assert proc.returncode == 2, proc.stderr  # unreadable input: documented as 2
    found = json.loads(proc.stdout)["findings"]
    by_file: dict[str, list[int]] = {}
    for f in found:
        by_file.setdefault(Path(f["path"]).name, []).append(f["line"])
    errors = proc.stderr
    for name, (_data, expect, line) in FILES.items():
        if expect == "finding":
            assert by_file.get(name) == [line], (name, by_file.get(name), errors)
        elif expect == "clean":
            assert name not in by_file and name not in errors, name
        else:
            assert name not in by_file, name
            assert any(name in e and expect in e for e in errors.splitlines()), (name, expect, errors)
    assert "loop_a: a symlink loop" in errors
    assert "/dev/null: not a regular file or directory" in errors
    assert "self_loop.py" in errors  # read, and reported
    assert "pipe.py" not in errors + proc.stdout  # skipped: not a regular file


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_with_workers_gives_the_same(tree, jobs):
    proc = _run(["keras_lint", "check", "--no-cache", "--format", "json", "-j", jobs, "project"], tree)
    assert proc.returncode == 2
    names = sorted(Path(f["path"]).name for f in json.loads(proc.stdout)["findings"])
    assert names == sorted(n for n, (_d, e, _l) in FILES.items() if e == "finding" and n.endswith(".py") or n == "nb_magics.ipynb" and e == "finding")


def test_exit_zero_reports_errors_and_exits_0(tree):
    """As flake8's and ruff's --exit-zero: report everything, exit 0; a usage error still exits 2."""
    proc = _run(["keras_lint", "check", "--no-cache", "--exit-zero", "project/good.py", "project/python2.py"], tree)
    assert proc.returncode == 0 and "python2.py" in proc.stderr and "good.py:3" in proc.stdout
    assert _run(["keras_lint", "check", "--exit-zero", "--keras-version", "7", "project/good.py"], tree).returncode == 2


# the files every front end judges alike; the others: deep_unary.py (pyflakes and pylint crash on
# it themselves) and invalid_utf8.py (flake8 decodes it as latin-1, pylint reports F0010 and the
# command an error: each front end's own convention, see docs/command.md)
_OWN_CONVENTIONS = {"deep_unary.py", "invalid_utf8.py"}


def _py_files() -> list[str]:
    return sorted(n for n in FILES if n.endswith(".py") and n not in _OWN_CONVENTIONS)


def test_flake8_lints_every_python_file_it_can_parse(tree):
    files = _py_files()
    if sys.version_info < (3, 11):  # Python 3.10's parser raises ValueError on a null byte, which flake8 < 7.1 does not catch
        files = [n for n in files if n != "null_byte.py"]
    proc = _run(["flake8", "--isolated", "--select=KL,E999,E902", "-j", "2", *(f"project/{n}" for n in files)], tree)
    out = proc.stdout
    for name in files:
        _data, expect, line = FILES[name]
        lines = [ln for ln in out.splitlines() if ln.startswith(f"project/{name}:")]
        if expect == "finding":
            assert [ln.split(":")[1] for ln in lines if " KL101 " in ln] == [str(line)], (name, lines)
        elif expect in ("cannot parse", "null"):
            assert any(" E999 " in ln for ln in lines), (name, lines)
        assert not any(" KL900 " in ln for ln in lines), (name, lines)


def test_pylint_lints_every_python_file_it_can_parse(tree):
    args = ["pylint", "--disable=all", "--enable=keras-lint,syntax-error", "--load-plugins=keras_lint", "--persistent=n",
            "--output-format=json", *(f"project/{n}" for n in _py_files())]
    proc = _run(args, tree)
    messages = json.loads(proc.stdout)
    for name in _py_files():
        _data, expect, line = FILES[name]
        mine = [m for m in messages if Path(m["path"]).name == name]
        if expect == "finding":
            assert [m["line"] for m in mine if m["symbol"] == "is-keras-tensor-on-raw-tensor"] == [line], (name, mine)
        elif expect in ("cannot parse", "null"):
            assert any(m["symbol"] == "syntax-error" for m in mine), (name, mine)
        assert not any(m["symbol"] == "internal-error" for m in mine), (name, mine)


def test_a_source_too_large_to_analyse_is_refused_before_it_is_parsed():
    """A 10 MB one-line list took gigabytes in astroid: keras-lint refuses it with a clear
    message, before parsing (the command and flake8; under pylint, pylint has built the tree
    already and keras-lint reports KL900 instead of inferring on it)."""
    huge = HEADER + "x = [" + "1, " * (MAX_SOURCE_CHARS // 3 + 10) + "]\n" + FINDING + "\n"
    with pytest.raises(SourceError, match="not analysed: .* million characters"):
        lint_source(huge, Target(), path="huge.py")
    from keras_lint.flake8_plugin import KerasLintFlake8

    results = list(KerasLintFlake8(ast.Module(body=[], type_ignores=[]), huge.splitlines(True), "huge.py").run())
    assert [(r[0], r[2].split()[0]) for r in results] == [(1, "KL900")]
    assert "could not analyse this file" in results[0][2] and "none of its rules ran" in results[0][2]


def test_the_command_refuses_a_huge_file_quickly(tmp_path):
    (tmp_path / "huge.py").write_text(HEADER + "x = [" + "1, " * (MAX_SOURCE_CHARS // 3 + 10) + "]\n" + FINDING + "\n")
    (tmp_path / "good.py").write_text(HEADER + FINDING + "\n")
    proc = _run(["keras_lint", "check", "--no-cache", "."], tmp_path)
    assert proc.returncode == 2
    assert "huge.py: not analysed" in proc.stderr and "good.py:3" in proc.stdout


def test_syntax_errors_name_the_users_line_not_an_internal_module():
    with pytest.raises(SourceError) as info:
        lint_source(_nested_functions(200), Target(), path="deep.py")
    message = str(info.value)
    assert message.startswith("deep.py: line 103, column 1: cannot parse: too many levels of indentation")
    assert "keras_lint_checked" not in message


def test_a_file_over_the_time_budget_is_reported_and_the_run_goes_on(tmp_path):
    """A hang (here: a rule that never returns) ends with a clear message after
    KERAS_LINT_FILE_TIMEOUT seconds, in the command and in flake8, and the next file is linted."""
    (tmp_path / "a_slow.py").write_text(HEADER + "import torch\nisinstance(np.zeros(3), torch.Tensor)\n")
    (tmp_path / "b_good.py").write_text(HEADER + FINDING + "\n")
    hang = (
        "import sys, time\n"
        "from keras_lint.rules import torch_tensor_check_in_keras_code as torch_check\n"
        "def forever(self, node, ctx):\n"
        "    while True:\n"
        "        time.sleep(0.01)\n"
        "    yield\n"
        "for name in dir(torch_check):\n"
        "    klass = getattr(torch_check, name)\n"
        "    if isinstance(klass, type) and getattr(klass, 'rule', None) is not None and klass.rule.code == 'KL102':\n"
        "        klass.check = forever\n"
    )
    env = {"KERAS_LINT_FILE_TIMEOUT": "2"}
    script = hang + "from keras_lint.cli import main\nsys.exit(main(['check', '--no-cache', '.']))\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=TIMEOUT,
                          env={**os.environ, **env})
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "a_slow.py: not analysed: took longer than 2 s" in proc.stderr
    assert "b_good.py:3" in proc.stdout
    script = hang + "from flake8.main.cli import main\nsys.argv = ['flake8', '--isolated', '--select=KL', '-j', '1', '.']\nmain()\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=TIMEOUT,
                          env={**os.environ, **env})
    assert "a_slow.py:1:1: KL900" in proc.stdout and "took longer than 2 s" in proc.stdout, proc.stdout + proc.stderr
    assert "b_good.py:3:1: KL101" in proc.stdout


def test_the_time_budget_leaves_a_hosts_own_timer_and_other_threads_alone():
    import signal
    import threading
    import time

    from keras_lint.budget import OverBudget, time_budget

    with pytest.raises(OverBudget):
        with time_budget(0.2):
            time.sleep(5)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    signal.setitimer(signal.ITIMER_REAL, 30)  # the host's own timer: keras-lint sets none
    try:
        with time_budget(0.1):
            time.sleep(0.3)
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 20
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    done = []

    def in_thread():
        with time_budget(0.1):
            time.sleep(0.3)
        done.append(True)

    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    assert done == [True]


def test_an_unreadable_file_is_an_error_and_the_others_are_linted(tmp_path, monkeypatch, capsys):
    """Permission denied (simulated: CI runs as root, who can read anything): a clear error for
    that file, exit 2, and the other file's finding."""
    from keras_lint import cli

    (tmp_path / "a_locked.py").write_text(HEADER + FINDING + "\n")
    (tmp_path / "b_good.py").write_text(HEADER + FINDING + "\n")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "a_locked.py":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.chdir(tmp_path)
    code = cli.main(["check", "--no-cache", "."])
    out, err = capsys.readouterr()
    assert code == 2
    assert "a_locked.py: Permission denied" in err
    assert "b_good.py:3" in out and "a_locked.py:3" not in out
