"""KL303: a channels-first (C, H, W) input shape fed to a channels_last 2-D layer."""

from __future__ import annotations

from astroid import nodes

from keras_lint.catalogue import rule
from keras_lint.semantic.calls import keyword
from keras_lint.rules.base import Check
from keras_lint.semantic import apis
from keras_lint.semantic.names import qualified_name

# 2-D layers that read the channels axis from data_format (default channels_last)
SPATIAL_2D = frozenset(
    {
        "Conv2D",
        "Convolution2D",
        "SeparableConv2D",
        "SeparableConvolution2D",
        "DepthwiseConv2D",
        "Conv2DTranspose",
        "Convolution2DTranspose",
        "MaxPooling2D",
        "MaxPool2D",
        "AveragePooling2D",
        "AvgPool2D",
        "GlobalAveragePooling2D",
        "GlobalAvgPool2D",
        "GlobalMaxPooling2D",
        "GlobalMaxPool2D",
        "UpSampling2D",
        "ZeroPadding2D",
        "Cropping2D",
        "LocallyConnected2D",
    }
)
# layers that keep the shape: the input passes through them to the 2-D layer unchanged
PASS_THROUGH = frozenset(
    {
        "Rescaling",
        "Normalization",
        "Dropout",
        "GaussianNoise",
        "GaussianDropout",
        "Activation",
        "ReLU",
        "LeakyReLU",
        "Identity",
    }
)
_CHANNELS = (1, 3, 4)
_MIN_SIDE = 8
_MAX_HOPS = 6


def chw(shape: nodes.NodeNG | None) -> tuple[int, int, int] | None:
    """(C, H, W) for a literal ``(C, H, W)`` with C in 1/3/4 and H, W >= 8."""
    if not isinstance(shape, (nodes.Tuple, nodes.List)) or len(shape.elts) != 3:
        return None
    values = []
    for elt in shape.elts:
        if not isinstance(elt, nodes.Const) or type(elt.value) is not int:
            return None
        values.append(elt.value)
    c, h, w = values
    if c in _CHANNELS and h >= _MIN_SIDE and w >= _MIN_SIDE:
        return c, h, w
    return None


def _layer_ctor(func: nodes.NodeNG) -> tuple[str, nodes.Call] | None:
    """(class name, constructor call) of the layer a call calls: ``Conv2D(8, 3)(x)`` or
    ``conv(x)`` with ``conv = Conv2D(8, 3)`` bound once."""
    ctor = None
    if isinstance(func, nodes.Call):
        ctor = func
    elif isinstance(func, nodes.Name):
        try:
            _scope, bindings = func.lookup(func.name)
        except Exception:
            return None
        if len(bindings) == 1 and isinstance(bindings[0], nodes.AssignName):
            assign = bindings[0].parent
            if isinstance(assign, nodes.Assign) and len(assign.targets) == 1 and isinstance(assign.value, nodes.Call):
                ctor = assign.value
    if ctor is None:
        return None
    return _layer_class(ctor)


def _layer_class(ctor: nodes.NodeNG) -> tuple[str, nodes.Call] | None:
    if not isinstance(ctor, nodes.Call):
        return None
    k = apis.keras_name(qualified_name(ctor.func))
    if k is None or not apis.is_layer_class(k):
        return None
    return k.path.split(".")[-1], ctor


def _channels_first_or_unknown(ctor: nodes.Call) -> bool:
    """The layer says data_format="channels_first", or data_format is not a literal."""
    fmt = keyword(ctor, "data_format")
    if fmt is None:
        return bool(any(kw.arg is None for kw in ctor.keywords or ()))  # **kwargs may carry it
    return not (isinstance(fmt, nodes.Const) and fmt.value == "channels_last")


