"""Value kinds: what a framework value is (KerasTensor, placeholder, NumPy array, ...).

astroid infers framework calls to ``KindInstance`` objects (see ``brain``): instances of a
permissive stub class that carry a ``Value`` saying what the call made and where. Everything
else astroid already infers (literals, assignments, returns of the module's functions) is
classified here. Anything not known for sure is ``None``: the rules never report on it.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from astroid import bases, nodes, util
from astroid.builder import AstroidBuilder
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

from keras_lint.semantic import apis
from keras_lint.semantic.astroid_compat.instances import class_of
from keras_lint.semantic.guard import STDLIB_ROOTS, no_framework_modules, prepare, refused_root
from keras_lint.semantic.names import framework_name, parameter_binding, qualified_name


class Kind(enum.Enum):
    KERAS_TENSOR = "a symbolic Keras tensor"
    PLACEHOLDER = "a graph placeholder"
    KERAS_PLACEHOLDER = "a Keras backend placeholder"
    TF_TENSOR = "a TensorFlow tensor"
    BACKEND_TENSOR = "a concrete backend tensor"
    VARIABLE = "a variable"
    NUMPY = "a NumPy array"
    PYTHON = "a Python value"
    TORCH = "a PyTorch tensor"
    CALL_INPUT = "the input of a Layer.call method (a backend tensor)"
    LAYER = "a Keras layer"
    MODEL = "a Keras model"
    OPTIMIZER = "a Keras optimizer"


# Kinds added after the first rules were written: ``value_of`` reports them as unknown (None),
# so every rule that reads ``value_of`` behaves as before; ``object_value`` sees them.
_ONLY_OBJECT_VALUE = frozenset({Kind.OPTIMIZER})


# Values that exist in memory: never symbolic, never Keras tensors.
CONCRETE = frozenset(
    {
        Kind.TF_TENSOR,
        Kind.BACKEND_TENSOR,
        Kind.VARIABLE,
        Kind.NUMPY,
        Kind.PYTHON,
        Kind.TORCH,
        Kind.CALL_INPUT,
    }
)
GRAPH_PLACEHOLDERS = frozenset({Kind.PLACEHOLDER, Kind.KERAS_PLACEHOLDER})


@dataclass(frozen=True, eq=False)
class Value:
    kind: Kind
    origin: nodes.NodeNG | None  # the node that made the value
    source: str  # how it was made, as written: "tf.placeholder", "np.zeros", "MyLayer.call"
    detail: str = ""  # a finer description replacing the kind's ("a Python list")
    via: str = ""  # for derived values: the op that computed it from the origin
    # which Keras implementation (apis.KERAS, apis.TF_KERAS, apis.LEGACY) made a layer, model,
    # optimizer or symbolic Keras tensor; "" when unknown (a user subclass, a mixed expression)
    impl: str = ""

    def describe(self) -> str:
        """'a graph placeholder (tf.placeholder, line 6)'."""
        what = self.detail or self.kind.value
        line = f"line {self.origin.lineno}" if self.origin is not None and self.origin.lineno else ""
        if self.via:
            return f"{what} computed by {self.via} from {self.kind.value} ({self.source}, {line})"
        where = ", ".join(p for p in (self.source, line) if p)
        return f"{what} ({where})" if where else what


# --- the stub class astroid sees for every framework value ---------------------------------

_DUNDERS = (
    "getattr call getitem setitem delitem iter next len contains bool index int float "
    "complex hash enter exit aenter aexit await aiter anext reversed array neg pos abs "
    "invert round trunc floor ceil lt le gt ge eq ne "
    + " ".join(
        f"{p}{op}"
        for op in (
            "add sub mul matmul truediv floordiv mod divmod pow lshift rshift and xor or".split()
        )
        for p in ("", "r", "i")
    )
)
# Every method returns an undefined name, which astroid infers as Uninferable: to pylint a
# framework value is as permissive as an unknown one, so loading the plugin adds no message.
_STUB_SOURCE = "class FrameworkValue:\n" + "".join(
    f"    def __{d}__(self, *args, **kwargs):\n        return __keras_lint_unknown__\n"
    for d in _DUNDERS.split()
)
_STUB_MODNAME = "keras_lint._framework_value_stub"
_stub_class: nodes.ClassDef | None = None


def _stub() -> nodes.ClassDef:
    global _stub_class
    if _stub_class is None:
        module = AstroidBuilder(AstroidManager()).string_build(_STUB_SOURCE, modname=_STUB_MODNAME)
        _stub_class = module.body[0]
    return _stub_class


class KindInstance(bases.Instance):
    """An astroid instance standing for a framework value, carrying what we know of it."""

    def __init__(self, value: Value) -> None:
        super().__init__(_stub())
        self.keras_lint_value = value

    def __repr__(self) -> str:
        return f"<KindInstance {self.keras_lint_value.kind.name} from {self.keras_lint_value.source}>"

    def infer_call_result(self, caller, context=None):
        value = self.keras_lint_value
        if value.kind in (Kind.LAYER, Kind.MODEL) and isinstance(caller, nodes.Call):
            with no_framework_modules():  # also when pylint's own inference gets here
                result = _memoized(
                    "layer_call",
                    caller,
                    lambda: layer_call_value(caller, value.source, value.impl)
                    if _gives_one_tensor(value, "outputs")
                    else None,
                )
            yield KindInstance(result) if result is not None else util.Uninferable
            return
        yield util.Uninferable

    def igetattr(self, name, context=None):
        value = self.keras_lint_value
        if value.kind is Kind.MODEL and name in apis.MODEL_TENSOR_ATTRS and _gives_one_tensor(value, name + "s"):
            yield KindInstance(
                Value(Kind.KERAS_TENSOR, value.origin, f"{value.source}(...).{name}", impl=value.impl)
            )
            return
        yield util.Uninferable


# --- inference of framework calls ----------------------------------------------------------

_depth: contextvars.ContextVar[int] = contextvars.ContextVar("keras_lint_depth", default=0)
_MAX_DEPTH = 16
_MAX_RESULTS = 8


@contextlib.contextmanager
def _deeper() -> Iterator[bool]:
    depth = _depth.get()
    token = _depth.set(depth + 1)
    try:
        yield depth < _MAX_DEPTH
    finally:
        _depth.reset(token)


# Per-node memo of what was inferred and classified. Each node is asked many times over (every
# layer of a ``x = Layer(...)(x)`` chain asks for its input's value, which asks for the one
# before...): without the memo that work doubles at each step. Results are computed under the
# import guard only, so they do not depend on who asked. Keys are weak, but that alone does not
# free a module: a memoized Value holds its origin node, whose tree holds the key, and the dict
# holds its values strongly. So the engine calls ``forget()`` after each module.
_memo: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def forget() -> None:
    """Drop every memoized value (after a module is checked: see ``_memo``)."""
    _memo.clear()


_IN_PROGRESS = object()


def _memoized(kind: str, node: nodes.NodeNG, compute):
    entry = _memo.get(node)
    if entry is None:
        entry = _memo[node] = {}
    if kind in entry:
        cached = entry[kind]
        return None if cached is _IN_PROGRESS else cached  # a cycle: unknown
    entry[kind] = _IN_PROGRESS
    try:
        result = compute()
    except BaseException:
        del entry[kind]
        raise
    entry[kind] = result
    return result


# keras.ops functions whose result is not a backend tensor.
_OPS_TO_NUMPY = frozenset({"convert_to_numpy"})
_OPS_TO_PYTHON = {
    "shape": "a Python tuple (a shape)",
    "ndim": "a Python int",
    "is_tensor": "a Python bool",
    "dtype": "a dtype name (a Python str)",
    "standardize_dtype": "a dtype name (a Python str)",
}

_IGNORED_KEYWORDS = frozenset({"name", "dtype", "axis", "shape", "keepdims", "training", "mask"})


def _operands(call: nodes.Call) -> list[nodes.NodeNG]:
    """The arguments of an op that may be tensors (dtype constants and names are not)."""
    out = list(call.args)
    out += [kw.value for kw in call.keywords or () if kw.arg not in _IGNORED_KEYWORDS]
    flat: list[nodes.NodeNG] = []
    for arg in out:
        if isinstance(arg, nodes.Starred):
            flat.append(arg)  # unknown: keeps the result unknown
        elif isinstance(arg, (nodes.List, nodes.Tuple)):
            flat.extend(arg.elts)
        elif isinstance(arg, nodes.Const) and (arg.value is None or isinstance(arg.value, (str, bool))):
            continue
        elif framework_name(arg) and not isinstance(arg, nodes.Call):
            continue  # tf.float32, np.pi, keras.ops.relu passed as a function...
        else:
            flat.append(arg)
    return flat


def flat_values(node: nodes.NodeNG) -> list[Value | None]:
    """Values of an argument, looking inside list/tuple/dict literals (also assigned ones)."""
    if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)):
        return [v for elt in node.elts for v in flat_values(elt)]
    if isinstance(node, nodes.Dict):
        return [v for _k, val in node.items for v in flat_values(val)]
    if isinstance(node, nodes.Name):
        # ``inputs = [inp, ph]; keras.Model(inputs=inputs)``: look inside the assigned literal
        inferred = _infer_all(node)
        if inferred and len(inferred) == 1 and isinstance(inferred[0], (nodes.List, nodes.Tuple, nodes.Dict)):
            with _deeper() as ok:
                return flat_values(inferred[0]) if ok else [None]
    return [value_of(node)]


def _op_value(call: nodes.Call, source: str, result_kind: Kind, on_keras: Kind | None) -> Value | None:
    """An op on tensors: symbolic in, symbolic out; concrete in, concrete out."""
    values = [v for arg in _operands(call) for v in flat_values(arg)]
    if not values or any(v is None for v in values):
        return None  # no tensor in (tf.get_logger()), or one we do not know
    kinds = {v.kind for v in values}
    if Kind.KERAS_TENSOR in kinds:
        return Value(on_keras, call, source, impl=tensor_impl(values)) if on_keras else None
    placeholders = [v for v in values if v.kind is Kind.PLACEHOLDER]
    if placeholders:
        first = placeholders[0]
        return Value(Kind.PLACEHOLDER, first.origin, first.source, detail="a graph tensor", via=source)
    if kinds <= CONCRETE:
        return Value(result_kind, call, source)
    return None


def tensor_impl(values: list[Value], impl: str = "") -> str:
    """The Keras implementation of a result computed from ``values`` (by a layer or op of
    ``impl``, "" for an op of no implementation): the one all the symbolic Keras tensors among
    them come from, else "" (unknown, or a mix of implementations)."""
    impls = {v.impl for v in values if v is not None and v.kind is Kind.KERAS_TENSOR}
    if impl:
        impls.add(impl)
    return impls.pop() if len(impls) == 1 else ""


def layer_call_value(call: nodes.Call, source: str, impl: str = "") -> Value | None:
    """What calling a layer or model (of Keras implementation ``impl``) on ``call``'s inputs
    gives."""
    if not call.args:
        return None
    values = flat_values(call.args[0])
    if any(v is None for v in values):
        return None
    kinds = {v.kind for v in values}
    if Kind.KERAS_TENSOR in kinds:
        return Value(Kind.KERAS_TENSOR, call, source + "(...)", impl=tensor_impl(values, impl))
    if kinds and kinds <= CONCRETE:
        return Value(Kind.BACKEND_TENSOR, call, source + "(...)", detail="an eager layer output")
    return None


# Layer arguments that make the call return a list or tuple of tensors.
_STRUCTURE_ARGUMENTS = frozenset({"return_state", "return_attention_scores"})
_SEQUENTIAL = frozenset({"Sequential", "models.Sequential", "engine.sequential.Sequential"})


def _gives_one_tensor(layer: Value, which: str) -> bool:
    """Does calling the layer or model ``layer`` (``which`` = "outputs"), or reading its
    ``.input`` / ``.output`` ("inputs" / "outputs"), give one tensor rather than a list, tuple
    or dict of them? A functional model gives the structure it was built with; a loaded model,
    any structure. Only what is known to be one tensor counts."""
    origin = layer.origin
    if not isinstance(origin, nodes.Call):
        return False
    if layer.kind is Kind.LAYER:
        return not any(
            kw.arg in _STRUCTURE_ARGUMENTS and not (isinstance(kw.value, nodes.Const) and not kw.value.value)
            for kw in origin.keywords or ()
        )
    k = apis.keras_name(qualified_name(origin.func))
    if k is None or k.path in apis.MODEL_FACTORIES:
        return False
    if k.path in _SEQUENTIAL or (apis.is_model_class(k) and k.path.startswith("applications.")):
        return True
    position = 0 if which == "inputs" else 1
    structure = next(
        (kw.value for kw in origin.keywords or () if kw.arg in (which, which[:-1])),
        origin.args[position] if len(origin.args) > position else None,
    )
    if structure is None:
        # no structure given (``keras.Model()``, ``keras.Model(**config)``): a single tensor
        # unless the arguments may carry one
        return not origin.args and all(kw.arg is not None for kw in origin.keywords or ())
    if isinstance(structure, (nodes.List, nodes.Tuple, nodes.Dict, nodes.Starred)):
        return False
    value = value_of(structure)
    return value is not None and value.kind is Kind.KERAS_TENSOR


def framework_call_value(call: nodes.Call, qname: str) -> Value | None:
    """The value a call of a framework function or class returns, when we know it."""
    source = call.func.as_string()
    k = apis.keras_name(qname)
    if k is not None:
        path = k.path
        if path in apis.KERAS_INPUT:
            return Value(Kind.KERAS_TENSOR, call, source, impl=k.impl)
        if path in apis.KERAS_PLACEHOLDER:
            return Value(Kind.KERAS_PLACEHOLDER, call, source)
        if path in apis.KERAS_VARIABLE:
            return Value(Kind.VARIABLE, call, source)
        if path in apis.KERAS_CONSTANT:
            return Value(Kind.TF_TENSOR, call, source)
        if apis.is_model_class(k) or path in apis.MODEL_FACTORIES:
            return Value(Kind.MODEL, call, source, impl=k.impl)
        if apis.is_layer_class(k):
            return Value(Kind.LAYER, call, source, impl=k.impl)
        parts = path.split(".")
        if parts[0] == "layers" and parts[-1] in apis.MERGE_FUNCTIONS:
            return layer_call_value(call, source, k.impl)
        if apis.is_optimizer_class(k):
            return Value(Kind.OPTIMIZER, call, source, impl=k.impl)
        if apis.is_keras_op(k):
            if parts[0] == "ops" and parts[-1] in _OPS_TO_NUMPY:
                values = [v for arg in _operands(call) for v in flat_values(arg)]
                if any(v is not None and v.kind in (Kind.KERAS_TENSOR, *GRAPH_PLACEHOLDERS) for v in values):
                    return None  # raises: a symbolic tensor has no value
                return Value(Kind.NUMPY, call, source)
            if parts[0] == "ops" and parts[-1] in _OPS_TO_PYTHON:
                return Value(Kind.PYTHON, call, source, detail=_OPS_TO_PYTHON[parts[-1]])
            if not _operands(call):
                return Value(Kind.BACKEND_TENSOR, call, source)
            return _op_value(call, source, Kind.BACKEND_TENSOR, Kind.KERAS_TENSOR)
        return None
    t = apis.tf_name(qname)
    if t is not None:
        if t in apis.TF_PLACEHOLDERS:
            return Value(Kind.PLACEHOLDER, call, source)
        if t in apis.TF_VARIABLES:
            return Value(Kind.VARIABLE, call, source)
        if t in apis.TF_CREATORS:
            return Value(Kind.TF_TENSOR, call, source)
        tf_parts = t.split(".")
        if not t or tf_parts[0] in apis.TF_NON_OPS_PREFIXES or tf_parts[0] == "python":
            return None  # not tensor ops, or TF's private modules (tensorflow.python.*): unknown
        if any(p[:1].isupper() for p in tf_parts):
            return None  # classes and their methods (tf.data.DatasetV2.range, tf.TensorShape)

        return _op_value(call, source, Kind.TF_TENSOR, None)
    root, _, rest = qname.partition(".")
    if root == "numpy":
        if rest in apis.NUMPY_CREATORS or rest.startswith(apis.NUMPY_RANDOM_PREFIX):
            values = [v for arg in _operands(call) for v in flat_values(arg)]
            if any(v is not None and v.kind is Kind.KERAS_TENSOR for v in values):
                return None  # raises: a KerasTensor has no numerical value
            return Value(Kind.NUMPY, call, source)
        return _op_value(call, source, Kind.NUMPY, None)
    if root == "torch":
        if rest in apis.TORCH_CREATORS:
            return Value(Kind.TORCH, call, source)
        return None
    return None


# --- classification ------------------------------------------------------------------------

_PY_NAMES = {
    nodes.List: "a Python list",
    nodes.Tuple: "a Python tuple",
    nodes.Dict: "a Python dict",
    nodes.Set: "a Python set",
}


def _classify(inferred) -> Value | None:
    if isinstance(inferred, KindInstance):
        return inferred.keras_lint_value
    if isinstance(inferred, nodes.Const):
        if inferred.value is None:
            return Value(Kind.PYTHON, inferred, "", detail="None")
        return Value(Kind.PYTHON, inferred, "", detail=f"a Python {type(inferred.value).__name__}")
    for cls, name in _PY_NAMES.items():
        if type(inferred) is cls:
            return Value(Kind.PYTHON, inferred, "", detail=name)
    return None


def _infer_all(node: nodes.NodeNG) -> list | None:
    return _memoized("inferred", node, lambda: _infer_all_uncached(node))


def _infer_all_uncached(node: nodes.NodeNG) -> list | None:
    if isinstance(node, nodes.Name) and _bound_only_by_refused_imports(node):
        return None
    results = []
    with _deeper() as ok:
        if not ok:
            return None
        with no_framework_modules():
            prepare(node.root())
            try:
                for inferred in node.infer():
                    if isinstance(inferred, util.UninferableBase):
                        return None
                    results.append(inferred)
                    if len(results) > _MAX_RESULTS:
                        return None
            except (AstroidError, RecursionError, StopIteration):
                return None
    return results


def _bound_only_by_refused_imports(name: nodes.Name) -> bool:
    """Is ``name`` bound only by imports from packages the guard refuses to build (a framework,
    an installed package)? Inferring it then ends in Uninferable for certain: each import
    raises inside astroid and every binding infers to nothing, which is what
    ``_infer_all_uncached`` answers None for. Found here by looking at the bindings, not by
    running the import machinery and its exceptions (measured on keras/src: ~10,000 such
    names, ~0.5 s). A name with an inference tip of its own is inferred as usual."""
    if getattr(name, "_explicit_inference", None) is not None:
        return False
    try:
        _scope, bindings = name.lookup(name.name)
    except AstroidError:
        return False
    if not bindings:
        return False
    manager = AstroidManager()
    for binding in bindings:
        if isinstance(binding, nodes.ImportFrom):
            if binding.level:
                return False
            modname = binding.modname or ""
        elif isinstance(binding, nodes.Import):
            try:
                modname = binding.real_name(name.name)
            except AstroidError:
                return False
        else:
            return False
        root = modname.split(".")[0]
        # what the guard itself asks, with the context astroid gives it (absolute imports: none)
        if not root or refused_root(manager, root) is None:
            return False
    return True


def _reassigned_later_in_loop(name: nodes.Name) -> bool:
    """``prev = None; for ...: use(prev); prev = h``: astroid sees only ``prev = None``."""
    scope = name.scope()
    node = name.parent
    while node is not None and node is not scope:
        if isinstance(node, (nodes.For, nodes.While, nodes.AsyncFor)):
            for assigned in node.nodes_of_class(nodes.AssignName):
                if assigned.name == name.name and assigned.scope() is scope:
                    if not (isinstance(node, (nodes.For, nodes.AsyncFor)) and assigned.parent is node):
                        return True
        node = node.parent
    return False


def keras_tensors_possible(ctx) -> bool:
    """Can any value of this module be a symbolic Keras tensor? Only a Keras ``Input`` call or
    a model's ``.input`` / ``.output`` starts one (every other one is made from those), unless a
    value comes from one of the user's own modules, which may make it. When neither is in the
    module, a rule looking for Keras tensors need not infer anything (memoized per module)."""
    if "keras_tensors_possible" not in ctx.memo:
        ctx.memo["keras_tensors_possible"] = _keras_tensor_seeds(ctx)
    return ctx.memo["keras_tensors_possible"]


_INPUT_NAMES = frozenset(path.rsplit(".", 1)[-1] for path in apis.KERAS_INPUT)


def _keras_tensor_seeds(ctx) -> bool:
    module = ctx.module
    all_nodes = ctx.all_nodes if ctx.all_nodes is not None else list(module.nodes_of_class(nodes.NodeNG))
    manager = AstroidManager()
    for node in all_nodes:
        if isinstance(node, nodes.Attribute):
            if node.attrname in apis.MODEL_TENSOR_ATTRS:
                return True
        elif isinstance(node, nodes.Call):
            func = node.func
            if isinstance(func, nodes.Attribute) and func.attrname not in _INPUT_NAMES:
                continue
            if ctx.might_be_framework(func):
                k = apis.keras_name(qualified_name(func))
                if k is not None and k.path in apis.KERAS_INPUT:
                    return True
        elif isinstance(node, nodes.ImportFrom):
            if node.level or _user_module_root((node.modname or "").split(".")[0], manager, module):
                return True
        elif isinstance(node, nodes.Import):
            if any(_user_module_root(name.split(".")[0], manager, module) for name, _ in node.names):
                return True
    return False


def _user_module_root(root: str, manager, module: nodes.Module) -> bool:
    """Could ``import root`` bring in the user's own code (not a framework, the standard library
    or an installed package, which keras-lint's inference never builds)?"""
    if not root or root in STDLIB_ROOTS:
        return False
    return refused_root(manager, root, module.file) is None


