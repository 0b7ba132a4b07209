"""The rule catalogue: the one definition of every rule keras-lint reports.

The pylint messages, the flake8 codes, the docs pages and the runtime truth tests are all
generated from the entries below; nothing else spells out a code, a symbol or a rationale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FLAKE8_PREFIX = "KL"
_CODE_RE = re.compile(r"^KL([1-9])(\d\d)$")


@dataclass(frozen=True)
class TruthCase:
    """A claim of a rule, run on the real frameworks by the runtime truth tests.

    ``setup`` runs first. ``bad`` is the misuse the rule flags: it must raise
    ``bad_raises`` ("ExceptionType: message fragment") or leave ``repr(result) ==
    bad_result``. ``good`` is the replacement the rule suggests: it must run and, when
    ``good_result`` is set, leave ``repr(result) == good_result``. ``env`` is set in the
    subprocess (``KERAS_BACKEND``, ``TF_USE_LEGACY_KERAS``); ``requires`` are the modules
    that must be importable for the case to run.
    """

    title: str
    setup: str
    bad: str
    good: str
    bad_raises: str | None = None
    bad_result: str | None = None
    good_result: str | None = None
    env: tuple[tuple[str, str], ...] = ()
    requires: tuple[str, ...] = ("tensorflow", "keras")


@dataclass(frozen=True)
class Rule:
    code: str  # flake8 code, e.g. "KL101"
    symbol: str  # pylint symbol, kebab-case, names the misuse
    category: str  # pylint category letter: C, R, W, E, F
    title: str  # one line, used in lists
    message: str  # the message shape, with {placeholders}, shown in the docs
    what: str  # "What it does"
    why: str  # "Why is this bad?"
    bad: str  # example that triggers the rule (linted by the tests)
    good: str  # the same code fixed (linted by the tests: must be clean)
    fix: str  # how to fix, in prose
    fix_safety: str = "No automatic fix yet."
    applies_to: str = "All targets."
    options: tuple[str, ...] = ()  # target options that change what the rule reports
    truth: tuple[TruthCase, ...] = field(default=())
    bad_config: tuple[tuple[str, str], ...] = ()  # target options the bad example is linted with

    @property
    def family(self) -> int:
        return int(self.code[2])

    @property
    def msgid(self) -> str:
        """pylint message id: category letter, 7, then the code's three digits."""
        return f"{self.category}7{self.code[2:]}"


CONTAINMENT_CODE = "KL900"

