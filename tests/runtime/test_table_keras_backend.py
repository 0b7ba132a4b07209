"""The keras_backend_api table against the installed Keras 3, tf.keras shim and tf_keras.

Each check runs in a subprocess with a hermetic environment; the pytest process never imports
a framework. Checks: every replacement the table names exists in Keras 3; every removed name is
absent from Keras 3's keras.backend, and from the tf.keras.backend shim where the table says
so; every removed module fails to import; the kept-defaults fixes compute what the Keras 2
(tf_keras) call computed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile

import pytest

from keras_lint import data

pytestmark = pytest.mark.runtime

TABLE = data.entries("keras_backend_api")


def _run(code: str, legacy: bool = False, requires=("tensorflow", "keras"), truth_requires=None) -> dict:
    if truth_requires is not None:
        truth_requires(requires, "the keras_backend_api table test")
    env = {k: v for k, v in os.environ.items() if k not in ("KERAS_BACKEND", "TF_USE_LEGACY_KERAS", "KERAS_HOME")}
    env.update({"TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": "", "KERAS_HOME": tempfile.mkdtemp(prefix="kl-keras-home-")})
    if legacy:
        env["TF_USE_LEGACY_KERAS"] = "1"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(), timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("@@")][-1]
    return json.loads(line[2:])


def _keras_paths(text: str) -> set[str]:
    return {m for m in re.findall(r"(?<![\w.])keras(?:\.[A-Za-z_]\w*)+", text)}


def test_names_replacements_and_modules_on_keras3(truth_requires):
    paths = set()
    for entry in TABLE["names"].values():
        paths |= _keras_paths(entry["replacement"])
        if entry["fix"]:
            paths |= _keras_paths(entry["fix"]["template"].replace("{keras}", "keras"))
    for module in TABLE["removed_modules"].values():
        paths |= _keras_paths(module["replacement"])
        for target in module["names"].values():
            paths |= _keras_paths(target)
    code = f"""
import importlib, json
import keras, tensorflow as tf
paths, modules = {sorted(paths)!r}, {sorted(TABLE["removed_modules"])!r}
missing = []
for path in paths:
    obj = keras
    try:
        for part in path.split(".")[1:]:
            obj = getattr(obj, part)
    except AttributeError:
        missing.append(path)
importable = []
for m in modules:
    try:
        importlib.import_module(m)
        importable.append(m)
    except ImportError:
        pass
print("@@" + json.dumps({{
    "missing": missing, "importable": importable,
    "k3": sorted(n for n in dir(keras.backend) if not n.startswith("_")),
    "shim": sorted(n for n in dir(tf.keras.backend) if not n.startswith("_")),
    "v1": sorted(n for n in dir(tf.compat.v1.keras.backend) if not n.startswith("_")),
}}))
"""
    got = _run(code, truth_requires=truth_requires)
    assert got["missing"] == [], "replacements the table names that Keras 3 lacks"
    assert got["importable"] == [], "modules the table calls removed that still import"
    assert got["k3"] == TABLE["keras3_backend"]
    assert got["shim"] == TABLE["tf_keras_shim"] == got["v1"]
    for name, entry in TABLE["names"].items():
        assert name not in got["k3"], name
        assert entry["in_shim"] == (name in got["shim"]), name
    for name in ("placeholder", "function", "learning_phase", "set_learning_phase", "get_session", "set_session", "is_tensor", "print_tensor"):
        assert name not in got["shim"] and not TABLE["names"][name]["in_shim"], name


def test_keras2_backend_names(truth_requires):
    code = """
import json, tf_keras
print("@@" + json.dumps(sorted(n for n in dir(tf_keras.backend) if not n.startswith("_"))))
"""
    got = _run(code, legacy=True, requires=("tensorflow", "tf_keras"), truth_requires=truth_requires)
    assert got == TABLE["keras2_backend"]
    for name, entry in TABLE["names"].items():
        assert entry["in_keras2"] == (name in got), name


# Keras 2 call (K = tf_keras.backend, x/y/i tensors) vs the fix the linter writes (keras = Keras 3)
SIDE_BY_SIDE = {
    "argmax": "K.argmax(x)",
    "argmin": "K.argmin(x)",
    "cumsum": "K.cumsum(x)",
    "cumprod": "K.cumprod(x)",
    "concatenate": "K.concatenate([x, x])",
    "expand_dims": "K.expand_dims(x)",
    "gather": "K.gather(x, i)",
    "sqrt": "K.sqrt(y)",
    "repeat": "K.repeat(m, 3)",
    "in_top_k": "K.in_top_k(m, t, 1)",
    "sum": "K.sum(x, axis=1, keepdims=True)",
    "mean": "K.mean(x, 1)",
    "softmax": "K.softmax(x)",
    "pow": "K.pow(x, 2)",
    "permute_dimensions": "K.permute_dimensions(x, (2, 0, 1))",
    "repeat_elements": "K.repeat_elements(x, 2, 1)",
    "relu": "K.relu(y, alpha=0.1, max_value=2.0)",
    "batch_normalization": "K.batch_normalization(x, mu, var, beta, gamma, epsilon=0.01)",
    "binary_crossentropy": "K.binary_crossentropy(p, q)",
    "one_hot": "K.one_hot(i, 4)",
    "eval": "K.eval(x)",
}


def test_kept_defaults_fixes_compute_the_keras2_values(truth_requires):
    import astroid

    from keras_lint.rules.keras_backend_api import render

    pairs = {}
    for name, k2 in SIDE_BY_SIDE.items():
        call = astroid.extract_node(k2)
        text = render(TABLE["names"][name]["fix"], call, "keras")
        assert text is not None, name
        pairs[name] = (k2, text)
    code = f"""
import json
import numpy as np
import tensorflow as tf
import tf_keras
import keras
K = tf_keras.backend
rng = np.random.default_rng(0)
x = tf.constant(rng.normal(size=(2, 3, 4)).astype("float32"))
y = tf.constant(np.array([-1.0, 0.0, 4.0, 9.0], "float32"))
m = tf.constant(rng.normal(size=(3, 4)).astype("float32"))
t = tf.constant([0, 1, 3])
i = tf.constant([1, 0])
p = tf.constant([[0.0, 1.0], [1.0, 0.0]])
q = tf.constant([[0.2, 0.7], [0.6, 0.3]])
mu, var, beta, gamma = (tf.constant(v, "float32") for v in ([0.1] * 4, [2.0] * 4, [0.5] * 4, [1.5] * 4))
out = {{}}
for name, (k2, k3) in {pairs!r}.items():
    a = np.asarray(eval(k2))
    b = keras.ops.convert_to_numpy(eval(k3))
    out[name] = [list(a.shape), list(b.shape), bool(a.shape == b.shape and np.allclose(a, b, equal_nan=True))]
print("@@" + json.dumps(out))
"""
    got = _run(code, legacy=True, requires=("tensorflow", "tf_keras", "keras"), truth_requires=truth_requires)
    bad = {name: v for name, v in got.items() if not v[2]}
    assert not bad, bad
