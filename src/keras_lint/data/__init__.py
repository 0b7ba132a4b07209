"""Knowledge tables, as data: which framework names map to which replacement.

Each table is a JSON file of this package with two keys: ``provenance`` (where the content
comes from, how it was generated or verified, and for which library versions) and
``entries``. Tables are read lazily, once per process, and never import a framework.
Their claims are checked on the real libraries by tests/runtime.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def table(name: str) -> dict[str, Any]:
    """The whole table ``<name>.json``: ``{"provenance": ..., "entries": ...}``."""
    text = resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if "provenance" not in data or "entries" not in data:
        raise ValueError(f"keras_lint/data/{name}.json: a table needs 'provenance' and 'entries'")
    return data


def entries(name: str) -> Any:
    """The ``entries`` of table ``<name>``."""
    return table(name)["entries"]


def names() -> list[str]:
    """Every table shipped with keras-lint."""
    return sorted(p.name[: -len(".json")] for p in resources.files(__name__).iterdir() if p.name.endswith(".json"))
