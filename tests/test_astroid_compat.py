"""keras-lint's shortcuts into astroid's internals (``semantic/astroid_compat``): each is probed
by behaviour before use and, when it is off, keras-lint takes astroid's public path with the same
findings. Forced off one at a time (``KERAS_LINT_ASTROID_SHORTCUTS``), the functional corpus
gives the annotated findings through pylint, flake8 and the command, with no KL900."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from itertools import groupby

import pytest
from astroid.builder import extract_node
from astroid.context import InferenceContext
from astroid.exceptions import AstroidImportError
from astroid.manager import AstroidManager

from functional_cases import FUNCTIONAL, discover, run_command, run_flake8, run_pylint
from keras_lint.catalogue import BY_SYMBOL
from keras_lint.semantic import astroid_compat
from keras_lint.semantic.astroid_compat import ENV, lean_builtins
from keras_lint.semantic.astroid_compat.instances import class_of
from keras_lint.semantic.guard import no_framework_modules

NAMES = sorted(astroid_compat.shortcuts())
# what pylint's front end reaches (host_tree, lean_builtins and release serve the processes
# keras-lint drives file by file: flake8's workers and the command)
UNDER_PYLINT = ("import_hook", "inference_caches", "instance_class")


def _astroid_at_least(version: str) -> bool:
    def key(text):
        return tuple(int("".join(c for c in p if c.isdigit()) or 0) for p in text.split(".")[:3])

    return key(astroid_compat.astroid_version()) >= key(version)


@pytest.fixture
def public_path(monkeypatch):
    """Switch shortcuts off in this process (as a failed probe would) for one test."""

    def off(*names: str) -> None:
        for name in names:
            monkeypatch.setitem(astroid_compat._usable, name, False)

    return off


def test_every_shortcut_is_known():
    assert NAMES == ["host_tree", "import_hook", "inference_caches", "instance_class", "lean_builtins", "release"]


_PROBE_ALL = "import json\nfrom keras_lint.semantic import astroid_compat as c\nprint(json.dumps(c.probe_all()))\nprint('\\n'.join(c.notes()))"


def test_the_probes_pass_on_this_astroid_but_where_it_is_known_to_differ():
    """On the astroids CI runs, every probe passes, except lean_builtins before astroid 4.3.4,
    where astroid closes parent loops (and the shortcut would hang)."""
    fresh = subprocess.run(
        [sys.executable, "-c", _PROBE_ALL],
        capture_output=True, text=True, check=True, timeout=120,
    )
    import json

    lines = fresh.stdout.splitlines()
    state = json.loads(lines[0])
    assert sorted(state) == NAMES
    expected_off = set() if _astroid_at_least("4.3.4") else {"lean_builtins"}
    assert {name for name, ok in state.items() if not ok} == expected_off
    if expected_off:
        assert "parent loop" in "\n".join(lines[1:])


def test_a_shortcut_switched_off_by_the_environment_is_off_with_a_note(monkeypatch):
    monkeypatch.setenv(ENV, "instance_class")
    monkeypatch.delitem(astroid_compat._usable, "instance_class", raising=False)
    monkeypatch.setattr(astroid_compat, "_notes", [])
    assert astroid_compat.usable("instance_class") is False
    assert any("shortcut instance_class off (switched off by KERAS_LINT_ASTROID_SHORTCUTS)" in n for n in astroid_compat.notes())


def test_a_probe_that_raises_turns_its_shortcut_off_and_nothing_else(monkeypatch):
    def broken():
        raise AttributeError("astroid moved")

    shortcut = astroid_compat.shortcuts()["instance_class"]
    monkeypatch.setitem(astroid_compat._SHORTCUTS, "instance_class", shortcut.__class__(shortcut.name, shortcut.buys, shortcut.public_path, broken))
    monkeypatch.delitem(astroid_compat._usable, "instance_class", raising=False)
    monkeypatch.setattr(astroid_compat, "_notes", [])
    monkeypatch.delenv(ENV, raising=False)
    assert astroid_compat.usable("instance_class") is False
    assert "its probe raised AttributeError: astroid moved" in astroid_compat.notes()[-1]


def test_newer_astroid_than_tested_is_said_in_the_notes(monkeypatch):
    monkeypatch.setattr(astroid_compat, "astroid_version", lambda: "9.0.0")
    monkeypatch.setattr(astroid_compat, "_notes", [])
    assert "astroid 9.0.0 is newer than the newest tested" in astroid_compat.notes()[0]
    monkeypatch.setattr(astroid_compat, "astroid_version", lambda: astroid_compat.TESTED_ASTROID[-1])
    assert astroid_compat.notes() == []


def test_class_of_is_the_same_both_ways(public_path):
    instance = next(extract_node("class A:\n    pass\nA()\n").infer())
    constant = extract_node("1")  # astroid's Const is an Instance of int
    by_shortcut = [class_of(instance), class_of(constant)]
    public_path("instance_class")
    assert [k.name for k in by_shortcut] == ["A", "int"]
    assert [class_of(instance), class_of(constant)] == by_shortcut
    assert class_of(instance._proxied) is None  # a class is not an instance


@pytest.mark.parametrize("mode", ["shortcut", "public"])
def test_inference_is_isolated_both_ways(mode, public_path):
    """What pylint had cached is invisible inside the guard and back after it; what keras-lint
    inferred inside is gone after it."""
    if mode == "public":
        public_path("inference_caches")
    sentinel = ("keras-lint-test-key",)
    InferenceContext().inferred[sentinel] = ["pylint's"]
    try:
        node = extract_node("x = 1\nx")
        with no_framework_modules():
            assert sentinel not in InferenceContext().inferred
            list(node.infer())
            inside = dict(InferenceContext().inferred)
        after = InferenceContext().inferred
        assert inside and sentinel in after
        assert not [key for key in inside if key in after and key != sentinel]
    finally:
        InferenceContext().inferred.pop(sentinel, None)


@pytest.mark.parametrize("mode", ["shortcut", "public"])
def test_the_import_guard_refuses_both_ways(mode, public_path, tmp_path):
    if mode == "public":
        public_path("import_hook")
    seen = []
    from keras_lint.semantic import guard

    original = guard.module_hook
    guard.module_hook = lambda module: seen.append(module.name)
    (tmp_path / "own_module_for_compat_test.py").write_text("X = 1\n")
    try:
        with no_framework_modules():
            for modname in ("tensorflow", "keras.layers", "pytest"):
                with pytest.raises(AstroidImportError):
                    AstroidManager().ast_from_module_name(modname)
            assert AstroidManager().ast_from_module_name("own_module_for_compat_test", str(tmp_path / "m.py")).name
        assert AstroidManager().ast_from_module_name("pytest").name == "pytest"  # outside: as without keras-lint
    finally:
        guard.module_hook = original
        AstroidManager().astroid_cache.pop("own_module_for_compat_test", None)
    assert "own_module_for_compat_test" in seen


def test_parent_loops_are_found_without_spinning():
    module = extract_node("class A:\n    class B:\n        pass\n")
    inner = module.body[0]
    assert not lean_builtins._has_parent_loop(inner)
    saved = module.parent
    module.parent = inner  # A -> B -> A
    try:
        assert lean_builtins._has_parent_loop(inner)
    finally:
        module.parent = saved


def test_lean_builtins_forced_onto_any_astroid_never_hangs():
    """Even forced past its probe, the shortcut never hands astroid a looping parent: on an astroid
    that closes parent loops (< 4.3.4) it stops and astroid makes its builtins its own way."""
    script = (
        "import json\n"
        "import keras_lint.semantic.astroid_compat.lean_builtins as lean\n"
        "lean.usable = lambda name: True\n"
        "from keras_lint.config import Target\n"
        "from keras_lint.lint import lint_source\n"
        "found = lint_source('import keras\\nimport numpy as np\\nx = keras.Input((3,))\\nnp.asarray(x)\\n', Target())\n"
        "from astroid import nodes\n"
        "from astroid.manager import AstroidManager\n"
        "module = AstroidManager().astroid_cache['builtins']\n"
        "print(json.dumps([[f.code for f in found], sum(1 for _ in module.nodes_of_class(nodes.FunctionDef))]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120).stdout
    import json

    codes, functions = json.loads(out)
    assert codes == ["KL202"]
    if not _astroid_at_least("4.3.4"):
        assert functions > 2000  # astroid's own


# --- the corpus with each shortcut off, through the three front ends ---------------------------

CASES = discover()


def _groups():
    key = lambda c: c.options  # noqa: E731
    return [(opts, list(group)) for opts, group in groupby(sorted(CASES, key=key), key=key)]


def _expected() -> Counter:
    out: Counter = Counter()
    for case in CASES:
        for (line, code), n in case.expected().items():
            out[(case.id, line, code)] += n
    return out


def _case_id(reported: str) -> str:
    path = reported.replace("\\", "/")
    marker = "functional/"
    return path[path.index(marker) + len(marker):].rsplit(".py", 1)[0] if marker in path else path


def _found(run, env) -> tuple[Counter, list[str]]:
    found: Counter = Counter()
    kl900 = []
    for options, cases in _groups():
        for msg in run([c.path for c in cases], options, env):
            code = msg["code"] if "code" in msg else BY_SYMBOL[msg["symbol"]].code
            if code == "KL900":
                kl900.append(msg["message"])
            found[(_case_id(msg["path"]), msg["line"], code)] += 1
    return found, kl900


def _diff(expected: Counter, actual: Counter) -> str:
    return f"missing {sorted((expected - actual).elements())[:10]}, unexpected {sorted((actual - expected).elements())[:10]}"


CONFIGS = [*NAMES, "off"]


@pytest.mark.parametrize("off", CONFIGS)
def test_flake8_and_the_command_give_the_corpus_findings_with_a_shortcut_off(off):
    env = {ENV: off}
    expected = _expected()
    flake8, flake8_kl900 = _found(lambda paths, options, env: run_flake8(paths, options, env=env), env)
    notes: list[str] = []

    def command(paths, options, env):
        found, stderr = run_command(paths, options, env=env)
        notes.append(stderr)
        return found

    command_found, command_kl900 = _found(command, env)
    assert not flake8_kl900 and not command_kl900
    assert flake8 == expected, _diff(expected, flake8)
    assert command_found == expected, _diff(expected, command_found)
    switched = [NAMES if off == "off" else [off]][0]
    for name in switched:
        assert f"shortcut {name} off (switched off by {ENV})" in notes[0], notes[0]


@pytest.mark.parametrize("off", [*UNDER_PYLINT, "off"])
def test_pylint_gives_the_corpus_findings_with_a_shortcut_off(off):
    expected = _expected()
    found, kl900 = _found(lambda paths, options, env: [
        {"path": m["path"], "line": m["line"], "symbol": m["symbol"], "message": m["message"]}
        for m in run_pylint(paths, options, env=env)
    ], {ENV: off})
    assert not kl900
    assert found == expected, _diff(expected, found)


def test_the_corpus_is_the_functional_directory():
    assert CASES and all(str(c.path).startswith(str(FUNCTIONAL)) for c in CASES)


def test_flake8_says_which_shortcuts_are_off_only_when_verbose(tmp_path):
    (tmp_path / "m.py").write_text("import numpy as np\nimport keras\nkeras.backend.is_keras_tensor(np.zeros(3))\n")
    env = {**__import__("os").environ, ENV: "host_tree"}
    run = lambda *flags: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "flake8", "--isolated", "--select=KL", "-j", "1", *flags, "m.py"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )
    quiet, verbose = run(), run("-v")
    assert "KL101" in quiet.stdout and "KL101" in verbose.stdout
    assert "shortcut host_tree off" not in quiet.stderr
    assert "shortcut host_tree off (switched off by KERAS_LINT_ASTROID_SHORTCUTS)" in verbose.stderr
