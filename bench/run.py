#!/usr/bin/env python
"""Reproducible performance benchmark for keras-lint (standard library only).

    python bench/run.py [--reps N] [--corpus DIR] [--sample N] [--no-venv] [--memory-files N]

Builds a corpus offline (deterministic samples of the installed wheels' sources, ``keras/src`` and
``tensorflow/python``, generated Keras-2-style user modules and this repository's ``examples/``,
copied flat into a temporary directory; ``--corpus DIR`` lints DIR instead), then times, as the median of N repetitions of a fresh subprocess each:

1. pylint with a fixed set of its own checks (categories E and W) alone, versus the same plus
   ``--load-plugins=keras_lint``;
2. flake8 ``--select=E,F,W`` with the keras-lint plugin really absent, versus flake8 with the
   plugin and ``--select=E,F,W,KL`` (see ``FLAKE8_NOTE`` for why ``--select`` is not enough);
3. the keras-lint engine (``keras_lint.lint.lint_source``) over every corpus file in one
   process, versus ``astroid.parse`` of the same files;
4. the peak RSS of each subprocess (``os.wait4``'s rusage: the child and every descendant it
   reaped, so flake8's worker processes are included; it is the largest single process, not a sum).
5. the pylint pair of 1 again in a venv with keras-lint but no tensorflow / keras / torch
   (``NOTF_VENV``, created once with ``python -m venv`` + ``pip install``, reused while ``src/`` is
   unchanged; ``--no-venv`` skips it);
6. ``keras-lint check -j 1`` on the corpus: a fresh ``--cache-dir`` (cold), the same again (warm),
   and ``--no-cache`` against the astroid.parse loop of 3;
7. ``keras-lint check --no-cache -j 1`` on generated files that name no framework (the pre-filter)
   against a process that only reads them;
8. peak RSS of one ``keras-lint check --no-cache -j 1`` over a generated 5000-file package tree.

A final table lists every target with its value and PASS / FAIL / SKIPPED.

It never imports keras, tensorflow or torch itself (the corpus is located with
``importlib.util.find_spec`` and installed versions read with ``importlib.metadata``). It always
exits 0: it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable

PYLINT_CHECKS = "E,W"  # pylint's own error and warning categories, fixed for both runs
FLAKE8_SELECT = "E,F,W"
# Default corpus size. pylint's own E/W checks infer deep into keras, tensorflow, jax and torch
# (it builds their installed sources with astroid), which costs it 2-5 s per keras/src file on a
# 2-core machine, on top of a fixed ~40 s for building those frameworks once per run (the
# repository's own examples import them too). 10 files from each wheel and 10 generated modules
# keep three repetitions of everything near the quarter hour; use --sample / --corpus for another.
SAMPLE = 10
MAX_LINES = 2000
FAST_REPS = 9  # at least this many runs of each flake8 command (sub-second, widely spread)

FLAKE8_NOTE = """\
flake8 runs every installed ``flake8.extension`` plugin whatever --select says: --select/--ignore
only filter the reported codes (flake8 7.x, plugins/finder.py: a plugin is skipped only when it
sets ``off_by_default`` and is not named in --enable-extensions; keras-lint does not set it, so it
is on by default, as its README says). --isolated only ignores config files. So
``flake8 --isolated --select=E,F,W`` with keras-lint installed still parses every file with
astroid and runs the engine, then throws the KL results away; this script checks that with a
probe (below) on every run. For a true "flake8 alone" it runs flake8 through a tiny wrapper that
drops the keras-lint distribution from flake8's entry-point discovery
(``flake8.plugins.finder._find_importlib_plugins``), which is what a venv without keras-lint
would give; the plugin runs use the same wrapper without the filter, so both pay the same
start-up. The "E,F,W, plugin installed" row shows what a user with keras-lint installed pays
when they do not select KL."""

# flake8 wrapper: argv = [mode, *flake8 args]; mode "alone" hides the keras-lint plugin.
# KL_BENCH_PROBE=<file> makes the plugin log each file it runs on (for the probe only).
FLAKE8_WRAPPER = textwrap.dedent(
    """\
    import os, sys
    mode = sys.argv[1]
    import flake8.plugins.finder as finder
    if mode == "alone":
        _orig = finder._find_importlib_plugins
        def _without_keras_lint():
            for plugin in _orig():
                if plugin.package.lower().replace("_", "-") != "keras-lint":
                    yield plugin
        finder._find_importlib_plugins = _without_keras_lint
    probe = os.environ.get("KL_BENCH_PROBE")
    if probe and mode != "alone":
        import keras_lint.flake8_plugin as fp
        _run = fp.KerasLintFlake8.run
        def run(self):
            with open(probe, "a") as fh:
                fh.write(self.filename + "\\n")
            return _run(self)
        fp.KerasLintFlake8.run = run
    from flake8.main.cli import main
    sys.exit(main(sys.argv[2:]))
    """
)

# engine / parse script: argv = [mode, list_file]; prints one JSON line with the loop time.
ENGINE_SCRIPT = textwrap.dedent(
    """\
    import json, sys, time
    mode, list_file = sys.argv[1], sys.argv[2]
    paths = [p for p in open(list_file, encoding="utf-8").read().splitlines() if p]
    sources = [(p, open(p, encoding="utf-8").read()) for p in paths]
    errors = findings = 0
    if mode == "engine":
        from keras_lint.config import resolve
        from keras_lint.lint import SourceError, lint_source
        target = resolve()
        t0 = time.perf_counter()
        for p, s in sources:
            try:
                findings += len(lint_source(s, target, path=p))
            except SourceError:
                errors += 1
        loop = time.perf_counter() - t0
    else:
        import astroid
        t0 = time.perf_counter()
        for p, s in sources:
            try:
                astroid.parse(s, path=p)
            except Exception:
                errors += 1
        loop = time.perf_counter() - t0
    print(json.dumps({"loop": loop, "files": len(sources), "errors": errors, "findings": findings}))
    """
)


# --------------------------------------------------------------------------- corpus


def package_dir(name: str, sub: str) -> Path | None:
    """``<installed package>/<sub>``, located without importing the package."""
    spec = importlib.util.find_spec(name)  # locates the package, does not import it
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        path = Path(loc) / sub
        if path.is_dir():
            return path
    return None


def keras_src_dir() -> Path | None:
    return package_dir("keras", "src")


def flat_name(prefix: str, rel: Path) -> str:
    return prefix + "__" + "__".join(rel.with_suffix("").parts) + ".py"


def sample_tree(root: Path, sample: int, max_lines: int) -> tuple[list[Path], int, int]:
    """Every k-th of the sorted .py files of 1..max_lines lines: (chosen, k, candidates)."""
    all_files = sorted(p for p in root.rglob("*.py") if 0 < count_lines([p]) <= max_lines)
    step = max(1, len(all_files) // sample) if sample > 0 else 1
    return (all_files[::step][:sample] if sample > 0 else []), step, len(all_files)


def build_corpus(dest: Path, sample: int, max_lines: int) -> tuple[list[Path], dict[str, int]]:
    """Copy a deterministic sample into ``dest`` (flat: no packages, no module-name clashes).

    What issue 5 names: the Python sources of the installed wheels (keras/src and
    tensorflow/python: correct code with framework-heavy imports), plus generated Keras-2-style
    user code (custom layers on ``keras.backend``, TF1 graph code: what keras-lint exists to
    flag) and this repository's examples. The rule-dense functional corpus is not part of the
    default: ``--corpus tests/functional`` measures it.
    """
    counts: dict[str, int] = {}
    picked: list[tuple[str, Path, Path]] = []
    for package, sub, prefix in (("keras", "src", "keras_src"), ("tensorflow", "python", "tf_python")):
        root = package_dir(package, sub)
        if root is None:
            counts[f"{package}/{sub} (not installed: skipped)"] = 0
            continue
        chosen, step, total = sample_tree(root, sample, max_lines)
        picked += [(prefix, root, p) for p in chosen]
        counts[f"{package}/{sub} (every {step}th of {total} .py with 1..{max_lines} lines)"] = len(chosen)
    root = REPO / "examples"
    files = sorted(root.rglob("*.py")) if root.is_dir() else []
    picked += [("examples", root, p) for p in files]
    counts["examples"] = len(files)
    out: list[Path] = []
    for prefix, root, p in picked:
        target = dest / flat_name(prefix, p.relative_to(root))
        shutil.copyfile(p, target)
        out.append(target)
    rng = random.Random(5)
    for i in range(sample):
        target = dest / f"generated__keras2_user_{i:03d}.py"
        target.write_text(keras2_module(rng, i), encoding="utf-8")
        out.append(target)
    counts["generated Keras-2-style user modules"] = sample
    return sorted(out), counts


def use_corpus_dir(corpus: Path, dest: Path) -> tuple[list[Path], dict[str, int]]:
    files = sorted(p for p in corpus.rglob("*.py"))
    out = []
    for p in files:
        target = dest / flat_name("corpus", p.relative_to(corpus))
        shutil.copyfile(p, target)
        out.append(target)
    return sorted(out), {str(corpus): len(out)}


def count_lines(files: list[Path]) -> int:
    total = 0
    for p in files:
        with open(p, "rb") as fh:
            total += sum(1 for _ in fh)
    return total


# --------------------------------------------------------------------------- running


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str], out_file: Path) -> dict:
    """Run ``cmd``; return wall seconds, peak RSS (MB) of it and its reaped descendants, rc."""
    with open(out_file, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped; keep Popen quiet
    return {"wall": wall, "rss_mb": usage.ru_maxrss / 1024.0, "rc": proc.returncode}


def msg_counts(text: str, pattern: re.Pattern) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


def versions() -> dict[str, str]:
    out = {}
    for dist in ("keras-lint", "pylint", "astroid", "flake8", "keras", "tensorflow", "tensorflow-cpu", "tf-keras", "torch"):
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = "-"
    return out


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {"nproc": str(os.cpu_count()), "memory": mem, "cpu": cpu,
            "python": f"{platform.python_version()} ({sys.executable})", "platform": platform.platform()}


# --------------------------------------------------------------------------- extra parts (5-8)

NOTF_VENV = Path(tempfile.gettempdir()) / "keras-lint-bench-notf"
# The same words as keras_lint.lint's pre-filter (_MENTIONS_A_FRAMEWORK); generated "plain" files
# must match none of them.
FRAMEWORK_WORDS = re.compile(r"\b(?:keras|tensorflow|tf_keras|torch)\b")
NOTF_PROBE = (
    "import json, importlib.util as u, importlib.metadata as m\n"
    "import keras_lint, pylint, astroid\n"
    "print(json.dumps({'frameworks': [n for n in ('tensorflow', 'keras', 'tf_keras', 'torch') if u.find_spec(n)],"
    " 'versions': {d: m.version(d) for d in ('keras-lint', 'pylint', 'astroid', 'flake8')}}))"
)
PART_NAMES = ("frontends", "notf", "cache", "prefilter", "memory")

# reads every .py under argv[1] (os.walk + open().read()); prints one JSON line with the loop time
READ_SCRIPT = textwrap.dedent(
    """\
    import json, os, sys, time
    t0 = time.perf_counter()
    files = chars = 0
    for root, _dirs, names in os.walk(sys.argv[1]):
        for name in names:
            if name.endswith(".py"):
                with open(os.path.join(root, name), encoding="utf-8") as fh:
                    chars += len(fh.read())
                files += 1
    print(json.dumps({"loop": time.perf_counter() - t0, "files": files, "chars": chars}))
    """
)


def src_hash() -> str:
    """Hash of what ``pip install <repo>`` installs, to tell whether the no-TF venv is stale."""
    h = hashlib.sha256()
    paths = [REPO / "pyproject.toml", REPO / "setup.cfg", REPO / "README.md", *(REPO / "src").rglob("*")]
    for p in sorted(paths):
        if p.is_file() and "__pycache__" not in p.parts and not any(x.endswith(".egg-info") for x in p.parts):
            h.update(str(p.relative_to(REPO)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def probe_python(py: Path, env: dict[str, str]) -> tuple[dict | None, str]:
    try:
        r = subprocess.run([str(py), "-c", NOTF_PROBE], env=env, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"{type(exc).__name__}: {exc}"
    if r.returncode != 0:
        return None, " | ".join(r.stderr.strip().splitlines()[-2:])
    try:
        return json.loads(r.stdout.strip().splitlines()[-1]), ""
    except (ValueError, IndexError):
        return None, f"unexpected probe output {r.stdout[-200:]!r}"


def tail(text: str, n: int = 3) -> str:
    return " | ".join(text.strip().splitlines()[-n:])


def ensure_notf_venv(work: Path, env: dict[str, str]) -> tuple[Path | None, dict | None, str]:
    """(python, probe, message): a venv with keras-lint and its dependencies but no frameworks.

    Created once at NOTF_VENV and reused while the installed keras-lint sources are unchanged
    (a marker file records their hash and the install time). pip installs from a copy of the
    repository (without .git, build/ and caches) so that the build leaves nothing in the checkout.
    """
    venv = NOTF_VENV
    py = venv / "bin" / "python"
    marker = venv / "keras-lint-bench.json"
    want = src_hash()
    why = "not present"
    if py.exists():
        info = None
        try:
            info = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            why = "no valid marker file"
        if info is not None:
            if info.get("src_hash") != want:
                why = "keras-lint sources changed since it was made"
            else:
                probe, err = probe_python(py, env)
                if probe is None:
                    why = f"probe failed: {err}"
                elif probe["frameworks"]:
                    why = f"frameworks importable in it: {probe['frameworks']}"
                else:
                    return py, probe, (f"reused {venv} (made {info.get('created')}; python -m venv + pip install took "
                                       f"{info.get('install_s', float('nan')):.1f}s then; keras-lint sources unchanged since)")
    print(f"  no-TF venv {venv}: {why}; (re)creating it", flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    src_copy = work / "keras-lint-src"
    shutil.copytree(REPO, src_copy, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".keras-lint-cache", ".pytest_cache", ".venv"))
    t0 = time.perf_counter()
    try:
        r = subprocess.run([PY, "-m", "venv", str(venv)], capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            return None, None, f"python -m venv failed (exit {r.returncode}): {tail(r.stderr or r.stdout)}"
        t_venv = time.perf_counter() - t0
        r = subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", str(src_copy)],
                           capture_output=True, text=True, timeout=900, env=env)
        if r.returncode != 0:
            shutil.rmtree(venv, ignore_errors=True)
            return None, None, f"pip install failed (exit {r.returncode}): {tail(r.stderr or r.stdout)}"
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(venv, ignore_errors=True)
        return None, None, f"{type(exc).__name__}: {exc}"
    install_s = time.perf_counter() - t0
    probe, err = probe_python(py, env)
    if probe is None:
        return None, None, f"venv made but keras-lint/pylint not importable in it: {err}"
    if probe["frameworks"]:
        return None, None, f"venv made but frameworks importable in it: {probe['frameworks']}"
    marker.write_text(json.dumps({"src_hash": want, "install_s": install_s,
                                  "created": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}), encoding="utf-8")
    return py, probe, (f"created {venv}: python -m venv {t_venv:.1f}s + pip install {install_s - t_venv:.1f}s"
                       f" = {install_s:.1f}s (once; reused by later runs while src/ is unchanged)")


def keras_lint_cmd() -> list[str]:
    exe = Path(PY).parent / "keras-lint"  # the console script next to this interpreter
    return [str(exe)] if exe.exists() else [PY, "-m", "keras_lint"]


# ---- generated trees (deterministic: random.Random with fixed seeds, no clock, no hash())

WORDS = ("order", "item", "price", "stock", "user", "record", "entry", "batch", "route", "shard", "token", "window",
         "parcel", "invoice", "ticket", "sensor", "reading", "sample", "bucket", "report", "ledger", "queue", "node")
UNITS = (8, 16, 32, 64, 128, 256)


def plain_module(rng: random.Random, i: int, imports: str = "") -> str:
    """About 50 lines of ordinary Python that mentions no framework."""
    a, b, c = rng.sample(WORDS, 3)
    A, B = a.capitalize(), b.capitalize()
    k = rng.randint(2, 9)
    kind = rng.randrange(3)
    head = f'"""Helpers for {a} and {b} handling (module {i})."""\nfrom __future__ import annotations\n\n' \
           f"import dataclasses\nimport json\nimport re\nfrom collections import defaultdict\n{imports}\n"
    body = f"""
