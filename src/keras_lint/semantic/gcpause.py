"""Pause Python's cyclic garbage collector while one module is built and checked.

An astroid tree is tens of thousands of small objects linked both ways (parent and children),
and inference makes as many again. While they are being made, the collector runs over and over
and, with astroid's caches of the standard library alive in the process, each full pass walks
all of them: measured on keras/src, half of keras-lint's time per file was the collector.
Paused for one file, the objects of that file are examined once, by the first collection after
it. Memory stays bounded by one file's tree. A collector the host had already disabled stays
disabled.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle() -> None:
    """After a file, in a process keras-lint drives file by file (flake8, the command): collect
    that file's garbage once, then exempt what survives from later passes (``gc.freeze``).

    What survives a file is astroid's caches of the standard library and installed packages,
    and the host's own long-lived state: without this every full pass of the collector, which
    the host's own per-file work keeps triggering, walks all of it again (measured on keras/src
    under flake8: a third of keras-lint's cost). Nothing that is garbage is frozen, since the
    collection runs first; callers drop the file's findings (which hold its astroid nodes) before
    settling, or the tree would be frozen alive. Not used under pylint, whose process keeps its
    own state longer.
    """
    if gc.isenabled():
        gc.collect()
        gc.freeze()
