"""What the framework names mean: canonical spellings and the kinds of values calls return.

Qualified names come from ``names.qualified_name`` ("tensorflow.compat.v1.placeholder",
"tensorflow.keras.backend.is_keras_tensor", ...). ``canonical`` folds the many spellings of
one API onto one key, so that tables below are written once.
"""

from __future__ import annotations

from dataclasses import dataclass

# Which Keras implementation a spelling belongs to.
KERAS = "keras"  # standalone keras package (Keras 3 by default, Keras 2 if targeted so)
TF_KERAS = "tf.keras"  # tensorflow.keras: Keras 3 under TF >= 2.16 unless TF_USE_LEGACY_KERAS
LEGACY = "tf_keras"  # the tf_keras package: always Keras 2

_KERAS_PREFIXES = (
    ("tensorflow.compat.v1.keras", TF_KERAS),
    ("tensorflow.compat.v2.keras", TF_KERAS),
    ("tensorflow.python.keras", TF_KERAS),
    ("tensorflow.keras", TF_KERAS),
    ("tf_keras", LEGACY),
    ("keras.api._v2.keras", TF_KERAS),
    ("keras._tf_keras.keras", TF_KERAS),
    ("keras", KERAS),
)


@dataclass(frozen=True)
class KerasName:
    impl: str  # KERAS, TF_KERAS or LEGACY
    path: str  # the name inside the Keras API, e.g. "backend.is_keras_tensor"


def keras_name(qname: str | None) -> KerasName | None:
    """Split a qualified name into (implementation, path inside the Keras API)."""
    if not qname:
        return None
    for prefix, impl in _KERAS_PREFIXES:
        if qname == prefix:
            return KerasName(impl, "")
        if qname.startswith(prefix + "."):
            path = qname[len(prefix) + 1 :]
            # keras.src.* is the implementation behind the public API; keras.layers.core.Dense
            # and keras.engine.* are Keras 2 module paths of the same objects.
            for private in ("src.", "api."):
                if path.startswith(private):
                    path = path[len(private) :]
            return KerasName(impl, path)
    return None


def tf_name(qname: str | None) -> str | None:
    """The name inside TensorFlow's API, with compat.v1/v2 folded: "compat.v1.placeholder"
    and "placeholder" both give "placeholder"."""
    if not qname or not (qname == "tensorflow" or qname.startswith("tensorflow.")):
        return None
    path = qname[len("tensorflow.") :] if qname != "tensorflow" else ""
    for compat in ("compat.v1.", "compat.v2."):
        if path.startswith(compat):
            path = path[len(compat) :]
    if path.startswith("keras.") or path == "keras":
        return None
    return path


def canonical(qname: str | None) -> str | None:
    """One key per API object: "keras:<path>", "tf:<path>", or the qualified name itself."""
    k = keras_name(qname)
    if k is not None:
        return f"keras:{k.path}"
    t = tf_name(qname)
    if t is not None:
        return f"tf:{t}"
    return qname


# --- Keras names ---------------------------------------------------------------------------

IS_KERAS_TENSOR = frozenset({"backend.is_keras_tensor", "utils.is_keras_tensor"})
BACKEND_TEST = frozenset({"config.backend", "backend.backend"})

KERAS_INPUT = frozenset({"Input", "layers.Input", "engine.input_layer.Input", "layers.core.Input"})
KERAS_PLACEHOLDER = frozenset({"backend.placeholder"})
KERAS_VARIABLE = frozenset(
    {
        "Variable",
        "backend.variable",
        "backend.zeros",
        "backend.ones",
        "backend.eye",
        "backend.zeros_like",
        "backend.ones_like",
        "backend.random_uniform_variable",
        "backend.random_normal_variable",
    }
)
KERAS_CONSTANT = frozenset({"backend.constant"})
MODEL_CLASSES = frozenset(
    {
        "Model",
        "models.Model",
        "Sequential",
        "models.Sequential",
        "Functional",
        "engine.training.Model",
        "engine.sequential.Sequential",
        "engine.functional.Functional",
    }
)
MODEL_FACTORIES = frozenset({"models.load_model", "models.clone_model", "saving.load_model"})
LAYER_BASES = frozenset(
    {"Layer", "layers.Layer", "engine.base_layer.Layer", "engine.topology.Layer"} | MODEL_CLASSES
)
# Functional helpers in keras.layers that build the merge layer and call it at once.
MERGE_FUNCTIONS = frozenset(
    {"add", "subtract", "multiply", "average", "maximum", "minimum", "concatenate", "dot"}
)
# Model attributes that are single symbolic tensors of the model's graph.
MODEL_TENSOR_ATTRS = frozenset({"input", "output"})


