"""A front end's one-time start-up in a process that lints file after file (a flake8 worker,
the command and its workers): importing astroid and the rules, on the first file that mentions
a framework, with the collector paused and the result frozen (see ``gcpause.long_lived``; astroid's
own ``builtins`` comes later, on the first file a rule may flag: ``lint._bootstrap``). Light on
purpose: importing this module imports neither astroid nor the rules."""

from __future__ import annotations

_started = False


def ensure_started() -> None:
    global _started
    if _started:
        return
    from keras_lint.semantic.gcpause import long_lived

    with long_lived():
        import keras_lint.lint  # noqa: F401 - astroid, the engine, the rules and their tables' code
    _started = True
