"""Generate and verify src/keras_lint/data/keras_ops_equivalents.json (dev script).

Run in an environment with TensorFlow 2.21, Keras 3.15 and NumPy (and torch, optional):

    TF_CPP_MIN_LOG_LEVEL=3 python scripts/keras_ops_equivalents.py > src/keras_lint/data/keras_ops_equivalents.json

What it does, for Keras 3 on the TensorFlow backend:

1. ``SPEC`` below is the hand-written map "TensorFlow / NumPy function -> keras.ops function".
   For each entry the script imports both names; an entry whose ``positional`` is > 0 claims to
   be a pure rename for that many leading positional arguments and the ``keywords`` listed:
   the script calls both on the same sample arguments and requires equal results.
2. Every other public name of the TensorFlow namespaces below that *is* (same object) a
   mapped function becomes an alias entry with the same mapping (tf.math.reduce_sum ...).
3. Every source name is called with a KerasTensor in place of its tensor arguments and must
   raise (the claim of keras-lint's KL203).
4. The public functions of those namespaces (and NumPy, torch) are called with a KerasTensor
   alone: the names that raise a KerasTensor error go to ``raises_on_keras_tensor`` (flagged
   without a named replacement), the names that return go to ``work_on_keras_tensor`` (never
   flagged).

The script exits with status 1 if a claim does not hold.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import warnings

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
warnings.filterwarnings("ignore")

import keras  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

try:
    import torch  # noqa: E402
except ImportError:  # pragma: no cover
    torch = None

# source | keras.ops target | positional args that mean the same | keywords that mean the same |
# sample arguments (a, b: float (2, 3) arrays; i: int vector) | note
# positional 0: not a pure rename (the note says what differs).
SPEC = """
tf.abs | keras.ops.abs | 1 | | a |
tf.math.acos | keras.ops.arccos | 1 | | a/10 |
tf.math.acosh | keras.ops.arccosh | 1 | | a+1 |
tf.math.asin | keras.ops.arcsin | 1 | | a/10 |
tf.math.asinh | keras.ops.arcsinh | 1 | | a |
tf.math.atan | keras.ops.arctan | 1 | | a |
tf.math.atanh | keras.ops.arctanh | 1 | | a/10 |
tf.math.atan2 | keras.ops.arctan2 | 2 | | a, b |
tf.math.ceil | keras.ops.ceil | 1 | | a |
tf.math.cos | keras.ops.cos | 1 | | a |
tf.math.cosh | keras.ops.cosh | 1 | | a |
tf.math.exp | keras.ops.exp | 1 | | a |
tf.math.expm1 | keras.ops.expm1 | 1 | | a |
tf.math.floor | keras.ops.floor | 1 | | a |
tf.math.log | keras.ops.log | 1 | | a |
tf.math.log1p | keras.ops.log1p | 1 | | a |
tf.math.negative | keras.ops.negative | 1 | | a |
tf.math.reciprocal | keras.ops.reciprocal | 1 | | a |
tf.math.round | keras.ops.round | 1 | | a*3 |
tf.math.rsqrt | keras.ops.rsqrt | 1 | | a |
tf.math.sigmoid | keras.ops.sigmoid | 1 | | a |
tf.math.sign | keras.ops.sign | 1 | | a-0.5 |
tf.math.sin | keras.ops.sin | 1 | | a |
tf.math.sinh | keras.ops.sinh | 1 | | a |
tf.math.sqrt | keras.ops.sqrt | 1 | | a |
tf.math.square | keras.ops.square | 1 | | a |
tf.math.tan | keras.ops.tan | 1 | | a |
tf.math.tanh | keras.ops.tanh | 1 | | a |
tf.math.erf | keras.ops.erf | 1 | | a |
tf.math.erfinv | keras.ops.erfinv | 1 | | a/10 |
tf.math.is_nan | keras.ops.isnan | 1 | | a |
tf.math.is_inf | keras.ops.isinf | 1 | | a |
tf.math.is_finite | keras.ops.isfinite | 1 | | a |
tf.math.logical_not | keras.ops.logical_not | 1 | | a > 0.5 |
tf.math.logical_and | keras.ops.logical_and | 2 | | a > 0.5, b > 0.5 |
tf.math.logical_or | keras.ops.logical_or | 2 | | a > 0.5, b > 0.5 |
tf.math.logical_xor | keras.ops.logical_xor | 2 | | a > 0.5, b > 0.5 |
tf.math.softplus | keras.ops.softplus | 1 | | a |
tf.math.log_sigmoid | keras.ops.log_sigmoid | 1 | | a |
tf.math.add | keras.ops.add | 2 | | a, b |
tf.math.subtract | keras.ops.subtract | 2 | | a, b |
tf.math.multiply | keras.ops.multiply | 2 | | a, b |
tf.math.divide | keras.ops.divide | 2 | | a, b |
tf.math.truediv | keras.ops.true_divide | 2 | | a, b |
tf.math.floordiv | keras.ops.floor_divide | 2 | | a*5, b |
tf.math.floormod | keras.ops.mod | 2 | | a*5, b |
tf.math.pow | keras.ops.power | 2 | | a, b |
tf.math.maximum | keras.ops.maximum | 2 | | a, b |
tf.math.minimum | keras.ops.minimum | 2 | | a, b |
tf.math.equal | keras.ops.equal | 2 | | a, a |
tf.math.not_equal | keras.ops.not_equal | 2 | | a, b |
tf.math.greater | keras.ops.greater | 2 | | a, b |
tf.math.greater_equal | keras.ops.greater_equal | 2 | | a, b |
tf.math.less | keras.ops.less | 2 | | a, b |
tf.math.less_equal | keras.ops.less_equal | 2 | | a, b |
tf.math.divide_no_nan | keras.ops.divide_no_nan | 2 | | a, b*0 |
tf.linalg.matmul | keras.ops.matmul | 2 | | a, b.T |
tf.math.reduce_sum | keras.ops.sum | 2 | axis, keepdims | a, 1 |
tf.math.reduce_mean | keras.ops.mean | 2 | axis, keepdims | a, 1 |
tf.math.reduce_max | keras.ops.max | 2 | axis, keepdims | a, 1 |
tf.math.reduce_min | keras.ops.min | 2 | axis, keepdims | a, 1 |
tf.math.reduce_prod | keras.ops.prod | 2 | axis, keepdims | a, 1 |
tf.math.reduce_all | keras.ops.all | 2 | axis, keepdims | a > 0.5, 1 |
tf.math.reduce_any | keras.ops.any | 2 | axis, keepdims | a > 0.5, 1 |
tf.math.reduce_logsumexp | keras.ops.logsumexp | 2 | axis, keepdims | a, 1 |
tf.math.reduce_std | keras.ops.std | 2 | axis, keepdims | a, 1 |
tf.math.reduce_variance | keras.ops.var | 2 | axis, keepdims | a, 1 |
tf.math.argmax | keras.ops.argmax | 0 | | a, 1 | tf.argmax reduces axis 0 when axis is not given; keras.ops.argmax flattens the tensor (axis=None): pass axis explicitly.
tf.math.argmin | keras.ops.argmin | 0 | | a, 1 | tf.argmin reduces axis 0 when axis is not given; keras.ops.argmin flattens the tensor (axis=None): pass axis explicitly.
tf.math.cumsum | keras.ops.cumsum | 0 | | a, 1 | tf.cumsum defaults to axis=0, keras.ops.cumsum to axis=None (flattened): pass axis explicitly; exclusive/reverse have no keras.ops equivalent.
tf.math.cumprod | keras.ops.cumprod | 0 | | a, 1 | tf.math.cumprod defaults to axis=0, keras.ops.cumprod to axis=None (flattened): pass axis explicitly; exclusive/reverse have no keras.ops equivalent.
tf.math.count_nonzero | keras.ops.count_nonzero | 2 | axis | a > 0.5, 1 |
tf.math.top_k | keras.ops.top_k | 0 | | a, 2 | keras.ops.top_k(x, k, sorted=True) has no default for k (tf: k=1).
tf.math.in_top_k | keras.ops.in_top_k | 3 | | i[:2] % 3, a, 2 |
tf.math.l2_normalize | keras.ops.normalize | 0 | | a, 1 | tf.math.l2_normalize normalizes over all axes when axis is not given; keras.ops.normalize(x, axis=-1, order=2) over the last one.
tf.math.segment_sum | keras.ops.segment_sum | 2 | | a, np.array([0, 0]) |
tf.math.segment_max | keras.ops.segment_max | 2 | | a, np.array([0, 0]) |
tf.reshape | keras.ops.reshape | 2 | | a, (3, 2) |
tf.transpose | keras.ops.transpose | 2 | | a, (1, 0) |
tf.expand_dims | keras.ops.expand_dims | 2 | axis | a, 1 |
tf.squeeze | keras.ops.squeeze | 2 | axis | a[None], 0 |
tf.concat | keras.ops.concatenate | 2 | axis | [a, b], 1 |
tf.stack | keras.ops.stack | 2 | axis | [a, b], 1 |
tf.unstack | keras.ops.unstack | 3 | num, axis | a, 2, 0 |
tf.tile | keras.ops.tile | 2 | | a, (2, 1) |
tf.split | keras.ops.split | 0 | | a, 3, 1 | tf.split takes the number of pieces or their sizes; keras.ops.split takes the number of pieces or the indices where to split (numpy.split).
tf.gather | keras.ops.take | 0 | | a, [1], 1 | tf.gather gathers along axis 0 by default; keras.ops.take flattens the tensor (axis=None): write keras.ops.take(x, indices, axis=0). Its third positional argument is validate_indices, not axis.
tf.where | keras.ops.where | 3 | | a > 0.5, a, b |
tf.clip_by_value | keras.ops.clip | 3 | | a, 0.2, 0.6 |
tf.cast | keras.ops.cast | 2 | dtype | a, "int32" |
tf.one_hot | keras.ops.one_hot | 2 | | np.array([0, 2]), 3 |
tf.shape | keras.ops.shape | 0 | | a | keras.ops.shape returns a tuple (None for unknown dimensions), not a tensor.
tf.rank | keras.ops.ndim | 0 | | a | keras.ops.ndim returns a Python int for a KerasTensor.
tf.size | keras.ops.size | 1 | | a |
tf.stop_gradient | keras.ops.stop_gradient | 1 | | a |
tf.einsum | keras.ops.einsum | 3 | | "ij,kj->ik", a, b |
tf.tensordot | keras.ops.tensordot | 3 | axes | a, b.T, 1 |
tf.sort | keras.ops.sort | 2 | axis | a, 0 |
tf.argsort | keras.ops.argsort | 2 | axis | a, 0 |
tf.pad | keras.ops.pad | 2 | | a, [[1, 1], [0, 2]] |
tf.range | keras.ops.arange | 3 | | 1, 7, 2 |
tf.zeros_like | keras.ops.zeros_like | 1 | | a |
tf.ones_like | keras.ops.ones_like | 1 | | a |
tf.roll | keras.ops.roll | 3 | | a, 1, 1 |
tf.repeat | keras.ops.repeat | 3 | | a, 2, 1 |
tf.broadcast_to | keras.ops.broadcast_to | 2 | | a[0], (2, 3) |
tf.linalg.inv | keras.ops.inv | 1 | | a[:, :2] + np.eye(2) |
tf.linalg.det | keras.ops.det | 1 | | a[:, :2] + np.eye(2) |
tf.nn.relu | keras.ops.relu | 1 | | a - 0.5 |
tf.nn.relu6 | keras.ops.relu6 | 1 | | a * 9 |
tf.nn.elu | keras.ops.elu | 1 | | a - 0.5 |
tf.nn.selu | keras.ops.selu | 1 | | a - 0.5 |
tf.nn.gelu | keras.ops.gelu | 0 | | a | tf.nn.gelu defaults to approximate=False, keras.ops.gelu to approximate=True: write keras.ops.gelu(x, approximate=False) for the same result.
tf.nn.silu | keras.ops.silu | 1 | | a |
tf.nn.softsign | keras.ops.softsign | 1 | | a |
tf.nn.softmax | keras.ops.softmax | 2 | axis | a, 0 |
tf.nn.log_softmax | keras.ops.log_softmax | 2 | axis | a, 0 |
tf.nn.leaky_relu | keras.ops.leaky_relu | 2 | | a - 0.5, 0.1 |
tf.nn.moments | keras.ops.moments | 2 | | a, [0] |
tf.nn.bias_add | keras.ops.add | 2 | | a, b[0] |
tf.nn.conv2d | keras.ops.conv | 0 | | | keras.ops.conv(inputs, kernel, strides=1, padding="valid") spells padding in lower case and takes integer strides.
tf.nn.max_pool2d | keras.ops.max_pool | 0 | | | keras.ops.max_pool(inputs, pool_size, strides=None, padding="valid") spells padding in lower case.
tf.nn.avg_pool2d | keras.ops.average_pool | 0 | | | keras.ops.average_pool(inputs, pool_size, strides=None, padding="valid") spells padding in lower case.
tf.nn.sigmoid_cross_entropy_with_logits | keras.ops.binary_crossentropy | 0 | | | keras.ops.binary_crossentropy(target, output, from_logits=True).
tf.nn.softmax_cross_entropy_with_logits | keras.ops.categorical_crossentropy | 0 | | | keras.ops.categorical_crossentropy(target, output, from_logits=True).
tf.nn.sparse_softmax_cross_entropy_with_logits | keras.ops.sparse_categorical_crossentropy | 0 | | | keras.ops.sparse_categorical_crossentropy(target, output, from_logits=True).
tf.image.resize | keras.ops.image.resize | 2 | | a[None, :, :, None], (4, 6) |
tf.keras.backend.sum | keras.ops.sum | 2 | axis, keepdims | a, 1 |
tf.keras.backend.mean | keras.ops.mean | 2 | axis, keepdims | a, 1 |
tf.keras.backend.max | keras.ops.max | 2 | axis, keepdims | a, 1 |
tf.keras.backend.min | keras.ops.min | 2 | axis, keepdims | a, 1 |
tf.keras.backend.prod | keras.ops.prod | 2 | axis, keepdims | a, 1 |
tf.keras.backend.std | keras.ops.std | 2 | axis, keepdims | a, 1 |
tf.keras.backend.var | keras.ops.var | 2 | axis, keepdims | a, 1 |
tf.keras.backend.abs | keras.ops.abs | 1 | | a |
tf.keras.backend.exp | keras.ops.exp | 1 | | a |
tf.keras.backend.log | keras.ops.log | 1 | | a |
tf.keras.backend.square | keras.ops.square | 1 | | a |
tf.keras.backend.sigmoid | keras.ops.sigmoid | 1 | | a |
tf.keras.backend.tanh | keras.ops.tanh | 1 | | a |
tf.keras.backend.softplus | keras.ops.softplus | 1 | | a |
tf.keras.backend.sqrt | keras.ops.sqrt | 0 | | a | K.sqrt clips negative inputs to 0; keras.ops.sqrt gives nan for them (keras.ops.sqrt(keras.ops.maximum(x, 0)) keeps the old result).
tf.keras.backend.maximum | keras.ops.maximum | 2 | | a, b |
tf.keras.backend.minimum | keras.ops.minimum | 2 | | a, b |
tf.keras.backend.pow | keras.ops.power | 2 | | a, 2.0 |
tf.keras.backend.clip | keras.ops.clip | 3 | | a, 0.2, 0.6 |
tf.keras.backend.cast | keras.ops.cast | 2 | dtype | a, "int32" |
tf.keras.backend.stop_gradient | keras.ops.stop_gradient | 1 | | a |
tf.keras.backend.reshape | keras.ops.reshape | 2 | | a, (3, 2) |
tf.keras.backend.permute_dimensions | keras.ops.transpose | 2 | | a, (1, 0) |
tf.keras.backend.stack | keras.ops.stack | 2 | axis | [a, b], 1 |
tf.keras.backend.tile | keras.ops.tile | 2 | | a, (2, 1) |
tf.keras.backend.squeeze | keras.ops.squeeze | 2 | axis | a[None], 0 |
tf.keras.backend.zeros_like | keras.ops.zeros_like | 1 | | a |
tf.keras.backend.ones_like | keras.ops.ones_like | 1 | | a |
tf.keras.backend.softmax | keras.ops.softmax | 2 | axis | a, 0 |
tf.keras.backend.expand_dims | keras.ops.expand_dims | 0 | | a, 1 | K.expand_dims defaults to axis=-1; keras.ops.expand_dims(x, axis) needs the axis.
tf.keras.backend.concatenate | keras.ops.concatenate | 0 | | [a, b], 1 | K.concatenate joins along axis=-1 by default, keras.ops.concatenate along axis=0: pass axis=-1.
tf.keras.backend.argmax | keras.ops.argmax | 0 | | a, 1 | K.argmax defaults to axis=-1, keras.ops.argmax to axis=None (flattened): pass axis=-1.
tf.keras.backend.argmin | keras.ops.argmin | 0 | | a, 1 | K.argmin defaults to axis=-1, keras.ops.argmin to axis=None (flattened): pass axis=-1.
tf.keras.backend.cumsum | keras.ops.cumsum | 0 | | a, 1 | K.cumsum defaults to axis=0, keras.ops.cumsum to axis=None (flattened): pass axis=0.
tf.keras.backend.gather | keras.ops.take | 0 | | a, [1] | K.gather(reference, indices) gathers along axis 0: write keras.ops.take(reference, indices, axis=0).
tf.keras.backend.relu | keras.ops.relu | 0 | | a - 0.5 | keras.ops.relu(x) takes only x; for alpha/max_value/threshold use keras.activations.relu(x, negative_slope=..., max_value=..., threshold=...).
tf.keras.backend.l2_normalize | keras.ops.normalize | 0 | | a, 1 | K.l2_normalize normalizes over all axes when axis is not given; keras.ops.normalize(x, axis=-1, order=2) over the last one.
tf.keras.backend.shape | keras.ops.shape | 0 | | a | keras.ops.shape returns a tuple (None for unknown dimensions), not a tensor.
tf.keras.backend.flatten | keras.ops.reshape | 0 | | a | write keras.ops.reshape(x, (-1,)).
tf.keras.backend.batch_flatten | keras.ops.reshape | 0 | | a | write keras.ops.reshape(x, (keras.ops.shape(x)[0], -1)) or use keras.layers.Flatten().
tf.keras.backend.dot | keras.ops.matmul | 0 | | a, b.T | K.dot(x, y) of N-D tensors contracts the last axis of x with the second-to-last of y like keras.ops.matmul only for 2-D; check the shapes (keras.ops.tensordot for other contractions).
tf.keras.backend.one_hot | keras.ops.one_hot | 2 | | np.array([0, 2]), 3 |
numpy.abs | keras.ops.abs | 1 | | a |
numpy.absolute | keras.ops.absolute | 1 | | a |
numpy.add | keras.ops.add | 2 | | a, b |
numpy.subtract | keras.ops.subtract | 2 | | a, b |
numpy.multiply | keras.ops.multiply | 2 | | a, b |
numpy.divide | keras.ops.divide | 2 | | a, b |
numpy.true_divide | keras.ops.true_divide | 2 | | a, b |
numpy.power | keras.ops.power | 2 | | a, b |
numpy.maximum | keras.ops.maximum | 2 | | a, b |
numpy.minimum | keras.ops.minimum | 2 | | a, b |
numpy.exp | keras.ops.exp | 1 | | a |
numpy.log | keras.ops.log | 1 | | a |
numpy.log1p | keras.ops.log1p | 1 | | a |
numpy.sqrt | keras.ops.sqrt | 1 | | a |
numpy.square | keras.ops.square | 1 | | a |
numpy.sin | keras.ops.sin | 1 | | a |
numpy.cos | keras.ops.cos | 1 | | a |
numpy.tanh | keras.ops.tanh | 1 | | a |
numpy.sign | keras.ops.sign | 1 | | a - 0.5 |
numpy.floor | keras.ops.floor | 1 | | a * 3 |
numpy.ceil | keras.ops.ceil | 1 | | a * 3 |
numpy.round | keras.ops.round | 2 | decimals | a, 1 |
numpy.clip | keras.ops.clip | 3 | | a, 0.2, 0.6 |
numpy.sum | keras.ops.sum | 2 | axis, keepdims | a, 1 |
numpy.mean | keras.ops.mean | 2 | axis, keepdims | a, 1 |
numpy.max | keras.ops.max | 2 | axis, keepdims | a, 1 |
numpy.min | keras.ops.min | 2 | axis, keepdims | a, 1 |
numpy.amax | keras.ops.amax | 2 | axis, keepdims | a, 1 |
numpy.amin | keras.ops.amin | 2 | axis, keepdims | a, 1 |
numpy.prod | keras.ops.prod | 2 | axis, keepdims | a, 1 |
numpy.std | keras.ops.std | 2 | axis, keepdims | a, 1 |
numpy.var | keras.ops.var | 2 | axis, keepdims | a, 1 |
numpy.all | keras.ops.all | 2 | axis, keepdims | a > 0.5, 1 |
numpy.any | keras.ops.any | 2 | axis, keepdims | a > 0.5, 1 |
numpy.argmax | keras.ops.argmax | 2 | axis, keepdims | a, 1 |
numpy.argmin | keras.ops.argmin | 2 | axis, keepdims | a, 1 |
numpy.argsort | keras.ops.argsort | 2 | axis | a, 0 |
numpy.sort | keras.ops.sort | 2 | axis | a, 0 |
numpy.cumsum | keras.ops.cumsum | 2 | axis | a, 1 |
numpy.cumprod | keras.ops.cumprod | 2 | axis | a, 1 |
numpy.reshape | keras.ops.reshape | 0 | | a, (3, 2) | numpy.reshape names its second argument shape (NumPy 2) or newshape; keras.ops.reshape(x, newshape).
numpy.transpose | keras.ops.transpose | 2 | axes | a, (1, 0) |
numpy.expand_dims | keras.ops.expand_dims | 2 | axis | a, 1 |
numpy.concatenate | keras.ops.concatenate | 2 | axis | [a, b], 1 |
numpy.stack | keras.ops.stack | 2 | axis | [a, b], 1 |
numpy.hstack | keras.ops.hstack | 1 | | [a, b] |
numpy.vstack | keras.ops.vstack | 1 | | [a, b] |
numpy.split | keras.ops.split | 3 | axis | a, 3, 1 |
numpy.tile | keras.ops.tile | 2 | | a, (2, 1) |
numpy.repeat | keras.ops.repeat | 3 | axis | a, 2, 1 |
numpy.take | keras.ops.take | 3 | axis | a, [1], 1 |
numpy.where | keras.ops.where | 3 | | a > 0.5, a, b |
numpy.matmul | keras.ops.matmul | 2 | | a, b.T |
numpy.dot | keras.ops.dot | 2 | | a, b.T |
numpy.einsum | keras.ops.einsum | 3 | | "ij,kj->ik", a, b |
numpy.tensordot | keras.ops.tensordot | 3 | axes | a, b.T, 1 |
numpy.outer | keras.ops.outer | 2 | | a[0], b[0] |
numpy.pad | keras.ops.pad | 2 | | a, [[1, 1], [0, 2]] |
numpy.roll | keras.ops.roll | 3 | axis | a, 1, 1 |
numpy.swapaxes | keras.ops.swapaxes | 3 | | a, 0, 1 |
numpy.moveaxis | keras.ops.moveaxis | 3 | | a, 0, 1 |
numpy.ravel | keras.ops.ravel | 1 | | a |
numpy.zeros_like | keras.ops.zeros_like | 1 | | a |
numpy.ones_like | keras.ops.ones_like | 1 | | a |
numpy.isnan | keras.ops.isnan | 1 | | a |
numpy.isfinite | keras.ops.isfinite | 1 | | a |
numpy.equal | keras.ops.equal | 2 | | a, a |
numpy.not_equal | keras.ops.not_equal | 2 | | a, b |
numpy.greater | keras.ops.greater | 2 | | a, b |
numpy.less | keras.ops.less | 2 | | a, b |
numpy.logical_and | keras.ops.logical_and | 2 | | a > 0.5, b > 0.5 |
numpy.logical_or | keras.ops.logical_or | 2 | | a > 0.5, b > 0.5 |
numpy.logical_not | keras.ops.logical_not | 1 | | a > 0.5 |
numpy.tril | keras.ops.tril | 2 | k | a, 0 |
numpy.triu | keras.ops.triu | 2 | k | a, 0 |
numpy.diagonal | keras.ops.diagonal | 1 | | a |
numpy.trace | keras.ops.trace | 1 | | a |
numpy.linalg.norm | keras.ops.norm | 0 | | a | keras.ops.norm(x, ord=None, axis=None, keepdims=False) follows numpy.linalg.norm; check ord/axis.
""".strip()

TF_NAMESPACES = ("", "math", "nn", "linalg", "signal", "image", "bitwise", "random")
RNG = np.random.default_rng(0)
A = RNG.uniform(0.1, 1.0, (2, 3)).astype("float32")
B = RNG.uniform(0.1, 1.0, (2, 3)).astype("float32")
I = np.array([0, 1, 2], dtype="int32")
KT_ERRORS = (
    "KerasTensor cannot be used as input",
    "KerasTensor is symbolic",
    "not KerasTensor",
    "got KerasTensor",
    "KerasTensor",
    # the tf.keras.backend shim reads TF-only attributes of a KerasTensor's shape and dtype
    "object has no attribute 'base_dtype'",
    "'tuple' object has no attribute 'rank'",
    "'tuple' object has no attribute 'as_list'",
)


class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)


def resolve(dotted: str):
    root, *rest = dotted.split(".")
    obj = {"tf": tf, "numpy": np, "keras": keras, "torch": torch}[root]
    if root == "tf" and rest[:2] == ["keras", "backend"]:
        obj, rest = tf.keras.backend, rest[2:]
    for part in rest:
        obj = getattr(obj, part)
    return obj


def parse_spec():
    rows = []
    for line in SPEC.splitlines():
        source, target, positional, keywords, sample, note = (p.strip() for p in line.split("|"))
        rows.append(
            {
                "source": source,
                "keras": target,
                "positional": int(positional),
                "keywords": [k.strip() for k in keywords.split(",") if k.strip()],
                "sample": sample,
                "note": note,
            }
        )
    return rows


def call(fn, args):
    signal.alarm(10)
    try:
        return fn(*args)
    finally:
        signal.alarm(0)


def raises_on_keras_tensor(fn, args) -> str | None:
    """The message if ``fn(*args)`` raises a KerasTensor error; None if it returns or fails
    for another reason."""
    try:
        call(fn, args)
    except Timeout:
        return None
    except Exception as exc:  # noqa: BLE001
        text = f"{type(exc).__name__}: {exc}"
        if any(e in text for e in KT_ERRORS):
            return text[:160]
        return None
    return None


def kt_like(value):
    """Sample arguments with every float array replaced by a KerasTensor of its shape."""
    if isinstance(value, np.ndarray) and value.ndim and value.dtype.kind in "fb":
        return keras.Input(batch_shape=value.shape, dtype=str(value.dtype))
    if isinstance(value, list) and value and all(isinstance(v, np.ndarray) for v in value):
        return [kt_like(v) for v in value]
    return value


def _symbolic(out) -> bool:
    outs = out if isinstance(out, (list, tuple)) else [out]
    return any(isinstance(o, keras.KerasTensor) for o in outs) or isinstance(out, (tuple, int))


def main() -> int:
    problems = []
    entries: dict[str, dict] = {}
    rows = parse_spec()
    by_object: dict[int, dict] = {}
    for row in rows:
        try:
            src, dst = resolve(row["source"]), resolve(row["keras"])
        except AttributeError as exc:
            problems.append(f"{row['source']} -> {row['keras']}: {exc}")
            continue
        verified = [f"{row['source']} and {row['keras']} exist (TF {tf.__version__}, NumPy {np.__version__}, Keras {keras.__version__})"]
        if row["sample"]:
            args = eval(f"({row['sample']},)", {"a": A, "b": B, "i": I, "np": np})  # noqa: S307
            if row["positional"]:
                src_args = args
                if row["source"].startswith("tf.keras.backend."):
                    # the legacy shim wants TF tensors (K.mean(np_array) raises AttributeError)
                    src_args = tuple(
                        tf.constant(v) if isinstance(v, np.ndarray) else [tf.constant(e) for e in v] if isinstance(v, list) and v and isinstance(v[0], np.ndarray) else v
                        for v in args
                    )
                want = np.asarray(call(src, src_args))
                got = keras.ops.convert_to_numpy(call(dst, args))
                if want.shape != got.shape or not np.allclose(want.astype("float64"), np.asarray(got).astype("float64"), atol=1e-5):
                    problems.append(f"{row['source']}{row['sample']!r} != {row['keras']}: {want!r} vs {got!r}")
                    continue
                verified.append(f"same result on sample arguments ({row['sample']})")
            kargs = tuple(kt_like(a) for a in args)
            if any(a is not b for a, b in zip(kargs, args)):
                message = raises_on_keras_tensor(src, kargs)
                if message is None:
                    problems.append(f"{row['source']} does not raise on a KerasTensor")
                    continue
                verified.append("raises on a KerasTensor")
                if not row["positional"]:
                    pass
                elif not _symbolic(call(dst, kargs)):
                    problems.append(f"{row['keras']} does not give a KerasTensor on KerasTensors")
                    continue
                else:
                    verified.append(f"{row['keras']} on KerasTensors gives a KerasTensor")
        entry = {"keras": row["keras"], "verified": "; ".join(verified)}
        if row["positional"]:
            entry["rename"] = {"positional": row["positional"], "keywords": row["keywords"]}
        if row["note"]:
            entry["note"] = row["note"]
        entries[row["source"]] = entry
        if row["source"].startswith("tf."):
            by_object[id(src)] = (row["source"], src)

    # tf aliases: the same function under other public names
    for ns in TF_NAMESPACES:
        module = resolve("tf." + ns) if ns else tf
        for name in dir(module):
            if name.startswith("_"):
                continue
            obj = getattr(module, name, None)
            hit = by_object.get(id(obj))
            if hit is None or hit[1] is not obj:
                continue
            alias = f"tf.{ns}.{name}" if ns else f"tf.{name}"
            if alias not in entries:
                entries[alias] = {**entries[hit[0]], "verified": f"the same function object as {hit[0]}; " + entries[hit[0]]["verified"]}

    # which functions raise on a KerasTensor alone, and which work
    kt = keras.Input((4,))
    raises, works = set(), set()
    namespaces = [("tf." + ns if ns else "tf", resolve("tf." + ns) if ns else tf) for ns in TF_NAMESPACES]
    namespaces.append(("tf.keras.backend", tf.keras.backend))
    namespaces.append(("numpy", np))
    if torch is not None:
        namespaces.append(("torch", torch))
    with tempfile.TemporaryDirectory() as tmp:
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            for prefix, module in namespaces:
                for name in sorted(dir(module)):
                    obj = getattr(module, name, None)
                    if name.startswith("_") or not callable(obj) or isinstance(obj, type) or name[:1].isupper():
                        continue
                    if prefix.startswith("tf") and type(obj).__name__ == "module":
                        continue
                    if prefix == "tf.keras.backend" and name in ("eval", "get_value", "batch_get_value", "print_tensor"):
                        continue  # reading values: KL202's concern
                    if name in ("info", "show_config", "show_runtime", "set_printoptions", "test", "seterr"):
                        continue
                    qual = f"{prefix}.{name}"
                    message = raises_on_keras_tensor(obj, (kt,))
                    if message is None and prefix != "torch":
                        message = raises_on_keras_tensor(obj, (kt, kt))
                    if message is not None:
                        raises.add(qual)
                        continue
                    try:
                        call(obj, (kt,))
                    except Exception:  # noqa: BLE001
                        continue
                    works.add(qual)
        finally:
            os.chdir(cwd)
    for source in entries:
        if source in works:
            problems.append(f"{source}: mapped, but works on a KerasTensor")
    raises -= set(entries)
    table = {
        "provenance": {
            "what": (
                "TensorFlow and NumPy functions that raise when given a Keras 3 KerasTensor, "
                "and the keras.ops function to use instead. 'rename' marks a pure rename: the "
                "first 'positional' arguments and the listed 'keywords' mean the same in both "
                "(the fix of KL203 applies only to calls within that). 'note' says what differs "
                "otherwise. jax.numpy.X is looked up as numpy.X (same API; jax was not installed "
                "where this table was made). 'raises_on_keras_tensor' are further functions seen to "
                "raise a KerasTensor error when called with a KerasTensor (no replacement named); "
                "'work_on_keras_tensor' returned a value for a KerasTensor argument and must never "
                "be flagged."
            ),
            "generated_by": "scripts/keras_ops_equivalents.py (curated SPEC, every claim executed)",
            "versions": {
                "tensorflow": tf.__version__,
                "keras": keras.__version__,
                "numpy": np.__version__,
                "torch": getattr(torch, "__version__", None),
                "keras_backend": keras.config.backend(),
            },
            "checked_by": "tests/runtime/test_table_keras_ops_equivalents.py",
        },
        "entries": {
            "replacements": dict(sorted(entries.items())),
            "raises_on_keras_tensor": sorted(raises),
            "work_on_keras_tensor": sorted(works),
        },
    }
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    json.dump(table, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
