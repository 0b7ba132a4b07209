"""The cheap text pre-filter: a file that never names a framework has nothing for any rule."""

from __future__ import annotations

import re

_MENTIONS_A_FRAMEWORK = re.compile(r"\b(?:keras|tensorflow|tf_keras|torch)\b")
# what the brain teaches astroid includes NumPy and JAX values too
_MENTIONS_A_MODELLED_LIBRARY = re.compile(r"\b(?:keras|tensorflow|tf_keras|torch|numpy|jax)\b")


def mentions_a_framework(source: str) -> bool:
    # substring tests run at memory speed; the word-boundary regex only confirms a hit
    if "keras" not in source and "tensorflow" not in source and "torch" not in source:
        return False
    return _MENTIONS_A_FRAMEWORK.search(source) is not None


def mentions_a_modelled_library(source: str) -> bool:
    if not any(word in source for word in ("keras", "tensorflow", "torch", "numpy", "jax")):
        return False
    return _MENTIONS_A_MODELLED_LIBRARY.search(source) is not None
