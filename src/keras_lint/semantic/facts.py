"""Module-wide facts: which frameworks a module uses and the environment it sets for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from astroid import nodes

from keras_lint.config import BACKENDS, Target
from keras_lint.semantic import apis
from keras_lint.semantic.names import FRAMEWORK_ROOTS, qualified_name

KERAS_OR_TF = frozenset({"keras", "tensorflow", "tf_keras"})
_GRAPH_MODE_CALLS = frozenset({"disable_eager_execution", "disable_v2_behavior", "Session", "InteractiveSession"})


@dataclass
class ModuleFacts:
    roots: set[str] = field(default_factory=set)  # framework packages the module imports
    keras_backend: str | None = None  # set through os.environ["KERAS_BACKEND"]
    legacy_keras: bool = False  # os.environ["TF_USE_LEGACY_KERAS"] = "1"
    graph_mode: bool = False  # TF1 graph code: disables eager execution or runs a Session
    makes_placeholders: bool = False  # calls tf.placeholder / K.placeholder somewhere

    @property
    def uses_keras_or_tf(self) -> bool:
        return bool(self.roots & KERAS_OR_TF)


def _env_key_value(node: nodes.NodeNG) -> tuple[str, str] | None:
    """('KERAS_BACKEND', 'torch') for the ways modules set an environment variable."""
    if isinstance(node, nodes.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        if (
            isinstance(target, nodes.Subscript)
            and isinstance(target.slice, nodes.Const)
            and isinstance(node.value, nodes.Const)
            and qualified_name(target.value) == "os.environ"
        ):
            return str(target.slice.value), str(node.value.value)
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute):
        owner = qualified_name(node.func)
        if owner in ("os.environ.setdefault", "os.putenv") and len(node.args) == 2:
            key, value = node.args
            if isinstance(key, nodes.Const) and isinstance(value, nodes.Const):
                return str(key.value), str(value.value)
    return None


def collect(module: nodes.Module) -> ModuleFacts:
    facts = ModuleFacts()
    first_keras_import: int | None = None
    settings: list[tuple[int, str, str]] = []
    for node in module.nodes_of_class((nodes.Import, nodes.ImportFrom, nodes.Assign, nodes.Call)):
        if isinstance(node, (nodes.Import, nodes.ImportFrom)):
            if isinstance(node, nodes.Import):
                roots = {n.split(".")[0] for n, _ in node.names}
            else:
                roots = set() if node.level else {(node.modname or "").split(".")[0]}
            roots &= FRAMEWORK_ROOTS
            facts.roots |= roots
            if roots & KERAS_OR_TF and (first_keras_import is None or node.lineno < first_keras_import):
                first_keras_import = node.lineno
        else:
            if isinstance(node, nodes.Call) and isinstance(node.func, (nodes.Attribute, nodes.Name)):
                qname = qualified_name(node.func)
                tf = apis.tf_name(qname)
                if tf in _GRAPH_MODE_CALLS:
                    facts.graph_mode = True
                elif tf in apis.TF_PLACEHOLDERS:
                    facts.makes_placeholders = True
                else:
                    k = apis.keras_name(qname)
                    facts.makes_placeholders |= k is not None and k.path in apis.KERAS_PLACEHOLDER
            kv = _env_key_value(node)
            if kv is not None:
                settings.append((node.lineno or 0, kv[0], kv[1].strip().lower()))
    # Keras reads these variables when it is imported: a later assignment changes nothing.
    for line, key, value in sorted(settings):
        if first_keras_import is not None and line > first_keras_import:
            continue
        if key == "KERAS_BACKEND" and value in BACKENDS:
            facts.keras_backend = value
        elif key == "TF_USE_LEGACY_KERAS" and value in ("1", "true", "yes"):
            facts.legacy_keras = True
    return facts


@dataclass
class ModuleContext:
    """What a rule may ask about the module it checks and the target it runs on."""

    module: nodes.Module
    target: Target
    facts: ModuleFacts
    memo: dict = field(default_factory=dict)

    @property
    def backend(self) -> str:
        return self.facts.keras_backend or self.target.keras_backend

    def keras_major(self, impl: str) -> int:
        """Keras major version behind one spelling of the API in this module."""
        if impl == apis.LEGACY:
            return 2
        if impl == apis.TF_KERAS and (self.facts.legacy_keras or self.target.tf_keras_is_keras2):
            return 2
        return self.target.keras_version

    def default_keras_major(self) -> int:
        """Keras major for values whose API spelling is unknown (e.g. a Layer.call input)."""
        if "keras" not in self.facts.roots and "tensorflow" not in self.facts.roots and "tf_keras" in self.facts.roots:
            return 2
        return self.target.keras_version
