"""Module-wide facts: which frameworks a module uses and the environment it sets for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from astroid import nodes

from keras_lint.config import BACKENDS, Target
from keras_lint.semantic import apis
from keras_lint.semantic.names import FRAMEWORK_ROOTS, qualified_name, root_name

KERAS_OR_TF = frozenset({"keras", "tensorflow", "tf_keras"})
_GRAPH_MODE_CALLS = frozenset({"disable_eager_execution", "disable_v2_behavior", "Session", "InteractiveSession"})
# the last names of every call ``collect`` looks at (graph mode, placeholders, environment)
_WATCHED_CALLS = (
    _GRAPH_MODE_CALLS
    | apis.TF_PLACEHOLDERS
    | {path.rsplit(".", 1)[-1] for path in apis.KERAS_PLACEHOLDER}
    | {"setdefault", "putenv"}
)


@dataclass
class ModuleFacts:
    roots: set[str] = field(default_factory=set)  # framework packages the module imports
    keras_backend: str | None = None  # set through os.environ["KERAS_BACKEND"]
    legacy_keras: bool = False  # os.environ["TF_USE_LEGACY_KERAS"] = "1"
    graph_mode: bool = False  # TF1 graph code: disables eager execution or runs a Session
    makes_placeholders: bool = False  # calls tf.placeholder / K.placeholder somewhere
    # local names that may stand for framework objects: bound by a framework import, or assigned
    # from one (K = keras.backend). A name outside this set never resolves into a framework.
    framework_names: set[str] = field(default_factory=set)

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


def framework_import_names(imports) -> tuple[set[str], set[str]]:
    """(framework roots imported, local names those imports bind)."""
    roots: set[str] = set()
    names: set[str] = set()
    for node in imports:
        if isinstance(node, nodes.Import):
            for modname, asname in node.names:
                root = modname.split(".")[0]
                if root in FRAMEWORK_ROOTS:
                    roots.add(root)
                    names.add(asname or root)
        elif not node.level and (node.modname or "").split(".")[0] in FRAMEWORK_ROOTS:
            roots.add(node.modname.split(".")[0])
            names.update(asname or name for name, asname in node.names if name != "*")
    return roots, names


def _loads_keras(node: nodes.Import | nodes.ImportFrom) -> bool:
    """Does this import load Keras (and so read KERAS_BACKEND / TF_USE_LEGACY_KERAS)?
    ``import tensorflow`` alone does not: ``tf.keras`` is loaded lazily, on first use."""
    if isinstance(node, nodes.Import):
        modnames = [modname for modname, _ in node.names]
    elif node.level:
        return False
    else:
        modnames = [f"{node.modname}.{name}" for name, _ in node.names]
    for modname in modnames:
        parts = modname.split(".")
        if parts[0] in ("keras", "tf_keras"):
            return True
        if parts[0] == "tensorflow" and ("keras" in parts or "*" in parts):
            return True
    return False


def root_in(expr: nodes.NodeNG, names: set[str]) -> bool:
    root = root_name(expr)
    return root is not None and root.name in names


def framework_names(all_nodes) -> tuple[set[str], set[str]]:
    """(framework roots imported, local names that may stand for framework objects): the names
    framework imports bind, plus names assigned from them (``K = keras.backend``)."""
    all_nodes = list(all_nodes)
    roots, names = framework_import_names(n for n in all_nodes if isinstance(n, (nodes.Import, nodes.ImportFrom)))
    for node in all_nodes:
        if isinstance(node, nodes.Assign) and isinstance(node.value, (nodes.Name, nodes.Attribute)) and root_in(node.value, names):
            names.update(t.name for t in node.targets if isinstance(t, nodes.AssignName))
    return roots, names


def collect(module: nodes.Module, all_nodes: list[nodes.NodeNG] | None = None) -> ModuleFacts:
    """Facts from one pass over ``all_nodes`` (the module's nodes, when the caller has them)."""
    facts = ModuleFacts()
    if all_nodes is None:
        all_nodes = list(module.nodes_of_class(nodes.NodeNG))
    imports = [n for n in all_nodes if isinstance(n, (nodes.Import, nodes.ImportFrom))]
    facts.roots, facts.framework_names = framework_names(all_nodes)
    keras_imports = [n.lineno for n in imports if _loads_keras(n)]
    first_keras_import: int | None = min(keras_imports) if keras_imports else None
    settings: list[tuple[int, str, str]] = []
    watched = facts.framework_names | {"os", "environ"}
    for node in all_nodes:
        if isinstance(node, (nodes.Assign, nodes.Call)):
            if isinstance(node, nodes.Call) and not root_in(node.func, watched):
                continue
            if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute) and node.func.attrname not in _WATCHED_CALLS:
                continue  # an attribute keeps its name under any alias: no lookup needed
            if isinstance(node, nodes.Assign) and not any(isinstance(t, nodes.Subscript) for t in node.targets):
                continue
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
    text: str | None = None  # the module's source, when the front end has it (for cheap word tests)
    all_nodes: list | None = None  # every node of the module, when the engine has walked it

    def may_mention(self, word: str) -> bool:
        """False only when the source text is known and does not contain ``word`` anywhere."""
        return self.text is None or word in self.text

    def might_be_framework(self, expr: nodes.NodeNG) -> bool:
        """Cheap syntactic gate before any scope lookup: can ``expr`` name a framework object?"""
        return root_in(expr, self.facts.framework_names)

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
