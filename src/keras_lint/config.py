"""Target versions: which Keras, which backend, which TensorFlow the linted code runs on.

Each option is "auto" by default. Auto reads installed distribution metadata (never imports
the frameworks) and falls back to Keras 3 / tensorflow / TF 2. A module can narrow it: one that
sets ``os.environ["KERAS_BACKEND"]`` uses that backend, one that sets ``TF_USE_LEGACY_KERAS``
gets Keras 2 under ``tf.keras``, and ``tf_keras`` is always Keras 2 (see ``ModuleFacts``).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache

BACKENDS = ("tensorflow", "jax", "torch")
AUTO = "auto"

# name, help, choices (None: free-form), for both front ends
OPTIONS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    (
        "keras-version",
        "Keras major version the code targets: 2, 3 or auto (installed keras, else 3).",
        ("auto", "2", "3"),
    ),
    (
        "keras-backend",
        "Keras backend: tensorflow, jax, torch or auto (KERAS_BACKEND, else tensorflow).",
        ("auto",) + BACKENDS,
    ),
    (
        "tensorflow-version",
        "TensorFlow version the code targets, e.g. 2.21 or 1.15, or auto (installed, else 2.21).",
        None,
    ),
)


class ConfigError(ValueError):
    """A target option has a value keras-lint does not understand."""


@dataclass(frozen=True)
class Target:
    keras_version: int = 3
    keras_backend: str = "tensorflow"
    tensorflow_version: tuple[int, int] = (2, 21)

    @property
    def tf_keras_is_keras2(self) -> bool:
        """tf.keras is Keras 2 before TF 2.16."""
        return self.tensorflow_version < (2, 16)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _dist_version(*names: str, path: list[str] | None = None) -> str | None:
    """The installed version of the first of ``names`` found on ``path`` (``sys.path``): read
    from the ``<name>-<version>.dist-info`` (or ``.egg-info``) folder names, the metadata
    pip writes, without importing ``importlib.metadata`` (with the ``email`` parser it pulls
    in, that was a fifth of the command's start-up)."""
    found: dict[str, str] = {}
    for entry in sys.path if path is None else path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:
            continue
        for item in listing:
            stem, dot, suffix = item.rpartition(".")
            if dot and suffix in ("dist-info", "egg-info"):
                name, _, version = stem.partition("-")
                found.setdefault(_canonical(name), version.split("-")[0])
    for name in names:
        version = found.get(_canonical(name))
        if version:
            return version
    return None


def _major_minor(text: str) -> tuple[int, int]:
    m = re.match(r"^\s*(\d+)(?:\.(\d+))?", str(text))
    if not m:
        raise ConfigError(f"not a version: {text!r}")
    return int(m.group(1)), int(m.group(2) or 0)


@lru_cache(maxsize=1)
def _installed() -> tuple[str | None, str | None]:
    keras = _dist_version("keras", "keras-nightly")
    tf = _dist_version("tensorflow", "tensorflow-cpu", "tensorflow-gpu", "tf-nightly", "tensorflow-macos")
    return keras, tf


def resolve(
    keras_version: str | int | None = AUTO,
    keras_backend: str | None = AUTO,
    tensorflow_version: str | None = AUTO,
) -> Target:
    """Turn option values (strings from a config file or command line) into a Target."""
    installed_keras, installed_tf = _installed()

    tf_text = str(tensorflow_version or AUTO).strip().lower()
    if tf_text == AUTO:
        tf_version = _major_minor(installed_tf) if installed_tf else (2, 21)
    else:
        tf_version = _major_minor(tf_text)
        if tf_version[0] not in (1, 2):
            raise ConfigError(f"tensorflow-version must be 1.x or 2.x, got {tensorflow_version!r}")

    kv_text = str(keras_version or AUTO).strip().lower()
    if kv_text == AUTO:
        if installed_keras:
            kv = _major_minor(installed_keras)[0]
        elif installed_tf and _major_minor(installed_tf) < (2, 16):
            kv = 2
        else:
            kv = 3
        kv = kv if kv in (2, 3) else 3
    elif kv_text in ("2", "3"):
        kv = int(kv_text)
    else:
        raise ConfigError(f"keras-version must be 2, 3 or auto, got {keras_version!r}")

    be_text = str(keras_backend or AUTO).strip().lower()
    if be_text == AUTO:
        env = os.environ.get("KERAS_BACKEND", "").strip().lower()
        be = env if env in BACKENDS else "tensorflow"
    elif be_text in BACKENDS:
        be = be_text
    else:
        raise ConfigError(f"keras-backend must be one of {', '.join(BACKENDS)} or auto, got {keras_backend!r}")
    return Target(keras_version=kv, keras_backend=be, tensorflow_version=tf_version)
