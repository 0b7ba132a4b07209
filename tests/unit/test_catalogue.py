"""The catalogue is the single source: well-formed, examples behave, docs generated from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from keras_lint import catalogue, docs
from keras_lint.catalogue import ALL_RULES, RULES
from keras_lint.config import resolve
from keras_lint.lint import lint_source
from keras_lint.pylint_plugin import checker_classes

ROOT = Path(__file__).resolve().parents[2]


def test_catalogue_is_well_formed():
    assert catalogue.validate() == []


def test_msgid_follows_the_code():
    for rule in ALL_RULES:
        assert re.fullmatch(rf"[CRWEF]7{rule.code[2:]}", rule.msgid)
    assert catalogue.rule("KL101").msgid == "W7101"
    assert catalogue.rule("W7101") is catalogue.rule("is-keras-tensor-on-raw-tensor")


def test_pylint_checkers_are_generated_from_the_catalogue():
    msgs = {}
    for cls in checker_classes():
        for msgid, (_template, symbol, _help) in cls.msgs.items():
            assert msgid[1:3] == f"7{cls.family}"  # pylint wants one checker id per checker
            msgs[msgid] = symbol
    assert msgs == {r.msgid: r.symbol for r in ALL_RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_example_triggers_exactly_its_rule(rule):
    target = resolve(**{k.replace("-", "_"): v for k, v in rule.bad_config})
    found = lint_source(rule.bad, target)
    expected_lines = [i for i, line in enumerate(rule.bad.splitlines(), 1) if f"# [{rule.symbol}]" in line]
    assert [(f.line, f.code) for f in found] == [(line, rule.code) for line in expected_lines]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_example_is_clean(rule):
    assert lint_source(rule.good, resolve()) == []


def test_generated_docs_are_fresh():
    stale = docs.stale(ROOT)
    assert not stale, f"run `python -m keras_lint.docs`: stale {[str(p.relative_to(ROOT)) for p in stale]}"


def test_every_rule_has_a_page_with_the_ruff_sections():
    for rule in ALL_RULES:
        page = (ROOT / "docs" / "rules" / f"{rule.symbol}.md").read_text(encoding="utf-8")
        for heading in ("## What it does", "## Why is this bad?", "## Fix"):
            assert heading in page
        if rule.bad:
            assert "## Example" in page and "## Use instead" in page


def test_docs_check_detects_a_stale_page(tmp_path):
    docs.write(tmp_path)
    assert docs.stale(tmp_path) == []
    page = tmp_path / "docs" / "rules" / f"{RULES[0].symbol}.md"
    page.write_text(page.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    assert docs.stale(tmp_path) == [page]


def test_the_docs_generator_refuses_a_folder_that_is_not_the_project(tmp_path, capsys):
    """Run outside the project root it used to write docs/rules/ into the current folder and claim
    it had written the README table; now it writes nothing and says why."""
    from keras_lint import docs

    assert docs.main(["--root", str(tmp_path)]) == 2
    assert list(tmp_path.iterdir()) == []
    assert "is not keras-lint's project root" in capsys.readouterr().err


def test_each_rule_has_one_check_module_named_by_its_symbol():
    """A reader finds KL601's check where its name says: rules/<symbol with underscores>.py
    holds exactly that rule's Check; shared helpers live in rules/_*.py or semantic/."""
    import importlib
    import pkgutil

    import keras_lint.rules as rules_package
    from keras_lint.rules.base import Check

    seen = {}
    for info in pkgutil.iter_modules(rules_package.__path__):
        if info.name == "base" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"keras_lint.rules.{info.name}")
        checks = [
            obj for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, Check) and obj.__module__ == module.__name__ and "rule" in vars(obj)
        ]
        assert len(checks) == 1, f"rules/{info.name}.py defines {len(checks)} checks"
        assert info.name == checks[0].rule.symbol.replace("-", "_"), (info.name, checks[0].rule.symbol)
        seen[checks[0].rule.code] = info.name
    assert set(seen) == {r.code for r in RULES}
