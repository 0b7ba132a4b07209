"""The engine: containment of crashing rules, bad input, one finding per site."""

from __future__ import annotations

import subprocess
import sys

import pytest

from keras_lint import rules as rules_pkg
from keras_lint.config import Target
from keras_lint.engine import Engine
from keras_lint.lint import SourceError, lint_source
from keras_lint.rules.is_keras_tensor_on_raw_tensor import IsKerasTensorOnRawTensor

SEED = """\
import tensorflow.compat.v1 as tf
from keras import backend as K
from keras.layers import Dense, Input

x_tf = tf.placeholder(tf.float32, shape=(2, 4, 5))
K.is_keras_tensor(x_tf)
keras_input = Input([10])
K.is_keras_tensor(keras_input)
K.is_keras_tensor(Dense(10)(keras_input))
out = Dense(3)(x_tf)
"""


def test_seed_example():
    found = lint_source(SEED, Target())
    assert [(f.line, f.code) for f in found] == [(6, "KL101"), (10, "KL201")]
    kl101 = found[0]
    assert kl101.message == (
        "is_keras_tensor(x_tf) is always False: x_tf is a graph placeholder (tf.placeholder, line 5), "
        "not a symbolic Keras tensor made by keras.Input or a layer call. To test for any tensor use "
        "keras.ops.is_tensor(x_tf)."
    )
    assert kl101.replacement == "keras.ops.is_tensor(x_tf)"
    assert found[1].replacement == 'keras.Input(batch_shape=(2, 4, 5), dtype="float32")'


def test_keras2_target_changes_message_and_suggestion():
    src = "import numpy as np\nimport tf_keras\nx = np.zeros(3)\ntf_keras.backend.is_keras_tensor(x)\n"
    (f,) = lint_source(src, Target(keras_version=2))
    assert "raises ValueError in Keras 2" in f.message
    assert f.replacement == "tf.is_tensor(x)"


class _Boom(IsKerasTensorOnRawTensor):
    def check(self, node, ctx):
        if node.lineno == 6:
            raise ZeroDivisionError("boom")
        yield from super().check(node, ctx)


def test_a_crashing_rule_is_reported_once_and_the_rest_still_runs(monkeypatch):
    checks = (_Boom(),) + tuple(c for c in rules_pkg.ALL_CHECKS if c.rule.code != "KL101")
    monkeypatch.setattr("keras_lint.engine.ALL_CHECKS", checks)
    found = Engine(Target()).run(__import__("astroid").parse(SEED + "K.is_keras_tensor(x_tf)\n"))
    codes = [f.code for f in found]
    assert codes.count("KL900") == 1
    assert "KL201" in codes  # other rules still ran
    assert "KL101" not in codes  # the crashed rule is skipped for the rest of the file
    crash = next(f for f in found if f.code == "KL900")
    assert "KL101 (is-keras-tensor-on-raw-tensor)" in crash.message
    assert "ZeroDivisionError: boom" in crash.message


def test_module_without_frameworks_is_skipped_quickly():
    assert lint_source("import os\nprint(os.getcwd())\n", Target()) == []


def test_deeply_nested_code_does_not_crash():
    depth = 80
    body = "import tensorflow as tf\nfrom keras import backend as K\nx = tf.constant(1)\n"
    for i in range(depth):
        body += "    " * i + "if x:\n"
    body += "    " * depth + "K.is_keras_tensor(x)\n"
    found = lint_source(body, Target())
    assert [f.code for f in found] == ["KL101"]


def test_long_expression_is_contained():
    # astroid may give up inferring a 400-term sum; that is a miss, never a crash
    src = "import tensorflow as tf\nfrom keras import backend as K\nx = " + " + ".join(["1"] * 400)
    src += "\nK.is_keras_tensor(x)\nK.is_keras_tensor(tf.constant(1))\n"
    found = lint_source(src, Target())
    assert [f.line for f in found if f.code == "KL101"][-1:] == [5]
    assert all(f.code != "KL900" for f in found)


def test_input_beyond_pythons_parser_gets_a_clear_error():
    src = "import keras\nx = " + " + ".join(["1"] * 5000) + "\nkeras.backend.is_keras_tensor(x)\n"
    with pytest.raises(SourceError, match="nested too deeply"):
        lint_source(src, Target(), path="huge.py")
    with pytest.raises(SourceError, match="cannot parse"):
        lint_source("import keras\ndef f(:\n    keras.backend.is_keras_tensor(1)\n", Target(), path="broken.py")


def test_files_no_rule_could_flag_are_not_even_parsed():
    assert lint_source("def f(:\n  this is not python, and names no framework\n", Target()) == []
    # names keras, but none of the words a rule needs (is_keras_tensor, placeholder, torch...)
    assert lint_source("import keras\ndef f(:\n", Target()) == []


@pytest.mark.parametrize("front_end", ["pylint", "flake8"])
def test_syntax_error_gets_the_front_ends_usual_report(tmp_path, front_end):
    bad = tmp_path / "broken.py"
    bad.write_text("import keras\ndef f(:\n    keras.backend.is_keras_tensor(1)\n", encoding="utf-8")
    if front_end == "pylint":
        cmd = [sys.executable, "-m", "pylint", "--load-plugins=keras_lint", "--persistent=n", str(bad)]
        expected = "E0001"
    else:
        cmd = [sys.executable, "-m", "flake8", "--isolated", str(bad)]
        expected = "E999"
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert expected in proc.stdout
    assert "Traceback" not in proc.stderr + proc.stdout


