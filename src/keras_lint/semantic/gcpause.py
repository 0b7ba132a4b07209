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


_shared_modules_seen = 0


def settle() -> None:
    """After a file, in a process keras-lint drives file by file (flake8, the command): when
    astroid has built new long-lived modules (the standard library, installed packages) for
    this file, collect once and exempt what survives from later passes (``gc.freeze``).

    Those modules are hundreds of thousands of objects; without this, every full pass of the
    collector that the host's own per-file work triggers walks all of them again (measured on
    keras/src under flake8: a third of keras-lint's cost). Freezing only when that set grew
    keeps the cost of freezing bounded: an object alive at a freeze that dies later (an entry
    evicted from one of astroid's bounded caches) is never collected, so freezing after every
    file would retain a little of every file (measured: 5,000 files, 100 -> 290 MB), while
    the set of shared modules stops growing after the first files. Callers drop the file's
    findings (which hold its astroid nodes) before settling. Not used under pylint.
    """
    global _shared_modules_seen
    from astroid.manager import AstroidManager

    count = len(AstroidManager().astroid_cache)
    if count > _shared_modules_seen and gc.isenabled():
        # the young generations only: the file's tree and the inference around it were made
        # with the collector paused and are at most one collection old; a full pass would
        # walk everything the host process ever made (~35 ms in a flake8 worker, freeing nothing)
        gc.collect(1)
        gc.freeze()
    _shared_modules_seen = max(count, _shared_modules_seen)


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Around a front end's one-time start-up in a process it drives file by file (importing
    astroid and the rules, building astroid's ``builtins``): the collector paused, then what was
    made frozen (``gc.freeze``) without a collection first. Everything made there lives as long
    as the process (modules, classes, tables, astroid's builtins tree: ~300,000 objects), so a
    collection would free nothing; made with the collector running, they set off a dozen
    passes over themselves, and without the freeze, the first file's settle() walks them all
    once more (measured in a flake8 worker: ~25 ms of its ~160 ms start-up)."""
    with collector_paused():
        yield
    if gc.isenabled():
        gc.freeze()