_PATTERN = re.compile(r"^{a}-(\\d+)$")
LIMIT = {rng.randint(10, 999)}


@dataclasses.dataclass
class {A}:
    name: str
    count: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)

    def weight(self) -> float:
        return self.count * {k} / max(1, len(self.tags))

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), sort_keys=True)


def helper(value):
    \"\"\"Scale a value the way the {c} code expects.\"\"\"
    return value * {k}


def parse_{a}(text: str) -> int | None:
    match = _PATTERN.match(text.strip())
    return int(match.group(1)) if match else None


def group_{b}s(items: list[{A}]) -> dict[str, list[{A}]]:
    groups: dict[str, list[{A}]] = defaultdict(list)
    for item in items:
        for tag in item.tags or ["untagged"]:
            groups[tag].append(item)
    return dict(groups)
"""
    tail_part = (
        f"""

class {B}Store:
    def __init__(self) -> None:
        self._rows: dict[str, {A}] = {{}}

    def add(self, row: {A}) -> None:
        if len(self._rows) >= LIMIT:
            raise ValueError("store is full")
        self._rows[row.name] = row

    def heaviest(self) -> {A} | None:
        return max(self._rows.values(), key=lambda r: r.weight(), default=None)
""" if kind == 0 else f"""

def summarise(items: list[{A}]) -> str:
    total = sum(item.count for item in items)
    lines = [f"{{item.name}}: {{item.count}}" for item in sorted(items, key=lambda r: r.name)]
    lines.append(f"total: {{total}}")
    return "\\n".join(lines)


