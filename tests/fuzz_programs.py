"""Hypothesis strategies for tests/test_fuzz.py: Python programs that use the frameworks' names
in random shapes, and token/line mutations of the functional cases.

The program grammar is small on purpose: imports (aliases, star imports, imports in
try/except and if), the framework calls the rules know, and every way Python has to move a
name around them (shadowing, nested scopes, decorators, lambdas, comprehensions, walrus,
match, async, deep nesting, long expression chains). Every choice is an integer or a
sampled_from, so hypothesis shrinks a failing program to few, short, leaf-like statements.
"""

from __future__ import annotations

import io
import tokenize
from dataclasses import dataclass, replace
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent
CORPUS = sorted((ROOT / "functional").rglob("*.py")) + sorted((ROOT.parent / "examples").glob("*.py"))

# --- imports -----------------------------------------------------------------------------

IMPORTS = (
    "import tensorflow as tf",
    "import tensorflow",
    "import tensorflow.compat.v1 as tf",
    "from tensorflow.compat import v1 as tf1",
    "import keras",
    "import keras.backend as K",
    "from keras import backend as K",
    "from tensorflow.keras import backend as K",
    "from tensorflow import keras",
    "from keras import layers",
    "from tensorflow.keras import layers",
    "import keras.layers as layers",
    "from keras.layers import Dense, Conv2D",
    "from tensorflow.keras.layers import Dense, Conv2D",
    "from keras.utils import is_keras_tensor",
    "from tensorflow.keras.backend import is_keras_tensor",
    "import tf_keras as keras",
    "import torch",
    "import torch as th",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "import numpy as np",
    "import numpy",
    "import os",
    "import sys",
    "import functools",
    "from keras.backend import *",
    "from tensorflow import *",
    "from torch import *",
    "from keras.layers import *",
    "from keras import *",
    "from keras.backend import placeholder, variable, eval",
    "from tensorflow import placeholder, Session",
    "from torch import cat, Tensor, is_tensor",
)
NO_STAR_IMPORTS = tuple(line for line in IMPORTS if not line.endswith("*"))
FALLBACKS = ("pass", "K = None", "tf = None", "torch = None", "keras = None", "import numpy as torch", "from keras import ops as K")

# the imports of realistic modules, which bind every name the expressions below use
HEADERS = (
    ("import numpy as np", "import tensorflow as tf", "import keras", "from keras import backend as K", "from keras import layers", "import torch"),
    (
        "import numpy as np",
        "import tensorflow as tf",
        "from tensorflow import keras",
        "from tensorflow.keras import backend as K",
        "from tensorflow.keras import layers",
    ),
    (
        "import os",
        "import keras",
        "import keras.backend as K",
        "from keras.layers import Dense, Conv2D",
        "import torch",
        "import torch.nn as nn",
        "import torch.nn.functional as F",
    ),
    ("import tensorflow.compat.v1 as tf", "import numpy as np", "from keras import backend as K", "import keras"),
    ("import torch", "import numpy as np", "import keras", "from keras import layers"),
    ("import tensorflow as tf", "from tensorflow.compat import v1 as tf1", "from keras.utils import is_keras_tensor", "import keras", "from keras import ops"),
)

# --- expressions ---------------------------------------------------------------------------

