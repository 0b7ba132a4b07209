"""The plugin as users run it: no new pylint messages, no framework imported or parsed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from functional_cases import CASES_ROOT_FILES, run_pylint

ROOT = Path(__file__).resolve().parents[1]
HAS_TF = importlib.util.find_spec("tensorflow") is not None
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _needs_tensorflow():
    if not HAS_TF:
        if IN_CI:
            pytest.fail("tensorflow must be installed in CI (requirements/runtime.txt)")
        pytest.skip("tensorflow is not installed")


def test_loading_the_plugin_adds_no_pylint_message():
    """pylint with every default checker, with and without keras_lint, on the whole corpus:
    the plugin's presence may only add its own messages."""
    files = CASES_ROOT_FILES()
    key = lambda m: (Path(m["path"]).name, m["line"], m["symbol"])  # noqa: E731
    alone = Counter(key(m) for m in run_pylint(files, (), plugin=False, only_plugin=False))
    with_plugin = [m for m in run_pylint(files, (), plugin=True, only_plugin=False) if not m["message-id"][1:2] == "7"]
    added = Counter(key(m) for m in with_plugin) - alone
    assert not added, f"pylint messages that appear only with the plugin: {sorted(added)}"
    assert sum(alone.values()) > 0  # the comparison saw pylint's own messages


HEAVY = textwrap.dedent(
    """
    import numpy as np
    import tensorflow as tf
    import keras
    import torch
    from keras import backend as K
    from tensorflow.keras import layers as tfl

    x = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))
    y = tf.nn.relu(tf.matmul(tf.ones((4, 4)), tf.ones((4, 4))))
    z = tf.reduce_sum(y, axis=0) + np.float32(1.0)
    w = tf.keras.backend.variable(np.zeros((2,)))
    v = tfl.Dense(3)(keras.Input((4,)))
    K.is_keras_tensor(x)
    K.is_keras_tensor(tf.constant(1.0))
    isinstance(z, torch.Tensor)
    print(tf.float32, tf.__version__, keras.ops.ones, torch.cuda.is_available())


    class Block(keras.layers.Layer):
        def __init__(self):
            super().__init__()
            self.dense = keras.layers.Dense(4)
            self.scale = tf.Variable(1.0)
            self.act = keras.activations.get("relu")

        def call(self, inputs):
            K.is_keras_tensor(inputs)
            return self.act(self.dense(inputs)) * self.scale
    """
)

_PROBE = textwrap.dedent(
    """
    import json, sys
    from astroid.manager import AstroidManager
    ROOTS = ("tensorflow", "keras", "tf_keras", "torch", "jax", "numpy")
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "engine":
        from keras_lint.config import resolve
        from keras_lint.lint import lint_source
        codes = [f.code for f in lint_source(open(path).read(), resolve(), path=path)]
    else:
        from pylint.lint import Run
        from pylint.reporters import CollectingReporter
        rep = CollectingReporter()
        plugin = ["--load-plugins=keras_lint", "--enable=keras-lint"] if mode == "pylint" else []
        Run([*plugin, "--disable=all", "--enable=unused-import", "--persistent=n", path], reporter=rep, exit=False)
        codes = [m.msg_id for m in rep.messages if m.msg_id[1] == "7"]
    imported = sorted(m for m in sys.modules if m.split(".")[0] in ROOTS)
    built = sorted(m for m in AstroidManager().astroid_cache if m.split(".")[0] in ROOTS)
    print(json.dumps({"codes": codes, "imported": imported, "built": built}))
    """
)


def _probe(tmp_path, mode: str) -> dict:
    src = tmp_path / "heavy_model.py"
    src.write_text(HEAVY, encoding="utf-8")
    probe = tmp_path / "probe.py"
    probe.write_text(_PROBE, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(probe), mode, str(src)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.frameworks
def test_the_engine_imports_and_parses_no_framework(tmp_path):
    """flake8's path (and the engine's API): nothing of TF/Keras/torch imported or parsed."""
    _needs_tensorflow()
    result = _probe(tmp_path, "engine")
    assert result["codes"], "the heavy file must produce findings (the engine ran)"
    assert result["imported"] == [], f"frameworks imported: {result['imported']}"
    assert result["built"] == [], f"astroid built framework modules: {result['built']}"


@pytest.mark.frameworks
def test_the_pylint_plugin_parses_no_framework_pylint_would_not(tmp_path):
    """pylint builds the module itself (and what its own inference needs); the plugin's run
    adds no framework module to that and imports none."""
    _needs_tensorflow()
    with_plugin = _probe(tmp_path, "pylint")
    alone = _probe(tmp_path, "pylint-alone")
    assert with_plugin["codes"] and not alone["codes"]
    assert with_plugin["imported"] == [] == alone["imported"]
    assert set(with_plugin["built"]) <= set(alone["built"]), sorted(set(with_plugin["built"]) - set(alone["built"]))