def load(text: str) -> list[{A}]:
    return [{A}(**row) for row in json.loads(text)]
""" if kind == 1 else f"""

def window(values: list[int], size: int = {k}) -> list[float]:
    out = []
    for start in range(0, max(0, len(values) - size + 1)):
        chunk = values[start:start + size]
        out.append(sum(chunk) / size)
    return out


if __name__ == "__main__":
    print(window(list(range(LIMIT))))
""")
    return head + body + tail_part


def keras_module(rng: random.Random, i: int, imports: str = "", misuse: int = 0) -> str:
    """A Keras/TF-style module: a Layer subclass, an Input/Dense chain, helpers; ``misuse`` adds
    1: is_keras_tensor on a tf.constant (KL101), 2: isinstance(x, torch.Tensor) (KL102),
    3: a TF1 placeholder fed to a layer (KL201, KL101)."""
    n1, n2, n3 = (rng.choice(UNITS) for _ in range(3))
    d = rng.randint(4, 64)
    k = rng.randint(2, 9)
    a = rng.choice(WORDS)
    extra_imports = {0: "", 1: "from keras import backend as K\n", 2: "import torch\n",
                     3: "import tensorflow.compat.v1 as tf1\nfrom keras import backend as K\n"}[misuse]
    misuse_code = {
        0: """

def is_symbolic(x):
    return keras.backend.is_keras_tensor(x)
""",
        1: f"""

def describe_{a}(batch):
    t = tf.constant(batch)
    if K.is_keras_tensor(t):
        return "symbolic"
    return "eager"
""",
        2: f"""

def to_numpy_{a}(x):
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy()
    return keras.ops.convert_to_numpy(x)
""",
        3: f"""

def legacy_graph_{a}():
    x_ph = tf1.placeholder(tf1.float32, shape=(None, {d}))
    print(K.is_keras_tensor(x_ph))
    return layers.Dense({n1})(x_ph)
