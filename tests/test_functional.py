"""Every functional case through pylint, flake8 and the command: each must report exactly the
annotated (line, code) set, and so the same set as the others."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

import pytest

from functional_cases import Case, discover, run_command, run_flake8, run_pylint
from keras_lint.catalogue import BY_SYMBOL

CASES = discover()


def _by_options(cases: list[Case]):
    key = lambda c: c.options  # noqa: E731
    return [(opts, list(group)) for opts, group in groupby(sorted(cases, key=key), key=key)]


def _collect(run, code_of) -> dict[str, Counter]:
    """Counter of (line, code) per case, running each group of same-target cases at once."""
    out: dict[str, Counter] = {c.id: Counter() for c in CASES}
    index = {str(c.path): c.id for c in CASES}
    for options, cases in _by_options(CASES):
        for msg in run([c.path for c in cases], options):
            out[_case_for(index, msg["path"])][(msg["line"], code_of(msg))] += 1
    return out


@pytest.fixture(scope="session")
def pylint_results() -> dict[str, Counter]:
    return _collect(run_pylint, lambda msg: BY_SYMBOL[msg["symbol"]].code)


@pytest.fixture(scope="session")
def flake8_results() -> dict[str, Counter]:
    return _collect(run_flake8, lambda msg: msg["code"])


@pytest.fixture(scope="session")
def command_results() -> dict[str, Counter]:
    return _collect(lambda paths, options: run_command(paths, options)[0], lambda msg: msg["code"])


def _case_for(index: dict[str, str], reported: str) -> str:
    for path, case_id in index.items():
        if path.endswith(reported) or reported.endswith(path):
            return case_id
    raise AssertionError(f"finding in a file that is not a case: {reported}")


def _diff(expected: Counter, actual: Counter) -> str:
    missing = sorted((expected - actual).elements())
    extra = sorted((actual - expected).elements())
    return f"missing {missing}, unexpected {extra}"


def test_corpus_covers_every_rule_both_ways():
    flagged = Counter(code for c in CASES for (_line, code) in c.expected())
    for rule in BY_SYMBOL.values():
        if rule.code == "KL900":
            continue
        assert flagged[rule.code] >= 3, f"{rule.code} has too few flagged functional cases"
    assert sum(1 for c in CASES if not c.expected()) >= 10, "too few must-not-flag cases"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_pylint(case: Case, pylint_results):
    expected, actual = case.expected(), pylint_results[case.id]
    assert actual == expected, _diff(expected, actual)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_flake8(case: Case, flake8_results):
    expected, actual = case.expected(), flake8_results[case.id]
    assert actual == expected, _diff(expected, actual)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_command(case: Case, command_results):
    expected, actual = case.expected(), command_results[case.id]
    assert actual == expected, _diff(expected, actual)


def test_front_ends_agree(pylint_results, flake8_results, command_results):
    disagree = {cid: _diff(pylint_results[cid], flake8_results[cid]) for cid in pylint_results if pylint_results[cid] != flake8_results[cid]}
    disagree.update({cid: _diff(pylint_results[cid], command_results[cid]) for cid in pylint_results if pylint_results[cid] != command_results[cid]})
    assert not disagree
