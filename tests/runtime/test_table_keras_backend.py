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
    env.update({"TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""})
    if legacy:
        env["TF_USE_LEGACY_KERAS"] = "1"
    with tempfile.TemporaryDirectory(prefix="kl-keras-home-") as keras_home:  # removed afterwards
        env["KERAS_HOME"] = keras_home
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
    # templates added for exact messages (safe: False / message_only: True where the note says
    # how they differ; a (call, wrap) pair applies wrap to the Keras 2 value first)
    "arange": "K.arange(1, 7, 2)",
    "arange#default": "K.arange(5)",
    "batch_flatten": "K.batch_flatten(x)",
    "batch_get_value": "K.batch_get_value([x, x])",
    "bias_add": "K.bias_add(x, y)",
    "binary_focal_crossentropy": ("K.binary_focal_crossentropy(p, q, gamma=3.0)", "np.mean({}, axis=-1)"),
    "categorical_focal_crossentropy": "K.categorical_focal_crossentropy(p, q)",
    "cast_to_floatx": "K.cast_to_floatx(np.arange(3))",
    "clip": "K.clip(x, -0.5, 0.5)",
    "constant": "K.constant([1, 2])",
    "conv1d": "K.conv1d(seq, ker1, padding='same')",
    "conv2d": "K.conv2d(img, ker, (2, 2), 'same')",
    "conv3d": "K.conv3d(vol, ker3)",
    "depthwise_conv2d": "K.depthwise_conv2d(img, dker)",
    "separable_conv2d": "K.separable_conv2d(img, dker, pker, padding='same')",
    "count_params": "K.count_params(x)",
    "dot": "K.dot(x, w)",
    "dtype": "K.dtype(x)",
    "eye": "K.eye(3)",
    "flatten": "K.flatten(x)",
    "hard_sigmoid": "K.hard_sigmoid(x * 4)",
    "int_shape": "K.int_shape(x)",
    "l2_normalize": "K.l2_normalize(x)",
    "l2_normalize#axis": "K.l2_normalize(x, 1)",
    "map_fn": "K.map_fn(lambda r: r * 2.0, m)",
    "ones": "K.ones((2, 3), dtype='int32')",
    "reverse": "K.reverse(x, 1)",
    "reverse#list": "K.reverse(x, [0, 2])",
    "shape": "K.shape(x)",
    "spatial_2d_padding": "K.spatial_2d_padding(img, ((1, 2), (0, 1)))",
    "spatial_3d_padding": "K.spatial_3d_padding(vol)",
    "temporal_padding": "K.temporal_padding(seq, (2, 0))",
    "to_dense": "K.to_dense(x)",
    "zeros": "K.zeros((2, 3))",
}
# labels whose dtype must match too (the replacement spells the Keras 2 default dtype)
SAME_DTYPE = {"arange", "arange#default", "cast_to_floatx", "constant", "eye", "flatten", "hard_sigmoid", "ones", "zeros", "clip", "temporal_padding"}


def test_kept_defaults_fixes_compute_the_keras2_values(truth_requires):
    import astroid

    from keras_lint.rules._keras_backend import render

    pairs = {}
    for label, k2 in SIDE_BY_SIDE.items():
        k2, wrap = k2 if isinstance(k2, tuple) else (k2, "{}")
        name = label.split("#")[0]
        call = astroid.extract_node(k2)
        text = render(TABLE["names"][name]["fix"], call, "keras")
        assert text is not None, label
        pairs[label] = (wrap.format(k2), text, label in SAME_DTYPE)
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
w = tf.constant(rng.normal(size=(4, 5)).astype("float32"))
seq = tf.constant(rng.normal(size=(2, 6, 3)).astype("float32"))
ker1 = tf.constant(rng.normal(size=(2, 3, 4)).astype("float32"))
img = tf.constant(rng.normal(size=(1, 5, 5, 2)).astype("float32"))
ker = tf.constant(rng.normal(size=(3, 3, 2, 3)).astype("float32"))
dker = tf.constant(rng.normal(size=(3, 3, 2, 1)).astype("float32"))
pker = tf.constant(rng.normal(size=(1, 1, 2, 3)).astype("float32"))
vol = tf.constant(rng.normal(size=(1, 4, 4, 4, 2)).astype("float32"))
ker3 = tf.constant(rng.normal(size=(2, 2, 2, 2, 3)).astype("float32"))
p = tf.constant([[0.0, 1.0], [1.0, 0.0]])
q = tf.constant([[0.2, 0.7], [0.6, 0.3]])
mu, var, beta, gamma = (tf.constant(v, "float32") for v in ([0.1] * 4, [2.0] * 4, [0.5] * 4, [1.5] * 4))
def value(v):
    if isinstance(v, tf.TensorShape):
        v = tuple(v)
    if isinstance(v, (str, tuple, list, int, float, np.ndarray)):
        return np.asarray(v)
    return keras.ops.convert_to_numpy(v)
out = {{}}
for label, (k2, k3, same_dtype) in {pairs!r}.items():
    a, b = value(eval(k2)), value(eval(k3))
    if a.dtype.kind in "USO" or b.dtype.kind in "USO":
        same = a.tolist() == b.tolist()
    else:
        same = a.shape == b.shape and np.allclose(a, b, atol=1e-6, equal_nan=True)
    if same_dtype and a.dtype != b.dtype:
        same = False
    out[label] = [k2, k3, list(a.shape), list(b.shape), str(a.dtype), str(b.dtype), bool(same)]
print("@@" + json.dumps(out))
"""
    got = _run(code, legacy=True, requires=("tensorflow", "tf_keras", "keras"), truth_requires=truth_requires)
    bad = {name: v for name, v in got.items() if not v[-1]}
    assert not bad, bad
