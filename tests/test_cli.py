"""The keras-lint command, run as users run it: the installed console script in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

BAD = textwrap.dedent(
    """\
    import numpy as np
    import keras

    x = np.zeros(3)
    keras.backend.is_keras_tensor(x)
    """
)
CLEAN = "import keras\n\ninp = keras.Input((3,))\nprint(keras.backend.is_keras_tensor(inp))\n"


def keras_lint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("keras-lint", path=os.path.dirname(sys.executable)) or shutil.which("keras-lint")
    cmd = [exe] if exe else [sys.executable, "-m", "keras_lint"]
    env = {k: v for k, v in os.environ.items() if k != "KERAS_BACKEND"}
    return subprocess.run([*cmd, *args], capture_output=True, text=True, cwd=cwd, env=env)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "bad.py").write_text(BAD, encoding="utf-8")
    (tmp_path / "pkg" / "clean.py").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_exit_codes_and_text_output(project):
    proc = keras_lint("check", "pkg", "--no-cache", cwd=project)
    assert proc.returncode == 1, proc.stderr
    assert "pkg/bad.py:5:1: KL101 is_keras_tensor(x) is always False" in proc.stdout
    assert "    keras.backend.is_keras_tensor(x)\n    ^^^^" in proc.stdout  # excerpt and caret
    assert "use instead: keras.ops.is_tensor(x)" in proc.stdout
    assert proc.stdout.rstrip().endswith("Found 1 finding in 1 of 2 files (KL101 is-keras-tensor-on-raw-tensor: 1).")
    assert keras_lint("check", "pkg/clean.py", "--no-cache", cwd=project).returncode == 0
    assert keras_lint("check", "pkg", "--no-cache", "--exit-zero", cwd=project).returncode == 0
    assert keras_lint("check", "nowhere", cwd=project).returncode == 2
    assert keras_lint("check", "pkg", "--select", "KL999", cwd=project).returncode == 2
    assert keras_lint("check", "pkg", "--keras-version", "7", cwd=project).returncode == 2


def test_python_dash_m_is_the_same_command(project):
    proc = subprocess.run([sys.executable, "-m", "keras_lint", "check", "pkg", "--no-cache", "--format", "json"],
                          capture_output=True, text=True, cwd=project)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"][0]["code"] == "KL101"


def test_select_and_ignore_by_code_symbol_or_prefix(project):
    for flags, expected in [
        (["--select", "KL2"], 0),
        (["--select", "is-keras-tensor-on-raw-tensor"], 1),
        (["--select", "KL"], 1),
        (["--ignore", "W7101"], 0),
        (["--select", "KL1", "--ignore", "KL101"], 0),
    ]:
        assert keras_lint("check", "pkg", "--no-cache", *flags, cwd=project).returncode == expected, flags


def test_json_is_stable_and_documented(project):
    proc = keras_lint("check", "pkg", "--no-cache", "--format", "json", cwd=project)
    doc = json.loads(proc.stdout)
    assert doc["version"] == 1 and doc["tool"]["name"] == "keras-lint" and doc["files"] == 2
    (finding,) = doc["findings"]
    assert finding == {
        "path": "pkg/bad.py", "line": 5, "column": 1, "end_line": 5, "end_column": 33, "code": "KL101",
        "symbol": "is-keras-tensor-on-raw-tensor", "msgid": "W7101", "message": finding["message"],
        "replacement": "keras.ops.is_tensor(x)", "cell": None, "fix": "safe",
    }
    again = keras_lint("check", "pkg", "--no-cache", "--format", "json", cwd=project)
    assert again.stdout == proc.stdout


def test_sarif_is_valid_against_the_official_schema(project):
    jsonschema = pytest.importorskip("jsonschema")
    proc = keras_lint("check", "pkg", "--no-cache", "--format", "sarif", cwd=project)
    log = json.loads(proc.stdout)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"KL101", "KL102", "KL201", "KL900"}
    assert all(r["helpUri"].endswith(f"docs/rules/{r['name']}.md") for r in rules)
    (result,) = run["results"]
    assert result["ruleId"] == "KL101" and rules[result["ruleIndex"]]["id"] == "KL101"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 5


def test_github_annotations(project):
    proc = keras_lint("check", "pkg", "--no-cache", "--format", "github", cwd=project)
    line = proc.stdout.splitlines()[0]
    assert line.startswith("::warning file=pkg/bad.py,line=5,col=1,endLine=5,endColumn=33,title=KL101 is-keras-tensor-on-raw-tensor::")


def test_junit(project):
    proc = keras_lint("check", "pkg", "--no-cache", "--format", "junit", cwd=project)
    suite = ET.fromstring(proc.stdout).find("testsuite")
    assert suite.get("failures") == "1" and suite.get("tests") == "2"
    failure = suite.find("testcase/failure")
    assert failure.get("type") == "KL101"


def test_config_is_found_from_a_subdirectory(project):
    (project / "pyproject.toml").write_text('[tool.keras-lint]\nkeras-version = "2"\nignore = ["KL2"]\n', encoding="utf-8")
    proc = keras_lint("check", ".", "--no-cache", cwd=project / "pkg")
    assert "raises ValueError in Keras 2" in proc.stdout, proc.stdout + proc.stderr
    cli_wins = keras_lint("check", ".", "--no-cache", "--keras-version", "3", cwd=project / "pkg")
    assert "is always False" in cli_wins.stdout
    (project / "pyproject.toml").write_text('[tool.keras-lint]\nkeras-verison = "2"\n', encoding="utf-8")
    typo = keras_lint("check", ".", cwd=project / "pkg")
    assert typo.returncode == 2 and "unknown [tool.keras-lint] keys: keras-verison" in typo.stderr


def test_excludes_and_gitignore(project):
    (project / ".gitignore").write_text("pkg/bad.py\n", encoding="utf-8")
    assert keras_lint("check", ".", "--no-cache", cwd=project).returncode == 0
    assert keras_lint("check", ".", "--no-cache", "--no-gitignore", cwd=project).returncode == 1
    assert keras_lint("check", ".", "--no-cache", "--no-gitignore", "--exclude", "bad.py", cwd=project).returncode == 0
    assert keras_lint("check", "pkg/bad.py", "--no-cache", cwd=project).returncode == 1  # named explicitly


@pytest.mark.parametrize(
    "comment",
    ["# noqa", "# noqa: KL101", "# noqa:KL101,KL201", "# pylint: disable=is-keras-tensor-on-raw-tensor", "# pylint: disable=W7101"],
)
def test_suppressions(project, comment):
    (project / "pkg" / "bad.py").write_text(BAD.replace("(x)\n", f"(x)  {comment}\n"), encoding="utf-8")
    assert keras_lint("check", "pkg", "--no-cache", cwd=project).returncode == 0


def test_suppression_of_another_code_does_not_hide_the_finding(project):
    (project / "pkg" / "bad.py").write_text(BAD.replace("(x)\n", "(x)  # noqa: KL201\n"), encoding="utf-8")
    assert keras_lint("check", "pkg", "--no-cache", cwd=project).returncode == 1
    (project / "pkg" / "bad.py").write_text(BAD.replace("keras.backend", "# pylint: disable-next=W7101\nkeras.backend"), encoding="utf-8")
    assert keras_lint("check", "pkg", "--no-cache", cwd=project).returncode == 0


def test_notebooks_are_linted_cell_by_cell(project):
    nb = {
        "cells": [
            {"cell_type": "markdown", "source": ["# title"]},
            {"cell_type": "code", "source": ["%matplotlib inline\n", "import numpy as np\n", "import keras\n"]},
            {"cell_type": "code", "source": ["x = np.zeros(3)\n", "\n", "keras.backend.is_keras_tensor(x)\n"]},
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    }
    (project / "pkg" / "nb.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    proc = keras_lint("check", "pkg/nb.ipynb", "--no-cache", "--format", "json", cwd=project)
    (finding,) = json.loads(proc.stdout)["findings"]
    assert (finding["cell"], finding["line"], finding["column"]) == (3, 3, 1)
    text = keras_lint("check", "pkg/nb.ipynb", "--no-cache", cwd=project)
    assert "pkg/nb.ipynb:cell 3:3:1: KL101" in text.stdout


def test_cache_hits_and_invalidates(project):
    cache = project / "cache"
    first = keras_lint("check", "pkg", "--cache-dir", str(cache), "--format", "json", cwd=project)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 2
    # poison the entry of bad.py: a hit must return the cached findings, not re-lint
    for entry in entries:
        data = json.loads(entry.read_text())
        if data:
            data[0]["message"] = "FROM CACHE"
            entry.write_text(json.dumps(data))
    hit = keras_lint("check", "pkg", "--cache-dir", str(cache), "--format", "json", cwd=project)
    assert json.loads(hit.stdout)["findings"][0]["message"] == "FROM CACHE"
    # a changed file, or changed settings, miss the cache
    (project / "pkg" / "bad.py").write_text(BAD + "\n", encoding="utf-8")
    changed = keras_lint("check", "pkg", "--cache-dir", str(cache), "--format", "json", cwd=project)
    assert json.loads(changed.stdout)["findings"][0]["message"] == json.loads(first.stdout)["findings"][0]["message"]
    other_settings = keras_lint("check", "pkg", "--cache-dir", str(cache), "--keras-version", "2", "--format", "json", cwd=project)
    assert "Keras 2" in json.loads(other_settings.stdout)["findings"][0]["message"]
    assert keras_lint("check", "pkg", "--no-cache", "--cache-dir", str(project / "c2"), cwd=project).returncode == 1
    assert not (project / "c2").exists()


def test_cache_key_changes_with_the_installed_rules_and_tables(tmp_path, monkeypatch):
    """An edited table or rule (a development checkout, a reinstall of the same version) must
    not be answered from results cached by the old one."""
    from keras_lint import cli

    package = tmp_path / "keras_lint"
    (package / "data").mkdir(parents=True)
    (package / "cli.py").write_text("# cli\n", encoding="utf-8")
    table = package / "data" / "table.json"
    table.write_text('{"a": 1}', encoding="utf-8")
    monkeypatch.setattr(cli, "__file__", str(package / "cli.py"))
    monkeypatch.setattr(cli, "_fingerprint", None)
    before = cli.installed_fingerprint()
    table.write_text('{"a": 12}', encoding="utf-8")
    monkeypatch.setattr(cli, "_fingerprint", None)
    assert cli.installed_fingerprint() != before


def test_parallel_jobs_give_the_same_report(project):
    for i in range(6):
        (project / "pkg" / f"bad{i}.py").write_text(BAD, encoding="utf-8")
    serial = keras_lint("check", "pkg", "--no-cache", "--format", "json", cwd=project)
    parallel = keras_lint("check", "pkg", "--no-cache", "--format", "json", "-j", "2", cwd=project)
    assert serial.stdout == parallel.stdout
    assert len(json.loads(serial.stdout)["findings"]) == 7


def test_unreadable_and_unparseable_input(project):
    (project / "pkg" / "broken.py").write_text("import keras\ndef f(:\n    keras.backend.is_keras_tensor(1)\n", encoding="utf-8")
    (project / "pkg" / "binary.py").write_bytes(b"\xff\xfe\x00garbage\x00")
    proc = keras_lint("check", "pkg", "--no-cache", cwd=project)
    assert proc.returncode == 2
    assert "pkg/broken.py: line 2, column 7: cannot parse" in proc.stderr
    assert "binary.py" in proc.stderr
    assert "KL101" in proc.stdout  # the readable files are still linted
    assert "Traceback" not in proc.stderr


def test_the_cache_folder_ignores_itself_for_git(tmp_path):
    (tmp_path / "m.py").write_text("import numpy as np\nimport keras\nkeras.backend.is_keras_tensor(np.zeros(3))\n")
    keras_lint("check", "m.py", cwd=tmp_path)
    ignore = tmp_path / ".keras-lint-cache" / ".gitignore"
    assert ignore.read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_usage_errors_speak_of_the_subcommand(tmp_path):
    bare = keras_lint(cwd=tmp_path)
    assert bare.returncode == 2 and "a command is required: check, fix or rules" in bare.stderr
    unknown = keras_lint("check", "--no-such-option", ".", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "usage: keras-lint check" in unknown.stderr and "unrecognized arguments: --no-such-option" in unknown.stderr
    helped = keras_lint("check", "--help", cwd=tmp_path).stdout
    assert "colour in text output" in helped and "else 2.21" in helped


def test_select_on_the_command_line_undoes_the_configurations_ignore(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.keras-lint]\nignore = ["KL101"]\n')
    (tmp_path / "m.py").write_text("import numpy as np\nimport keras\nkeras.backend.is_keras_tensor(np.zeros(3))\n")
    assert "KL101" not in keras_lint("check", "--no-cache", "m.py", cwd=tmp_path).stdout
    assert "KL101" in keras_lint("check", "--no-cache", "--select", "KL101", "m.py", cwd=tmp_path).stdout
    assert "KL101" not in keras_lint("check", "--no-cache", "--select", "KL1", "--ignore", "KL101", "m.py", cwd=tmp_path).stdout


def test_every_format_records_a_file_it_could_not_analyse(tmp_path):
    """Not only stderr: JSON's errors list, SARIF's invocation notifications, a ::error annotation,
    a junit <error>; and the text summary never says "No findings" for it."""
    (tmp_path / "good.py").write_text("import numpy as np\nimport keras\nkeras.backend.is_keras_tensor(np.zeros(3))\n")
    (tmp_path / "broken.py").write_text("import keras\nkeras.backend.is_keras_tensor(1)\nx = (\n")
    run = lambda fmt: keras_lint("check", "--no-cache", "--format", fmt, ".", cwd=tmp_path)  # noqa: E731
    text = run("text")
    assert text.returncode == 2 and "1 could not be analysed" in text.stdout and "No findings" not in text.stdout
    only_broken = keras_lint("check", "--no-cache", "broken.py", cwd=tmp_path).stdout
    assert "No findings in 1 file" not in only_broken and "could not be analysed" in only_broken
    errors = json.loads(run("json").stdout)["errors"]
    assert errors == [{"path": "broken.py", "message": "line 3, column 5: cannot parse: '(' was never closed", "line": 3, "column": 5}]
    log = json.loads(run("sarif").stdout)
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 5}
    assert "::error file=broken.py,line=3,col=5," in run("github").stdout
    suite = ET.fromstring(run("junit").stdout).find("testsuite")
    assert suite.get("errors") == "1"
    (error,) = suite.findall("testcase/error")
    assert "never closed" in error.get("message")