""",
    }[misuse]
    return f'''"""Model block {i}: {a} features."""
import numpy as np
import keras
from keras import layers
import tensorflow as tf
{extra_imports}{imports}
UNITS = {n1}


def helper(x):
    return x * {k}


class Block{i}(keras.layers.Layer):
    def __init__(self, units=UNITS, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.scale = {k}

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform")
        self.b = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.w) * self.scale + self.b


def build_model(input_dim={d}):
    inputs = keras.Input(shape=(input_dim,))
    x = layers.Dense({n2}, activation="relu")(inputs)
    x = layers.Dense({n3}, activation="relu")(x)
    x = Block{i}({n1})(x)
    outputs = layers.Dense(1)(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="mse")
    return model


def make_dataset(n={d * 8}):
    features = np.random.default_rng({i}).normal(size=(n, {d})).astype("float32")
    labels = features.sum(axis=1, keepdims=True)
    return tf.data.Dataset.from_tensor_slices((features, labels)).batch({k * 4})


def train(epochs=2):
    model = build_model()
    history = model.fit(make_dataset(), epochs=epochs, verbose=0)
    return model, history.history["loss"][-1]
{misuse_code}'''


def keras2_module(rng: random.Random, i: int) -> str:
    """Keras-2-era user code as it is still found: a custom layer on ``keras.backend``, TF1 graph
    code, a PyTorch port. Every other module is clean modern code, so about half carry findings."""
    a = rng.choice(WORDS)
    d = rng.randint(4, 64)
    n = rng.choice(UNITS)
    if i % 2:
        return keras_module(rng, i)
    return f'''"""Legacy {a} model {i}, written for Keras 2 / TF 1."""
import numpy as np
import tensorflow as tf
from keras import backend as K
from keras.engine.topology import Layer
from keras.layers import Dense, Input
from keras.models import Model


class Scale{i}(Layer):
    def __init__(self, units={n}, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = K.variable(np.ones((input_shape[-1], self.units)), name="kernel")
        self.bias = K.zeros((self.units,))
        super().build(input_shape)

    def call(self, x):
        norm = K.sqrt(K.sum(K.square(x), axis=-1, keepdims=True))
        out = K.dot(x / norm, self.kernel) + self.bias
        return K.in_train_phase(K.dropout(out, 0.1), out)


def build_{a}(dim={d}):
    inputs = Input(shape=(dim,))
    hidden = Dense({n}, activation="relu")(inputs)
    outputs = Scale{i}()(hidden)
    best = K.argmax(outputs)
    return Model(inputs, outputs), best


def graph_{a}(batch):
    x = tf.placeholder(tf.float32, shape=(None, {d}))
    y = tf.layers.dense(x, {n})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        return sess.run(y, feed_dict={{x: batch}})


def predict_fn(model):
    return K.function([model.input, K.learning_phase()], [model.output])
'''


def gen_plain_tree(dest: Path, n: int) -> int:
    """``n`` plain modules (flat, ~50 lines each). Returns the total line count."""
    rng = random.Random(20261129)
    dest.mkdir(parents=True)
    lines = 0
    for i in range(n):
        text = plain_module(rng, i)
        assert not FRAMEWORK_WORDS.search(text), "generated plain file mentions a framework"
        (dest / f"plain_{i:05d}.py").write_text(text, encoding="utf-8")
        lines += text.count("\n")
    return lines


def gen_memory_tree(dest: Path, n: int) -> dict[str, int]:
    """``n`` .py files in packages of 100 (``__init__.py`` + 99 modules); 60 % Keras/TF-style
    (every 5th module in a row of 5 is keras for 3 of them), 40 % plain; sibling imports, relative
    and absolute; one Keras module in 4 carries a misuse (KL101 / KL102 / KL201 in turn)."""
    rng = random.Random(5000)
    dest.mkdir(parents=True)
    stats = {"files": 0, "keras": 0, "plain": 0, "init": 0, "misuse": 0, "lines": 0}
    made = 0
    pkg = 0
    while made < n:
        pdir = dest / f"pkg_{pkg:03d}"
        pdir.mkdir()
        (pdir / "__init__.py").write_text(f'"""Package {pkg}."""\nfrom .mod_00 import helper\n', encoding="utf-8")
        made += 1
        stats["init"] += 1
        m = 0
        while m < 99 and made < n:
            imports = ""
            if m >= 1:
                imports += f"from . import mod_{m - 1:02d}\n"
            if m >= 2 and m % 3 == 0:
                imports += f"from pkg_{pkg:03d}.mod_{m - 2:02d} import helper as helper_{m - 2}\n"
            if pkg >= 1 and m % 10 == 5:
                imports += f"from pkg_{pkg - 1:03d} import mod_{m:02d} as previous\n"
            global_i = pkg * 100 + m
            if m % 5 < 3:
                keras_index = stats["keras"]
                misuse = (keras_index // 4) % 3 + 1 if keras_index % 4 == 3 else 0
                text = keras_module(rng, global_i, imports, misuse)
                stats["keras"] += 1
                stats["misuse"] += bool(misuse)
            else:
                text = plain_module(rng, global_i, imports)
                stats["plain"] += 1
            (pdir / f"mod_{m:02d}.py").write_text(text, encoding="utf-8")
            stats["lines"] += text.count("\n")
            made += 1
            m += 1
        pkg += 1
    stats["files"] = made
    stats["packages"] = pkg
    return stats


def bench_frontends(files: list[Path], names: list[str], corpus: Path, work: Path, env: dict[str, str],
                    list_file: Path, wrapper: Path, engine_script: Path, rcfile: Path, reps: int) -> dict:
    """Parts 1-4: pylint, flake8, engine vs astroid.parse, peak RSS (the original benchmark)."""
    # -- flake8 probe: does --select=E,F,W keep the plugin from running? (not timed)
    probe_files = [str(p) for p in files[:5]]
    probe = {}
    for mode, select in (("plugin", FLAKE8_SELECT), ("plugin", FLAKE8_SELECT + ",KL"), ("alone", FLAKE8_SELECT + ",KL")):
        log = work / f"probe-{mode}-{select}.log"
        penv = dict(env, KL_BENCH_PROBE=str(log))
        subprocess.run([PY, str(wrapper), mode, "--isolated", "-j1", f"--select={select}", *probe_files],
                       cwd=corpus, env=penv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        probe[(mode, select)] = len(log.read_text().splitlines()) if log.exists() else 0
    print("\nflake8 probe on the first 5 corpus files (files the keras-lint plugin ran on):")
    print(f"  plugin installed, --select={FLAKE8_SELECT}:    {probe[('plugin', FLAKE8_SELECT)]}/5"
          + ("   <- --select does NOT stop the plugin from running" if probe[('plugin', FLAKE8_SELECT)] else ""))
    print(f"  plugin installed, --select={FLAKE8_SELECT},KL: {probe[('plugin', FLAKE8_SELECT + ',KL')]}/5")
    print(f"  wrapper hides the plugin ('alone'):  {probe[('alone', FLAKE8_SELECT + ',KL')]}/5")

    pylint_base = [PY, "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n", "--score=n", "--reports=n",
                   "--disable=all", "--msg-template={path}:{line}:{column}: {msg_id} {symbol}"]
    flake8_base = [PY, str(wrapper)]
    cases = [
        # key, label, command
        ("pylint", f"pylint --enable={PYLINT_CHECKS}",
         pylint_base + [f"--enable={PYLINT_CHECKS}", *names]),
        ("pylint+kl", f"pylint --enable={PYLINT_CHECKS},keras-lint --load-plugins=keras_lint",
         pylint_base + ["--load-plugins=keras_lint", f"--enable={PYLINT_CHECKS},keras-lint", *names]),
        ("flake8", f"flake8 --select={FLAKE8_SELECT} (plugin hidden)",
         flake8_base + ["alone", "--isolated", f"--select={FLAKE8_SELECT}", *names]),
        ("flake8+kl", f"flake8 --select={FLAKE8_SELECT},KL",
         flake8_base + ["plugin", "--isolated", f"--select={FLAKE8_SELECT},KL", *names]),
        ("flake8-installed", f"flake8 --select={FLAKE8_SELECT} (plugin installed; 1 run)",
         flake8_base + ["plugin", "--isolated", f"--select={FLAKE8_SELECT}", *names]),
        ("parse", "astroid.parse of each file (1 process)",
         [PY, str(engine_script), "parse", str(list_file)]),
        ("engine", "lint_source of each file (1 process)",
         [PY, str(engine_script), "engine", str(list_file)]),
    ]
    ONCE = {"flake8-installed"}  # informational only: measured in the first repetition
    # Each compared pair is timed in its own group, its two commands alternating (so drift hits
    # both alike), after one untimed run of each, and the short flake8 and engine runs before
    # any pylint run. Not one rotation over all cases: a pylint run with TensorFlow installed
    # (~30 s, ~400 MB of astroid trees) slows what runs for a while after it, and in a rotation
    # that was always "flake8 alone" (0.50 s there, 0.47 s in a group of its own), which
    # flattered the flake8 ratio by ~0.08; timed right after the pylint group, flake8 alone
    # drifted from 0.55 to 0.66 s over three runs (ratio printed: 1.33x).
    groups = [("flake8", "flake8+kl", "flake8-installed"), ("parse", "engine"), ("pylint", "pylint+kl")]
    # flake8's sub-second runs are cheap and spread widely (±15 % run to run on this VM): at
    # least FAST_REPS of them; --reps sets the others' (pylint ~30 s, the parse loop ~9 s)
    group_reps = {group: (max(reps, FAST_REPS) if group[0] == "flake8" else reps) for group in groups}
    by_key = {key: cmd for key, _label, cmd in cases}
    results: dict[str, list[dict]] = {k: [] for k, _l, _c in cases}
    outputs: dict[str, str] = {}
    t_start = time.perf_counter()
    for group in groups:
        for key in group if group[0] != "pylint" else ():  # warm-up, not timed (pylint's ~30 s runs need none)
            run_measured(by_key[key], corpus, env, work / f"warmup-{key}.txt")
        for rep in range(group_reps[group]):
            for key in group:
                if key in ONCE and rep > 0:
                    continue
                out_file = work / f"out-{key}.txt"
                r = run_measured(by_key[key], corpus, env, out_file)
                text = out_file.read_text(encoding="utf-8", errors="replace")
                if key in ("parse", "engine"):
                    try:
                        r.update(json.loads(text.strip().splitlines()[-1]))
                    except (ValueError, IndexError):
                        r["loop"] = float("nan")
                outputs[key] = text
                results[key].append(r)
        print(f"  {' / '.join(group)}: {group_reps[group]} rep(s) done ({time.perf_counter() - t_start:.0f}s elapsed)", flush=True)

    # -- sanity checks on the last repetition's output
    problems = []
    for key, rs in results.items():
        rc = rs[-1]["rc"]
        bad = (rc & 1 or rc & 32) if key.startswith("pylint") else (rc not in (0, 1))
        if bad:
            tail = outputs[key].strip().splitlines()[-3:]
            problems.append(f"{key}: exit code {rc}: {' | '.join(tail)}")
    pyl_re = re.compile(r"^\S+:\d+:\d+: ([A-Z]\d{4}) ", re.M)
    f8_re = re.compile(r"^\S+:\d+:\d+: ([A-Z]+\d+) ", re.M)
    kl_ids = set()
    try:
        kl_ids = set(subprocess.run(
            [PY, "-c", "from keras_lint.catalogue import ALL_RULES; print(' '.join(r.msgid for r in ALL_RULES))"],
            env=env, capture_output=True, text=True, check=True).stdout.split())
    except (subprocess.CalledProcessError, OSError):
        pass
    p_alone = msg_counts(outputs["pylint"], pyl_re)
    p_plug = msg_counts(outputs["pylint+kl"], pyl_re)
    p_plug_own = {k: v for k, v in p_plug.items() if k not in kl_ids}
    p_plug_kl = {k: v for k, v in p_plug.items() if k in kl_ids}
    f_alone = msg_counts(outputs["flake8"], f8_re)
    f_plug = msg_counts(outputs["flake8+kl"], f8_re)
    f_plug_own = {k: v for k, v in f_plug.items() if not k.startswith("KL")}
    f_plug_kl = {k: v for k, v in f_plug.items() if k.startswith("KL")}

    # -- table
    def med(key: str, field: str = "wall") -> float:
        return statistics.median(r[field] for r in results[key])

    def rss(key: str) -> float:
        return max(r["rss_mb"] for r in results[key])

    rows = []
    width = max(len(label) for _k, label, _c in cases)
    print(f"\nresults: median of {max(reps, FAST_REPS)} run(s) for flake8, {reps} for the others (unless marked); wall = whole subprocess incl. interpreter start-up;"
          " RSS = peak over the runs")
    print(f"  {'measurement':{width}}  {'wall s':>7}  {'loop s':>7}  {'peak RSS MB':>11}  runs (s)")
    for key, label, _c in cases:
        loop = f"{med(key, 'loop'):7.2f}" if key in ("parse", "engine") else f"{'':7}"
        runs = " ".join(f"{r['wall']:.2f}" for r in results[key])
        print(f"  {label:{width}}  {med(key):7.2f}  {loop}  {rss(key):11.0f}  {runs}")

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    r_pylint = med("pylint+kl") / med("pylint")
    r_flake8 = med("flake8+kl") / med("flake8")
    r_flake8_inst = med("flake8-installed") / med("flake8")
    r_engine = med("engine", "loop") / med("parse", "loop")
    engine_only = med("engine", "loop") - med("parse", "loop")
    r_engine_only = engine_only / med("parse", "loop")
    rows = [
        ("pylint + keras-lint / pylint alone", r_pylint, "<= 1.05x", verdict(r_pylint <= 1.05)),
        ("flake8 + keras-lint / flake8 alone", r_flake8, "<= 1.5x", verdict(r_flake8 <= 1.5)),
        ("lint_source / astroid.parse (loop time)", r_engine, "<= 1.0x", verdict(r_engine <= 1.0)),
        ("  informational: flake8 E,F,W plugin installed / alone", r_flake8_inst, "-", "-"),
        ("  informational: (lint_source - parse) / parse", r_engine_only, "-", "-"),
    ]
    print("\ntargets (from the issue)")
    lw = max(len(r[0]) for r in rows)
    print(f"  {'ratio':{lw}}  {'value':>7}  {'target':8}  verdict")
    for name, val, target, v in rows:
        print(f"  {name:{lw}}  {val:6.2f}x  {target:8}  {v}")
    if r_engine_only < 0:
        print("  (negative: bare astroid.parse is the slower one. Building a module infers its\n"
              "   `self.x = ...` assignments, and unguarded that builds tensorflow/keras/torch sources;\n"
              "   lint_source builds under keras-lint's import guard, so it skips that work)")
    print(f"  (seconds: pylint {med('pylint'):.2f} -> {med('pylint+kl'):.2f}, +{med('pylint+kl') - med('pylint'):.2f};"
          f" flake8 {med('flake8'):.2f} -> {med('flake8+kl'):.2f}, +{med('flake8+kl') - med('flake8'):.2f};"
          f" parse loop {med('parse', 'loop'):.2f}, lint_source loop {med('engine', 'loop'):.2f})")

    print("\nchecks (last repetition)")
    same_pylint = p_alone == p_plug_own
    print(f"  pylint's own messages identical with and without the plugin: {'yes' if same_pylint else 'NO'}"
          f" ({sum(p_alone.values())} vs {sum(p_plug_own.values())}); keras-lint messages: "
          f"{sum(p_plug_kl.values())} {dict(sorted(p_plug_kl.items()))}")
    if not same_pylint:
        diff = {k: (p_alone.get(k, 0), p_plug_own.get(k, 0)) for k in sorted(set(p_alone) | set(p_plug_own))
                if p_alone.get(k, 0) != p_plug_own.get(k, 0)}
        print(f"    differing ids (alone, with plugin): {diff}")
    same_f8 = f_alone == f_plug_own
    print(f"  flake8's own codes identical with and without the plugin: {'yes' if same_f8 else 'NO'}"
          f" ({sum(f_alone.values())} vs {sum(f_plug_own.values())}); KL codes: "
          f"{sum(f_plug_kl.values())} {dict(sorted(f_plug_kl.items()))}")
    eng = results["engine"][-1]
    print(f"  lint_source: {eng.get('findings', '?')} findings, {eng.get('errors', '?')} unparsable files;"
          f" astroid.parse: {results['parse'][-1].get('errors', '?')} unparsable files")
    for p in problems:
        print(f"  WARNING {p}")
    print(f"  (front-end part took {time.perf_counter() - t_start:.0f}s)")
    return {"rows": rows, "parse_loop": med("parse", "loop"), "parse_runs": [r["loop"] for r in results["parse"]],
            "pylint": (med("pylint"), med("pylint+kl"), r_pylint)}


# --------------------------------------------------------------------------- parts 5-8


def med_of(rs: list[dict], field: str = "wall") -> float:
    return statistics.median(r[field] for r in rs)


def runs_str(rs: list[dict], field: str = "wall", digits: int = 2) -> str:
    return " ".join(f"{r[field]:.{digits}f}" for r in rs)


def json_findings(path: Path) -> int | None:
    try:
        return len(json.loads(path.read_text(encoding="utf-8"))["findings"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def bench_startup(work: Path, env: dict[str, str], reps: int) -> dict[str, list[dict]]:
    """Interpreter start-up (``python -c pass``) and keras-lint's (``keras-lint --version``)."""
    out: dict[str, list[dict]] = {"python": [], "kl": []}
    for rep in range(max(reps, 3)):
        out["python"].append(run_measured([PY, "-c", "pass"], work, env, work / "out-startup.txt"))
        out["kl"].append(run_measured(keras_lint_cmd() + ["--version"], work, env, work / "out-startup.txt"))
    return out