VARS = ("x", "y", "z", "inp", "ph", "h", "t", "out", "sess", "model", "v")
LEAVES = (
    "keras.Input(shape=(3, 32, 32))",
    "keras.Input((8,))",
    "keras.layers.Input((2,))",
    "tf.keras.Input(shape=(4,))",
    "keras.KerasTensor((None, 3))",
    "tf.placeholder(tf.float32, shape=(None, 4))",
    "tf.compat.v1.placeholder(tf.float32, (None, 4))",
    "tf1.placeholder(tf1.float32)",
    "K.placeholder(shape=(None, 2))",
    "placeholder(shape=(2,))",
    "np.zeros(3)",
    "np.ones((2, 2))",
    "torch.zeros(3)",
    "torch.tensor([1.0, 2.0])",
    "torch.randn(2, 3)",
    "th.ones(2)",
    "tf.ones((2, 3))",
    "tf.random.normal((8, 10))",
    "tf.Variable(1.0)",
    "tf.constant([1.0])",
    "keras.Variable([[1.0]])",
    "keras.ops.ones((2, 2))",
    "K.variable(1.0)",
    "tf.Session()",
    "tf.compat.v1.Session()",
    "Session()",
    "K.get_session()",
    "K.function([x], [y])",
    "K.image_dim_ordering()",
    "K.backend()",
    "keras.backend.backend()",
    "keras.config.backend()",
    "tf.get_variable('w', shape=(4, 1))",
    "tf.global_variables_initializer()",
    "tf.train.GradientDescentOptimizer(0.1)",
    "keras.Sequential([keras.layers.Dense(2)])",
    "nn.Linear(2, 2)",
    "keras.backend",
    "tf.keras.backend",
    "torch.Tensor",
    "tf.Tensor",
    "K",
    "tf",
    "torch",
    "[1, 2]",
    "1.0",
    "None",
    "'theano'",
    "...",
)
UNARY = (
    "{0}.permute(0, 2, 1)",
    "{0}.numpy()",
    "{0}.detach()",
    "{0}.cpu()",
    "{0}.transpose(1, 2)",
    "{0}.unsqueeze(1)",
    "{0}.float()",
    "{0}.contiguous().cpu()",
    "{0}.shape",
    "{0}.shape[1]",
    "{0}[0]",
    "{0}[..., 1:]",
    "{0}.output",
    "{0}.inputs",
    "{0}.is_keras_tensor",
    "{0}.minimize(x)",
    "K.is_keras_tensor({0})",
    "keras.backend.is_keras_tensor({0})",
    "tf.keras.backend.is_keras_tensor({0})",
    "is_keras_tensor({0})",
    "keras.utils.is_keras_tensor({0})",
    "K.eval({0})",
    "K.get_value({0})",
    "eval({0})",
    "np.asarray({0})",
    "np.array({0})",
    "np.mean({0}, axis=0)",
    "np.exp({0})",
    "float(keras.ops.max({0}))",
    "int({0})",
    "keras.ops.convert_to_numpy({0})",
    "keras.ops.relu({0})",
    "keras.ops.is_tensor({0})",
    "layers.Dense(4)({0})",
    "keras.layers.Dense(3)({0})",
    "keras.layers.Conv2D(8, 3)({0})",
    "tf.keras.layers.Dense(2)({0})",
    "Dense(4)({0})",
    "Conv2D(8, 3)({0})",
    "layers.Conv2D(16, 3, data_format='channels_first')({0})",
    "keras.Model({0}, {0})",
    "tf.keras.Model(inputs={0}, outputs={0})",
    "torch.sum({0})",
    "torch.amin({0}, dim=1)",
    "F.softmax({0}, dim=-1)",
    "F.relu({0})",
    "torch.is_tensor({0})",
    "is_tensor({0})",
    "cat([{0}])",
    "isinstance({0}, torch.Tensor)",
    "isinstance({0}, th.Tensor)",
    "isinstance({0}, Tensor)",
    "isinstance({0}, (np.ndarray, torch.Tensor))",
    "type({0}) is torch.Tensor",
    "type({0}) == torch.Tensor",
    "tf.matmul({0}, {0})",
    "tf.reduce_mean({0})",
    "tf.log({0})",
    "tf.to_float({0})",
    "tf.compat.v1.to_float({0})",
    "K.cumsum({0})",
    "K.argmin({0})",
    "K.expand_dims({0})",
    "K.print_tensor({0})",
    "K.set_image_dim_ordering({0})",
    "K.image_dim_ordering() == {0}",
    "K.backend() == {0}",
    "sess.run({0})",
    "sess.run([{0}], feed_dict={{{0}: [[0.0]]}})",
    "tf.summary.FileWriter('/tmp', {0})",
    "({0})",
    "-{0}",
    "(not {0})",
    "print({0})",
    "f({0})",
    "getattr({0}, 'numpy')()",
    "(lambda v: K.is_keras_tensor(v))({0})",
    "(lambda v=({0}): v.numpy())()",
    "(lambda *a, **k: torch.cat(a))({0})",
    "[K.eval(v) for v in [{0}]]",
    "{{k: v.cpu() for k, v in [(1, {0})]}}",
    "list(torch.cat([v, v]) for v in ({0},))",
    "{{v.permute(1, 0) for v in [{0}] if isinstance(v, torch.Tensor)}}",
    "[w for v in [{0}] for w in v.numpy()]",
    "({n} := {0})",
    "({0} if {0} is not None else None)",
    "torch.cat([{0}, {0}], dim=1)",
    "torch.stack(({0}, {0}))",
    "np.concatenate([{0}, {0}], axis=1)",
    "keras.layers.concatenate([{0}, tf.keras.Input(shape=(8,))])",
    "tf.keras.layers.Add()([{0}, {0}])",
    "K.batch_get_value([{0}])",
    "f(*{0}, **{{'a': {0}}})",
    'f"{{{0}!r}}"',
)
BINARY = ("{0} + {1}", "{0} * {1}", "{0} - {1}", "{0} @ {1}", "({0}, {1})", "[{0}, {1}]", "{0} and {1}", "{0} == {1}", "f({0}, {1})", "{0} < {1} < 3")
AWAITING = ("(await ({0}))", "(await asyncio.sleep({0}))")


