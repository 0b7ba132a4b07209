"""Generate src/keras_lint/data/keras_backend_api.json from the real libraries.

Run with a Python that has tensorflow, keras 3 and tf_keras installed (dev tool, not part of
the package; it imports the frameworks, each namespace in its own subprocess):

    python scripts/gen_keras_backend_tables.py

It lists the names of Keras 3 ``keras.backend``, of the ``tf.keras.backend`` legacy shim
(TF >= 2.16 without TF_USE_LEGACY_KERAS) and of ``tf_keras.backend`` (Keras 2), re-verifies
/work/shared/reference/keras2-backend-to-keras3.json (every ``keras.*`` name a replacement
spells must resolve in Keras 3), checks which Keras 2 module paths are gone in Keras 3 and
writes the table. The replacement texts and fix templates are written by hand below; the
script refuses to write when one of them names something that does not exist.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "keras_lint" / "data" / "keras_backend_api.json"
REFERENCE = Path("/work/shared/reference/keras2-backend-to-keras3.json")
SHIM_BOILERPLATE = re.compile(r"\s*still present in tf\.keras\.backend under TF [\d.]+ \(Keras 3 legacy shim, TF-backend only\), absent from keras\.backend\.?")

# Names KL403 (legacy-keras-backend-engine) reports; KL401 leaves them alone.
THEANO_ERA = ("image_dim_ordering", "set_image_dim_ordering", "theano_backend", "cntk_backend")

# --- hand-written knowledge ------------------------------------------------------------------
# name -> (replacement shown in the message, semantic note or "")
# Replacements spell `keras.` for Keras 3; every dotted keras name in them is verified to exist.
OVERRIDES: dict[str, tuple[str, str]] = {
    "placeholder": ("keras.Input(shape=...)", "keras.Input's shape excludes the batch axis: K.placeholder(shape=(None, 4)) is keras.Input(shape=(4,))"),
    "function": ("keras.Function(inputs, outputs)", "or call the model eagerly / build keras.Model(inputs, outputs)"),
    "learning_phase": ("the `training=` argument of the layer or model call", "Keras 3 has no global learning phase"),
    "set_learning_phase": ("the `training=` argument of the layer or model call", "Keras 3 has no global learning phase"),
    "learning_phase_scope": ("the `training=` argument of the layer or model call", "Keras 3 has no global learning phase"),
    "in_train_phase": ("a branch on the `training` argument inside call()", ""),
    "in_test_phase": ("a branch on the `training` argument inside call()", ""),
    "get_session": ("nothing: Keras 3 runs eagerly (tf.compat.v1.keras.backend.get_session only for TF1 graph code on Keras 2)", ""),
    "set_session": ("nothing: Keras 3 runs eagerly (tf.compat.v1.keras.backend.set_session only for TF1 graph code on Keras 2)", ""),
    "print_tensor": ("print(x) in eager code, or tf.print(x) on the TensorFlow backend", "keras.ops has no print"),
    "is_tensor": ("keras.ops.is_tensor(x)", "keras.ops.is_tensor is False for symbolic Keras tensors"),
    "variable": ("keras.Variable(value, dtype=..., name=...)", "keras.Variable is not a tf.Variable instance"),
    "eval": ("keras.ops.convert_to_numpy(x)", ""),
    "get_value": ("keras.ops.convert_to_numpy(x)", ""),
    "gather": ("keras.ops.take(x, indices, axis=0)", "keras.ops.take flattens x unless axis is given (K.gather is axis=0)"),
    "argmax": ("keras.ops.argmax(x, axis=-1)", "keras.ops.argmax defaults to axis=None (flattened), K.argmax to axis=-1"),
    "argmin": ("keras.ops.argmin(x, axis=-1)", "keras.ops.argmin defaults to axis=None (flattened), K.argmin to axis=-1"),
    "cumsum": ("keras.ops.cumsum(x, axis=0)", "keras.ops.cumsum defaults to axis=None (flattened), K.cumsum to axis=0"),
    "cumprod": ("keras.ops.cumprod(x, axis=0)", "keras.ops.cumprod defaults to axis=None (flattened), K.cumprod to axis=0"),
    "concatenate": ("keras.ops.concatenate(tensors, axis=-1)", "keras.ops.concatenate defaults to axis=0, K.concatenate to axis=-1"),
    "expand_dims": ("keras.ops.expand_dims(x, axis=-1)", "keras.ops.expand_dims has no default axis (K.expand_dims: -1)"),
    "sqrt": ("keras.ops.sqrt(keras.ops.maximum(x, 0.0))", "K.sqrt clips negative inputs to 0, keras.ops.sqrt gives nan for them"),
    "repeat": ("keras.ops.repeat(keras.ops.expand_dims(x, 1), n, axis=1)", "keras.ops.repeat is numpy.repeat, not K.repeat's RepeatVector behaviour"),
    "switch": ("keras.ops.where(condition, then, else)", "keras.ops.switch(index, branches, *operands) selects a branch by index; keras.ops.where broadcasts the condition from the right, K.switch from the left, and takes no callables"),
    "in_top_k": ("keras.ops.in_top_k(targets, predictions, k)", "the argument order is swapped: K.in_top_k(predictions, targets, k)"),
    "hard_sigmoid": ("keras.ops.clip(0.2 * x + 0.5, 0.0, 1.0)", "not keras.ops.hard_sigmoid, whose slope is 1/6 where K.hard_sigmoid's is 0.2"),
    "relu": ("keras.activations.relu(x, negative_slope=alpha, max_value=..., threshold=...)", "keras.ops.relu takes only x"),
    "batch_normalization": ("keras.ops.batch_normalization(x, mean, var, axis=-1, offset=beta, scale=gamma, epsilon=1e-3)", "axis is the 4th positional argument of keras.ops.batch_normalization, so a positional port passes beta as axis"),
    "ones": ("keras.ops.ones(shape)", "K.ones returns a variable, keras.ops.ones a tensor (keras.Variable(keras.ops.ones(shape)) for a variable)"),
    "zeros": ("keras.ops.zeros(shape)", "K.zeros returns a variable, keras.ops.zeros a tensor (keras.Variable(keras.ops.zeros(shape)) for a variable)"),
    "eye": ("keras.ops.eye(n)", "K.eye returns a variable, keras.ops.eye a tensor"),
    "arange": ("keras.ops.arange(start, stop, step, dtype='int32')", "K.arange defaults to dtype int32"),
    "l2_normalize": ("keras.ops.normalize(x, axis=-1, order=2)", "K.l2_normalize defaults to axis=None (all axes), keras.ops.normalize to axis=-1"),
    "clip": ("keras.ops.clip(x, min_value, max_value)", "K.clip treats max_value=None as infinity and raises max_value to min_value when smaller"),
    "name_scope": ("keras.name_scope(name)", ""),
    "reset_uids": ("keras.backend.clear_session()", ""),
    "int_shape": ("x.shape", "x.shape is a tuple for Keras tensors and variables but a tf.TensorShape for TensorFlow tensors (tuple(x.shape) for a tuple)"),
    "count_params": ("keras.ops.size(x)", "K.count_params returns a Python int, keras.ops.size a tensor (math.prod(x.shape) for an int)"),
    "cast_to_floatx": ("keras.ops.cast(x, keras.config.floatx())", "K.cast_to_floatx returns a numpy array for numpy input, keras.ops.cast a tensor (numpy.asarray(x, dtype=keras.config.floatx()) keeps numpy)"),
    "constant": ("keras.ops.convert_to_tensor(value, dtype=keras.config.floatx())", "K.constant defaults to dtype floatx, keras.ops.convert_to_tensor keeps the value's dtype; K.constant(value, shape=s) is keras.ops.full(s, value)"),
    "batch_flatten": ("keras.ops.reshape(x, (keras.ops.shape(x)[0], -1))", "keras.layers.Flatten() inside a model"),
    "batch_set_value": ("for v, value in pairs: v.assign(value)", ""),
    "bias_add": ("keras.ops.add(x, bias) for channels_last (for channels_first reshape bias to broadcast over axis 1)", "K.bias_add follows keras.config.image_data_format() (it reshapes bias for channels_first); keras.ops.add broadcasts bias over the last axis"),
    "binary_focal_crossentropy": ("keras.losses.binary_focal_crossentropy(y_true, y_pred)", "keras.losses.binary_focal_crossentropy averages over the last axis, K.binary_focal_crossentropy returns one value per element"),
    "conv1d": ("keras.ops.conv(x, kernel, strides=..., padding=...)", "keras.ops.conv has no padding='causal' (pad the time axis with keras.ops.pad first)"),
    "conv3d": ("keras.ops.conv(x, kernel, strides=..., padding=...)", ""),
    "depthwise_conv2d": ("keras.ops.depthwise_conv(x, depthwise_kernel, strides=..., padding=...)", ""),
    "separable_conv2d": ("keras.ops.separable_conv(x, depthwise_kernel, pointwise_kernel, strides=..., padding=...)", ""),
    "separable_conv1d": ("keras.ops.separable_conv(x, depthwise_kernel, pointwise_kernel, strides=..., padding=...)", ""),
    "dot": ("keras.ops.dot(x, y)", ""),
    "dropout": ("keras.random.dropout(x, level, noise_shape=..., seed=...)", "the random stream differs from K.dropout's (keras.layers.Dropout inside a model)"),
    "dtype": ("keras.backend.standardize_dtype(x.dtype)", ""),
    "flatten": ("keras.ops.reshape(x, (-1,))", ""),
    "random_bernoulli": ("keras.random.binomial(shape, counts=1, probabilities=p)", "the random stream differs from K.random_bernoulli's"),
    "random_binomial": ("keras.random.binomial(shape, counts=1, probabilities=p)", "the random stream differs from K.random_binomial's"),
    "random_normal_variable": ("keras.Variable(keras.random.normal(shape, mean, scale))", "keras.Variable is not a tf.Variable instance"),
    "random_uniform_variable": ("keras.Variable(keras.random.uniform(shape, low, high))", "keras.Variable is not a tf.Variable instance"),
    "spatial_2d_padding": ("keras.ops.pad(x, ((0, 0), *padding, (0, 0))) for channels_last, keras.ops.pad(x, ((0, 0), (0, 0), *padding)) for channels_first", "written for channels_last (keras.config.image_data_format()); for channels_first pad axes 2 and 3 (or keras.layers.ZeroPadding2D)"),
    "spatial_3d_padding": ("keras.ops.pad(x, ((0, 0), *padding, (0, 0))) for channels_last, keras.ops.pad(x, ((0, 0), (0, 0), *padding)) for channels_first", "written for channels_last (keras.config.image_data_format()); for channels_first pad axes 2 to 4 (or keras.layers.ZeroPadding3D)"),
    "temporal_padding": ("keras.ops.pad(x, ((0, 0), padding, (0, 0)))", ""),
    "moving_average_update": ("x.assign(x * momentum + value * (1 - momentum))", "K.moving_average_update returns the update op; the Keras 3 assign runs at once"),
    "shape": ("keras.ops.shape(x)", "keras.ops.shape returns a tuple, K.shape an int32 tensor"),
    "rnn": ("keras.layers.RNN", "keras.ops has no rnn"),
}

# name -> fix: template over the Keras 2 parameters ({x}); "[, ...]" segments are dropped when a
# parameter in them was not passed and has no default; {keras} is how the module spells keras.
# "safe": False where the replacement's value can differ (applied only with --unsafe-fixes).
P1 = ["x"]
FIXES: dict[str, dict] = {}


def _rename(names, target, params, safe=True):
    for name in names:
        segs = "".join(f"[, {{{p}}}]" for p in params[1:])
        FIXES[name] = {"template": f"{{keras}}.{target.format(name=name)}({{{params[0]}}}{segs})", "params": params, "defaults": {}, "safe": safe}


_rename(["abs", "cos", "sin", "exp", "square", "tanh", "sigmoid", "softplus", "softsign", "sign", "round", "log", "stop_gradient", "ndim"], "ops.{name}", ["x"])
_rename(["sum", "mean", "max", "min", "prod", "std", "var", "all", "any"], "ops.{name}", ["x", "axis", "keepdims"])
_rename(["equal", "not_equal", "greater", "greater_equal", "less", "less_equal", "maximum", "minimum"], "ops.{name}", ["x", "y"])
_rename(["elu"], "ops.elu", ["x", "alpha"])
_rename(["softmax"], "ops.softmax", ["x", "axis"])
_rename(["stack"], "ops.stack", ["x", "axis"])
_rename(["squeeze"], "ops.squeeze", ["x", "axis"])
_rename(["reshape"], "ops.reshape", ["x", "shape"])
_rename(["tile"], "ops.tile", ["x", "n"])
_rename(["transpose"], "ops.transpose", ["x"])
_rename(["cast"], "ops.cast", ["x", "dtype"])
_rename(["one_hot"], "ops.one_hot", ["indices", "num_classes"])
_rename(["ones_like", "zeros_like"], "ops.{name}", ["x", "dtype"])
_rename(["eval", "get_value"], "ops.convert_to_numpy", ["x"])
_rename(["is_tensor"], "ops.is_tensor", ["x"])
_rename(["random_normal"], "random.normal", ["shape", "mean", "stddev", "dtype", "seed"])
_rename(["random_uniform"], "random.uniform", ["shape", "minval", "maxval", "dtype", "seed"])
_rename(["truncated_normal"], "random.truncated_normal", ["shape", "mean", "stddev", "dtype", "seed"])
_rename(["binary_crossentropy"], "ops.binary_crossentropy", ["target", "output", "from_logits"])
_rename(["categorical_crossentropy", "sparse_categorical_crossentropy"], "ops.{name}", ["target", "output", "from_logits", "axis"])
FIXES.update(
    {
        "pow": {"template": "{keras}.ops.power({x}, {a})", "params": ["x", "a"], "defaults": {}, "safe": True},
        "permute_dimensions": {"template": "{keras}.ops.transpose({x}, {pattern})", "params": ["x", "pattern"], "defaults": {}, "safe": True},
        "repeat_elements": {"template": "{keras}.ops.repeat({x}, {rep}, axis={axis})", "params": ["x", "rep", "axis"], "defaults": {}, "safe": True},
        "argmax": {"template": "{keras}.ops.argmax({x}, axis={axis})", "params": ["x", "axis"], "defaults": {"axis": "-1"}, "safe": True},
        "argmin": {"template": "{keras}.ops.argmin({x}, axis={axis})", "params": ["x", "axis"], "defaults": {"axis": "-1"}, "safe": True},
        "cumsum": {"template": "{keras}.ops.cumsum({x}, axis={axis})", "params": ["x", "axis"], "defaults": {"axis": "0"}, "safe": True},
        "cumprod": {"template": "{keras}.ops.cumprod({x}, axis={axis})", "params": ["x", "axis"], "defaults": {"axis": "0"}, "safe": True},
        "concatenate": {"template": "{keras}.ops.concatenate({tensors}, axis={axis})", "params": ["tensors", "axis"], "defaults": {"axis": "-1"}, "safe": True},
        "expand_dims": {"template": "{keras}.ops.expand_dims({x}, axis={axis})", "params": ["x", "axis"], "defaults": {"axis": "-1"}, "safe": True},
        "gather": {"template": "{keras}.ops.take({reference}, {indices}, axis=0)", "params": ["reference", "indices"], "defaults": {}, "safe": True},
        "sqrt": {"template": "{keras}.ops.sqrt({keras}.ops.maximum({x}, 0.0))", "params": ["x"], "defaults": {}, "safe": True},
        "repeat": {"template": "{keras}.ops.repeat({keras}.ops.expand_dims({x}, 1), {n}, axis=1)", "params": ["x", "n"], "defaults": {}, "safe": True},
        "in_top_k": {"template": "{keras}.ops.in_top_k({targets}, {predictions}, {k})", "params": ["predictions", "targets", "k"], "defaults": {}, "safe": True},
        "switch": {"template": "{keras}.ops.where({condition}, {then_expression}, {else_expression})", "params": ["condition", "then_expression", "else_expression"], "defaults": {}, "safe": False},
        "variable": {"template": "{keras}.Variable({value}[, dtype={dtype}][, name={name}])", "params": ["value", "dtype", "name"], "defaults": {}, "safe": False},
        "relu": {"template": "{keras}.activations.relu({x}[, negative_slope={alpha}][, max_value={max_value}][, threshold={threshold}])", "params": ["x", "alpha", "max_value", "threshold"], "defaults": {}, "safe": True},
        "batch_normalization": {"template": "{keras}.ops.batch_normalization({x}, {mean}, {var}, axis={axis}, offset={beta}, scale={gamma}, epsilon={epsilon})", "params": ["x", "mean", "var", "beta", "gamma", "axis", "epsilon"], "defaults": {"axis": "-1", "epsilon": "0.001"}, "safe": True},
        "set_value": {"template": "{x}.assign({value})", "params": ["x", "value"], "defaults": {}, "safe": True},
        "update_add": {"template": "{x}.assign_add({increment})", "params": ["x", "increment"], "defaults": {}, "safe": True},
        "update_sub": {"template": "{x}.assign_sub({decrement})", "params": ["x", "decrement"], "defaults": {}, "safe": True},
        "function": None,
        "placeholder": None,
    }
)

# Templates whose value can differ from the Keras 2 call ("safe": False: applied only with
# --unsafe-fixes) and message-only ones ("message_only": True: the message names the filled-in
# call, no fix ever applies it; for a different kind of result such as a variable -> tensor, or a
# statement). "ignore": parameters the replacement drops (name=...), message-only templates only.
CONV = "[, strides={strides}][, padding={padding}][, data_format={data_format}][, dilation_rate={dilation_rate}]"
CONV_PARAMS = ["strides", "padding", "data_format", "dilation_rate"]


def _fix(template, params, defaults=None, safe=False, message_only=False, ignore=()):
    fix = {"template": template, "params": params, "defaults": defaults or {}, "safe": safe}
    if message_only:
        fix["message_only"] = True
        fix["safe"] = False
    if ignore:
        assert message_only, template
        fix["ignore"] = list(ignore)
    return fix


FIXES.update(
    {
        # value-equal replacements whose edge cases differ (see each entry's note)
        "arange": _fix("{keras}.ops.arange({start}[, {stop}][, {step}], dtype={dtype})", ["start", "stop", "step", "dtype"], {"dtype": "'int32'"}),
        "batch_flatten": _fix("{keras}.ops.reshape({x}, ({keras}.ops.shape({x})[0], -1))", ["x"]),
        "batch_get_value": _fix("[{keras}.ops.convert_to_numpy(v) for v in {tensors}]", ["tensors"]),
        "bias_add": _fix("{keras}.ops.add({x}, {bias})", ["x", "bias"]),
        "categorical_focal_crossentropy": _fix("{keras}.losses.categorical_focal_crossentropy({target}, {output}[, alpha={alpha}][, gamma={gamma}][, from_logits={from_logits}][, axis={axis}])", ["target", "output", "alpha", "gamma", "from_logits", "axis"]),
        "clip": _fix("{keras}.ops.clip({x}, {min_value}, {max_value})", ["x", "min_value", "max_value"]),
        "constant": _fix("{keras}.ops.convert_to_tensor({value}, dtype={dtype})", ["value", "dtype"], {"dtype": "{keras}.config.floatx()"}),
        "conv1d": _fix("{keras}.ops.conv({x}, {kernel}" + CONV + ")", ["x", "kernel"] + CONV_PARAMS),
        "conv2d": _fix("{keras}.ops.conv({x}, {kernel}" + CONV + ")", ["x", "kernel"] + CONV_PARAMS),
        "conv3d": _fix("{keras}.ops.conv({x}, {kernel}" + CONV + ")", ["x", "kernel"] + CONV_PARAMS),
        "depthwise_conv2d": _fix("{keras}.ops.depthwise_conv({x}, {depthwise_kernel}" + CONV + ")", ["x", "depthwise_kernel"] + CONV_PARAMS),
        "separable_conv1d": _fix("{keras}.ops.separable_conv({x}, {depthwise_kernel}, {pointwise_kernel}" + CONV + ")", ["x", "depthwise_kernel", "pointwise_kernel"] + CONV_PARAMS),
        "separable_conv2d": _fix("{keras}.ops.separable_conv({x}, {depthwise_kernel}, {pointwise_kernel}" + CONV + ")", ["x", "depthwise_kernel", "pointwise_kernel"] + CONV_PARAMS),
        "dot": _fix("{keras}.ops.dot({x}, {y})", ["x", "y"]),
        "dropout": _fix("{keras}.random.dropout({x}, {level}[, noise_shape={noise_shape}][, seed={seed}])", ["x", "level", "noise_shape", "seed"]),
        "dtype": _fix("{keras}.backend.standardize_dtype({x}.dtype)", ["x"]),
        "get_variable_shape": _fix("{x}.shape", ["x"]),
        "hard_sigmoid": _fix("{keras}.ops.clip(0.2 * {x} + 0.5, 0.0, 1.0)", ["x"]),
        "int_shape": _fix("{x}.shape", ["x"]),
        "is_placeholder": _fix("{keras}.backend.is_keras_tensor({x})", ["x"]),
        "is_symbolic": _fix("{keras}.backend.is_keras_tensor({x})", ["x"]),
        "is_variable": _fix("isinstance({x}, {keras}.Variable)", ["x"]),
        "l2_normalize": _fix("{keras}.ops.normalize({x}, axis={axis}, order=2)", ["x", "axis"], {"axis": "None"}),
        "map_fn": _fix("{keras}.ops.map({fn}, {elems})", ["fn", "elems"]),
        "name_scope": _fix("{keras}.name_scope({name})", ["name"]),
        "random_bernoulli": _fix("{keras}.random.binomial({shape}, counts=1, probabilities={p}[, dtype={dtype}][, seed={seed}])", ["shape", "p", "dtype", "seed"], {"p": "0.0"}),
        "random_binomial": _fix("{keras}.random.binomial({shape}, counts=1, probabilities={p}[, dtype={dtype}][, seed={seed}])", ["shape", "p", "dtype", "seed"], {"p": "0.0"}),
        "reverse": _fix("{keras}.ops.flip({x}, axis={axes})", ["x", "axes"]),
        "size": _fix("{keras}.ops.size({x})", ["x"]),
        "slice": _fix("{keras}.ops.slice({x}, {start}, {size})", ["x", "start", "size"]),
        "spatial_2d_padding": _fix("{keras}.ops.pad({x}, ((0, 0), *{padding}, (0, 0)))", ["x", "padding"], {"padding": "((1, 1), (1, 1))"}),
        "spatial_3d_padding": _fix("{keras}.ops.pad({x}, ((0, 0), *{padding}, (0, 0)))", ["x", "padding"], {"padding": "((1, 1), (1, 1), (1, 1))"}),
        "to_dense": _fix("{keras}.ops.convert_to_tensor({tensor}, sparse=False)", ["tensor"]),
        "update": _fix("{x}.assign({new_x})", ["x", "new_x"]),
        # identical values
        "flatten": _fix("{keras}.ops.reshape({x}, (-1,))", ["x"], safe=True),
        "temporal_padding": _fix("{keras}.ops.pad({x}, ((0, 0), {padding}, (0, 0)))", ["x", "padding"], {"padding": "(1, 1)"}, safe=True),
        "logsumexp": _fix("{keras}.ops.logsumexp({x}[, {axis}][, {keepdims}])", ["x", "axis", "keepdims"], safe=True),
        # message only: a different kind of result, or a statement
        "zeros": _fix("{keras}.ops.zeros({shape}[, dtype={dtype}])", ["shape", "dtype", "name"], message_only=True, ignore=["name"]),
        "ones": _fix("{keras}.ops.ones({shape}[, dtype={dtype}])", ["shape", "dtype", "name"], message_only=True, ignore=["name"]),
        "eye": _fix("{keras}.ops.eye({size}[, dtype={dtype}])", ["size", "dtype", "name"], message_only=True, ignore=["name"]),
        "shape": _fix("{keras}.ops.shape({x})", ["x"], message_only=True),
        "count_params": _fix("{keras}.ops.size({x})", ["x"], message_only=True),
        "cast_to_floatx": _fix("{keras}.ops.cast({x}, {keras}.config.floatx())", ["x"], message_only=True),
        "binary_focal_crossentropy": _fix("{keras}.losses.binary_focal_crossentropy({target}, {output}[, apply_class_balancing={apply_class_balancing}][, alpha={alpha}][, gamma={gamma}][, from_logits={from_logits}])", ["target", "output", "apply_class_balancing", "alpha", "gamma", "from_logits"], message_only=True),
        "identity": _fix("{keras}.ops.copy({x})", ["x", "name"], message_only=True, ignore=["name"]),
        "random_normal_variable": _fix("{keras}.Variable({keras}.random.normal({shape}, {mean}, {scale}[, dtype={dtype}][, seed={seed}])[, name={name}])", ["shape", "mean", "scale", "dtype", "name", "seed"], message_only=True),
        "random_uniform_variable": _fix("{keras}.Variable({keras}.random.uniform({shape}, {low}, {high}[, dtype={dtype}][, seed={seed}])[, name={name}])", ["shape", "low", "high", "dtype", "name", "seed"], message_only=True),
        "batch_set_value": _fix("for v, value in {tuples}: v.assign(value)", ["tuples"], message_only=True),
        "moving_average_update": _fix("{x}.assign({x} * {momentum} + {value} * (1 - {momentum}))", ["x", "value", "momentum"], message_only=True),
    }
)
FIXES = {k: v for k, v in FIXES.items() if v is not None}

# Keras 2 module paths gone in Keras 3 (checked below: each must fail to import on Keras 3, and
# each replacement must import). module -> (replacement shown, {imported name: Keras 3 name}).
REMOVED_MODULES: dict[str, tuple[str, dict[str, str]]] = {
    "keras.engine": ("keras.layers / keras.models", {"Layer": "keras.layers.Layer", "InputSpec": "keras.layers.InputSpec", "Input": "keras.Input", "Model": "keras.Model", "Sequential": "keras.Sequential"}),
    "keras.engine.topology": ("keras.layers", {"Layer": "keras.layers.Layer", "InputSpec": "keras.layers.InputSpec", "Input": "keras.Input", "Container": "keras.Model", "get_source_inputs": "keras.utils.get_source_inputs"}),
    "keras.engine.base_layer": ("keras.layers", {"Layer": "keras.layers.Layer", "InputSpec": "keras.layers.InputSpec"}),
    "keras.engine.input_layer": ("keras", {"Input": "keras.Input", "InputLayer": "keras.layers.InputLayer"}),
    "keras.engine.training": ("keras", {"Model": "keras.Model"}),
    "keras.engine.network": ("keras", {"Network": "keras.Model"}),
    "keras.engine.sequential": ("keras", {"Sequential": "keras.Sequential"}),
    "keras.engine.functional": ("keras", {"Functional": "keras.Model"}),
    "keras.engine.saving": ("keras.saving / keras.models", {"load_model": "keras.models.load_model"}),
    "keras.backend.tensorflow_backend": ("keras.backend / keras.ops / tensorflow", {}),
    "keras.backend.common": ("keras.config", {"epsilon": "keras.config.epsilon", "floatx": "keras.config.floatx", "image_data_format": "keras.config.image_data_format"}),
    "keras.backend.load_backend": ("keras.backend", {}),
    "keras.layers.core": ("keras.layers", {}),
    "keras.layers.convolutional": ("keras.layers", {}),
    "keras.layers.convolutional_recurrent": ("keras.layers", {}),
    "keras.layers.recurrent": ("keras.layers", {}),
    "keras.layers.cudnn_recurrent": ("keras.layers (LSTM / GRU use cuDNN when they can)", {"CuDNNLSTM": "keras.layers.LSTM", "CuDNNGRU": "keras.layers.GRU"}),
    "keras.layers.merge": ("keras.layers", {}),
    "keras.layers.normalization": ("keras.layers", {}),
    "keras.layers.advanced_activations": ("keras.layers", {}),
    "keras.layers.embeddings": ("keras.layers", {}),
    "keras.layers.pooling": ("keras.layers", {}),
    "keras.layers.wrappers": ("keras.layers", {}),
    "keras.layers.noise": ("keras.layers", {}),
    "keras.utils.np_utils": ("keras.utils", {"to_categorical": "keras.utils.to_categorical", "normalize": "keras.utils.normalize"}),
    "keras.utils.generic_utils": ("keras.utils / keras.saving", {"get_custom_objects": "keras.saving.get_custom_objects", "CustomObjectScope": "keras.saving.CustomObjectScope", "custom_object_scope": "keras.saving.custom_object_scope", "serialize_keras_object": "keras.saving.serialize_keras_object", "deserialize_keras_object": "keras.saving.deserialize_keras_object", "Progbar": "keras.utils.Progbar", "to_list": "a list(...) of your own"}),
    "keras.utils.data_utils": ("keras.utils", {"get_file": "keras.utils.get_file", "Sequence": "keras.utils.PyDataset"}),
    "keras.utils.vis_utils": ("keras.utils", {"plot_model": "keras.utils.plot_model", "model_to_dot": "keras.utils.model_to_dot"}),
    "keras.utils.layer_utils": ("keras.utils", {"get_source_inputs": "keras.utils.get_source_inputs"}),
    "keras.utils.conv_utils": ("your own helper (no public Keras 3 module)", {}),
    "keras.utils.io_utils": ("keras.utils", {"HDF5Matrix": "tf.data / h5py directly"}),
    "keras.utils.multi_gpu_utils": ("keras.distribution / tf.distribute.MirroredStrategy", {}),
    "keras.wrappers.scikit_learn": ("keras.wrappers (SKLearnClassifier / SKLearnRegressor) or the scikeras package", {"KerasClassifier": "keras.wrappers.SKLearnClassifier", "KerasRegressor": "keras.wrappers.SKLearnRegressor"}),
    "keras.preprocessing.text": ("keras.layers.TextVectorization", {"Tokenizer": "keras.layers.TextVectorization"}),
    "keras.objectives": ("keras.losses", {}),
}

NAMES_CODE = r'''
import json, sys
out = {}
which = sys.argv[1]
if which == "keras3":
    import keras, tensorflow as tf
    out["keras_version"] = keras.__version__
    out["tensorflow_version"] = tf.__version__
    out["keras3_backend"] = sorted(n for n in dir(keras.backend) if not n.startswith("_"))
    out["tf_keras_shim"] = sorted(n for n in dir(tf.keras.backend) if not n.startswith("_"))
    out["tf_compat_v1_shim"] = sorted(n for n in dir(tf.compat.v1.keras.backend) if not n.startswith("_"))
    out["tf_keras_is_keras3"] = tf.keras.layers.Dense is keras.layers.Dense
    missing = []
    for path in json.loads(sys.argv[2]):
        obj = keras
        try:
            for part in path.split(".")[1:]:
                obj = getattr(obj, part)
        except AttributeError:
            missing.append(path)
    out["missing_replacements"] = missing
    import inspect
    sigs = {}
    for path in json.loads(sys.argv[4]):
        obj = keras
        for part in path.split(".")[1:]:
            obj = getattr(obj, part)
        sigs[path] = list(inspect.signature(obj).parameters)
    out["signatures"] = sigs
    import importlib
    gone, present = [], []
    for mod in json.loads(sys.argv[3]):
        try:
            importlib.import_module(mod)
            present.append(mod)
        except ImportError:
            gone.append(mod)
    out["modules_gone"] = gone
    out["modules_present"] = present
else:
    import tf_keras
    out["tf_keras_version"] = tf_keras.__version__
    out["keras2_backend"] = sorted(n for n in dir(tf_keras.backend) if not n.startswith("_"))
print("@@JSON@@" + json.dumps(out))
'''


def _run(which: str, *args: str, legacy: bool = False) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("KERAS_BACKEND", "TF_USE_LEGACY_KERAS")}
    env["TF_CPP_MIN_LOG_LEVEL"] = "3"
    if legacy:
        env["TF_USE_LEGACY_KERAS"] = "1"
    proc = subprocess.run([sys.executable, "-c", NAMES_CODE, which, *args], capture_output=True, text=True, env=env, cwd="/", check=True)
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("@@JSON@@"))
    return json.loads(line[len("@@JSON@@"):])


def keras_paths(text: str) -> set[str]:
    """The dotted keras.* names a replacement text spells."""
    return {m.rstrip(".") for m in re.findall(r"\bkeras(?:\.[A-Za-z_]\w*)+", text)}


def main() -> None:
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    names: dict[str, dict] = {}
    for item in reference:
        name = item["keras2"].rsplit(".", 1)[1]
        replacement = re.sub(r"\s*\((NEGATIVE INPUTS DIFFER|DIFFERENT FORMULA|ARGUMENT ORDER SWAPPED|ARG ORDER DIFFERS)\)", "", item["keras3"]).strip()
        note = SHIM_BOILERPLATE.sub("", item.get("note", "")).strip()
        if "Present in standalone Keras 2.3.1" in note or "source-read" in note:
            note = re.sub(r"\s*Present in standalone Keras 2\.3\.1.*$", "", note).strip()
        if name in OVERRIDES:
            replacement, note = OVERRIDES[name]
        else:
            note = ""  # reference notes are verbose; the differences that matter are in OVERRIDES
        names[name] = {"replacement": replacement, "note": note, "fix": FIXES.get(name)}
    for name, fix in FIXES.items():
        assert name in names, name
        fields = set(re.findall(r"\{(\w+)\}", fix["template"])) - {"keras"}
        assert fields <= set(fix["params"]), (name, fields)
        assert set(fix["params"]) <= fields | set(fix.get("ignore", ())), (name, "a parameter the template drops")

    wanted = set()
    for entry in names.values():
        wanted |= keras_paths(entry["replacement"])
        if entry["fix"]:
            wanted |= keras_paths(entry["fix"]["template"].replace("{keras}", "keras"))
            for default in entry["fix"]["defaults"].values():
                wanted |= keras_paths(default.replace("{keras}", "keras"))
    for replacement, per_name in REMOVED_MODULES.values():
        wanted |= keras_paths(replacement)
        for target in per_name.values():
            wanted |= keras_paths(target)
    wanted = {w for w in wanted if not w.startswith("keras.backend.") or w == "keras.backend.clear_session"}
    callees = {}
    for name, fix in FIXES.items():
        if not fix["template"].startswith("{keras}"):
            fix["keywords"] = []
            continue
        m = re.match(r"\{keras\}\.([\w.]+)\(", fix["template"])
        callees[name] = "keras." + m.group(1)
    k3 = _run("keras3", json.dumps(sorted(wanted)), json.dumps(sorted(REMOVED_MODULES)), json.dumps(sorted(set(callees.values()))))
    for name, fix in FIXES.items():
        if name not in callees:
            continue
        # a Keras 2 parameter passed by keyword keeps its keyword only if the replacement has it
        fix["keywords"] = [p for p in fix["params"] if p in k3["signatures"][callees[name]]]
    k2 = _run("keras2", legacy=True)
    problems = []
    if k3["missing_replacements"]:
        problems.append(f"replacements missing in keras {k3['keras_version']}: {k3['missing_replacements']}")
    if k3["modules_present"]:
        problems.append(f"modules still importable in keras {k3['keras_version']}: {k3['modules_present']}")
    if not k3["tf_keras_is_keras3"]:
        problems.append("tf.keras is not Keras 3 in this environment")
    if k3["tf_compat_v1_shim"] != k3["tf_keras_shim"]:
        problems.append("tf.compat.v1.keras.backend differs from tf.keras.backend")
    k3_names, shim = set(k3["keras3_backend"]), set(k3["tf_keras_shim"])
    for name in list(names):
        if name in k3_names:
            problems.append(f"{name} is in Keras 3 keras.backend: it is not removed")
        names[name]["in_shim"] = name in shim
        names[name]["in_keras2"] = name in set(k2["keras2_backend"])
    unmapped = sorted((set(k2["keras2_backend"]) | shim) - k3_names - set(names))
    if unmapped:
        problems.append(f"Keras 2 / shim names without an entry: {unmapped}")
    if problems:
        raise SystemExit("\n".join(problems))

    table = {
        "provenance": {
            "generated_by": "scripts/gen_keras_backend_tables.py",
            "keras": k3["keras_version"],
            "tensorflow": k3["tensorflow_version"],
            "tf_keras": k2["tf_keras_version"],
            "source": (
                "Namespaces listed with dir() on the installed libraries: keras.backend (Keras 3), "
                "tf.keras.backend without TF_USE_LEGACY_KERAS (the Keras 3 legacy shim; "
                "tf.compat.v1.keras.backend is the same), tf_keras.backend (Keras 2). Replacements: "
                "/work/shared/reference/keras2-backend-to-keras3.json (156 entries, incl. Keras 2.3.1 "
                "names read from its source) with hand-written corrections; every keras.* name a "
                "replacement or fix spells was resolved on the installed Keras 3, every removed module "
                "failed to import there. tests/runtime/test_table_keras_backend.py re-checks this and "
                "compares the kept-defaults fixes with tf_keras values."
            ),
            "fix_templates": (
                "{param} is the argument bound to that Keras 2 parameter (positional or keyword); "
                "'[, ...]' is dropped when a parameter in it was not passed (other brackets are literal); 'defaults' fill the Keras 2 "
                "defaults the replacement does not share; {keras} is the module's name for keras (also in "
                "defaults); '*{param}' splices a literal tuple/list argument into the enclosing display; "
                "an argument outside a whole-argument slot is parenthesized unless atomic. 'safe': false is "
                "applied only with --unsafe-fixes; 'message_only': true is never applied (the message names "
                "the filled-in call); 'ignore' lists parameters a message-only template drops."
            ),
        },
        "entries": {
            "keras3_backend": k3["keras3_backend"],
            "tf_keras_shim": k3["tf_keras_shim"],
            "keras2_backend": k2["keras2_backend"],
            "theano_era": list(THEANO_ERA),
            "names": dict(sorted(names.items())),
            "removed_modules": {m: {"replacement": r, "names": n} for m, (r, n) in sorted(REMOVED_MODULES.items())},
        },
    }
    OUT.write_text(json.dumps(table, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(names)} names, {len(REMOVED_MODULES)} modules")


if __name__ == "__main__":
    main()
