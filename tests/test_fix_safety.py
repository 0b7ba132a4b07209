"""keras-lint fix never loses data, and fix safety means behaviour.

Interrupted runs (a real SIGKILL in a subprocess), file modes / owners / encodings / line ends,
symlinks and hard links, suppression comments, comments inside rewritten calls, and one run
converging (a second changes nothing) on the functional corpus, the examples and nested calls.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from functional_cases import FUNCTIONAL, discover
from keras_lint.config import Target, resolve
from keras_lint.fix import FixError, fix_file, fix_text

K3 = Target(keras_version=3)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
POSIX = os.name == "posix"

SRC = "import numpy as np\nfrom keras import backend as K\n\nx = np.ones((2, 3), 'float32')\ny = K.sum(x, axis=1)\n"
FIXED = "import numpy as np\nfrom keras import backend as K\nimport keras\n\nx = np.ones((2, 3), 'float32')\ny = keras.ops.sum(x, axis=1)\n"


def _temporaries(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.iterdir() if p.name.endswith(".keras-lint"))


# --- 1. an interrupted run leaves every file original or fully fixed, and no temporary file --------

KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from keras_lint import cli

    name, nth, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    real, calls = getattr(os, name), [0]

    def hook(*args, **kwargs):
        calls[0] += 1
        if calls[0] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(os, name, hook)
    sys.exit(cli.main(["fix", "--no-cache", "--keras-version", "3", "--tensorflow-version", "2.21", folder]))
    """
)


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
@pytest.mark.parametrize(
    ("hook", "nth"),
    [
        ("replace", 3),  # killed right before the third file's rename
        ("fsync", 3),  # killed while a temporary file is being made durable
    ],
)
def test_a_killed_run_leaves_files_whole_and_the_next_run_removes_its_temporary_file(tmp_path, hook, nth):
    tree = tmp_path / "tree"
    tree.mkdir()
    sources = {tree / f"m{i}.py": SRC.replace("y =", f"y{i} =") for i in range(6)}
    for path, text in sources.items():
        path.write_text(text, encoding="utf-8")
    expected = {path: fix_text(text, K3)[0] for path, text in sources.items()}
    proc = subprocess.run([sys.executable, "-c", KILLER, hook, str(nth), str(tree)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    after = {path: path.read_text(encoding="utf-8") for path in sources}
    assert all(after[p] in (sources[p], expected[p]) for p in sources), after
    assert any(after[p] == sources[p] for p in sources) and any(after[p] == expected[p] for p in sources)
    assert len(_temporaries(tree)) == 1  # what the kill left

    for path in sorted(sources):  # a later run
        fix_file(path, K3)
    assert {p: p.read_text(encoding="utf-8") for p in sources} == expected
    assert _temporaries(tree) == []


def test_a_write_step_that_fails_after_the_temporary_file_leaves_the_original_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "m.py"
    path.write_text(SRC, encoding="utf-8")

    def fail(*args, **kwargs):
        raise KeyboardInterrupt  # as if interrupted between the write and the rename

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        fix_file(path, K3)
    assert path.read_text(encoding="utf-8") == SRC
    assert _temporaries(tmp_path) == []


@pytest.mark.skipif(not POSIX, reason="flock")
def test_the_sweep_leaves_a_live_runs_temporary_file_and_files_it_does_not_own(tmp_path):
    import fcntl

    path = tmp_path / "m.py"
    path.write_text(SRC, encoding="utf-8")
    abandoned = tmp_path / ".other.py.abcd_123.keras-lint"
    live = tmp_path / ".m.py.zz99zz99.keras-lint"
    not_ours = [tmp_path / ".m.py.keras-lint", tmp_path / "notes.keras-lint", tmp_path / ".m.py.toolong123.keras-lint"]
    for p in [abandoned, live, *not_ours]:
        p.write_text("partial", encoding="utf-8")
    with open(live, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # another run is writing it
        fix_file(path, K3)
        assert live.exists()
    assert not abandoned.exists()
    assert all(p.exists() for p in not_ours)
    assert path.read_text(encoding="utf-8") == FIXED


# --- 2. modes, owners, encodings and line ends survive ---------------------------------------------


def test_mode_encoding_cookie_crlf_and_bom_survive(tmp_path):
    latin = tmp_path / "latin.py"
    text = "# -*- coding: latin-1 -*-\n" + SRC.replace("axis=1)", "axis=1)  # caf\xe9 \xe0 la cr\xe8me")
    latin.write_bytes(text.replace("\n", "\r\n").encode("latin-1"))
    latin.chmod(0o751)
    fix_file(latin, K3)
    data = latin.read_bytes()
    assert data == ("# -*- coding: latin-1 -*-\n" + FIXED.replace("axis=1)", "axis=1)  # caf\xe9 \xe0 la cr\xe8me")).replace(
        "\n", "\r\n"
    ).encode("latin-1")
    assert stat.S_IMODE(latin.stat().st_mode) == 0o751

    bom = tmp_path / "bom.py"
    bom.write_bytes(b"\xef\xbb\xbf" + SRC.encode())
    fix_file(bom, K3)
    assert bom.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode()


@pytest.mark.parametrize(
    "data",
    [
        # libcst drops a form feed at the start of a statement and a final lone \r
        (SRC.replace("x = np", "\x0cx = np")).encode(),
        SRC.replace("\n", "\r").encode(),
    ],
    ids=["form-feed", "cr-line-ends"],
)
def test_bytes_libcst_would_drop_are_kept_or_the_file_is_refused(tmp_path, data):
    path = tmp_path / "m.py"
    path.write_bytes(data)
    try:
        fix_file(path, K3)
    except FixError as exc:
        assert "not fixed" in str(exc)
    after = path.read_bytes()
    assert after == data or (after.count(b"\x0c") == data.count(b"\x0c") and after.endswith(data[-1:]) and b"keras.ops.sum" in after)


def test_line_numbers_count_as_python_does(tmp_path):
    # U+2028 in a comment is no line end for Python: the fix must still land on its call
    path = tmp_path / "m.py"
    path.write_text(SRC.replace("y = K.sum(x, axis=1)", "# caf\xe9\u2028caf\xe9\ny = ('\xe9', K.sum(x, axis=1))"), encoding="utf-8")
    fix_file(path, K3)
    assert "y = ('\xe9', keras.ops.sum(x, axis=1))" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(not POSIX or os.geteuid() != 0, reason="needs root to make another user's file")
def test_owner_and_group_survive(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(SRC, encoding="utf-8")
    os.chown(path, 4321, 4322)
    path.chmod(0o640)
    fix_file(path, K3)
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4321, 4322, 0o640)
    assert path.read_text(encoding="utf-8") == FIXED


# --- 3. symlinks and hard links -------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="symlinks")
def test_a_symlink_stays_a_symlink_and_its_target_is_fixed(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    target = tmp_path / "real" / "m.py"
    target.write_text(SRC, encoding="utf-8")
    target.chmod(0o644)
    hop = tmp_path / "real" / "hop.py"
    hop.symlink_to("m.py")
    link = tmp_path / "links" / "m.py"
    link.symlink_to(os.path.join("..", "real", "hop.py"))
    fix_file(link, K3)
    assert link.is_symlink() and os.readlink(link) == os.path.join("..", "real", "hop.py")
    assert hop.is_symlink() and os.readlink(hop) == "m.py"
    assert target.read_text(encoding="utf-8") == FIXED and not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert _temporaries(tmp_path / "real", tmp_path / "links") == []


@pytest.mark.skipif(not hasattr(os, "link"), reason="hard links")
def test_a_hard_linked_file_is_refused_and_both_names_keep_their_data(tmp_path):
    one, two = tmp_path / "one.py", tmp_path / "two.py"
    one.write_text(SRC, encoding="utf-8")
    os.link(one, two)
    with pytest.raises(FixError, match="2 hard links; not written"):
        fix_file(one, K3)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8") == SRC
    assert os.path.samefile(one, two)
    assert _temporaries(tmp_path) == []
    # nothing to write: no error; and --diff (write=False) still shows the fix
    assert fix_file(one, K3, write=False).fixed == FIXED


# --- 4. a suppressed finding is not fixed ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "y = K.sum(x, axis=1)  # noqa",
        "y = K.sum(x, axis=1)  # noqa: KL401",
        "y = K.sum(x, axis=1)  # noqa:KL101,KL401",
        "y = K.sum(x, axis=1)  # pylint: disable=removed-keras-backend-api",
        "y = K.sum(x, axis=1)  # pylint: disable=E7401",
        "# pylint: disable-next=removed-keras-backend-api\ny = K.sum(x, axis=1)",
    ],
)
def test_a_suppressed_line_is_not_rewritten(line):
    src = SRC.replace("y = K.sum(x, axis=1)", line) + "z = K.mean(x)\n"
    fixed, applied = fix_text(src, K3)
    assert line in fixed  # untouched
    assert "z = keras.ops.mean(x)\n" in fixed and len(applied) == 1  # the rest is still fixed


@pytest.mark.parametrize("pragma", ["# flake8: noqa", "# pylint: skip-file"])
def test_a_skipped_file_is_not_rewritten(tmp_path, pragma):
    path = tmp_path / "m.py"
    path.write_text(pragma + "\n" + SRC, encoding="utf-8")
    result = fix_file(path, K3)
    assert not result.changed and path.read_text(encoding="utf-8") == pragma + "\n" + SRC


def test_a_noqa_for_another_code_does_not_stop_the_fix():
    fixed, _ = fix_text(SRC.replace("axis=1)", "axis=1)  # noqa: KL101"), K3)
    assert "y = keras.ops.sum(x, axis=1)  # noqa: KL101\n" in fixed


# --- 5. comments inside a rewritten call are kept -------------------------------------------------

HEAD = "import numpy as np\nimport keras\nfrom keras import backend as K\n\nx = np.ones((2, 3), 'float32')\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a rename: only the function changes
            "s = K.sum(\n    x,  # the input\n    # summed over rows\n    axis=1,  # rows\n    keepdims=True,\n)\n",
            "s = keras.ops.sum(\n    x,  # the input\n    # summed over rows\n    axis=1,  # rows\n    keepdims=True,\n)\n",
        ),
        (  # a default made explicit, after a trailing comma
            "a = K.argmax(\n    x,  # logits\n)\n",
            "a = keras.ops.argmax(\n    x,  # logits\n    axis=-1,\n)\n",
        ),
        (  # ... and without one
            "a = K.argmax(\n    x  # logits\n)\n",
            "a = keras.ops.argmax(\n    x, axis=-1  # logits\n)\n",
        ),
        (  # nested calls, each with its comment
            "m = K.mean(\n    K.square(\n        x  # errors\n    ),  # squared\n    axis=1,\n)\n",
            "m = keras.ops.mean(\n    keras.ops.square(\n        x  # errors\n    ),  # squared\n    axis=1,\n)\n",
        ),
        (  # a template that repeats an argument keeps the comment inside it
            "f = K.flatten(K.abs(  # magnitude\n    x))\n",
            "f = keras.ops.reshape(keras.ops.abs(  # magnitude\n    x), (-1,))\n",
        ),
    ],
)
def test_comments_inside_a_rewritten_call_are_kept(body, expected):
    fixed, _ = fix_text(HEAD + body, K3)
    assert fixed == HEAD + expected
    compile(fixed, "m.py", "exec")