@dataclass(frozen=True)
class Ctx:
    """Where a statement goes: what Python allows there."""

    in_func: bool = False
    in_async: bool = False
    in_class: bool = False
    in_loop: bool = False
    in_comp: bool = False
    in_fstring: bool = False
    indent_levels: int = 0


@st.composite
def expressions(draw, depth: int = 3, ctx: Ctx = Ctx()) -> str:
    choice = draw(st.integers(0, 9)) if depth > 0 else 0
    if choice <= 3:
        return draw(st.sampled_from(VARS + LEAVES if choice % 2 else LEAVES + VARS))
    if choice <= 7:
        template = draw(st.sampled_from(UNARY))
        if template.startswith('f"') and ctx.in_fstring:
            template = "str({0})"  # no nested f-strings with the same quotes before Python 3.12
        if "{n}" in template and (ctx.in_comp or ctx.in_class):
            template = "({0})"  # no walrus in a comprehension's iterable or a class body's comprehension
        inner_ctx = replace(ctx, in_comp=ctx.in_comp or " for " in template or "lambda" in template, in_fstring=ctx.in_fstring or template.startswith('f"'))
        inner = draw(expressions(depth - 1, inner_ctx))
        return template.format(inner, n=draw(st.sampled_from(VARS)))
    if choice == 8:
        left, right = draw(expressions(depth - 1, ctx)), draw(expressions(depth - 1, ctx))
        return draw(st.sampled_from(BINARY)).format(left, right)
    if ctx.in_async and not ctx.in_comp:
        return draw(st.sampled_from(AWAITING)).format(draw(expressions(depth - 1, ctx)))
    return draw(expressions(depth - 1, ctx))


