"""The cheap text pre-filter: a file that never names a framework has nothing for any rule."""

from __future__ import annotations

import re

_MENTIONS_A_FRAMEWORK = re.compile(r"\b(?:keras|tensorflow|tf_keras|torch)\b")
# what the brain teaches astroid includes NumPy and JAX values too
_MENTIONS_A_MODELLED_LIBRARY = re.compile(r"\b(?:keras|tensorflow|tf_keras|torch|numpy|jax)\b")


def mentions_a_framework(source: str) -> bool:
    return _MENTIONS_A_FRAMEWORK.search(source) is not None


def mentions_a_modelled_library(source: str) -> bool:
    return _MENTIONS_A_MODELLED_LIBRARY.search(source) is not None
