"""flake8 front end: KL codes from the engine, options from flake8's config and command line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from keras_lint import __version__
from keras_lint.config import AUTO, OPTIONS, ConfigError, Target, resolve
from keras_lint.prefilter import mentions_a_framework
from keras_lint.startup import ensure_started


class KerasLintFlake8:
    name = "keras-lint"
    version = __version__
    target: Target | None = None
    _noted = False

    def __init__(self, tree: Any, lines: list[str], filename: str) -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @classmethod
    def add_options(cls, parser) -> None:
        for name, help_text, _choices in OPTIONS:
            parser.add_option(f"--{name}", default=AUTO, parse_from_config=True, help=help_text)

    @classmethod
    def parse_options(cls, options) -> None:
        try:
            cls.target = resolve(
                getattr(options, "keras_version", AUTO),
                getattr(options, "keras_backend", AUTO),
                getattr(options, "tensorflow_version", AUTO),
            )
        except ConfigError as exc:
            raise SystemExit(f"keras-lint: {exc}") from exc

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        target = self.target or resolve()
        source = "".join(self.lines)
        if not mentions_a_framework(source):
            return  # before importing astroid: most files of a project never get that far
        # imported here, not at module level: flake8 loads plugins in its main process before it
        # starts the workers, where this import (astroid, the catalogue, the rules) would be paid
        # once, serially, in front of both
        ensure_started()
        from keras_lint.lint import SourceError, lint_source
        from keras_lint.semantic.gcpause import settle
        from keras_lint.suppressions import unsuppressed

        # flake8 has parsed the file already (it reports E999 itself when that fails): astroid
        # builds its tree from flake8's instead of parsing the text again
        try:
            findings = lint_source(source, target, path=self.filename, tree=self.tree)
        except SourceError as exc:
            from keras_lint import catalogue

            message = catalogue.NOT_ANALYSED_MESSAGE.format(error=str(exc))
            results = [(1, 0, f"{catalogue.CONTAINMENT_CODE} {message}")]
        else:
            # flake8 applies # noqa itself; the pylint spellings work here too
            results = [(f.line, f.col, f"{f.code} {f.message}") for f in unsuppressed(findings, source)]
            del findings  # they hold the file's astroid nodes: free them before settling
        settle()
        if not KerasLintFlake8._noted:
            KerasLintFlake8._noted = True
            _log_astroid_notes()
        for line, col, text in results:
            yield line, col, text, type(self)


def _log_astroid_notes() -> None:
    """Once per process, keras-lint's shortcuts into astroid that are off (and why), in flake8's
    own log: shown on stderr with ``flake8 -v``, silent otherwise."""
    import logging

    log = logging.getLogger("flake8.keras_lint")
    if log.isEnabledFor(logging.INFO):
        from keras_lint.semantic import astroid_compat

        for line in astroid_compat.notes():
            log.info(line)