def test_a_rewrite_that_would_drop_a_comment_is_not_made():
    # in_top_k's arguments are reordered: the comment after the first has no place to go
    body = "t = K.in_top_k(\n    x[:, 0],  # predictions\n    np.array([0, 1]),\n    2,\n)\n"
    fixed, applied = fix_text(HEAD + body, K3)
    assert fixed == HEAD + body and not applied
    # without the comment the same call is fixed
    fixed, _ = fix_text(HEAD + body.replace("  # predictions", ""), K3)
    assert "keras.ops.in_top_k(" in fixed


# --- 6. one run converges, and what it writes compiles --------------------------------------------


def _target(options) -> Target:
    settings = {"keras_version": "3", "keras_backend": "tensorflow", "tensorflow_version": "2.21"}
    settings.update({name.replace("-", "_"): value for name, value in options})
    return resolve(**settings)


def _converges(paths_and_targets) -> int:
    """Fix each file once; a second run must change nothing; everything must compile."""
    changed = []
    for path, target in paths_and_targets:
        result = fix_file(path, target)
        compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        if result.changed:
            changed.append((path, target))
    for path, target in changed:  # an unchanged file was already seen to need nothing
        before = path.read_bytes()
        again = fix_file(path, target)
        assert not again.changed and not again.applied, path
        assert path.read_bytes() == before
    return len(changed)


