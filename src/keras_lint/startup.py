"""A front end's one-time start-up in a process that lints file after file (a flake8 worker,
the command and its workers): imported lazily, on the first file that needs astroid, and paid
with the collector paused and its result frozen (see ``gcpause.long_lived``). Light on purpose:
importing this module imports neither astroid nor the rules."""

from __future__ import annotations

_started = False


def ensure_started() -> None:
    global _started
    if _started:
        return
    from keras_lint.semantic.gcpause import long_lived

    with long_lived():
        from keras_lint.lint import start_up

        start_up()
    _started = True