def is_layer_class(k: KerasName) -> bool:
    """keras.layers.Dense, keras.layers.Layer, keras.Model, keras.applications.ResNet50..."""
    if k.path in LAYER_BASES or k.path in MODEL_CLASSES:
        return True
    parts = k.path.split(".")
    if parts[0] in ("layers", "applications") and len(parts) >= 2:
        return parts[-1][:1].isupper() and parts[-1] not in ("InputSpec",)
    return False


def is_model_class(k: KerasName) -> bool:
    if k.path in MODEL_CLASSES:
        return True
    parts = k.path.split(".")
    return parts[0] == "applications" and parts[-1][:1].isupper()


def is_optimizer_class(k: KerasName) -> bool:
    """keras.optimizers.Adam, tf.keras.optimizers.legacy.SGD... (not schedules, not ``get``)."""
    parts = k.path.split(".")
    return (
        parts[0] == "optimizers"
        and len(parts) >= 2
        and "schedules" not in parts
        and parts[-1][:1].isupper()
        and parts[-1] != "Optimizer"
    )


def is_keras_op(k: KerasName) -> bool:
    """Functions that compute on tensors: keras.ops.*, keras.activations.*, keras.random.*."""
    head = k.path.split(".")[0]
    return head in ("ops", "activations", "random") and len(k.path.split(".")) >= 2


def is_backend_function(k: KerasName) -> bool:
    return k.path.startswith("backend.") and k.path.count(".") == 1


# --- TensorFlow names (after tf_name folding) ----------------------------------------------

TF_PLACEHOLDERS = frozenset({"placeholder", "sparse_placeholder"})
TF_VARIABLES = frozenset({"Variable", "get_variable"})
# Calls that make a concrete tensor whatever their arguments are.
TF_CREATORS = frozenset(
    {
        "constant",
        "zeros",
        "ones",
        "fill",
        "eye",
        "range",
        "linspace",
        "lin_space",
        "random.normal",
        "random.uniform",
        "random.truncated_normal",
        "random.stateless_normal",
        "random.stateless_uniform",
        "random.categorical",
        "random.poisson",
        "random.gamma",
        "random_normal",
        "random_uniform",
        "truncated_normal",
        "one_hot",
    }
)
# TensorFlow names that are not ops on tensors (their results are not tensors).
TF_NON_OPS_PREFIXES = (
    "keras",
    "data",
    "io",
    "saved_model",
    "train",
    "summary",
    "distribute",
    "config",
    "debugging",
    "errors",
    "estimator",
    "lite",
    "test",
    "TensorSpec",
    "function",
    "Graph",
    "Session",
    "GradientTape",
    "device",
    "name_scope",
    "variable_scope",
    "get_default_graph",
    "executing_eagerly",
    "is_tensor",
    "shape",
    "TensorShape",
    "dtypes",
    "as_dtype",
    "print",
    "py_function",
    "numpy_function",
    "map_fn",
    "while_loop",
    "cond",
    "case",
    "switch_case",
    "control_dependencies",
    "sparse",
    "ragged",
    "strings",
)

# --- NumPy and torch -----------------------------------------------------------------------

NUMPY_CREATORS = frozenset(
    {
        "array",
        "asarray",
        "asanyarray",
        "ascontiguousarray",
        "zeros",
        "ones",
        "empty",
        "full",
        "zeros_like",
        "ones_like",
        "empty_like",
        "full_like",
        "arange",
        "linspace",
        "logspace",
        "eye",
        "identity",
        "loadtxt",
        "stack",
        "vstack",
        "hstack",
        "concatenate",
        "frombuffer",
        "fromfile",
        "meshgrid",
        "tile",
    }
)
NUMPY_RANDOM_PREFIX = "random."

TORCH_CREATORS = frozenset(
    {
        "tensor",
        "as_tensor",
        "from_numpy",
        "zeros",
        "ones",
        "empty",
        "full",
        "rand",
        "randn",
        "randint",
        "randperm",
        "arange",
        "linspace",
        "logspace",
        "eye",
        "zeros_like",
        "ones_like",
        "rand_like",
        "randn_like",
        "full_like",
        "empty_like",
        "Tensor",
        "FloatTensor",
        "LongTensor",
        "IntTensor",
        "BoolTensor",
        "DoubleTensor",
        "stack",
        "cat",
    }
)
TORCH_TENSOR_TYPES = frozenset({"Tensor", "FloatTensor", "LongTensor", "IntTensor", "DoubleTensor"})