def value_of(node: nodes.NodeNG) -> Value | None:
    """What ``node`` evaluates to, when every way it can be reached agrees; else None."""
    value = object_value(node)
    return None if value is not None and value.kind in _ONLY_OBJECT_VALUE else value


def object_value(node: nodes.NodeNG) -> Value | None:
    """``value_of``, also for the kinds it leaves out (optimizers)."""
    return _memoized("value", node, lambda: _value_of(node))


def _value_of(node: nodes.NodeNG) -> Value | None:
    if isinstance(node, nodes.Name):
        special = call_input_value(node)
        if special is not None:
            return special
        if _reassigned_later_in_loop(node):
            return None
    results = _infer_all(node)
    if not results:
        return None
    values = [_classify(r) for r in results]
    if any(v is None for v in values):
        return None
    if len({(v.kind, v.detail) for v in values}) == 1:
        return values[0]
    return None


# --- Keras classes in the module -------------------------------------------------------------


def is_keras_layer_class(cls: nodes.ClassDef, _depth: int = 0) -> bool:
    """Does a class of the user's module subclass a Keras Layer or Model (directly or not)?"""
    if _depth > 8:
        return False
    for base in cls.bases:
        k = apis.keras_name(qualified_name(base))
        if k is not None and apis.is_layer_class(k):
            return True
        if isinstance(base, nodes.Name):
            try:
                _scope, bindings = base.lookup(base.name)
            except AstroidError:
                continue
            for binding in bindings:
                if isinstance(binding, nodes.ClassDef) and binding is not cls:
                    if is_keras_layer_class(binding, _depth + 1):
                        return True
    return False