def bench_notf(files: list[Path], names: list[str], corpus: Path, work: Path, env: dict[str, str], rcfile: Path,
               reps: int) -> dict:
    """Part 5: the pylint pair in a venv without tensorflow / keras / torch."""
    print("\n[5] pylint alone vs pylint + keras-lint WITHOUT the frameworks installed")
    py, probe, msg = ensure_notf_venv(work, env)
    print(f"  {msg}")
    if py is None:
        print("  -> SKIPPED")
        return {"skipped": msg}
    print(f"  venv packages: {', '.join(f'{k} {v}' for k, v in probe['versions'].items())};"
          " tensorflow/keras/tf_keras/torch importable: none")
    nenv = dict(env, PYLINTHOME=str(work / "pylinthome-notf"))
    precompile(nenv, py)
    base = [str(py), "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n", "--score=n", "--reports=n",
            "--disable=all", "--msg-template={path}:{line}:{column}: {msg_id} {symbol}"]
    cases = [("alone", base + [f"--enable={PYLINT_CHECKS}", *names]),
             ("kl", base + ["--load-plugins=keras_lint", f"--enable={PYLINT_CHECKS},keras-lint", *names])]
    res: dict[str, list[dict]] = {k: [] for k, _ in cases}
    texts = {}
    for _rep in range(reps):
        for key, cmd in cases:
            out = work / f"out-notf-{key}.txt"
            res[key].append(run_measured(cmd, corpus, nenv, out))
            texts[key] = out.read_text(encoding="utf-8", errors="replace")
    pyl_re = re.compile(r"^\S+:\d+:\d+: ([A-Z]\d{4}) ", re.M)
    alone, plug = msg_counts(texts["alone"], pyl_re), msg_counts(texts["kl"], pyl_re)
    kl = {k: v for k, v in plug.items() if k[1:2] == "7"}  # keras-lint's msgids are <C>7<family><nn>
    own = {k: v for k, v in plug.items() if k not in kl}
    for key, label in (("alone", f"pylint --enable={PYLINT_CHECKS} (no TF)"),
                       ("kl", f"pylint --enable={PYLINT_CHECKS},keras-lint --load-plugins=keras_lint (no TF)")):
        print(f"  {label:62} {med_of(res[key]):7.2f} s  peak RSS {max(r['rss_mb'] for r in res[key]):5.0f} MB"
              f"  runs {runs_str(res[key])}")
    print(f"  pylint's own messages identical with and without the plugin: {'yes' if alone == own else 'NO'}"
          f" ({sum(alone.values())} vs {sum(own.values())}); keras-lint messages: {sum(kl.values())} {dict(sorted(kl.items()))}")
    for key in res:
        rc = res[key][-1]["rc"]
        if rc & 1 or rc & 32:
            print(f"  WARNING pylint ({key}) exit code {rc}: {tail(texts[key])}")
    return {"alone": med_of(res["alone"]), "kl": med_of(res["kl"]), "ratio": med_of(res["kl"]) / med_of(res["alone"])}