RULES: tuple[Rule, ...] = (
    Rule(
        code="KL101",
        symbol="is-keras-tensor-on-raw-tensor",
        category="W",
        title="is_keras_tensor() on a value that can never be a Keras tensor",
        message=(
            "is_keras_tensor({arg}) {outcome}: {arg} is {what}, not a symbolic Keras tensor "
            "made by keras.Input or a layer call. To test for any tensor use {replacement}."
        ),
        what=(
            "Flags `keras.backend.is_keras_tensor`, `keras.utils.is_keras_tensor`, "
            "`tf.keras.backend.is_keras_tensor` and `tf_keras.backend.is_keras_tensor` "
            "(under any alias) called on a value that is known not to be a Keras tensor: a "
            "graph placeholder, a TensorFlow tensor, a variable, a NumPy array, a Python "
            "value, a PyTorch tensor, or the `inputs` of a `Layer.call` method."
        ),
        why=(
            "Only symbolic tensors made by `keras.Input(...)` or by calling a layer on one "
            "are Keras tensors. In Keras 3 `is_keras_tensor(x)` is exactly "
            "`isinstance(x, KerasTensor)`, so on anything else it is always False; in "
            "Keras 2 (tf_keras) it raises `ValueError` for NumPy arrays, Python values and "
            "torch tensors. Inside `Layer.call` the inputs are backend tensors even while a "
            "functional model is being built, so the test is always False there too. The "
            "author almost always meant \"is this a tensor?\", which is "
            "`keras.ops.is_tensor(x)` (or `tf.is_tensor(x)` on TensorFlow)."
        ),
        bad=(
            "import tensorflow as tf\n"
            "from keras import backend as K\n"
            "\n"
            "x_tf = tf.compat.v1.placeholder(tf.float32, shape=(2, 4, 5))\n"
            "if K.is_keras_tensor(x_tf):  # [is-keras-tensor-on-raw-tensor]\n"
            "    print('tensor')\n"
        ),
        good=(
            "import tensorflow as tf\n"
            "import keras\n"
            "\n"
            "x_tf = tf.compat.v1.placeholder(tf.float32, shape=(2, 4, 5))\n"
            "if keras.ops.is_tensor(x_tf):\n"
            "    print('tensor')\n"
        ),
        fix=(
            "Use `keras.ops.is_tensor(x)` (Keras 3, any backend) or `tf.is_tensor(x)` "
            "(Keras 2 / TensorFlow) to ask whether a value is a tensor. Keep "
            "`is_keras_tensor` only for values that may really be symbolic Keras tensors, "
            "such as the `input_tensor` argument of a model-building function."
        ),
        fix_safety=(
            "Safe (applied by `keras-lint fix`): where the rule fires the call's result was a "
            "constant (False) or an exception, so the replacement changes behaviour only towards "
            "what the code meant. Review the branch it guards: code that was dead now runs."
        ),
        applies_to=(
            "Keras 2 and Keras 3. The message and the suggested call follow `keras-version`; "
            "`K.placeholder` values are Keras tensors under Keras 2 and are not flagged there."
        ),
        options=("keras-version",),
        truth=(
            TruthCase(
                title="Keras 3: a TF tensor is not a Keras tensor, but is a tensor",
                setup="import tensorflow as tf\nimport keras\nx = tf.constant([1.0, 2.0])",
                bad="result = keras.backend.is_keras_tensor(x)",
                bad_result="False",
                good="result = keras.ops.is_tensor(x)",
                good_result="True",
            ),
            TruthCase(
                title="Keras 3: a graph placeholder is not a Keras tensor",
                setup=(
                    "import tensorflow as tf\nimport keras\n"
                    "g = tf.Graph()\n"
                    "with g.as_default():\n"
                    "    x = tf.compat.v1.placeholder(tf.float32, shape=(2, 4, 5))"
                ),
                bad="result = keras.backend.is_keras_tensor(x)",
                bad_result="False",
                good="result = keras.ops.is_tensor(x)",
                good_result="True",
            ),
            TruthCase(
                title="Keras 3: a NumPy array is never a Keras tensor",
                setup="import numpy as np\nimport keras\nx = np.zeros((2, 3))",
                bad="result = keras.utils.is_keras_tensor(x)",
                bad_result="False",
                good="result = keras.ops.is_tensor(x)",
                good_result="False",
            ),
            TruthCase(
                title="Keras 2 (tf_keras): is_keras_tensor raises on a NumPy array",
                setup="import numpy as np\nimport tf_keras\nimport tensorflow as tf\nx = np.zeros((2, 3))",
                bad="result = tf_keras.backend.is_keras_tensor(x)",
                bad_raises="ValueError: Expected a symbolic tensor instance",
                good="result = tf.is_tensor(x)",
                good_result="False",
                env=(("TF_USE_LEGACY_KERAS", "1"),),
                requires=("tensorflow", "tf_keras"),
            ),
            TruthCase(
                title="Keras 3: inside Layer.call the inputs are backend tensors",
                setup=(
                    "import keras\n"
                    "seen = []\n"
                    "class Probe(keras.layers.Layer):\n"
                    "    def call(self, inputs):\n"
                    "        seen.append((keras.backend.is_keras_tensor(inputs), "
                    "keras.ops.is_tensor(inputs)))\n"
                    "        return inputs\n"
                    "i = keras.Input((4,))\n"
                    "keras.Model(i, Probe()(i))"
                ),
                bad="result = seen[-1][0]",
                bad_result="False",
                good="result = seen[-1][1]",
                good_result="True",
            ),
            TruthCase(
                title="Keras 3: a symbolic tensor from keras.Input is a Keras tensor",
                setup="import keras\ni = keras.Input((10,))",
                bad="result = keras.ops.is_tensor(i)",
                bad_result="False",
                good="result = keras.backend.is_keras_tensor(keras.layers.Dense(10)(i))",
                good_result="True",
            ),
        ),
    ),
    Rule(
        code="KL102",
        symbol="torch-tensor-check-in-keras-code",
        category="W",
        title="PyTorch tensor check left in Keras / TensorFlow code",
        message=(
            "{check} is a PyTorch check that never matches here: {reason}. It is a leftover of "
            "code ported from PyTorch; to test for a tensor use {replacement}."
        ),
        what=(
            "Flags `isinstance(x, torch.Tensor)` (also inside a tuple of types), "
            "`torch.is_tensor(x)` and `type(x) is torch.Tensor` in a module that is Keras or "
            "TensorFlow code, when the value is known to be a TensorFlow/Keras/NumPy value or "
            "when the module uses torch for nothing but such checks."
        ),
        why=(
            "Keras and TensorFlow values are never `torch.Tensor` unless Keras runs on the "
            "torch backend: a TF tensor, a `KerasTensor`, a `keras.Variable` (on every "
            "backend) and a NumPy array all fail the check. The branch it guards is dead code "
            "and the `else` branch silently handles every tensor, which is how ported "
            "`tensor2im`-style helpers return unconverted tensors."
        ),
        bad=(
            "import numpy as np\n"
            "import tensorflow as tf\n"
            "import torch\n"
            "\n"
            "\n"
            "def tensor2im(input_image, imtype=np.uint8):\n"
            "    if isinstance(input_image, torch.Tensor):  # [torch-tensor-check-in-keras-code]\n"
            "        input_image = input_image.numpy()\n"
            "    return tf.cast(input_image, tf.uint8)\n"
        ),
        good=(
            "import numpy as np\n"
            "import tensorflow as tf\n"
            "import keras\n"
            "\n"
            "\n"
            "def tensor2im(input_image, imtype=np.uint8):\n"
            "    if keras.ops.is_tensor(input_image):\n"
            "        input_image = keras.ops.convert_to_numpy(input_image)\n"
            "    return tf.cast(input_image, tf.uint8)\n"
        ),
        fix=(
            "Replace the torch check with `keras.ops.is_tensor(x)` (any Keras 3 backend) or "
            "`tf.is_tensor(x)` (TensorFlow), and the torch conversion in the branch with "
            "`keras.ops.convert_to_numpy(x)`."
        ),
        fix_safety=(
            "Safe when the branch the check guards uses no PyTorch-only tensor members: the check "
            "was always False, so the rewritten branch runs for the tensors the author meant. When "
            "the branch uses `.cpu()`, `.detach()`, `.data`, `.float()` and the like, the fix would "
            "bring dead PyTorch code to life: it is unsafe and applies only with `--unsafe-fixes`."
        ),
        applies_to=(
            "Keras/TensorFlow modules whose Keras backend is not torch. Quiet when "
            "`keras-backend` is torch, when the module sets `KERAS_BACKEND` to torch, inside "
            "code guarded by a backend test (`keras.config.backend() == \"torch\"`), and in "
            "PyTorch modules that do not use Keras or TensorFlow."
        ),
        options=("keras-backend",),
        truth=(
            TruthCase(
                title="a TF tensor is not a torch.Tensor (TF backend)",
                setup="import tensorflow as tf\nimport torch\nimport keras\nx = tf.constant([1.0])",
                bad="result = isinstance(x, torch.Tensor)",
                bad_result="False",
                good="result = keras.ops.is_tensor(x)",
                good_result="True",
                requires=("tensorflow", "keras", "torch"),
            ),
            TruthCase(
                title="a Keras layer output is not a torch.Tensor (TF backend)",
                setup=(
                    "import numpy as np\nimport torch\nimport keras\n"
                    "x = keras.layers.Dense(2)(np.ones((1, 3), 'float32'))"
                ),
                bad="result = torch.is_tensor(x)",
                bad_result="False",
                good="result = keras.ops.is_tensor(x)",
                good_result="True",
                requires=("tensorflow", "keras", "torch"),
            ),
            TruthCase(
                title="a keras.Variable is not a torch.Tensor even on the torch backend",
                setup="import torch\nimport keras\nv = keras.Variable([1.0, 2.0])",
                bad="result = isinstance(v, torch.Tensor)",
                bad_result="False",
                good="result = keras.ops.convert_to_numpy(v).tolist()",
                good_result="[1.0, 2.0]",
                env=(("KERAS_BACKEND", "torch"),),
                requires=("keras", "torch"),
            ),
        ),
    ),
    Rule(
        code="KL201",
        symbol="placeholder-in-keras-graph",
        category="E",
        title="TF1 graph placeholder fed into a Keras layer or model",
        message=(
            "{arg} is {what}, {usage}: {consequence}. Use {replacement} to declare a "
            "symbolic model input."
        ),
        what=(
            "Flags a graph placeholder (`tf.compat.v1.placeholder`, `tf.placeholder`, "
            "`K.placeholder`) passed to a Keras layer call, to `keras.Model(inputs=...)`, to "
            "`keras.Input(tensor=...)`, to a model call, or combined with Keras tensors "
            "(`Add()([keras_input, ph])`, `keras_input + ph`)."
        ),
        why=(
            "Keras 3 builds models from symbolic `KerasTensor`s only. `keras.Model(inputs=ph)` "
            "raises ``ValueError: All `inputs` values must be KerasTensors``, `keras.Input(tensor="
            "ph)` raises ``ValueError: Argument `input_tensor` must be a KerasTensor``, and a layer "
            "or model called on a placeholder builds without complaint but fails when run "
            "(`TypeError: ... is out of scope and cannot be used here`). TF1 graph code has to "
            "declare its inputs with `keras.Input` instead."
        ),
        bad=(
            "import tensorflow as tf\n"
            "import keras\n"
            "\n"
            "ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))\n"
            "out = keras.layers.Dense(3)(ph)  # [placeholder-in-keras-graph]\n"
        ),
        good=(
            "import tensorflow as tf\n"
            "import keras\n"
            "\n"
            "inp = keras.Input(shape=(4,), dtype=\"float32\")\n"
            "out = keras.layers.Dense(3)(inp)\n"
            "model = keras.Model(inputs=inp, outputs=out)\n"
        ),
        fix=(
            "Declare the input with `keras.Input(shape=..., dtype=...)` (the shape without the "
            "batch dimension), build the model from it, and feed data with `model(x)` or "
            "`model.predict(x)` instead of a session feed dict."
        ),
        fix_safety="No automatic fix: the graph has to be rebuilt around `keras.Input`.",
        applies_to=(
            "Keras 3 (the default). Under `keras-version = 2` Keras accepted graph "
            "placeholders and `K.placeholder` values are Keras tensors, so nothing is flagged. "
            "In TF1 graph-mode modules (that call `tf.compat.v1.disable_eager_execution()` or run "
            "a `Session`) a layer call on a placeholder does compute, so only `keras.Model(inputs=...)` "
            "and `keras.Input(tensor=...)` are flagged there."
        ),
        options=("keras-version",),
        truth=(
            TruthCase(
                title="Keras 3 rejects a placeholder as Model inputs",
                setup=(
                    "import tensorflow as tf\nimport keras\n"
                    "g = tf.Graph()\n"
                    "with g.as_default():\n"
                    "    ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))"
                ),
                bad="result = keras.Model(inputs=ph, outputs=ph)",
                bad_raises="ValueError: All `inputs` values must be KerasTensors",
                good=(
                    "inp = keras.Input(shape=(4,), dtype='float32')\n"
                    "m = keras.Model(inputs=inp, outputs=keras.layers.Dense(3)(inp))\n"
                    "result = m.output.shape"
                ),
                good_result="(None, 3)",
            ),
            TruthCase(
                title="Keras 3 rejects a placeholder as Input(tensor=...)",
                setup=(
                    "import tensorflow as tf\nimport keras\n"
                    "g = tf.Graph()\n"
                    "with g.as_default():\n"
                    "    ph = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))"
                ),
                bad="result = keras.Input(tensor=ph)",
                bad_raises="ValueError: Argument `input_tensor` must be a KerasTensor",
                good="result = keras.Input(shape=(4,), dtype='float32').shape",
                good_result="(None, 4)",
            ),
            TruthCase(
                title="a placeholder cannot even be made in TF2's default eager mode",
                setup="import tensorflow as tf",
                bad="result = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))",
                bad_raises="RuntimeError: tf.placeholder() is not compatible with eager execution",
                good="import keras\nresult = keras.Input(shape=(4,)).shape",
                good_result="(None, 4)",
            ),
        ),
    ),
)

