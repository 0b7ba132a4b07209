"""keras-lint fix: expected output on the functional cases, idempotence, and never losing data.

The expected files live in tests/fixes/expected/<case>.py (only for cases a fix changes);
regenerate them with KERAS_LINT_UPDATE_FIXES=1 and review the diff.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from functional_cases import FUNCTIONAL, discover
from keras_lint.config import Target
from keras_lint.fix import FixError, fix_file
from test_cli import keras_lint

EXPECTED = Path(__file__).resolve().parent / "fixes" / "expected"
UPDATE = os.environ.get("KERAS_LINT_UPDATE_FIXES") == "1"


def _options_args(options) -> list[str]:
    return [f"--{k}={v}" for k, v in options]


@pytest.fixture(scope="module")
def fixed_corpus(tmp_path_factory) -> Path:
    """A copy of the functional cases after `keras-lint fix`, run once per target group."""
    root = tmp_path_factory.mktemp("fixed")
    shutil.copytree(FUNCTIONAL, root / "functional")
    groups: dict = {}
    for case in discover():
        groups.setdefault(case.options, []).append(root / "functional" / case.path.relative_to(FUNCTIONAL))
    for options, paths in groups.items():
        proc = keras_lint("fix", "--no-cache", *_options_args(options), *map(str, paths), cwd=root)
        assert proc.returncode in (0, 1), proc.stderr
    return root / "functional"


def test_fix_produces_the_expected_files(fixed_corpus):
    changed = {}
    for case in discover():
        rel = case.path.relative_to(FUNCTIONAL)
        after = (fixed_corpus / rel).read_bytes()
        if after != case.path.read_bytes():
            changed[rel] = after
    assert changed, "the fixes changed nothing"
    if UPDATE:
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for rel, data in changed.items():
            (EXPECTED / rel).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / rel).write_bytes(data)
    expected = {p.relative_to(EXPECTED): p.read_bytes() for p in EXPECTED.rglob("*.py")}
    assert sorted(changed) == sorted(expected)
    for rel, data in changed.items():
        assert data.decode() == expected[rel].decode(), rel


def test_a_second_fix_changes_nothing_and_the_fixed_findings_are_gone(fixed_corpus):
    groups: dict = {}
    for case in discover():
        groups.setdefault(case.options, []).append(fixed_corpus / case.path.relative_to(FUNCTIONAL))
    for options, paths in groups.items():
        before = {p: p.read_bytes() for p in paths}
        proc = keras_lint("fix", "--no-cache", *_options_args(options), *map(str, paths), cwd=fixed_corpus)
        assert "Fixed 0 findings" in proc.stderr, proc.stderr
        assert all(p.read_bytes() == data for p, data in before.items())
        # every finding that had a safe fix is gone; what is left has none, or an unsafe one
        left = keras_lint("check", "--no-cache", "--format", "json", *_options_args(options), *map(str, paths), cwd=fixed_corpus)
        assert all(f["fix"] != "safe" for f in json.loads(left.stdout)["findings"]), left.stdout


def test_unsafe_fixes_apply_only_when_asked(tmp_path):
    path = tmp_path / "m.py"
    src = "import keras\nimport torch\n\n\ndef f(x):\n    if isinstance(x, torch.Tensor):\n        x = x.detach().cpu()\n    return x\n"
    path.write_text(src, encoding="utf-8")
    proc = keras_lint("fix", "--no-cache", str(path), cwd=tmp_path)
    assert proc.returncode == 1 and path.read_text() == src
    keras_lint("fix", "--no-cache", "--unsafe-fixes", str(path), cwd=tmp_path)
    assert "    if keras.ops.is_tensor(x):\n" in path.read_text()


BAD = "import numpy as np\nimport keras\n\nx = np.zeros(3)\nprint(keras.backend.is_keras_tensor(x))  # keep\n"


def test_fix_keeps_encoding_newlines_and_comments(tmp_path):
    path = tmp_path / "m.py"
    latin = "# -*- coding: latin-1 -*-\n" + BAD.replace("# keep", "# caf\xe9")
    path.write_bytes(latin.replace("\n", "\r\n").encode("latin-1"))
    result = fix_file(path, Target())
    data = path.read_bytes()
    assert result.changed and b"keras.ops.is_tensor(x)" in data
    assert b"# caf\xe9" in data  # still latin-1
    assert data.count(b"\r\n") == data.count(b"\n")  # still CRLF everywhere


def test_fix_adds_the_import_in_the_files_style(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("import numpy as np\nfrom keras import backend as K\n\nK.is_keras_tensor(np.zeros(2))\n", encoding="utf-8")
    fix_file(path, Target())
    assert path.read_text() == "import numpy as np\nfrom keras import backend as K\nimport keras\n\nkeras.ops.is_tensor(np.zeros(2))\n"
    reuse = tmp_path / "r.py"
    reuse.write_text("import numpy as np\nimport keras as k3\n\nk3.backend.is_keras_tensor(np.zeros(2))\n", encoding="utf-8")
    fix_file(reuse, Target())
    assert reuse.read_text().endswith("\nk3.ops.is_tensor(np.zeros(2))\n")


def test_no_fix_when_the_name_is_taken(tmp_path):
    path = tmp_path / "m.py"
    src = "import numpy as np\nfrom keras import backend as K\nkeras = 'not the module'\n\nK.is_keras_tensor(np.zeros(2))\n"
    path.write_text(src, encoding="utf-8")
    assert not fix_file(path, Target()).changed
    assert path.read_text() == src


def test_read_only_file_is_a_clear_error_and_untouched(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(BAD, encoding="utf-8")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    proc = keras_lint("fix", "--no-cache", str(path), cwd=tmp_path)
    assert proc.returncode == 2
    assert "read-only; not written" in proc.stderr
    assert path.read_text() == BAD


def test_a_file_changed_meanwhile_is_not_written(tmp_path, monkeypatch):
    path = tmp_path / "m.py"
    path.write_text(BAD, encoding="utf-8")
    import keras_lint.fix as fix_module

    real = fix_module._fix_rounds

    def edit_during_fix(*args, **kwargs):
        out = real(*args, **kwargs)
        path.write_text(BAD + "# edited by someone else\n", encoding="utf-8")
        return out

    monkeypatch.setattr(fix_module, "_fix_rounds", edit_during_fix)
    with pytest.raises(FixError, match="changed while it was being fixed"):
        fix_file(path, Target())
    assert path.read_text().endswith("# edited by someone else\n")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".keras-lint")]  # no temp file left


def test_a_fix_that_would_not_parse_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "m.py"
    path.write_text(BAD, encoding="utf-8")
    import keras_lint.fix as fix_module

    real_apply = fix_module._apply
    monkeypatch.setattr(fix_module, "_apply", lambda text, f, u: (real_apply(text, f, u)[0] + "def (:\n", []))
    with pytest.raises(FixError, match="would not parse"):
        fix_file(path, Target())
    assert path.read_text() == BAD


def test_permissions_are_kept(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(BAD, encoding="utf-8")
    path.chmod(0o751)
    fix_file(path, Target())
    assert stat.S_IMODE(path.stat().st_mode) == 0o751


def test_diff_writes_nothing(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(BAD, encoding="utf-8")
    proc = keras_lint("check", "--no-cache", "--diff", str(path), cwd=tmp_path)
    assert proc.returncode == 1
    assert "-print(keras.backend.is_keras_tensor(x))  # keep" in proc.stdout
    assert "+print(keras.ops.is_tensor(x))  # keep" in proc.stdout
    assert path.read_text() == BAD


def test_diff_prints_only_the_diff_and_counts_findings_not_rounds(tmp_path):
    """``fix --diff`` prints the diff and nothing else on stdout; "Fixed N findings" counts the
    original's findings that are gone (a nested call fixed over two rounds is one finding each,
    not one per round)."""
    path = tmp_path / "m.py"
    path.write_text(BAD, encoding="utf-8")
    proc = keras_lint("fix", "--no-cache", "--diff", str(path), cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.startswith("--- a/") and "Found" not in proc.stdout and "finding" not in proc.stdout
    nested = tmp_path / "nested.py"
    nested.write_text("from keras import backend as K\n\ndef f(x):\n    return K.sum(K.square(K.abs(K.mean(x))))\n", encoding="utf-8")
    from keras_lint.lint import lint_source

    before = len(lint_source(nested.read_text(), Target(), path=str(nested)))
    proc = keras_lint("fix", "--no-cache", str(nested), cwd=tmp_path)
    after = len(lint_source(nested.read_text(), Target(), path=str(nested)))
    assert before > after
    assert f"Fixed {before - after} finding" in proc.stderr, proc.stderr