def bench_cache(corpus: Path, work: Path, env: dict[str, str], reps: int, startup: dict, parse_loop: float | None,
                list_file: Path, engine_script: Path) -> dict:
    """Part 6: ``keras-lint check`` cold / warm cache, and --no-cache against the astroid.parse loop."""
    print("\n[6] keras-lint check on the corpus: cold cache, warm cache, --no-cache (all -j 1, --format json -o FILE)")
    kl = keras_lint_cmd()
    res: dict[str, list[dict]] = {"cold": [], "warm": [], "nocache": []}
    found: dict[str, int | None] = {}
    for rep in range(reps):
        cache = work / f"kl-cache-{rep}"  # fresh and empty: the cold run fills it, the warm run reads it
        for key, extra in (("cold", ["--cache-dir", str(cache)]), ("warm", ["--cache-dir", str(cache)]),
                           ("nocache", ["--no-cache"])):
            report = work / f"check-{key}.json"
            r = run_measured(kl + ["check", "-j", "1", *extra, "--format", "json", "-o", str(report), "."],
                             corpus, env, work / f"out-check-{key}.txt")
            if r["rc"] not in (0, 1):
                print(f"  WARNING keras-lint check ({key}) exit code {r['rc']}: "
                      f"{tail((work / f'out-check-{key}.txt').read_text(errors='replace'))}")
            res[key].append(r)
            found[key] = json_findings(report)
        cached = sum(1 for _ in cache.rglob("*.json")) if cache.is_dir() else 0
    if parse_loop is None:  # the front-end part was not run: measure the parse loop here
        runs = []
        for _rep in range(reps):
            r = run_measured([PY, str(engine_script), "parse", str(list_file)], corpus, env, work / "out-parse.txt")
            try:
                runs.append(json.loads((work / "out-parse.txt").read_text().strip().splitlines()[-1])["loop"])
            except (ValueError, IndexError, KeyError):
                pass
        parse_loop = statistics.median(runs) if runs else float("nan")
    py0, kl0 = med_of(startup["python"]), med_of(startup["kl"])
    for key, label in (("cold", "check, fresh --cache-dir (cold)"), ("warm", "check, same --cache-dir again (warm)"),
                       ("nocache", "check --no-cache")):
        print(f"  {label:40} {med_of(res[key]):6.2f} s  peak RSS {max(r['rss_mb'] for r in res[key]):5.0f} MB"
              f"  runs {runs_str(res[key])}  findings {found[key]}")
    print(f"  start-up: python -c pass {py0:.3f} s, keras-lint --version {kl0:.3f} s (median of {len(startup['kl'])});"
          f" cache entries after a cold run: {cached}")
    same = len({found['cold'], found['warm'], found['nocache']}) == 1
    print(f"  findings identical cold / warm / --no-cache: {'yes' if same else 'NO'}")
    cold, warm, nocache = med_of(res["cold"]), med_of(res["warm"]), med_of(res["nocache"])
    print(f"  warm / cold = {warm:.2f} / {cold:.2f} = {warm / cold:.3f} (whole wall time, start-up included);"
          f" without keras-lint's start-up: ({warm:.2f} - {kl0:.2f}) / ({cold:.2f} - {kl0:.2f})"
          f" = {(warm - kl0) / max(1e-9, cold - kl0):.3f}")
    print(f"  --no-cache vs astroid.parse: check wall {nocache:.2f} s - python start-up {py0:.2f} s = {nocache - py0:.2f} s,"
          f" against the in-process astroid.parse loop over the same {len(list_file.read_text().split())} files"
          f" {parse_loop:.2f} s (median; measured in this environment, where an unguarded parse also builds the"
          " installed framework sources it infers into)")
    return {"warm_cold": warm / cold, "warm_cold_net": (warm - kl0) / max(1e-9, cold - kl0),
            "check_vs_parse": (nocache - py0) / parse_loop, "check_net": nocache - py0, "parse_loop": parse_loop}


def bench_cache_tree(tree: Path, work: Path, env: dict[str, str], reps: int, startup: dict) -> dict:
    """Part 6b: the cache on a real package tree (the installed keras/src), where a cold run does
    seconds of work and start-up is a small part of it."""
    n = sum(1 for _ in tree.rglob("*.py"))
    print(f"\n[6b] keras-lint check on a real tree, {tree} ({n} .py files, read in place): cold cache, then warm (-j 1)")
    kl = keras_lint_cmd()
    res: dict[str, list[dict]] = {"cold": [], "warm": []}
    found: dict[str, int | None] = {}
    for rep in range(reps):
        cache = work / f"kl-tree-cache-{rep}"
        for key in ("cold", "warm"):
            report = work / f"tree-{key}.json"
            r = run_measured(kl + ["check", "-j", "1", "--cache-dir", str(cache), "--format", "json", "-o", str(report),
                                   str(tree)], work, env, work / f"out-tree-{key}.txt")
            if r["rc"] not in (0, 1):
                print(f"  WARNING keras-lint check ({key}) exit code {r['rc']}: "
                      f"{tail((work / f'out-tree-{key}.txt').read_text(errors='replace'))}")
            res[key].append(r)
            found[key] = json_findings(report)
        shutil.rmtree(cache, ignore_errors=True)
    kl0 = med_of(startup["kl"])
    for key, label in (("cold", "check, fresh --cache-dir (cold)"), ("warm", "check, same --cache-dir again (warm)")):
        print(f"  {label:40} {med_of(res[key]):6.2f} s  peak RSS {max(r['rss_mb'] for r in res[key]):5.0f} MB"
              f"  runs {runs_str(res[key])}  findings {found[key]}")
    cold, warm = med_of(res["cold"]), med_of(res["warm"])
    print(f"  findings identical cold / warm: {'yes' if found['cold'] == found['warm'] else 'NO'}")
    print(f"  warm / cold = {warm:.2f} / {cold:.2f} = {warm / cold:.3f}; per file: cold {1000 * cold / n:.1f} ms,"
          f" warm {1000 * (warm - kl0) / n:.2f} ms beyond keras-lint's start-up ({kl0:.2f} s)")
    return {"warm_cold": warm / cold, "files": n}