def keras_class_impl(cls: nodes.ClassDef, _depth: int = 0) -> str:
    """The Keras implementation (apis.KERAS, ...) whose Layer or Model a class of the user's
    module subclasses, directly or not; "" when it is none or more than one."""
    if _depth > 8:
        return ""
    found: set[str] = set()
    for base in cls.bases:
        k = apis.keras_name(qualified_name(base))
        if k is not None:
            if apis.is_layer_class(k):
                found.add(k.impl)
            continue
        if isinstance(base, nodes.Name):
            try:
                _scope, bindings = base.lookup(base.name)
            except AstroidError:
                return ""
            impls = {
                keras_class_impl(b, _depth + 1) if isinstance(b, nodes.ClassDef) and b is not cls else ""
                for b in bindings
            }
            if len(impls) != 1:
                return ""
            found |= impls - {""}
    return found.pop() if len(found) == 1 else ""


def call_input_value(name: nodes.Name) -> Value | None:
    """``inputs`` inside ``Layer.call(self, inputs, ...)``, when not reassigned before use."""
    found = parameter_binding(name)
    if found is None:
        return None
    binding, arguments = found
    func = arguments.parent
    if not isinstance(func, nodes.FunctionDef) or func.name != "call":
        return None
    cls = func.parent
    if not isinstance(cls, nodes.ClassDef) or not is_keras_layer_class(cls):
        return None
    positional = list(arguments.posonlyargs or []) + list(arguments.args or [])
    if len(positional) < 2 or positional[1] is not binding:
        return None
    if any(isinstance(d, nodes.Name) and d.name == "staticmethod" for d in (func.decorators.nodes if func.decorators else [])):
        return None
    return Value(Kind.CALL_INPUT, func, "", detail=f"the `{binding.name}` argument of {cls.name}.call, a backend tensor")


