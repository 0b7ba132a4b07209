"""Inference work stays linear in chains of layer calls (each step's value is memoized)."""

from __future__ import annotations

import textwrap

import astroid

from keras_lint.config import Target
from keras_lint.engine import Engine
from keras_lint.semantic import kinds


def _chain(n: int) -> str:
    body = "\n".join(f"    x = layers.Conv2D(8, 3, name='c{i}')(x)" for i in range(n))
    return textwrap.dedent(
        """\
        import keras
        from keras import layers, backend as K

        def build(input_tensor=None):
            if input_tensor is None:
                img_input = layers.Input(shape=(224, 224, 3))
            elif not K.is_keras_tensor(input_tensor):
                img_input = layers.Input(tensor=input_tensor, shape=(224, 224, 3))
            else:
                img_input = input_tensor
            x = img_input
        """
    ) + body + "\n    K.is_keras_tensor(x)\n    return keras.Model(img_input, x)\n"


def _inferences(n: int, monkeypatch) -> int:
    calls = 0
    original = kinds._infer_all_uncached

    def counting(node):
        nonlocal calls
        calls += 1
        return original(node)

    monkeypatch.setattr(kinds, "_infer_all_uncached", counting)
    found = Engine(Target()).run(astroid.parse(_chain(n)))
    assert found == []  # x is a Keras tensor or unknown: never flagged
    return calls


def test_layer_chains_cost_linear_inference(monkeypatch):
    short, long = _inferences(5, monkeypatch), _inferences(10, monkeypatch)
    # a VGG-style chain used to cost 4x the inference per 2 more layers (1528 for 8 layers)
    assert long <= 3 * short, (short, long)
    assert _inferences(60, monkeypatch) <= 15 * short
