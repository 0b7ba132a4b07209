"""keras-lint: catches Keras / TensorFlow / PyTorch backend misuse and names the right call.

``pylint --load-plugins=keras_lint`` calls ``register`` below; flake8 finds
``keras_lint.flake8_plugin:KerasLintFlake8`` through its entry point (codes ``KL``).
"""

from __future__ import annotations

__version__ = "0.1.0"


def register(linter) -> None:
    """pylint entry point."""
    from keras_lint.pylint_plugin import register as _register

    _register(linter)