def callee_layer(call: nodes.Call) -> Value | None:
    """When ``call`` calls a Keras layer or model object, that object's Value; else None.

    Layers and models of the user's own Keras subclasses count too (impl left empty).
    """
    results = _infer_all(call.func)
    if not results:
        return None
    found: list[Value] = []
    for inferred in results:
        if isinstance(inferred, KindInstance):
            if inferred.keras_lint_value.kind not in (Kind.LAYER, Kind.MODEL):
                return None
            found.append(inferred.keras_lint_value)
        elif (cls := class_of(inferred)) is not None:
            if not is_keras_layer_class(cls):
                return None
            found.append(Value(Kind.LAYER, cls, cls.name))
        else:
            return None
    return found[0] if found else None


# --- Keras models --------------------------------------------------------------------------


def is_keras_model_class(cls: nodes.ClassDef, _depth: int = 0) -> bool:
    """Does a class of the user's module subclass a Keras Model (keras.Model, Sequential,
    an application, directly or through the module's own classes)? A Layer is not a Model."""
    if _depth > 8:
        return False
    for base in cls.bases:
        k = apis.keras_name(qualified_name(base))
        if k is not None:
            if apis.is_model_class(k):
                return True
            continue
        if isinstance(base, nodes.Name):
            try:
                _scope, bindings = base.lookup(base.name)
            except AstroidError:
                continue
            for binding in bindings:
                if isinstance(binding, nodes.ClassDef) and binding is not cls:
                    if is_keras_model_class(binding, _depth + 1):
                        return True
    return False


