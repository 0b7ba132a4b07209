"""All checks, in catalogue order. Adding a rule: a catalogue entry, a Check here, a test file."""

from __future__ import annotations

from keras_lint.rules.base import Check
from keras_lint.rules.is_keras_tensor import IsKerasTensorOnRawTensor
from keras_lint.rules.placeholder import PlaceholderInKerasGraph
from keras_lint.rules.torch_check import TorchTensorCheckInKerasCode

ALL_CHECKS: tuple[Check, ...] = (
    IsKerasTensorOnRawTensor(),
    TorchTensorCheckInKerasCode(),
    PlaceholderInKerasGraph(),
)

__all__ = ["ALL_CHECKS", "Check"]
