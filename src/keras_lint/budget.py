"""A hard time budget per file: a hang is a bug even when it is astroid's, and it must never
stall a developer's flake8 run, their editor or the CI gate.

``time_budget(seconds)`` raises ``OverBudget`` in the code it wraps once the budget is spent (a
``SIGALRM`` timer, so only in a process's main thread on a platform that has it; elsewhere, and
when the host has a timer of its own running, it does nothing). Code stuck inside a C call is
interrupted when the call returns. The front ends turn ``OverBudget`` into their usual "not
analysed" message for that file and go on with the next.

The budget is ``KERAS_LINT_FILE_TIMEOUT`` seconds (default 120: the slowest real file measured
takes ~5 s; ``0`` switches it off).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

DEFAULT_SECONDS = 120.0


class OverBudget(BaseException):
    """A file took longer than the budget. A BaseException, like KeyboardInterrupt: the rules'
    containment (``except Exception`` -> KL900) must not swallow it and go on."""


def seconds() -> float:
    raw = os.environ.get("KERAS_LINT_FILE_TIMEOUT", "").strip()
    try:
        return float(raw) if raw else DEFAULT_SECONDS
    except ValueError:
        return DEFAULT_SECONDS


@contextlib.contextmanager
def time_budget(limit: float | None = None) -> Iterator[None]:
    limit = seconds() if limit is None else limit
    usable = (
        limit > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
    if not usable:
        yield
        return

    def expired(_signum, _frame):
        raise OverBudget(f"took longer than {limit:g} s (KERAS_LINT_FILE_TIMEOUT)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