def _self_of_model_method(name: nodes.Name) -> nodes.ClassDef | None:
    """The Model subclass when ``name`` is the first argument of one of its methods."""
    found = parameter_binding(name)
    if found is None:
        return None
    binding, arguments = found
    func = arguments.parent
    if not isinstance(func, nodes.FunctionDef) or not isinstance(func.parent, nodes.ClassDef):
        return None
    if func.type != "method":
        return None
    positional = list(arguments.posonlyargs or []) + list(arguments.args or [])
    if not positional or positional[0] is not binding:
        return None
    return func.parent if is_keras_model_class(func.parent) else None


def keras_model(node: nodes.NodeNG) -> Value | None:
    """A Value of kind MODEL when ``node`` is known to be a Keras model, else None.

    Known models: ``keras.Model(...)`` / ``Sequential(...)`` / applications / ``load_model(...)``
    / ``clone_model(...)`` (impl set), instances of the module's own ``keras.Model`` subclasses
    and ``self`` inside their methods (impl from the subclass's Keras base, "" when mixed).
    Every way the value can be reached must agree; anything else (other libraries' classes of
    the same method names, unknown values) is None.
    """
    if isinstance(node, nodes.Name):
        cls = _self_of_model_method(node)
        if cls is not None:
            return Value(Kind.MODEL, cls, cls.name, impl=keras_class_impl(cls))
    value = object_value(node)
    if value is not None:
        return value if value.kind is Kind.MODEL else None
    results = _infer_all(node)
    if not results:
        return None
    found: list[Value] = []
    for inferred in results:
        if isinstance(inferred, KindInstance):
            if inferred.keras_lint_value.kind is not Kind.MODEL:
                return None
            found.append(inferred.keras_lint_value)
            continue
        if not isinstance(inferred, bases.Instance) or isinstance(inferred, bases.BoundMethod):
            return None
        cls = class_of(inferred)
        if cls is None or not is_keras_model_class(cls):
            return None
        found.append(Value(Kind.MODEL, cls, cls.name, impl=keras_class_impl(cls)))
    return found[0] if found else None