@pytest.mark.parametrize("front_end", ["pylint", "flake8"])
def test_latin1_encoded_file(tmp_path, front_end):
    src = "# -*- coding: latin-1 -*-\nimport numpy as np\nimport keras\nname = 'caf\xe9'\nkeras.backend.is_keras_tensor(np.zeros(2))\n"
    path = tmp_path / "latin.py"
    path.write_bytes(src.encode("latin-1"))
    if front_end == "pylint":
        cmd = [sys.executable, "-m", "pylint", "--load-plugins=keras_lint", "--disable=all", "--enable=keras-lint", "--persistent=n", str(path)]
        expected = "W7101"
    else:
        cmd = [sys.executable, "-m", "flake8", "--isolated", "--select=KL", str(path)]
        expected = "KL101"
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert ":5:" in proc.stdout and expected in proc.stdout, proc.stdout + proc.stderr


def test_astroid_cache_stays_flat_over_many_files(tmp_path, monkeypatch):
    from astroid.manager import AstroidManager

    monkeypatch.syspath_prepend(str(tmp_path))  # the user's package is importable, as in a project

    (tmp_path / "helpers.py").write_text("import tensorflow as tf\n\ndef make():\n    return tf.constant(1.0)\n")
    src = "import keras\nfrom helpers import make\n\nkeras.backend.is_keras_tensor(make())\n"
    cache = AstroidManager().astroid_cache
    sizes = []
    for i in range(12):
        path = tmp_path / f"model_{i}.py"
        path.write_text(src)
        found = lint_source(src, Target(), path=str(path))
        assert [f.code for f in found] == ["KL101"]  # inference crossed into helpers.py
        sizes.append(len(cache))
    assert sizes[-1] == sizes[1], sizes  # nothing kept per file
    assert not any(name.endswith("helpers") for name in cache)


@pytest.mark.parametrize(
    "src, triggered",
    [
        ("import tensorflow as tf\nph = tf.compat.v1.placeholder(tf.float32)\n", True),
        ("from tensorflow.compat.v1 import placeholder as make_ph\nx = make_ph('float32')\n", True),
        ("from keras import backend as K\nmake = K.placeholder\nx = make(shape=(2,))\n", True),
        ('import keras\n"""A KerasTensor is a placeholder for a shape and a dtype."""\n', False),
    ],
)
def test_placeholder_rule_trigger_is_conservative(src, triggered):
    from keras_lint.rules.placeholder_in_keras_graph import PlaceholderInKerasGraph

    assert PlaceholderInKerasGraph.triggered(src) is triggered


def test_aliased_placeholder_is_still_found():
    src = "from tensorflow.compat.v1 import placeholder as make_ph\nimport keras\nx = make_ph('float32', shape=(None, 3))\ny = keras.layers.Dense(2)(x)\n"
    assert [f.code for f in lint_source(src, Target())] == ["KL201"]


# -- precedence: one finding per call site ------------------------------------------------

def _fake_findings():
    """Two rules flag the same call (one through the call's func attribute), a third elsewhere."""
    import astroid
    from dataclasses import replace

    from keras_lint.catalogue import BY_CODE
    from keras_lint.findings import finding

    module = astroid.parse("import keras\nx.numpy()\ny.cpu()\n")
    call_x = module.body[1].value
    call_y = module.body[2].value
    general = replace(BY_CODE["KL102"], code="KL998", symbol="general-rule", supersedes=())
    specific = replace(BY_CODE["KL101"], code="KL997", symbol="specific-rule", supersedes=("KL998",))
    return [
        finding(general, call_x.func, "general on x"),  # the Attribute: same site as the call
        finding(specific, call_x, "specific on x"),
        finding(general, call_y, "general on y"),
        finding(general, call_y, "general on y again"),
    ]


def test_the_more_specific_rule_reports_a_shared_call_site():
    from keras_lint.engine import _one_per_site

    kept = _one_per_site(_fake_findings())
    assert [f.message for f in kept] == ["specific on x", "general on y"]


def test_without_precedence_both_rules_report():
    from dataclasses import replace

    from keras_lint.engine import _one_per_site

    found = _fake_findings()
    found[1] = replace(found[1], rule=replace(found[1].rule, supersedes=()))
    assert sorted(f.message for f in _one_per_site(found)) == ["general on x", "general on y", "specific on x"]


def test_catalogue_rejects_cyclic_or_unknown_precedence(monkeypatch):
    from dataclasses import replace

    from keras_lint import catalogue

    a, b = catalogue.RULES[0], catalogue.RULES[1]
    rules = (replace(a, supersedes=(b.code,)), replace(b, supersedes=(a.code,)))
    monkeypatch.setattr(catalogue, "ALL_RULES", rules + (catalogue.CONTAINMENT,))
    monkeypatch.setattr(catalogue, "BY_CODE", {r.code: r for r in catalogue.ALL_RULES})
    problems = catalogue.validate()
    assert any("which supersedes it" in p for p in problems)
    monkeypatch.setattr(catalogue, "ALL_RULES", (replace(a, supersedes=("KL999",)), catalogue.CONTAINMENT))
    assert any("unknown rule KL999" in p for p in catalogue.validate())
