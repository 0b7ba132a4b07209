"""Runtime checks of the torch tables (KL301 / KL302), on the real torch, TensorFlow and Keras.

- torch_tensor_members.json: every listed member exists on ``torch.Tensor`` and is really absent
  from every value family the entry names (tf.Tensor = the class, an EagerTensor and a
  tf.function graph tensor; tf.Variable; keras.Input; tf_keras.Input; keras.Variable on the
  tensorflow and torch backends), and every keras.ops function a replacement names exists.
- torch_to_keras_ops.json: every torch function and every replacement exists.

Each check runs in a subprocess with a hermetic environment: this process never imports the
frameworks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from keras_lint import data

pytestmark = pytest.mark.runtime

_MARK = "@@KERAS_LINT_TABLE@@"

_PROBE = r'''
import json, os, sys
table = json.loads(open(sys.argv[1], encoding="utf-8").read())
mode = sys.argv[2]
present = {}

def has(obj, member):
    try:
        getattr(obj, member)
    except AttributeError:
        return False
    except Exception:
        return True
    return True

def family(name, objs):
    present[name] = sorted(m for m in table if any(has(o, m) for o in objs))

if mode == "tensorflow":
    import tensorflow as tf, keras, torch
    seen = {}
    @tf.function
    def f(x):
        seen["x"] = x
        return x
    f.get_concrete_function(tf.TensorSpec((None, 4)))
    family("tf.Tensor", [tf.Tensor, tf.constant([[1.0]]), seen["x"]])
    family("tf.Variable", [tf.Variable([1.0])])
    family("KerasTensor", [keras.Input((4,))])
    family("keras.Variable[tensorflow]", [keras.Variable([1.0])])
    family("torch.Tensor", [torch.zeros(2, 2)])
elif mode == "tf_keras":
    import tf_keras
    family("tf_keras.KerasTensor", [tf_keras.Input((4,))])
elif mode == "torch":
    import keras
    assert keras.backend.backend() == "torch"
    family("keras.Variable[torch]", [keras.Variable([1.0])])
print("''' + _MARK + r'''" + json.dumps(present))
'''

_NAMES = r'''
import importlib, json, os, sys
import keras, torch
names = json.loads(open(sys.argv[1], encoding="utf-8").read())
def resolve(dotted):
    parts = dotted.split(".")
    obj = importlib.import_module(parts[0])
    for i, part in enumerate(parts[1:], 1):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            obj = importlib.import_module(".".join(parts[: i + 1]))
    return obj
missing = []
for name in names:
    try:
        resolve(name)
    except Exception as exc:
        missing.append(f"{name}: {type(exc).__name__}: {exc}")
print("''' + _MARK + r'''" + json.dumps(missing))
'''


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KERAS_BACKEND", "TF_USE_LEGACY_KERAS", "KERAS_HOME")}
    env.update({"TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""})
    env.update(extra or {})
    return env


def _run(code: str, payload, tmp_path, *args: str, env: dict[str, str] | None = None):
    path = tmp_path / f"payload-{abs(hash((code, args)))}.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    env = _env(env)
    env["KERAS_HOME"] = str(tmp_path / "keras_home")
    proc = subprocess.run(
        [sys.executable, "-c", code, str(path), *args],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith(_MARK)]
    assert lines, f"subprocess failed ({proc.returncode}):\n{proc.stderr[-4000:]}"
    return json.loads(lines[-1][len(_MARK):])


def test_members_exist_on_torch_and_are_absent_where_listed(tmp_path, truth_requires):
    truth_requires(("tensorflow", "keras", "torch", "tf_keras"), "the torch member table check")
    table = data.entries("torch_tensor_members")
    members = sorted(table)
    present = {}
    present.update(_run(_PROBE, members, tmp_path, "tensorflow"))
    present.update(_run(_PROBE, members, tmp_path, "tf_keras"))
    present.update(_run(_PROBE, members, tmp_path, "torch", env={"KERAS_BACKEND": "torch"}))
    on_torch = set(present["torch.Tensor"])
    not_torch = [m for m in members if m not in on_torch]
    assert not not_torch, f"listed members that torch.Tensor does not have: {not_torch}"
    wrong = [
        f"{member} is present on {fam}"
        for member, entry in table.items()
        for fam in entry["absent_from"]
        if member in present[fam]
    ]
    assert not wrong, "members flagged on values that have them: " + "; ".join(wrong)


def test_every_named_replacement_exists(tmp_path, truth_requires):
    truth_requires(("keras", "torch"), "the torch replacement table check")
    names = sorted(
        {f"keras.ops.{op}" for entry in data.entries("torch_tensor_members").values() for op in entry["keras_ops"]}
        | {name for name in data.entries("torch_to_keras_ops")}
        | {entry["keras"] for entry in data.entries("torch_to_keras_ops").values()}
    )
    missing = _run(_NAMES, names, tmp_path, env={"KERAS_BACKEND": "torch"})
    assert not missing, "names the tables use that do not exist: " + "; ".join(missing)


def test_table_shapes():
    """Cheap structural checks (no framework)."""
    members = data.entries("torch_tensor_members")
    for name, entry in members.items():
        assert entry["absent_from"], name
        assert entry["returns"] in ("tensor", "other"), name
        for op in entry["keras_ops"]:
            assert f"keras.ops.{op}(" in (entry["replacement"] or ""), (name, op)
    for required in ("permute", "view", "cpu", "cuda", "to", "detach", "data", "float", "long", "contiguous",
                     "unsqueeze", "clamp", "size", "dim", "item", "requires_grad", "numpy"):
        assert required in members, required
    assert members["numpy"]["absent_from"] == ["KerasTensor", "tf_keras.KerasTensor"]
    functions = data.entries("torch_to_keras_ops")
    assert functions["torch.cat"]["keras"] == "keras.ops.concatenate"
    assert functions["torch.amin"]["keras"] == "keras.ops.min"
    assert functions["torch.nn.functional.relu"]["keras"] == "keras.ops.relu"
