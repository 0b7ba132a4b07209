"""keras_ops_equivalents.json holds on the installed libraries (run in a subprocess).

Every replacement exists in Keras 3 (keras.ops / keras.random), every source name exists in
TensorFlow / NumPy, every source raises when given a KerasTensor, and no name listed as working
on a KerasTensor is mapped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

import pytest

from keras_lint import data

pytestmark = pytest.mark.runtime

_CHILD = r'''
import json, sys, warnings
warnings.filterwarnings("ignore")
import numpy as np, tensorflow as tf, keras

table = json.load(sys.stdin)
problems = []

def resolve(dotted):
    root, *rest = dotted.split(".")
    obj = {"tf": tf, "numpy": np, "keras": keras}[root]
    if root == "tf" and rest[:2] == ["keras", "backend"]:
        obj, rest = tf.keras.backend, rest[2:]
    for part in rest:
        obj = getattr(obj, part)
    return obj

kt = keras.Input(batch_shape=(2, 3))
for source, entry in table["replacements"].items():
    for name in (source, entry["keras"]):
        try:
            resolve(name)
        except AttributeError as exc:
            problems.append(f"{name}: missing ({exc})")
    if not entry["keras"].startswith("keras.ops."):
        problems.append(f"{source}: replacement {entry['keras']} is not in keras.ops")
for name in table["work_on_keras_tensor"]:
    if name in table["replacements"]:
        problems.append(f"{name}: mapped but works on a KerasTensor")
# a sample of the claims "raises on a KerasTensor" (one-argument calls)
for name in ("tf.reduce_sum", "tf.nn.relu", "tf.shape", "tf.math.exp", "numpy.mean", "numpy.exp",
             "tf.keras.backend.sum", "tf.keras.backend.mean"):
    try:
        resolve(name)(kt)
    except Exception:
        pass
    else:
        problems.append(f"{name} did not raise on a KerasTensor")
for name in ("tf.is_tensor", "numpy.shape", "numpy.ndim", "tf.keras.backend.int_shape"):
    try:
        resolve(name)(kt)
    except Exception as exc:
        problems.append(f"{name} raised on a KerasTensor: {exc!r}")
print(json.dumps(problems))
'''


def test_every_name_of_the_table_exists_and_behaves(truth_requires):
    truth_requires(("tensorflow", "keras", "numpy"), "the keras_ops_equivalents table test")
    env = {k: v for k, v in os.environ.items() if k not in ("KERAS_BACKEND", "TF_USE_LEGACY_KERAS")}
    env.update({"TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""})
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(data.entries("keras_ops_equivalents")),
        capture_output=True,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),  # not the repository: nothing there may shadow a framework
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    problems = json.loads(proc.stdout.strip().splitlines()[-1])
    assert problems == []


def test_table_shape():
    entries = data.entries("keras_ops_equivalents")
    assert set(entries) == {"replacements", "raises_on_keras_tensor", "work_on_keras_tensor"}
    for source, entry in entries["replacements"].items():
        assert source.split(".")[0] in ("tf", "numpy"), source
        rename = entry.get("rename")
        if rename:
            assert rename["positional"] >= 1 and isinstance(rename["keywords"], list)