@pytest.mark.parametrize("rule", sorted(p.name for p in FUNCTIONAL.iterdir() if p.is_dir()))
def test_one_run_over_the_functional_corpus_converges(tmp_path, rule):
    shutil.copytree(FUNCTIONAL / rule, tmp_path / rule)
    cases = [case for case in discover() if case.path.relative_to(FUNCTIONAL).parts[0] == rule]
    assert cases
    _converges([(tmp_path / case.path.relative_to(FUNCTIONAL), _target(case.options)) for case in cases])


def test_one_run_over_the_examples_converges(tmp_path):
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    assert _converges([(path, _target(())) for path in sorted((tmp_path / "examples").rglob("*.py"))]) > 0


NESTED_KERAS = (
    "import numpy as np\n"
    "from keras import backend as K\n"
    "\n"
    "x = np.ones((2, 3), 'float32')\n"
    "y = K.sum(K.square(K.abs(K.mean(K.exp(x), axis=1))))\n"
    "z = K.max(\n"
    "    K.sqrt(  # root\n"
    "        K.abs(K.min(K.square(x), axis=0)),\n"
    "    ),\n"
    ")\n"
)
NESTED_TF1 = (
    "import tensorflow as tf\n"
    "\n"
    "x = tf.constant([1, 2])\n"
    "y = tf.log(tf.to_float(tf.log(tf.to_float(tf.log(tf.to_float(x))))))\n"
)


@pytest.mark.parametrize(("source", "target"), [(NESTED_KERAS, K3), (NESTED_TF1, Target(tensorflow_version=(2, 21)))], ids=["KL401", "KL402"])
def test_nested_fixable_calls_converge_in_one_run(tmp_path, source, target):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert _converges([(path, target)]) == 1
    text = path.read_text(encoding="utf-8")
    assert "K." not in text.replace("import backend as K", "") and "tf.log(" not in text and "tf.to_float" not in text
    assert source.count("#") == text.count("#")