CONTAINMENT = Rule(
    code=CONTAINMENT_CODE,
    symbol="internal-error",
    category="F",
    title="a keras-lint rule crashed on this file",
    message=(
        "keras-lint rule {rule} crashed on this file ({error}); the rest of the file was still "
        "linted. Please report this with the file."
    ),
    what=(
        "Reports, once per file and rule, that a rule raised an exception. The rule is skipped "
        "for the rest of that file; every other rule still runs."
    ),
    why=(
        "A linter that dies on one odd file blocks a whole CI run. keras-lint contains the "
        "failure, says which rule failed and why, and keeps the rest of its findings."
    ),
    bad="",
    good="",
    fix="Report the file and the message to keras-lint. Disable the failing rule meanwhile.",
    fix_safety="Nothing to fix in user code.",
)

ALL_RULES: tuple[Rule, ...] = RULES + (CONTAINMENT,)
BY_CODE: dict[str, Rule] = {r.code: r for r in ALL_RULES}
BY_SYMBOL: dict[str, Rule] = {r.symbol: r for r in ALL_RULES}


def rule(code_or_symbol: str) -> Rule:
    """Look a rule up by flake8 code, pylint symbol or pylint msgid."""
    if code_or_symbol in BY_CODE:
        return BY_CODE[code_or_symbol]
    if code_or_symbol in BY_SYMBOL:
        return BY_SYMBOL[code_or_symbol]
    for r in ALL_RULES:
        if r.msgid == code_or_symbol:
            return r
    raise KeyError(code_or_symbol)


def validate() -> list[str]:
    """Problems in the catalogue itself (duplicates, malformed codes, empty docs fields)."""
    problems = []
    seen_codes: set[str] = set()
    seen_symbols: set[str] = set()
    for r in ALL_RULES:
        if not _CODE_RE.match(r.code):
            problems.append(f"{r.code}: code must look like KL<family><nn>")
        if r.code in seen_codes:
            problems.append(f"{r.code}: duplicate code")
        if r.symbol in seen_symbols:
            problems.append(f"{r.symbol}: duplicate symbol")
        seen_codes.add(r.code)
        seen_symbols.add(r.symbol)
        if r.category not in "CRWEF":
            problems.append(f"{r.code}: bad category {r.category!r}")
        if not re.match(r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$", r.symbol):
            problems.append(f"{r.code}: symbol {r.symbol!r} is not kebab-case")
        required = ["title", "message", "what", "why", "fix"]
        if r is not CONTAINMENT:
            required += ["bad", "good"]
        for name in required:
            if not getattr(r, name).strip():
                problems.append(f"{r.code}: empty {name}")
    return problems
