"""Generate src/keras_lint/data/tf1_to_tf2.json: TF1 names gone from TensorFlow 2's `tf`.

Run with the TensorFlow the table is for (the dev venv has tensorflow-cpu 2.21):

    TF_CPP_MIN_LOG_LEVEL=3 python scripts/gen_tf1_table.py

It does what `tf_upgrade_v2` does, from TensorFlow's own metadata:

1. walks the public `tf.compat.v1` namespace (its `tensorflow._api` modules, without
   `keras`, `estimator` and `compat`) and keeps every name that the TF2 `tf` namespace does
   not have (`getattr` fails): those are the names that raise AttributeError in TF2;
2. for each, the TF2 spelling of the *same object* from `tf_export` (`get_v2_names`): a
   pure rename (`tf.log` -> `tf.math.log`), safe to rewrite to;
3. otherwise the TF2 target `tf_upgrade_v2` itself uses (`all_renames_v2.symbol_renames`,
   which includes `renames_v2.renames`), when it is a TF2 name that exists;
4. a few hand-written idioms and notes (`IDIOMS`) for names whose TF2 replacement is not a
   rename (`tf.to_float(x)` -> `tf.cast(x, tf.float32)`, `tf.Session`, `tf.placeholder`);
5. `tf.contrib.*` and `tf.layers.*` are not walkable in the wheel (contrib is gone;
   `tf.compat.v1.layers` is a lazy loader of tf_keras that fails under Keras 3): their entries
   come from `all_renames_v2` / `module_deprecations_v2` and a hand list, marked
   `"source": "hand"` or `"source": "tf_upgrade_v2"`.

Only names that `tf_upgrade_v2` knows as TF1 names (its rename map or module deprecations),
or whose object has a TF1 export and no TF2 export (`tf_export`), or the hand list, are
kept: a name dropped during TF 2.x (not a TF1 name) is not this table's business.

Entry shape: "tf.<v1 name>" -> {"v2": TF2 name or null, "idiom": replacement text or null,
"same_object": bool, "compat": "tf.compat.v1.<name>" or null, "kind": "module" | "class" |
"function" | "constant", "note": str, "source": str}.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
import types
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import tensorflow as tf  # noqa: E402
from tensorflow.python.util import tf_export  # noqa: E402
from tensorflow.tools.compatibility import all_renames_v2, module_deprecations_v2  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "keras_lint" / "data" / "tf1_to_tf2.json"
SKIPPED_MODULES = {"keras", "estimator", "compat"}

_CAST = {
    "to_float": "float32",
    "to_double": "float64",
    "to_int32": "int32",
    "to_int64": "int64",
    "to_bfloat16": "bfloat16",
    "to_complex64": "complex64",
    "to_complex128": "complex128",
}

# name -> (v2 name or None, idiom text or None, note). The v2 names are checked to exist by
# tests/runtime/test_table_tf1.py.
IDIOMS: dict[str, tuple[str | None, str | None, str]] = {
    **{
        f"tf.{n}": ("tf.cast", f"tf.cast({{x}}, tf.{dt})", f"tf.{n}(x) is tf.cast(x, tf.{dt}) in TF2")
        for n, dt in _CAST.items()
    },
    "tf.Session": (None, None, "TF2 runs eagerly: call the ops directly, or wrap them in a tf.function"),
    "tf.InteractiveSession": (None, None, "TF2 runs eagerly: call the ops directly"),
    "tf.placeholder": (
        None,
        None,
        "TF2 has no placeholders: pass the values as arguments of a (tf.function) Python function, "
        "or use keras.Input for a Keras model",
    ),
    "tf.sparse_placeholder": (None, None, "TF2 has no placeholders: pass tf.SparseTensor values as arguments"),
    "tf.placeholder_with_default": (None, None, "TF2 has no placeholders: use a function argument with a default"),
    "tf.get_variable": ("tf.Variable", None, "in TF2 create variables with tf.Variable (or a Keras layer's add_weight)"),
    "tf.global_variables_initializer": (None, None, "not needed in TF2: variables are initialised when they are created"),
    "tf.local_variables_initializer": (None, None, "not needed in TF2: variables are initialised when they are created"),
    "tf.initialize_all_variables": (None, None, "not needed in TF2: variables are initialised when they are created"),
    "tf.tables_initializer": (None, None, "not needed in TF2: lookup tables are initialised eagerly"),
    "tf.reset_default_graph": ("keras.backend.clear_session", None, "TF2 has no default graph to reset; keras.backend.clear_session() resets Keras' state"),
    "tf.variable_scope": (
        "tf.name_scope",
        None,
        "TF2 has no variable scopes: variables belong to the objects (tf.Module, Keras layers) that create them; tf.name_scope names ops",
    ),
    "tf.get_default_session": (None, None, "TF2 has no sessions: it runs eagerly"),
    "tf.set_random_seed": ("tf.random.set_seed", None, "tf.random.set_seed is the TF2 spelling (its op-level seed semantics differ slightly)"),
    "tf.trainable_variables": (None, None, "TF2 has no global variable collections: use model.trainable_variables / module.trainable_variables"),
    "tf.global_variables": (None, None, "TF2 has no global variable collections: use model.variables / module.variables"),
    "tf.logging": ("tf.get_logger", None, "use tf.get_logger() or Python's logging / absl.logging"),
    "tf.app": (None, None, "tf.app was removed: use absl.app"),
    "tf.flags": (None, None, "tf.flags was removed: use absl.flags or argparse"),
    "tf.gfile": ("tf.io.gfile", None, "tf.io.gfile is the TF2 module (its functions have lower-case names)"),
    "tf.python_io": ("tf.io", None, "tf.io holds the TFRecord reader and writer in TF2"),
    "tf.py_func": ("tf.numpy_function", None, "tf.numpy_function (or tf.py_function) replaces tf.py_func"),
    "tf.random_normal": ("tf.random.normal", None, "tf.random.normal is the TF2 spelling"),
    "tf.random_uniform": ("tf.random.uniform", None, "tf.random.uniform is the TF2 spelling"),
    "tf.truncated_normal": ("tf.random.truncated_normal", None, "tf.random.truncated_normal is the TF2 spelling"),
    "tf.multinomial": ("tf.random.categorical", None, "tf.random.categorical is the TF2 spelling"),
    "tf.layers": ("keras.layers", None, "use Keras layers (keras.layers); tf.compat.v1.layers needs tf_keras and TF_USE_LEGACY_KERAS=1 under Keras 3"),
    "tf.train.Optimizer": ("keras.optimizers.Optimizer", None, "use a Keras optimizer"),
    "tf.train.GradientDescentOptimizer": ("keras.optimizers.SGD", None, "use keras.optimizers.SGD"),
    "tf.train.MomentumOptimizer": ("keras.optimizers.SGD", None, "use keras.optimizers.SGD(momentum=...)"),
    "tf.train.AdamOptimizer": ("keras.optimizers.Adam", None, "use keras.optimizers.Adam"),
    "tf.train.AdagradOptimizer": ("keras.optimizers.Adagrad", None, "use keras.optimizers.Adagrad"),
    "tf.train.AdadeltaOptimizer": ("keras.optimizers.Adadelta", None, "use keras.optimizers.Adadelta"),
    "tf.train.RMSPropOptimizer": ("keras.optimizers.RMSprop", None, "use keras.optimizers.RMSprop"),
    "tf.train.FtrlOptimizer": ("keras.optimizers.Ftrl", None, "use keras.optimizers.Ftrl"),
    "tf.train.Saver": ("tf.train.Checkpoint", None, "use tf.train.Checkpoint (or model.save_weights)"),
}

# tf.compat.v1.layers.<function> -> the Keras layer class (tf.layers is a lazy tf_keras module).
LAYERS = {
    "dense": "Dense",
    "dropout": "Dropout",
    "flatten": "Flatten",
    "batch_normalization": "BatchNormalization",
    "conv1d": "Conv1D",
    "conv2d": "Conv2D",
    "conv3d": "Conv3D",
    "conv2d_transpose": "Conv2DTranspose",
    "conv3d_transpose": "Conv3DTranspose",
    "separable_conv1d": "SeparableConv1D",
    "separable_conv2d": "SeparableConv2D",
    "max_pooling1d": "MaxPooling1D",
    "max_pooling2d": "MaxPooling2D",
    "max_pooling3d": "MaxPooling3D",
    "average_pooling1d": "AveragePooling1D",
    "average_pooling2d": "AveragePooling2D",
    "average_pooling3d": "AveragePooling3D",
}
LAYERS.update({cls: cls for cls in set(LAYERS.values())})
LAYERS.update({"Layer": "Layer", "InputSpec": "InputSpec"})

# tf.contrib: not in the wheel at all. Notes from tf_upgrade_v2's module deprecations, plus a
# few well-known replacements.
CONTRIB = {
    "tf.contrib.layers": ("keras.layers", "tf.contrib.layers was removed in TF 2.0: use Keras layers"),
    "tf.contrib.layers.xavier_initializer": ("keras.initializers.GlorotUniform", "use keras.initializers.GlorotUniform"),
    "tf.contrib.layers.l2_regularizer": ("keras.regularizers.L2", "use keras.regularizers.L2"),
    "tf.contrib.layers.l1_regularizer": ("keras.regularizers.L1", "use keras.regularizers.L1"),
    "tf.contrib.layers.flatten": ("keras.layers.Flatten", "use keras.layers.Flatten"),
    "tf.contrib.layers.fully_connected": ("keras.layers.Dense", "use keras.layers.Dense"),
    "tf.contrib.keras": ("keras", "tf.contrib.keras was removed: use keras"),
    "tf.contrib.slim": (None, "tf.contrib.slim was removed in TF 2.0: it lives on as the separate tf_slim package"),
    "tf.contrib.learn": (None, "tf.contrib.learn was removed in TF 2.0: use Keras (keras.Model.fit)"),
    "tf.contrib.eager": (None, "tf.contrib.eager was removed in TF 2.0: TF2 runs eagerly by default"),
    "tf.contrib.data": ("tf.data.experimental", "tf.contrib.data moved to tf.data.experimental"),
    "tf.contrib.framework": (None, "tf.contrib.framework was removed in TF 2.0"),
    "tf.contrib.estimator": (None, "tf.contrib.estimator was removed in TF 2.0 (and tf.estimator itself in TF 2.16)"),
    "tf.contrib.opt": (None, "tf.contrib.opt was removed in TF 2.0: use keras.optimizers (TensorFlow Addons had the rest)"),
    "tf.contrib.tpu": ("tf.distribute.TPUStrategy", "tf.contrib.tpu was removed: use tf.distribute.TPUStrategy / tf.tpu"),
}


def _kind(obj) -> str:
    if isinstance(obj, types.ModuleType) or type(obj).__name__ in ("LazyLoader", "KerasLazyLoader"):
        return "module"
    if isinstance(obj, type):
        return "class"
    if callable(obj):
        return "function"
    return "constant"


def _is_api_module(obj) -> bool:
    if not isinstance(obj, types.ModuleType):
        return False
    try:
        name = object.__getattribute__(obj, "__name__")
    except AttributeError:
        return False
    return isinstance(name, str) and name.startswith("tensorflow._api.")


def _walk(module, prefix: str, out: dict, seen: set) -> None:
    try:
        names = dir(module)
    except Exception:  # lazy loaders of Keras modules that fail under Keras 3
        return
    for name in names:
        if name.startswith("_"):
            continue
        try:
            obj = getattr(module, name)
        except Exception:
            continue
        full = prefix + name
        out[full] = obj
        if _is_api_module(obj) and name not in SKIPPED_MODULES and id(obj) not in seen:
            seen.add(id(obj))
            _walk(obj, full + ".", out, seen)


def resolve(root, dotted: str):
    obj = root
    for part in dotted.split("."):
        try:
            obj = getattr(obj, part)
        except Exception:
            return None, False
    return obj, True


def in_tf2(name: str) -> bool:
    """Does ``tf.<name>`` (or ``keras.<name>``) exist in the installed TF2 / Keras?"""
    if name.startswith("tf."):
        return resolve(tf, name[3:])[1]
    if name.startswith("keras."):
        import keras

        return resolve(keras, name[6:])[1]
    return False


def _v2_names(obj) -> list[str]:
    try:
        return list(tf_export.get_v2_names(obj))
    except Exception:
        return []


def _v1_names(obj) -> list[str]:
    try:
        return list(tf_export.get_v1_names(obj))
    except Exception:
        return []


def build() -> dict:
    v1_names: dict[str, object] = {}
    _walk(tf.compat.v1, "", v1_names, set())
    renames = dict(all_renames_v2.symbol_renames)
    deprecated_modules = dict(module_deprecations_v2.MODULE_DEPRECATIONS)
    entries: dict[str, dict] = {}

    for name, obj in sorted(v1_names.items()):
        if resolve(tf, name)[1]:
            continue  # still in TF2
        key = f"tf.{name}"
        parent_removed = "." in name and not resolve(tf, name.rsplit(".", 1)[0])[1]
        v1_export = _v1_names(obj)
        known = (
            key in renames
            or key in IDIOMS
            or key in deprecated_modules
            or (v1_export and not _v2_names(obj))
            or parent_removed
        )
        if not known:
            continue  # dropped during TF 2.x, not a TF1 name: not this table's business
        entry = {
            "v2": None,
            "idiom": None,
            "same_object": False,
            "compat": f"tf.compat.v1.{name}",
            "kind": _kind(obj),
            "note": "",
            "source": "tf.compat.v1",
        }
        v2 = [n for n in _v2_names(obj) if in_tf2("tf." + n)]
        if v2:
            entry.update(v2="tf." + sorted(v2, key=len)[0], same_object=True, note="same object, TF2 name")
        elif key in renames and not renames[key].startswith("tf.compat.") and in_tf2(renames[key]):
            entry.update(v2=renames[key], note="tf_upgrade_v2 rename", source="tf.compat.v1+tf_upgrade_v2")
        if key in IDIOMS and not entry["same_object"]:
            v2_name, idiom, note = IDIOMS[key]
            entry.update(v2=v2_name, idiom=idiom, note=note, source="tf.compat.v1+hand")
        entries[key] = entry

    # tf.layers: a lazy loader of tf_keras, not walkable under Keras 3.
    layers_note = "tf.compat.v1.layers needs tf_keras and TF_USE_LEGACY_KERAS=1 under Keras 3; use Keras layers"
    entries["tf.layers"] = {
        "v2": "keras.layers",
        "idiom": None,
        "same_object": False,
        "compat": "tf.compat.v1.layers",
        "compat_needs_tf_keras": True,
        "kind": "module",
        "note": layers_note,
        "source": "hand",
    }
    for fn, cls in sorted(LAYERS.items()):
        entries[f"tf.layers.{fn}"] = {
            "v2": f"keras.layers.{cls}",
            "idiom": None,
            "same_object": False,
            "compat": f"tf.compat.v1.layers.{fn}",
            "compat_needs_tf_keras": True,
            "kind": "class" if fn[:1].isupper() else "function",
            "note": f"use keras.layers.{cls}" + ("" if fn[:1].isupper() else " (a layer object, called on the tensor)"),
            "source": "hand",
        }

    # tf.contrib: gone from the wheel. tf_upgrade_v2's renames and module notes, then the hand list.
    for key, target in sorted(renames.items()):
        if key.startswith("tf.contrib.") and not target.startswith("tf.compat.") and in_tf2(target):
            entries[key] = _contrib(key, target, f"moved to {target}", "tf_upgrade_v2")
    for key, (level, message) in sorted(deprecated_modules.items()):
        if key.startswith("tf.contrib"):
            entries.setdefault(key, _contrib(key, None, message.replace("<function name>", key), "tf_upgrade_v2"))
        elif key in entries and not entries[key]["note"]:
            entries[key]["note"] = message
    for key, (target, note) in CONTRIB.items():
        entries[key] = _contrib(key, target, note, "hand")
    entries["tf.contrib"]["note"] = (
        "tf.contrib was removed in TF 2.0 and has no tf.compat.v1 spelling: use its replacement in "
        "core TensorFlow or Keras, TensorFlow Addons, or a fork of the code"
    )

    return {
        "provenance": {
            "generated_by": "scripts/gen_tf1_table.py",
            "tensorflow": tf.__version__,
            "date": datetime.date.today().isoformat(),
            "method": (
                "names of tf.compat.v1 (walked) that tf (TF2) lacks; TF2 names of the same object "
                "from tensorflow.python.util.tf_export.get_v2_names; otherwise tf_upgrade_v2's "
                "all_renames_v2.symbol_renames target when it exists in TF2; hand idioms "
                "(IDIOMS), tf.layers (LAYERS) and tf.contrib (module_deprecations_v2 + CONTRIB) "
                "marked source=hand / tf_upgrade_v2"
            ),
            "python": sys.version.split()[0],
        },
        "entries": dict(sorted(entries.items())),
    }


def _contrib(key, target, note, source) -> dict:
    return {
        "v2": target,
        "idiom": None,
        "same_object": False,
        "compat": None,
        "kind": "class" if key.rsplit(".", 1)[-1][:1].isupper() else "function or module",
        "note": note,
        "source": source,
        "not_in_wheel": True,
    }


_LEGACY_CHECK = """
import json, sys
import tensorflow as tf
out = []
for name in json.loads(sys.stdin.read()):
    obj = tf
    try:
        for part in name[3:].split("."):
            obj = getattr(obj, part)
    except Exception:
        continue
    out.append(name)
print(json.dumps(out))
"""


def present_with_tf_keras(names: list[str]) -> set[str]:
    """Names that TF2's ``tf`` has when tf.keras is tf_keras (TF_USE_LEGACY_KERAS=1):
    ``tf.losses.mean_squared_error`` is a Keras function there, not a TF1 name."""
    import subprocess

    env = dict(os.environ, TF_USE_LEGACY_KERAS="1", TF_CPP_MIN_LOG_LEVEL="3")
    proc = subprocess.run([sys.executable, "-c", _LEGACY_CHECK], input=json.dumps(names), text=True,
                          capture_output=True, env=env, check=True)
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


def main() -> None:
    data = build()
    dropped = present_with_tf_keras(list(data["entries"]))
    for name in dropped:
        del data["entries"][name]
    data["provenance"]["dropped_present_with_tf_keras"] = sorted(dropped)
    OUT.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {len(data['entries'])} entries to {OUT}")


if __name__ == "__main__":
    main()
