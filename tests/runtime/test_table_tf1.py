"""The generated table tf1_to_tf2 (scripts/gen_tf1_table.py) against the installed TensorFlow.

For every entry: the TF1 name is absent from TF2's ``tf`` (under Keras 3 and under tf_keras);
its ``tf.compat.v1`` spelling exists (unless the entry has none or needs tf_keras, checked
under TF_USE_LEGACY_KERAS=1); the TF2 replacement it names exists (``tf.*`` or ``keras.*``);
a ``same_object`` replacement is the very object of the compat spelling. The checks run in
subprocesses: the pytest process never imports TensorFlow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from keras_lint import data

pytestmark = pytest.mark.runtime

_CHECK = r'''
import json, sys
import tensorflow as tf
import keras

entries = json.loads(sys.stdin.read())
legacy = sys.argv[1] == "legacy"

def resolve(dotted):
    root, _, rest = dotted.partition(".")
    obj = {"tf": tf, "keras": keras}[root]
    for part in rest.split(".") if rest else []:
        try:
            obj = getattr(obj, part)
        except Exception:
            return False, None
    return True, obj

problems = []
for name, e in entries.items():
    if resolve(name)[0]:
        problems.append(f"{name}: still exists in tf")
    if legacy:
        if e.get("compat_needs_tf_keras") and not resolve(e["compat"])[0]:
            problems.append(f"{name}: {e['compat']} missing even with tf_keras")
        continue
    if e.get("compat") and not e.get("compat_needs_tf_keras"):
        ok, compat_obj = resolve(e["compat"])
        if not ok:
            problems.append(f"{name}: {e['compat']} missing")
    if e.get("v2"):
        ok, v2_obj = resolve(e["v2"])
        if not ok:
            problems.append(f"{name}: replacement {e['v2']} missing")
        elif e.get("same_object") and v2_obj is not compat_obj:
            problems.append(f"{name}: {e['v2']} is not the same object as {e['compat']}")
    if e.get("not_in_wheel") and e.get("compat"):
        problems.append(f"{name}: marked not_in_wheel but names a compat spelling")
print(json.dumps({"checked": len(entries), "problems": problems, "tf": tf.__version__}))
'''


def _run(mode: str, env_extra: dict[str, str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("KERAS_BACKEND", "TF_USE_LEGACY_KERAS", "KERAS_HOME")}
    env.update({"TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""}, **env_extra)
    proc = subprocess.run(
        [sys.executable, "-c", _CHECK, mode],
        input=json.dumps(data.entries("tf1_to_tf2")),
        capture_output=True,
        text=True,
        env=env,
        cwd=os.path.dirname(os.path.abspath(__file__)) + "/..",
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("mode", ["keras3", "legacy"])
def test_tf1_table_matches_installed_tensorflow(mode, truth_requires):
    truth_requires(("tensorflow", "keras") + (("tf_keras",) if mode == "legacy" else ()), "the tf1_to_tf2 table check")
    env = {"TF_USE_LEGACY_KERAS": "1"} if mode == "legacy" else {}
    result = _run(mode, env)
    assert result["checked"] > 800
    assert not result["problems"], "\n".join(result["problems"][:50])


def test_tf1_table_provenance():
    table = data.table("tf1_to_tf2")
    prov = table["provenance"]
    assert prov["generated_by"] == "scripts/gen_tf1_table.py"
    assert prov["tensorflow"].startswith("2.")
    entries = table["entries"]
    for name in ("tf.placeholder", "tf.Session", "tf.get_variable", "tf.global_variables_initializer",
                 "tf.to_float", "tf.log", "tf.layers", "tf.layers.dense", "tf.contrib", "tf.logging",
                 "tf.app", "tf.flags", "tf.train.AdamOptimizer"):
        assert name in entries, name
    assert entries["tf.log"]["v2"] == "tf.math.log" and entries["tf.log"]["same_object"]
    assert entries["tf.contrib"]["compat"] is None