def bench_prefilter(work: Path, env: dict[str, str], n: int, reps: int, startup: dict) -> dict:
    """Part 7: files that mention no framework: check should cost about as much as reading them."""
    print(f"\n[7] pre-filter: {n} generated plain modules (no keras/tensorflow/tf_keras/torch anywhere)")
    tree = work / "plain"
    lines = gen_plain_tree(tree, n)
    read_script = work / "read_script.py"
    read_script.write_text(READ_SCRIPT, encoding="utf-8")
    res: dict[str, list[dict]] = {"read": [], "check": []}
    report = work / "check-plain.json"
    for _rep in range(reps):
        r = run_measured([PY, str(read_script), str(tree)], work, env, work / "out-read.txt")
        try:
            r.update(json.loads((work / "out-read.txt").read_text().strip().splitlines()[-1]))
        except (ValueError, IndexError):
            r["loop"] = float("nan")
        res["read"].append(r)
        cmd = keras_lint_cmd() + ["check", "--no-cache", "-j", "1", "--format", "json", "-o", str(report), str(tree)]
        r = run_measured(cmd, work, env, work / "out-check-plain.txt")
        if r["rc"] not in (0, 1):
            print(f"  WARNING keras-lint check exit code {r['rc']}: {tail((work / 'out-check-plain.txt').read_text(errors='replace'))}")
        res["check"].append(r)
    kl0 = med_of(startup["kl"])
    read_loop = med_of(res["read"], "loop")
    check = med_of(res["check"])
    net = check - kl0
    allowed = 1.5 * read_loop + 0.05
    print(f"  {n} files, {lines} lines; findings: {json_findings(report)}")
    print(f"  read loop (os.walk + open().read(), in-process) {read_loop:.3f} s (process wall {med_of(res['read']):.2f} s)"
          f"  runs {runs_str(res['read'], 'loop', 3)}")
    print(f"  keras-lint check --no-cache -j 1 {check:.2f} s wall, peak RSS {max(r['rss_mb'] for r in res['check']):.0f} MB"
          f"  runs {runs_str(res['check'])}")
    print(f"  check - keras-lint start-up ({kl0:.2f} s) = {net:.3f} s = {1000 * net / n:.3f} ms/file;"
          f" reading: {1000 * read_loop / n:.3f} ms/file; difference {1000 * (net - read_loop) / n:+.3f} ms/file")
    print(f"  tolerance: PASS if (check - start-up) <= 1.5 x read loop + 0.05 s = {allowed:.3f} s"
          " (the check walks the tree, honours .gitignore, renders JSON; the read loop only walks and reads)")
    return {"net": net, "read": read_loop, "allowed": allowed, "ratio": net / read_loop if read_loop else float("nan")}


def bench_memory(work: Path, env: dict[str, str], n: int) -> dict:
    """Part 8: peak RSS of one --no-cache -j 1 check over a generated n-file package tree."""
    print(f"\n[8] memory: keras-lint check --no-cache -j 1 --format json -o FILE on a generated {n}-file tree (1 run)")
    tree = work / "tree"
    t0 = time.perf_counter()
    stats = gen_memory_tree(tree, n)
    print(f"  tree: {stats['files']} files, {stats['lines']} lines in {stats['packages']} packages ({stats['init']} __init__.py,"
          f" {stats['keras']} Keras/TF-style modules of which {stats['misuse']} with a misuse, {stats['plain']} plain);"
          f" generated in {time.perf_counter() - t0:.1f}s")
    report = work / "check-tree.json"
    cmd = keras_lint_cmd() + ["check", "--no-cache", "-j", "1", "--format", "json", "-o", str(report), str(tree)]
    r = run_measured(cmd, work, env, work / "out-check-tree.txt")
    if r["rc"] not in (0, 1):
        print(f"  WARNING keras-lint check exit code {r['rc']}: {tail((work / 'out-check-tree.txt').read_text(errors='replace'))}")
    found = None
    by_code: dict[str, int] = {}
    try:
        doc = json.loads(report.read_text(encoding="utf-8"))
        found = len(doc["findings"])
        for f in doc["findings"]:
            by_code[f.get("code", "?")] = by_code.get(f.get("code", "?"), 0) + 1
    except (OSError, ValueError, KeyError, TypeError):
        pass
    print(f"  wall {r['wall']:.1f} s ({1000 * r['wall'] / max(1, stats['files']):.1f} ms/file), peak RSS {r['rss_mb']:.0f} MB,"
          f" exit code {r['rc']}, findings {found} {dict(sorted(by_code.items()))}")
    return {"rss": r["rss_mb"], "wall": r["wall"], "findings": found, "files": stats["files"]}


