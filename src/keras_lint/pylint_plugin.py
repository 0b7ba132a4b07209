"""pylint front end: one checker per rule family, all fed by one engine run per module."""

from __future__ import annotations

from pylint.checkers import BaseChecker
from pylint.interfaces import INFERENCE

from keras_lint.budget import OverBudget, time_budget
from keras_lint.catalogue import ALL_RULES, Rule
from keras_lint.config import AUTO, OPTIONS, ConfigError, Target, resolve
from keras_lint.engine import Engine, Finding, not_analysed, too_large
from keras_lint.semantic import brain
from keras_lint.suppressions import unsuppressed

CHECKER_NAME = "keras-lint"


class _Run:
    """The engine's findings for the module being checked, shared by the family checkers."""

    module = None
    findings: list[Finding] = []


def _text(module) -> str:
    try:
        with module.stream() as stream:
            return stream.read().decode(module.file_encoding or "utf-8", errors="replace")
    except (OSError, AttributeError, TypeError):
        return ""


def _rule_help(rule: Rule) -> str:
    return f"{rule.what} {rule.why} Fix: {rule.fix}"


class _KerasLintChecker(BaseChecker):
    name = CHECKER_NAME
    family: int = 0
    rules: tuple[Rule, ...] = ()

    def _target(self) -> Target:
        cfg = self.linter.config
        try:
            return resolve(
                getattr(cfg, "keras_version", AUTO),
                getattr(cfg, "keras_backend", AUTO),
                getattr(cfg, "tensorflow_version", AUTO),
            )
        except ConfigError as exc:
            raise SystemExit(f"keras-lint: {exc}") from exc

    def visit_module(self, node) -> None:
        if _Run.module is not node:
            enabled = [r.code for r in ALL_RULES if self.linter.is_message_enabled(r.msgid)]
            _Run.module = node
            text = _text(node)
            refused = too_large(text) if enabled else None
            if refused:  # pylint built the tree; keras-lint's inference on it would not end
                _Run.findings = [not_analysed(refused)]
            else:
                try:
                    with time_budget():
                        findings = Engine(self._target(), enabled).run(node, text or None) if enabled else []
                except OverBudget as exc:
                    findings = [not_analysed(f"not analysed: {exc}")]
                # pylint applies its own disable pragmas; # noqa: KL101 works here too
                _Run.findings = unsuppressed(findings, text) if findings else []
        for f in _Run.findings:
            if f.rule.family != self.family:
                continue
            if f.node is not None:
                self.add_message(f.rule.symbol, node=f.node, args=(f.message,), confidence=INFERENCE)
            else:
                self.add_message(f.rule.symbol, line=f.line, args=(f.message,), confidence=INFERENCE)

    def close(self) -> None:
        _Run.module = None
        _Run.findings = []


def _family_checker(family: int, rules: tuple[Rule, ...], with_options: bool) -> type[_KerasLintChecker]:
    attrs = {
        "family": family,
        "rules": rules,
        "msgs": {r.msgid: ("%s", r.symbol, _rule_help(r)) for r in rules},
        "options": tuple(
            (name, {"default": AUTO, "type": "string", "metavar": "<" + name + ">", "help": help_text})
            for name, help_text, _choices in OPTIONS
        )
        if with_options
        else (),
    }
    return type(f"KerasLintFamily{family}Checker", (_KerasLintChecker,), attrs)


def checker_classes() -> list[type[_KerasLintChecker]]:
    families: dict[int, list[Rule]] = {}
    for r in ALL_RULES:
        families.setdefault(r.family, []).append(r)
    return [
        _family_checker(fam, tuple(rules), with_options=(i == 0))
        for i, (fam, rules) in enumerate(sorted(families.items()))
    ]


def register(linter) -> None:
    brain.register()
    for cls in checker_classes():
        linter.register_checker(cls(linter))