@st.composite
def long_chains(draw, max_length: int) -> str:
    """Long flat or deeply nested expressions (a recursion stress test for astroid and the rules)."""
    n = draw(st.integers(2, max_length))
    leaf = draw(st.sampled_from(("x", "K.eval(x)", "x.numpy()", "torch.cat([x])", "tf.placeholder(tf.float32)", "(1)")))
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return " + ".join([leaf] * n)
    if kind == 1:  # nested calls: the parser allows 200 levels of brackets
        n = min(n, 90)
        return "f(" * n + leaf + ")" * n
    if kind == 2:  # each call is two levels (Call, Attribute): see LONG_CHAIN in test_fuzz.py
        return leaf + ".detach()" * min(n, max_length // 2)
    if kind == 3:
        return "[" + ", ".join([leaf] * n) + "]"
    n = min(n, 90)
    return "K.is_keras_tensor(" * n + leaf + ")" * n


# --- statements ----------------------------------------------------------------------------

SUPPRESSIONS = (
    "",
    "",
    "",
    "  # noqa",
    "  # noqa: KL101",
    "  # noqa: KL201,KL202",
    "  # pylint: disable=is-keras-tensor-on-raw-tensor",
    "  # pylint: disable=W7101",
    "  # pylint: disable=keras-lint",
    "  # type: ignore",
)
DECORATORS = (
    "@tf.function",
    "@tf.function(jit_compile=True)",
    "@torch.no_grad()",
    "@functools.lru_cache()",
    "@staticmethod",
    "@classmethod",
    "@property",
    "@keras.saving.register_keras_serializable()",
    "@K.eval",
    "@(lambda fn: fn)",
)
BASES = ("", "(keras.layers.Layer)", "(keras.Model)", "(tf.keras.layers.Layer)", "(nn.Module)", "(torch.nn.Module)", "(object)", "(K)")
BASES += ("(tf.Module, metaclass=type)",)
PARAMS = ("", "x", "x, y=None", "K", "tf, *args", "self", "self, inputs, training=False", "x: torch.Tensor", "x: 'tf.Tensor' = None")
PARAMS += ("*, torch=None", "x, /, y", "**kw")
CONTEXTS = (
    "tf.Session() as sess",
    "tf.compat.v1.Session() as session",
    "torch.no_grad()",
    "tf.GradientTape() as tape",
    "tf.device('/cpu:0'), torch.no_grad()",
    "K.name_scope('s')",
    "open('f') as K",
)
PATTERNS = ("[a, b]", "{'k': v}", "torch.Tensor()", "keras.KerasTensor(shape=s)", "tf.Tensor() | np.ndarray()", "(x, *rest)", "str() as tf", "1 | 2", "K.x")
SHADOWS = (
    "K = None",
    "K = keras.ops",
    "tf = tf_keras",
    "torch = np",
    "keras = None",
    "layers = []",
    "np = torch",
    "is_keras_tensor = lambda v: True",
    "def K(*a):\n    return a",
    "class torch:\n    Tensor = int",
    "class tf:\n    placeholder = staticmethod(lambda *a, **k: 0)",
    "import numpy as tf",
    "from keras import ops as K",
    "del x",
)
ENVIRONS = (
    "os.environ['KERAS_BACKEND'] = 'torch'",
    "os.environ['KERAS_BACKEND'] = 'theano'",
    "os.environ.setdefault('KERAS_BACKEND', 'jax')",
    "os.environ['TF_USE_LEGACY_KERAS'] = '1'",
    "os.putenv('KERAS_BACKEND', 'cntk')",
)


# two-line flows the rules flag (a value made, then misused), with random variable names
SNIPPETS = (
    ("{a} = tf.compat.v1.placeholder(tf.float32, shape=(None, 4))", "{b} = layers.Dense(3)({a})"),
    ("{a} = tf.placeholder(tf.float32, (None, 2))", "{b} = keras.Model(inputs={a}, outputs={a})"),
    ("{a} = keras.Input((3, 32, 32))", "{b} = layers.Conv2D(8, 3)({a})"),
    ("{a} = keras.Input(shape=(3, 3))", "{b} = np.mean({a}, axis=0)"),
    ("{a} = keras.Input(shape=(8,))", "{b} = tf.keras.layers.Dense(4)({a})"),
    ("{a} = tf.keras.Input(shape=(8,))", "{b} = keras.layers.Dense(4)({a})"),
    ("{a} = keras.Input((4,))", "{b} = {a}.permute(1, 0)"),
    ("{a} = layers.Dense(2)(keras.Input((2,)))", "print(K.eval({a}), {a}.numpy())"),
    ("{a} = np.zeros(3)", "{b} = K.is_keras_tensor({a})"),
    ("{a} = tf.random.normal((8, 10))", "{b} = torch.cat([{a}, {a}], dim=1)"),
    ("{a} = keras.Input((3,))", "{b} = torch.sum({a})"),
    ("{a} = keras.ops.ones((2, 2))", "{b} = isinstance({a}, torch.Tensor)"),
)


def _indent(lines: list[str], by: str = "    ") -> list[str]:
    return [by + line if line else line for line in lines]


@st.composite
def blocks(draw, depth: int, ctx: Ctx, max_size: int = 3) -> list[str]:
    body: list[str] = []
    for _ in range(draw(st.integers(1, max_size))):
        body += draw(statements(depth, ctx))
    return body


@st.composite
def functions(draw, depth: int, ctx: Ctx) -> list[str]:
    lines = [draw(st.sampled_from(DECORATORS)) for _ in range(draw(st.integers(0, 2)))]
    is_async = draw(st.booleans()) and draw(st.booleans())
    name = draw(st.sampled_from(("f", "g", "call", "forward", "build", "tf", "K", "__init__", "main")))
    params = draw(st.sampled_from(PARAMS))
    returns = draw(st.sampled_from(("", "", " -> torch.Tensor", " -> 'keras.KerasTensor'")))
    lines.append(f"{'async ' if is_async else ''}def {name}({params}){returns}:")
    inner = Ctx(in_func=True, in_async=is_async, indent_levels=ctx.indent_levels + 1)
    body = []
    if draw(st.integers(0, 5)) == 0:
        body.append("global " + draw(st.sampled_from(("sess", "model", "h"))))
    body += draw(blocks(depth - 1, inner))
    if draw(st.booleans()):
        body.append("return " + draw(expressions(2, inner)))
    return lines + _indent(body)


@st.composite
def classes(draw, depth: int, ctx: Ctx) -> list[str]:
    lines = [draw(st.sampled_from(("", "@functools.total_ordering", "@keras.saving.register_keras_serializable()")))]
    lines = [line for line in lines if line]
    lines.append(f"class {draw(st.sampled_from(('Block', 'Model', 'K', 'Tensor')))}{draw(st.sampled_from(BASES))}:")
    inner = Ctx(in_class=True, indent_levels=ctx.indent_levels + 1)
    body = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            body += draw(functions(depth - 1, inner))
        else:
            body += draw(statements(depth - 1, inner))
    return lines + _indent(body)


@st.composite
def statements(draw, depth: int = 3, ctx: Ctx = Ctx()) -> list[str]:
    kind = draw(st.integers(0, 23)) if depth > 0 else draw(st.integers(0, 3))
    expr = lambda d=2: draw(expressions(d, ctx))  # noqa: E731
    var = lambda: draw(st.sampled_from(VARS))  # noqa: E731
    comment = lambda: draw(st.sampled_from(SUPPRESSIONS))  # noqa: E731
    if kind == 0:
        return [f"{var()} = {expr()}{comment()}"]
    if kind == 1:
        return [f"{expr()}{comment()}"]
    if kind == 2:
        return [f"print({expr()}){comment()}"]
    if kind == 3:
        simple = draw(
            st.sampled_from(
                (
                    "{v} += {e}",
                    "{v}: torch.Tensor = {e}",
                    "{v}, *rest = {e}",
                    "{v} = {w} = {e}",
                    "assert isinstance({v}, torch.Tensor), {e}",
                    "raise ValueError({e}) from None",
                    "{v}[0] = {e}",
                    "{v}.attr = {e}",
                    "pass",
                )
            )
        )
        return [simple.format(v=var(), w=var(), e=expr()) + comment()]
    inner = lambda c=ctx: draw(blocks(depth - 1, replace(c, indent_levels=ctx.indent_levels + 1)))  # noqa: E731
    if kind == 4:
        lines = [f"if {expr()}:"] + _indent(inner())
        if draw(st.booleans()):
            lines += [f"elif {expr()}:"] + _indent(inner())
        if draw(st.booleans()):
            lines += ["else:"] + _indent(inner())
        return lines
    if kind == 5:
        loop = replace(ctx, in_loop=True)
        head = f"{'async ' if ctx.in_async and draw(st.booleans()) else ''}for {var()} in {expr()}:"
        body = inner(loop)
        if draw(st.booleans()):
            body.append(draw(st.sampled_from(("break", "continue"))))
        return [head] + _indent(body)
    if kind == 6:
        return [f"while {expr()}:"] + _indent(inner(replace(ctx, in_loop=True)))
    if kind == 7:
        prefix = "async " if ctx.in_async and draw(st.booleans()) else ""
        return [f"{prefix}with {draw(st.sampled_from(CONTEXTS))}:"] + _indent(inner())
    if kind == 8:
        lines = ["try:"] + _indent(inner())
        lines += [draw(st.sampled_from(("except ImportError:", "except Exception as K:", "except (ValueError, TypeError):", "except:")))] + _indent(inner())
        if draw(st.booleans()):
            lines += ["else:"] + _indent(inner())
        if draw(st.booleans()):
            lines += ["finally:"] + _indent(inner())
        return lines
    if kind in (9, 10):
        return draw(functions(depth, ctx))
    if kind == 11:
        return draw(classes(depth, ctx))
    if kind == 12:
        lines = [f"match {expr()}:"]
        for _ in range(draw(st.integers(1, 3))):
            pattern = draw(st.sampled_from(PATTERNS))
            guard = f" if {expr(1)}" if draw(st.booleans()) else ""
            lines += _indent([f"case {pattern}{guard}:"] + _indent(inner()))
        lines += _indent(["case _:", "    pass"])
        return lines
    if kind == 13:
        return draw(st.sampled_from(SHADOWS)).split("\n")
    if kind == 14:
        return [draw(st.sampled_from(NO_STAR_IMPORTS + FALLBACKS if ctx.in_func or ctx.in_class else IMPORTS + FALLBACKS))]
    if kind == 15:
        if ctx.in_func:
            word = draw(st.sampled_from(("return", "yield") if ctx.in_async else ("return", "yield", "yield from", "return")))
            return [f"{word} {expr()}"]
        return [f"{var()} = {expr()}"]
    if kind == 16:
        return [draw(st.sampled_from(ENVIRONS))]
    if kind == 17:  # deep nesting: the indentation limit is 100 levels
        room = max(1, 90 - ctx.indent_levels)
        levels = draw(st.integers(1, min(room, 60)))
        heads = [draw(st.sampled_from(("if True:", "if x:", "def f():", "class C:", "with torch.no_grad():"))) for _ in range(levels)]
        leaf = draw(st.sampled_from(("y = K.is_keras_tensor(x)", "x.numpy()", "z = tf.placeholder(tf.float32)", "isinstance(x, torch.Tensor)")))
        lines = []
        for i, head in enumerate(heads):
            lines.append("    " * i + head)
        lines.append("    " * levels + leaf)
        return lines
    if kind == 18:
        return [f"{var()} = {draw(long_chains(draw(st.sampled_from((5, 40, 100)))))}"]
    if kind == 19:
        return [f"{var()} = [{expr()} for {var()} in {expr(1)} if {expr(1)}]"]
    if kind == 20:  # function-local or conditional imports
        return draw(import_blocks(star=not (ctx.in_func or ctx.in_class)))
    if kind == 21:
        body = draw(expressions(2, replace(ctx, in_async=False, in_comp=True)))
        return [f"{var()} = lambda {draw(st.sampled_from(('', 'v', 'K', 'v=x', '*a')))}: {body}"]
    if kind == 22:
        a, b = draw(st.sampled_from(VARS)), draw(st.sampled_from(VARS))
        return [line.format(a=a, b=b) for line in draw(st.sampled_from(SNIPPETS))]
    return draw(statements(depth - 1, ctx))


@st.composite
def import_blocks(draw, star: bool = True) -> list[str]:
    line = draw(st.sampled_from(IMPORTS if star else NO_STAR_IMPORTS))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return [line]
    if shape == 1:
        caught = draw(st.sampled_from(("ImportError", "ModuleNotFoundError", "(ImportError, AttributeError)")))
        fallback = draw(st.sampled_from(FALLBACKS + (IMPORTS if star else NO_STAR_IMPORTS)))
        return ["try:", "    " + line, f"except {caught}:", "    " + fallback]
    if shape == 2:
        cond = draw(st.sampled_from(("sys.version_info >= (3, 8)", "TYPE_CHECKING", "os.environ.get('KERAS_BACKEND') == 'torch'", "False", "not K")))
        lines = [f"if {cond}:", "    " + line]
        if draw(st.booleans()):
            lines += ["else:", "    " + draw(st.sampled_from(FALLBACKS + (IMPORTS if star else NO_STAR_IMPORTS)))]
        return lines
    if shape == 3:
        return [line + draw(st.sampled_from(("", "  # noqa: F401", "  # pylint: disable=unused-import")))]
    return [line, line]


@st.composite
def programs(draw, max_statements: int = 6, depth: int = 3) -> str:
    """A whole module: a header of imports, then statements."""
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append('"""A generated module."""')
    if draw(st.integers(0, 3)) == 0:
        lines.append("from __future__ import annotations")
    if draw(st.integers(0, 3)):
        lines += list(draw(st.sampled_from(HEADERS)))
    for _ in range(draw(st.integers(0, 4))):
        lines += draw(import_blocks())
    for _ in range(draw(st.integers(1, max_statements))):
        lines += draw(statements(depth))
    if draw(st.integers(0, 4)) == 0:
        lines += ["", 'if __name__ == "__main__":'] + _indent(draw(blocks(depth - 1, Ctx(indent_levels=1))))
    ending = draw(st.sampled_from(("\n", "\n", "", "\n\n")))
    return "\n".join(lines) + ending


# --- mutations of the functional corpus ----------------------------------------------------


def _token_spans(text: str) -> list[tuple[int, int]] | None:
    """(start, end) offsets of the non-empty tokens of ``text``; None when it does not tokenize."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    spans = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.ENDMARKER:
                break
            (r0, c0), (r1, c1) = tok.start, tok.end
            start, end = starts[r0 - 1] + c0, starts[r1 - 1] + c1
            if end > start:
                spans.append((start, end))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None
    return spans


def _mutate_tokens(text: str, op: int, i: int, j: int) -> str:
    spans = _token_spans(text)
    if not spans:
        return text
    a0, a1 = spans[i % len(spans)]
    if op == 0:  # delete a token
        return text[:a0] + text[a1:]
    if op == 1:  # duplicate a token (with or without a space)
        sep = " " if j % 2 else ""
        return text[:a1] + sep + text[a0:a1] + text[a1:]
    b0, b1 = spans[(i + 1 + j % 3) % len(spans)]
    if op == 2 and b0 >= a1:  # swap two nearby tokens
        return text[:a0] + text[b0:b1] + text[a1:b0] + text[a0:a1] + text[b1:]
    # replace a token by another token of the same text (framework names land in odd places)
    b0, b1 = spans[j % len(spans)]
    return text[:a0] + text[b0:b1] + text[a1:]


def _mutate_lines(text: str, op: int, i: int, j: int) -> str:
    lines = text.splitlines(keepends=True)
    if not lines:
        return text
    i, j = i % len(lines), j % len(lines)
    if op == 0:
        del lines[i]
    elif op == 1:
        lines.insert(i, lines[i])
    elif op == 2:
        lines[i], lines[j] = lines[j], lines[i]
    elif op == 3:
        lines[i] = ("    ", "\t", " ", "        ")[j % 4] + lines[i]
    else:
        lines[i] = lines[i].lstrip(" \t")
    return "".join(lines)


@st.composite
def mutated_cases(draw) -> tuple[str, str]:
    """(case name, text): a functional case (or example) after 1-3 token or line mutations."""
    path = draw(st.sampled_from(CORPUS))
    text = path.read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 3))):
        level = draw(st.sampled_from(("token", "line")))
        op = draw(st.integers(0, 4))
        i, j = draw(st.integers(0, 10_000)), draw(st.integers(0, 10_000))
        text = _mutate_tokens(text, op, i, j) if level == "token" else _mutate_lines(text, op, i, j)
    return str(path.relative_to(ROOT.parent)), text
