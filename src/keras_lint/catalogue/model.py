"""What a catalogue entry is: a Rule and the TruthCases the runtime tests run."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    # codes of rules this one takes precedence over: when both flag the same call site, only
    # this one reports ("one finding per call site: the more specific rule reports")
    supersedes: tuple[str, ...] = ()

    @property
    def family(self) -> int:
        return int(self.code[2])

    @property
    def msgid(self) -> str:
        """pylint message id: category letter, 7, then the code's three digits."""
        return f"{self.category}7{self.code[2:]}"