def precompile(env: dict[str, str], py: str = PY) -> None:
    """Compile keras-lint's modules (wherever this Python imports them from) and the installed
    front ends into the private byte-code cache, untimed."""
    code = ("import compileall, importlib.util, os\n"
            "for name in ('keras_lint', 'astroid', 'pylint', 'flake8', 'pycodestyle', 'pyflakes', 'libcst', 'pathspec'):\n"
            "    spec = importlib.util.find_spec(name)\n"
            "    if spec and spec.submodule_search_locations:\n"
            "        for loc in spec.submodule_search_locations:\n"
            "            compileall.compile_dir(loc, quiet=2)\n"
            "    elif spec and spec.origin:\n"
            "        compileall.compile_file(spec.origin, quiet=2)\n")
    t0 = time.perf_counter()
    subprocess.run([str(py), "-c", code], env=env, check=False, capture_output=True)
    print(f"\nbyte-code compiled into the private cache $PYTHONPYCACHEPREFIX ({time.perf_counter() - t0:.1f}s, untimed)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3,
                    help=f"repetitions per measurement (median is reported); flake8's sub-second runs: max(N, {FAST_REPS})")
    ap.add_argument("--corpus", type=Path, help="lint the .py files under DIR instead of the default corpus")
    ap.add_argument("--sample", type=int, default=SAMPLE,
                    help=f"files from keras/src, from tensorflow/python and generated, each, in the default corpus (default {SAMPLE})")
    ap.add_argument("--max-lines", type=int, default=MAX_LINES,
                    help=f"skip keras/src files longer than this (default {MAX_LINES})")
    ap.add_argument("--no-venv", action="store_true",
                    help=f"skip part 5 (pylint pair in a venv without the frameworks, {NOTF_VENV})")
    ap.add_argument("--prefilter-files", type=int, default=1000, help="plain files for part 7 (default 1000)")
    ap.add_argument("--memory-files", type=int, default=5000, help="files in part 8's generated tree (default 5000)")
    ap.add_argument("--only", default=",".join(PART_NAMES),
                    help=f"comma-separated parts to run (default all: {','.join(PART_NAMES)}); for quick trials")
    args = ap.parse_args()
    reps = max(1, args.reps)
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    if args.no_venv:
        parts.discard("notf")
    t_total = time.perf_counter()

    print("keras-lint benchmark")
    for k, v in machine().items():
        print(f"  {k:9} {v}")
    vers = versions()
    print("  packages  " + ", ".join(f"{k} {v}" for k, v in vers.items()))
    tf_installed = importlib.util.find_spec("tensorflow") is not None  # find_spec: no import
    print(f"  tensorflow importable in this environment: {'yes' if tf_installed else 'no'} (find_spec, not imported)")
    print(f"  KERAS_BACKEND={os.environ.get('KERAS_BACKEND', '(unset)')}")
    try:
        print(f"  load average at start: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    except OSError:
        pass

    # every target: (name, value text, target text, verdict)
    summary: list[tuple[str, str, str, str]] = []
    work = Path(tempfile.mkdtemp(prefix="keras-lint-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        if args.corpus:
            files, corpus_parts = use_corpus_dir(args.corpus.resolve(), corpus)
        else:
            files, corpus_parts = build_corpus(corpus, args.sample, args.max_lines)
        if not files:
            print("empty corpus: nothing to measure")
            return 0
        lines = count_lines(files)
        print(f"\ncorpus: {len(files)} files, {lines} lines  ({', '.join(f'{k}: {v}' for k, v in corpus_parts.items())})")

        names = [p.name for p in files]
        list_file = work / "files.txt"
        list_file.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
        wrapper = work / "flake8_wrapper.py"
        wrapper.write_text(FLAKE8_WRAPPER, encoding="utf-8")
        engine_script = work / "engine_script.py"
        engine_script.write_text(ENGINE_SCRIPT, encoding="utf-8")
        rcfile = work / "empty_pylintrc"
        rcfile.write_text("", encoding="utf-8")

        env = dict(os.environ)
        env["PYLINTHOME"] = str(work / "pylinthome")
        # Byte-code goes to a private cache in the temporary directory (the checkout stays clean),
        # compiled before anything is timed: an installed keras-lint has its .pyc files (pip
        # compiles on install), an editable checkout otherwise recompiles its ~50 modules in every
        # subprocess (~60 ms each time, measured), which no user pays.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        env.pop("KL_BENCH_PROBE", None)
        precompile(env)

        front: dict = {}
        if "frontends" in parts:
            print("\n[1-4] pylint, flake8, engine (with the frameworks installed)")
            front = bench_frontends(files, names, corpus, work, env, list_file, wrapper, engine_script, rcfile, reps)
            for name, val, target, v in front["rows"]:
                if v != "-":
                    summary.append((name + " (with TF)" if name.startswith("pylint") else name, f"{val:.2f}x", target, v))
        else:
            summary += [("pylint + keras-lint / pylint alone (with TF)", "-", "<= 1.05x", "SKIPPED"),
                        ("flake8 + keras-lint / flake8 alone", "-", "<= 1.5x", "SKIPPED"),
                        ("lint_source / astroid.parse (loop time)", "-", "<= 1.0x", "SKIPPED")]

        if "notf" in parts:
            t0 = time.perf_counter()
            notf = bench_notf(files, names, corpus, work, env, rcfile, reps)
            if "ratio" in notf:
                summary.append(("pylint + keras-lint / pylint alone (no TF)", f"{notf['ratio']:.2f}x", "<= 1.05x",
                                "PASS" if notf["ratio"] <= 1.05 else "FAIL"))
                with_tf = f"{front['pylint'][2]:.2f}x" if front else "not measured"
                print(f"  ratio without TF {notf['ratio']:.2f}x ({notf['alone']:.2f} -> {notf['kl']:.2f} s);"
                      f" with TF {with_tf}")
            else:
                summary.append(("pylint + keras-lint / pylint alone (no TF)", "-", "<= 1.05x", "SKIPPED"))
            print(f"  (part took {time.perf_counter() - t0:.0f}s)")
        else:
            why = "--no-venv" if args.no_venv else "--only"
            summary.append((f"pylint + keras-lint / pylint alone (no TF; {why})", "-", "<= 1.05x", "SKIPPED"))

        startup = None
        if parts & {"cache", "prefilter"}:
            startup = bench_startup(work, env, reps)
        if "cache" in parts:
            t0 = time.perf_counter()
            c = bench_cache(corpus, work, env, reps, startup, front.get("parse_loop"), list_file, engine_script)
            tree = keras_src_dir()
            if tree is not None:
                ct = bench_cache_tree(tree, work, env, reps, startup)
                summary.append((f"check warm / cold on keras/src ({ct['files']} files, -j 1)", f"{ct['warm_cold']:.3f}",
                                "<= 0.05", "PASS" if ct["warm_cold"] <= 0.05 else "FAIL"))
            else:
                summary.append(("check warm / cold on keras/src (not installed)", "-", "<= 0.05", "SKIPPED"))
            summary.append((f"  informational: same on the {len(files)}-file corpus", f"{c['warm_cold']:.3f}", "-", "-"))
            summary.append(("  informational: same, start-up subtracted", f"{c['warm_cold_net']:.3f}", "-", "-"))
            summary.append(("(check --no-cache -j 1 - python start-up) / parse loop", f"{c['check_vs_parse']:.2f}x",
                            "<= 1.0x", "PASS" if c["check_vs_parse"] <= 1.0 else "FAIL"))
            print(f"  (part took {time.perf_counter() - t0:.0f}s)")
        else:
            summary += [("check warm / cold on keras/src", "-", "<= 0.05", "SKIPPED"),
                        ("(check --no-cache -j 1 - python start-up) / parse loop", "-", "<= 1.0x", "SKIPPED")]
        if "prefilter" in parts:
            t0 = time.perf_counter()
            p = bench_prefilter(work, env, args.prefilter_files, reps, startup)
            summary.append((f"pre-filter: check - start-up vs read loop ({args.prefilter_files} plain files)",
                            f"{p['net']:.2f}s vs {p['read']:.2f}s", f"<= {p['allowed']:.2f}s",
                            "PASS" if p["net"] <= p["allowed"] else "FAIL"))
            print(f"  (part took {time.perf_counter() - t0:.0f}s)")
        else:
            summary.append(("pre-filter: check - start-up vs read loop", "-", "<= 1.5 x read + 0.05 s", "SKIPPED"))
        if "memory" in parts:
            t0 = time.perf_counter()
            m = bench_memory(work, env, args.memory_files)
            summary.append((f"peak RSS, check --no-cache -j 1 on {m['files']} files", f"{m['rss']:.0f} MB", "< 500 MB",
                            "PASS" if m["rss"] < 500 else "FAIL"))
            print(f"  (part took {time.perf_counter() - t0:.0f}s)")
        else:
            summary.append(("peak RSS, check --no-cache -j 1 on a generated tree", "-", "< 500 MB", "SKIPPED"))

        print("\nsummary: every target from the issue")
        nw = max(len(s[0]) for s in summary)
        vw = max(7, max(len(s[1]) for s in summary))
        tw = max(8, max(len(s[2]) for s in summary))
        print(f"  {'target':{nw}}  {'value':>{vw}}  {'target':{tw}}  verdict")
        for name, val, target, v in summary:
            print(f"  {name:{nw}}  {val:>{vw}}  {target:{tw}}  {v}")
        try:
            print(f"\nload average at end: {' '.join(open('/proc/loadavg').read().split()[:3])}")
        except OSError:
            pass
        print(f"total benchmark time {time.perf_counter() - t_total:.0f}s")
        if "frontends" in parts:
            print("\nnote on 'flake8 alone':\n" + textwrap.indent(FLAKE8_NOTE, "  "))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def run_benchmark(entry) -> None:
    """Run a benchmark's ``main`` and exit 0: a benchmark reports, it does not fail the caller
    (bench/run.py, bench/fallback.py)."""
    try:
        entry()
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001
        print(f"benchmark error: {type(exc).__name__}: {exc}", file=sys.stderr)
    sys.exit(0)


if __name__ == "__main__":
    run_benchmark(main)
