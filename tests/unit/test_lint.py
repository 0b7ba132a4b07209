"""lint_source with the host's ``ast`` (flake8's): the same astroid tree and findings as from
the text, and the host's tree left exactly as it was (other plugins read it after us)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from astroid.builder import AstroidBuilder
from astroid.manager import AstroidManager

from keras_lint.config import Target
from keras_lint.lint import lint_source
from keras_lint.semantic.astroid_compat import usable
from keras_lint.semantic.astroid_compat.host_tree import build_module

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for d in ("tests/functional", "examples") for p in (ROOT / d).rglob("*.py"))


def _build(source: str, host: ast.Module | None = None):
    manager = AstroidManager()
    try:
        if host is None:
            return AstroidBuilder(manager).string_build(source, modname="keras_lint_test_host_tree", path="m.py")
        return build_module(manager, source, "keras_lint_test_host_tree", "m.py", host)
    finally:
        manager.astroid_cache.pop("keras_lint_test_host_tree", None)


def test_the_host_tree_shortcut_is_on_for_the_tested_astroids():
    """Its probe passes on every astroid CI runs (the newest and the lowest allowed): the tests
    below then check the shortcut itself, not the public path."""
    assert usable("host_tree")


def _key(findings):
    return [(f.code, f.line, f.col, f.end_line, f.end_col, f.message) for f in findings]


def test_the_sources_are_there():
    assert len(SOURCES) > 30


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_tree_from_host_ast_is_the_tree_from_text_and_host_ast_is_untouched(path):
    source = path.read_text(encoding="utf-8")
    host = ast.parse(source)
    before = ast.dump(host, include_attributes=True)
    from_text = _build(source)
    from_host = _build(source, host)
    assert ast.dump(host, include_attributes=True) == before
    if "# type:" not in source:  # flake8 parses without type comments; astroid with them
        assert from_host.repr_tree(include_linenos=True) == from_text.repr_tree(include_linenos=True)
    assert _key(lint_source(source, Target(), path=str(path), tree=host)) == _key(lint_source(source, Target(), path=str(path)))


def test_docstrings_taken_out_by_astroid_are_put_back_in_the_host_tree():
    source = '"""module"""\nclass A:\n    """class"""\n    def f(self):\n        """function"""\n        return 1\n\nasync def g():\n    """coroutine"""\n'
    source += (  # definitions nested in statements: found through statement lists
        'if True:\n    def h():\n        """in if"""\ntry:\n    pass\nexcept ValueError:\n    class B:\n        """in except"""\n'
        'match 1:\n    case 1:\n        def k():\n            """in case"""\n'
    )
    host = ast.parse(source)
    bodies = {id(n): n.body for n in ast.walk(host) if hasattr(n, "body")}
    module = _build(source, host)
    assert module.doc_node.value == "module"
    assert module.body[0].doc_node.value == "class"
    assert module.body[1].doc_node.value == "coroutine"
    for node in ast.walk(host):
        if hasattr(node, "body"):
            assert node.body is bodies[id(node)]  # the very list: nothing copied, nothing lost
            assert not isinstance(node, ast.Module) or isinstance(node.body[0], ast.Expr)


def test_a_checked_tree_is_freed_once_linted(monkeypatch):
    """Nothing keras-lint or astroid keeps after a file leads back to its tree: not astroid's
    node-keyed lru caches, not the cached import failure (``nosuchmodule_kl``), whose
    traceback and context hold the frames that looked it up."""
    import gc
    import weakref

    from keras_lint import engine

    trees = []
    run = engine.Engine.run

    def recording(self, module, text=None):
        trees.append(weakref.ref(module))
        return run(self, module, text)

    monkeypatch.setattr(engine.Engine, "run", recording)
    source = (
        "import keras\nimport nosuchmodule_kl_{n}\nfrom nosuchmodule_kl_{n}.sub import helper\n"
        "x = keras.Input((3,))\ny = helper(x)\nclass A:\n    def f(self):\n        return y.numpy()\n"
    )
    for n in range(3):
        lint_source(source.format(n=n), Target(), path=f"m{n}.py")
    gc.collect()
    assert len(trees) == 3
    assert [t() for t in trees] == [None, None, None]


def test_astroid_bootstraps_only_for_a_file_a_rule_may_flag():
    """astroid's builtins (~60 ms) is made on the first file that passes the triggers: a process
    (an editor's flake8 run on one file) whose files mention a framework but no rule can flag
    never pays it. In a fresh interpreter: this one has bootstrapped long ago."""
    import subprocess
    import sys

    script = (
        "from astroid import raw_building\n"
        "from keras_lint.config import Target\n"
        "from keras_lint.lint import lint_source\n"
        "assert lint_source('import keras\\nx = 1\\n', Target()) == []\n"
        "print(raw_building.InspectBuilder.bootstrapped)\n"
        "lint_source('import keras\\nx = keras.Input((3,))\\nimport numpy as np\\nnp.asarray(x)\\n', Target())\n"
        "print(raw_building.InspectBuilder.bootstrapped)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


_DESCRIBE_BUILTINS = """
import builtins, json
from astroid import nodes
from astroid.manager import AstroidManager
{bootstrap}
module = AstroidManager().astroid_cache["builtins"]

def describe(found):
    node = found[0]
    if isinstance(node, nodes.Const):
        return ["Const", repr(node.value)]
    klass = [k.name for k in getattr(node, "instance_attrs", {{}}).get("__class__", [])]
    return [type(node).__name__, str(getattr(node, "name", None)), klass]

answers = {{}}
for name in dir(builtins):
    python_cls = getattr(builtins, name)
    cls = module.locals.get(name, [None])[0]
    if not isinstance(python_cls, type) or not isinstance(cls, nodes.ClassDef):
        continue
    for attr in dir(python_cls):
        try:
            on_class = describe(cls.getattr(attr))
        except Exception as exc:
            on_class = type(exc).__name__
        try:
            on_instance = describe(list(cls.instantiate_class().igetattr(attr)))
        except Exception as exc:
            on_instance = type(exc).__name__
        answers[name + "." + attr] = [on_class, on_instance]
functions = sum(1 for _ in module.nodes_of_class(nodes.FunctionDef))
from keras_lint.semantic.astroid_compat import usable
print(json.dumps([answers, functions, usable("lean_builtins")]))
"""


def test_builtins_made_by_keras_lint_answer_like_astroids():
    """``_bootstrap`` makes astroid's builtins with two shortcuts (``lean_builtins``: a third
    of the time). Every attribute of every builtin class, looked up on the class and on an
    instance, is answered alike: the same kind of node, name and ``__class__``. Fresh
    interpreters: this one has made its builtins long ago."""
    import json
    import subprocess
    import sys

    def describe(bootstrap: str):
        script = _DESCRIBE_BUILTINS.format(bootstrap=bootstrap)
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
        return json.loads(out)

    astroids, astroid_functions, _ = describe("from astroid.builder import AstroidBuilder; AstroidBuilder(AstroidManager())")
    ours, our_functions, lean = describe("from keras_lint.lint import _bootstrap; _bootstrap()")
    assert len(astroids) > 3000
    # ``type.__qualname__`` names whichever nested class astroid met first: nonsense both ways
    differ = sorted(k for k in astroids if astroids[k] != ours.get(k) and k != "type.__qualname__")
    assert differ == []
    if lean:
        assert our_functions < astroid_functions / 2  # the shortcut did apply
    else:  # an astroid whose probe fails (< 4.3.4: parent loops): astroid's own, whole
        assert our_functions == astroid_functions


def test_builtins_fall_back_to_astroids_own_when_a_shortcut_fails():
    """An astroid whose internals no longer fit the shortcuts (here: one of them raises) gets
    its builtins made astroid's own way, whole, and the lint goes on. Fresh interpreter."""
    import json
    import subprocess
    import sys

    script = (
        "import json\n"
        "import keras_lint.lint as L\n"
        "import keras_lint.semantic.astroid_compat.lean_builtins as lean\n"
        "lean.usable = lambda name: True  # as on an astroid whose probe passes\n"
        "def broken(obj):\n"
        "    raise RuntimeError('astroid moved')\n"
        "lean._own_members = broken\n"
        "from keras_lint.config import Target\n"
        "found = L.lint_source('import keras\\nimport numpy as np\\nx = keras.Input((3,))\\nnp.asarray(x)\\n', Target())\n"
        "from astroid import nodes\n"
        "from astroid.manager import AstroidManager\n"
        "module = AstroidManager().astroid_cache['builtins']\n"
        "print(json.dumps([[f.code for f in found], sum(1 for _ in module.nodes_of_class(nodes.FunctionDef))]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    codes, functions = json.loads(out)
    source = "import keras\nimport numpy as np\nx = keras.Input((3,))\nnp.asarray(x)\n"
    assert codes == [f.code for f in lint_source(source, Target())] == ["KL202"]
    assert functions > 2000  # astroid's own: every name dir() shows


def test_an_astroid_failure_while_building_is_contained(monkeypatch):
    """astroid's brains infer while a module is built (``self.x = ...``): an exception there (an
    astroid bug; found with an experiment that refused the standard library, where astroid's
    namedtuple brain asserted) is a SourceError for the front ends to report as KL900, not a
    crash of the flake8 worker, and the half-built module is not left in astroid's cache."""
    from keras_lint.flake8_plugin import KerasLintFlake8
    from keras_lint.lint import SourceError

    def broken(self, *args, **kwargs):  # the last build step: the module is in astroid's cache by then
        raise AssertionError("a brain's assumption")

    monkeypatch.setattr(AstroidBuilder, "delayed_assattr", broken)
    source = (
        "import keras\nx = keras.Input((3,))\nimport numpy as np\nnp.asarray(x)\n"
        "class A:\n    def __init__(self):\n        self.y = 1\n"
    )
    with pytest.raises(SourceError, match=r"astroid failed to build the module: AssertionError: a brain's assumption at "):
        lint_source(source, Target(), path="m.py")
    assert not [name for name in AstroidManager().astroid_cache if name.startswith("keras_lint_checked.")]
    lines = source.splitlines(True)
    results = list(KerasLintFlake8(ast.parse(source), lines, "m.py").run())
    assert [(line, text.split()[0]) for line, _col, text, _cls in results] == [(1, "KL900")]
    assert "AssertionError" in results[0][2]
