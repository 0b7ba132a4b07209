"""Runtime truth tests: every rule's claims, run on the real TensorFlow / Keras / torch.

Each ``TruthCase`` of each rule in ``keras_lint.catalogue.ALL_RULES`` becomes one test,
``KL101-<slug of the case title>``. Its ``setup`` runs in a fresh subprocess (see
conftest.py), then its ``bad`` snippet (the misuse the rule flags) and its ``good``
snippet (the replacement the rule suggests), each in its own copy of the setup namespace.
The bad half must raise ``bad_raises`` or leave ``repr(result) == bad_result``; the good
half must not raise and, when ``good_result`` is set, must leave ``repr(result) ==
good_result``.

Install the frameworks with ``pip install -r requirements/runtime.txt``. A case whose
``requires`` are not importable is skipped, or fails when ``CI=true``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import ClassVar

import pytest

from keras_lint.catalogue import ALL_RULES, CONTAINMENT_CODE, RULES, TruthCase

pytestmark = pytest.mark.runtime

_LEGACY = (("TF_USE_LEGACY_KERAS", "1"),)
_TORCH_BACKEND = (("KERAS_BACKEND", "torch"),)


@dataclass(frozen=True)
class Job:
    """What conftest.TruthRunner runs: a setup, then each snippet in its own namespace."""

    id: str
    setup: str
    snippets: tuple[tuple[str, str], ...]
    env: tuple[tuple[str, str], ...] = ()
    requires: tuple[str, ...] = ("tensorflow", "keras")
    truth_job: ClassVar[bool] = True


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def case_id(code: str, case: TruthCase) -> str:
    return f"{code}-{slug(case.title)}"


def _truth_params():
    params, seen = [], set()
    for rule in ALL_RULES:
        for case in rule.truth:
            ident = base = case_id(rule.code, case)
            n = 2
            while ident in seen:  # duplicate titles are reported by test_case_ids_are_unique
                ident, n = f"{base}-{n}", n + 1
            seen.add(ident)
            job = Job(
                id=ident,
                setup=case.setup,
                snippets=(("bad", case.bad), ("good", case.good)),
                env=tuple(case.env),
                requires=tuple(case.requires),
            )
            params.append(pytest.param(case, job, id=ident))
    return params


TRUTH_PARAMS = _truth_params()


# -- judging a record --------------------------------------------------------------------


def _show(outcome: dict) -> str:
    if outcome["raised"]:
        return (
            f"it raised {outcome['type']}: {outcome['message']}\n"
            f"--- traceback ---\n{outcome['traceback'].rstrip()}"
        )
    if not outcome["has_result"]:
        return "it ran without raising, but did not set `result`"
    return f"it ran without raising; repr(result) == {outcome['result_repr']} ({outcome['result_type']})"


def _judge_bad(case: TruthCase, outcome: dict) -> str | None:
    if case.bad_raises is not None:
        type_name, _, fragment = case.bad_raises.partition(": ")
        if not outcome["raised"]:
            return f"expected it to raise {case.bad_raises!r}, but {_show(outcome)}"
        if outcome["type"] != type_name:
            return (
                f"expected an exception of type {type_name} (message containing {fragment!r}), "
                f"but {_show(outcome)}"
            )
        if fragment not in outcome["message"]:
            return (
                f"expected the {type_name} message to contain {fragment!r}, but {_show(outcome)}"
            )
    if case.bad_result is not None:
        if outcome["raised"] or not outcome["has_result"]:
            return f"expected repr(result) == {case.bad_result}, but {_show(outcome)}"
        if outcome["result_repr"] != case.bad_result:
            return f"expected repr(result) == {case.bad_result}, but {_show(outcome)}"
    return None


def _judge_good(case: TruthCase, outcome: dict) -> str | None:
    if outcome["raised"]:
        return f"expected it to run without raising, but {_show(outcome)}"
    if case.good_result is not None:
        if not outcome["has_result"] or outcome["result_repr"] != case.good_result:
            return f"expected repr(result) == {case.good_result}, but {_show(outcome)}"
    return None


def judge(case: TruthCase, record: dict) -> list[str]:
    """The problems of ``record`` against ``case``; empty when the case holds."""
    if "crashed" in record:
        return [f"NO RESULT (neither half judged): {record['crashed']}"]
    if record["setup"] is not None:
        return [f"SETUP failed (neither half ran): {_show(record['setup'])}"]
    problems = []
    bad = _judge_bad(case, record["snippets"]["bad"])
    if bad:
        problems.append(
            f"BAD half failed (the misuse the rule flags; snippet: {case.bad!r}): {bad}"
        )
    good = _judge_good(case, record["snippets"]["good"])
    if good:
        problems.append(
            f"GOOD half failed (the replacement the rule suggests; snippet: {case.good!r}): {good}"
        )
    return problems


@pytest.mark.parametrize(("case", "job"), TRUTH_PARAMS)
def test_truth_case(case: TruthCase, job: Job, truth_runner, truth_requires):
    truth_requires(job.requires, f"truth case {job.id}")
    record = truth_runner.record(job)
    problems = judge(case, record)
    if problems and len(record.get("group", [job.id])) > 1:
        # It ran in a shared subprocess: make sure no other case's state caused this.
        alone = truth_runner.record_isolated(job)
        alone_problems = judge(case, alone)
        if not alone_problems:
            warnings.warn(
                f"{job.id} failed in a subprocess shared with {record['group']} but holds "
                f"when run alone; a case there leaks global state. Shared run: {problems}",
                stacklevel=1,
            )
            return
        problems = alone_problems
    if problems:
        env = " ".join(f"{k}={v}" for k, v in job.env) or "(defaults)"
        pytest.fail(
            f"truth case {job.id} does not hold (env: {env}; setup:\n{case.setup}\n)\n\n"
            + "\n\n".join(problems),
            pytrace=False,
        )


# -- the catalogue's cases themselves ----------------------------------------------------


def test_every_rule_has_a_truth_case():
    assert CONTAINMENT_CODE not in {r.code for r in RULES}
    without = [r.code for r in RULES if not r.truth]
    assert not without, f"rules without any TruthCase: {without}"


def test_case_ids_are_unique():
    ids = [case_id(r.code, c) for r in ALL_RULES for c in r.truth]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, f"TruthCase titles that slug to the same test id: {dupes}"


@pytest.mark.parametrize(
    "case", [p.values[0] for p in TRUTH_PARAMS], ids=[p.id for p in TRUTH_PARAMS]
)
def test_case_is_well_formed(case: TruthCase):
    assert (case.bad_raises is None) != (case.bad_result is None), (
        "a TruthCase must set exactly one of bad_raises and bad_result"
    )
    if case.bad_raises is not None:
        assert re.match(r"^[A-Za-z_][A-Za-z0-9_]*: \S", case.bad_raises), (
            f"bad_raises must read 'ExceptionType: message fragment', got {case.bad_raises!r}"
        )
    assert case.requires, "requires must name the modules the case needs"
    for key, value in case.env:
        assert isinstance(key, str) and isinstance(value, str) and key, (key, value)


# -- the APIs the rules' messages name ---------------------------------------------------
# (id, env, requires, setup, expression, expected repr). Only attribute look-ups: nothing
# suggested here is called. They share the subprocesses of the truth cases with the same
# (env, requires).

_K3 = ("tensorflow", "keras")
_API_CLAIMS = (
    # the default environment really is Keras 3 on TensorFlow
    ("k3-default-backend-is-tensorflow", (), _K3, "import keras", "keras.config.backend()", "'tensorflow'"),
    ("k3-tf-keras-is-keras-3", (), _K3, "import tensorflow as tf\nimport keras",
     "tf.keras.layers.Dense is keras.layers.Dense", "True"),
    # replacements the rules suggest exist
    ("keras.ops.is_tensor-exists", (), _K3, "import keras", "hasattr(keras.ops, 'is_tensor')", "True"),
    ("keras.ops.convert_to_numpy-exists", (), _K3, "import keras",
     "hasattr(keras.ops, 'convert_to_numpy')", "True"),
    ("keras.Input-exists", (), _K3, "import keras", "hasattr(keras, 'Input')", "True"),
    ("keras.Model-exists", (), _K3, "import keras", "hasattr(keras, 'Model')", "True"),
    ("tf.is_tensor-exists", (), _K3, "import tensorflow as tf", "hasattr(tf, 'is_tensor')", "True"),
    # the APIs the rules flag are what the rules say
    ("tf.placeholder-is-gone", (), _K3, "import tensorflow as tf", "hasattr(tf, 'placeholder')", "False"),
    ("tf.compat.v1.placeholder-exists", (), _K3, "import tensorflow as tf",
     "hasattr(tf.compat.v1, 'placeholder')", "True"),
    ("keras.utils.is_keras_tensor-exists", (), _K3, "import keras",
     "hasattr(keras.utils, 'is_keras_tensor')", "True"),
    ("keras.backend.is_keras_tensor-exists", (), _K3, "import keras",
     "hasattr(keras.backend, 'is_keras_tensor')", "True"),
    ("tf.keras.backend.is_keras_tensor-exists", (), _K3, "import tensorflow as tf",
     "hasattr(tf.keras.backend, 'is_keras_tensor')", "True"),
    ("keras.backend.is_tensor-is-gone", (), _K3, "import keras",
     "hasattr(keras.backend, 'is_tensor')", "False"),
    ("keras.backend.placeholder-is-gone", (), _K3, "import keras",
     "hasattr(keras.backend, 'placeholder')", "False"),
    # Keras 2 (tf_keras)
    ("k2-tf-keras-is-tf_keras", _LEGACY, ("tensorflow", "tf_keras"), "import tensorflow as tf",
     "tf.keras.__name__.split('.')[0]", "'tf_keras'"),
    ("tf_keras.backend.is_keras_tensor-exists", _LEGACY, ("tensorflow", "tf_keras"),
     "import tf_keras", "hasattr(tf_keras.backend, 'is_keras_tensor')", "True"),
    ("tf_keras.utils.is_keras_tensor-is-absent", _LEGACY, ("tensorflow", "tf_keras"),
     "import tf_keras", "hasattr(tf_keras.utils, 'is_keras_tensor')", "False"),
    # Keras 3 on torch
    ("torch-backend-is-torch", _TORCH_BACKEND, ("keras", "torch"), "import keras",
     "keras.config.backend()", "'torch'"),
    ("torch-backend-keras.ops.convert_to_numpy-exists", _TORCH_BACKEND, ("keras", "torch"),
     "import keras", "hasattr(keras.ops, 'convert_to_numpy')", "True"),
)


@pytest.mark.parametrize(
    ("job", "expected"),
    [
        pytest.param(
            Job(id=f"api-{ident}", setup=setup, snippets=(("check", f"result = {expr}"),),
                env=env, requires=requires),
            expected,
            id=ident,
        )
        for ident, env, requires, setup, expr, expected in _API_CLAIMS
    ],
)
def test_api_claim(job: Job, expected: str, truth_runner, truth_requires):
    truth_requires(job.requires, f"API check {job.id}")
    record = truth_runner.record(job)
    if "crashed" in record:
        pytest.fail(f"{job.id}: no result: {record['crashed']}", pytrace=False)
    if record["setup"] is not None:
        pytest.fail(f"{job.id}: setup failed: {_show(record['setup'])}", pytrace=False)
    outcome = record["snippets"]["check"]
    source = job.snippets[0][1]
    if outcome["raised"] or outcome["result_repr"] != expected:
        pytest.fail(f"{job.id}: expected `{source}` to give {expected}, but {_show(outcome)}",
                    pytrace=False)