class ChannelsFirstInput(Check):
    rule = rule("KL303")
    node_types = (nodes.Call,)
    triggers = ("2D", "shape")

    def check(self, node, ctx):
        if not ctx.might_be_framework(node.func):
            return
        k = apis.keras_name(qualified_name(node.func))
        if k is None:
            return
        name = k.path.split(".")[-1]
        if k.path in apis.KERAS_INPUT:
            shape = keyword(node, "shape")
            if shape is None and node.args and not isinstance(node.args[0], nodes.Starred):
                shape = node.args[0]
            report_on, ctor = node, None
        elif name == "InputLayer":
            shape = keyword(node, "shape") or keyword(node, "input_shape")
            report_on, ctor = node, None
        elif name in SPATIAL_2D:
            shape = keyword(node, "input_shape")
            report_on, ctor = shape, node
        else:
            return
        dims = chw(shape)
        if dims is None or self._format_set(ctx) or _under_format_test(node):
            return
        if ctor is None:
            found = self._consumer(node, 0)
            if found is None:
                return
            layer_name, ctor = found
        else:
            layer_name = name
        if _channels_first_or_unknown(ctor):
            return
        c, h, w = dims
        replacement = f"shape=({h}, {w}, {c})" if ctor is not node else f"input_shape=({h}, {w}, {c})"
        shape_call = node.as_string() if ctor is not node else f"input_shape={shape.as_string()}"
        yield self.report(
            report_on,
            replacement=replacement,
            shape_call=f"`{shape_call}`",
            c=str(c),
            channels=f"{c} channel" + ("s" if c > 1 else ""),
            h=str(h),
            w=str(w),
            layer=f"`{ctor.as_string()}` (line {ctor.lineno})",
            layer_name=layer_name,
        )

    # -- following the input to the layer that reads it -------------------------------------
    def _consumer(self, value: nodes.NodeNG, hops: int) -> tuple[str, nodes.Call] | None:
        """The first 2-D layer ``value`` (an expression) flows into, or None."""
        if hops > _MAX_HOPS:
            return None
        parent = value.parent
        if isinstance(parent, nodes.Call) and parent.args and parent.args[0] is value:
            layer = _layer_ctor(parent.func)
            if layer is None:
                return None
            if layer[0] in SPATIAL_2D:
                return layer
            if layer[0] in PASS_THROUGH:
                return self._consumer(parent, hops + 1)
            return None
        if isinstance(parent, nodes.Assign) and len(parent.targets) == 1 and isinstance(parent.targets[0], nodes.AssignName):
            target = parent.targets[0]
            for use in _uses(target):
                found = self._consumer(use, hops + 1)
                if found is not None:
                    return found
            return None
        if isinstance(parent, (nodes.List, nodes.Tuple)) and _is_sequential_layers(parent):
            index = parent.elts.index(value)
            for nxt in parent.elts[index + 1 :]:
                layer = _layer_class(nxt)
                if layer is None:
                    return None
                if layer[0] in SPATIAL_2D:
                    return layer
                if layer[0] not in PASS_THROUGH:
                    return None
        return None

    def _format_set(self, ctx) -> bool:
        """Does the module call set_image_data_format (keras.config / backend) at all?"""
        if "kl303_format_set" not in ctx.memo:
            found = False
            for call in ctx.module.nodes_of_class(nodes.Call):
                func = call.func
                attr = func.attrname if isinstance(func, nodes.Attribute) else func.name if isinstance(func, nodes.Name) else ""
                if attr == "set_image_data_format":
                    found = True
                    break
            ctx.memo["kl303_format_set"] = found
        return ctx.memo["kl303_format_set"]


def _uses(target: nodes.AssignName) -> list[nodes.Name]:
    """Names in the target's scope that read exactly this binding."""
    scope = target.scope()
    out = []
    for name in scope.nodes_of_class(nodes.Name):
        if name.name != target.name:
            continue
        try:
            _scope, bindings = name.lookup(name.name)
        except Exception:
            continue
        if len(bindings) == 1 and bindings[0] is target:
            out.append(name)
    return out


def _is_sequential_layers(seq: nodes.NodeNG) -> bool:
    call = seq.parent
    if isinstance(call, nodes.Keyword):
        if call.arg != "layers":
            return False
        call = call.parent
    elif not (isinstance(call, nodes.Call) and call.args and call.args[0] is seq):
        return False
    if not isinstance(call, nodes.Call):
        return False
    k = apis.keras_name(qualified_name(call.func))
    return k is not None and k.path.split(".")[-1] == "Sequential"


def _under_format_test(node: nodes.NodeNG) -> bool:
    """Inside an ``if`` (or conditional expression) that tests the image data format."""
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, (nodes.Module, nodes.FunctionDef, nodes.ClassDef)):
        if isinstance(parent, (nodes.If, nodes.IfExp)) and child is not parent.test:
            if "data_format" in parent.test.as_string():
                return True
        child, parent = parent, parent.parent
    return False
