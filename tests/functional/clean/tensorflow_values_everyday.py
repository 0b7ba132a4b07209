"""Clean: TF tensors used in ordinary ways; the plugin must not add any pylint message."""
import numpy as np
import tensorflow as tf

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
y = tf.ones((2, 2))
v = tf.Variable(tf.zeros((2,)))
idx = tf.constant(1)
labels = ["cat", "dog", "bird"]

total = x + y * 2.0 - 1.0 / (y + 1.0)
neg = -x
pos = +x
inverted = ~tf.constant([True, False])
mat = x @ y
power = x**2
mod = tf.range(10) % 3
floordiv = tf.range(10) // 3
cmp = (x > 1.0) & (x < 4.0) | (x == 2.0)
print(total, neg, pos, inverted, mat, power, mod, floordiv, cmp)

first_row = x[0]
corner = x[0, 1]
column = x[:, 1]
reversed_rows = x[::-1]
ellipsis = x[..., 0]
expanded = x[tf.newaxis, :, :]
print(first_row, corner, column, reversed_rows, ellipsis, expanded)

print(len(x), x.shape[0], x.shape.as_list(), x.dtype, x.numpy().sum())
print(labels[idx], labels[int(idx)], labels[x.shape[0]])
print(2.0 in x, 1 in tf.range(3))
print(f"x={x} mean={tf.reduce_mean(x):.3f}", "%s" % y, "{}".format(v))  # pylint: disable=consider-using-f-string
print(str(x), repr(y), bool(tf.reduce_all(x > 0)), float(x[0, 0]), int(idx))

for row in x:
    for value in row:
        print(value.numpy())
rows = [row * 2 for row in x]
pairs = dict(zip(labels, tf.unstack(tf.range(3))))
first, second = tf.unstack(x)
print(rows, pairs, first, second, list(x), tuple(y), sorted(tf.range(3).numpy()))

v.assign_add(tf.ones((2,)))
v[0].assign(5.0)
with tf.GradientTape() as tape:
    tape.watch(x)
    loss = tf.reduce_sum(x * v)
grad = tape.gradient(loss, [x, v])
print(grad[0].numpy(), grad[1], loss.numpy().item())

if tf.reduce_any(x > 3.0):
    x = tf.where(x > 3.0, x, tf.zeros_like(x))
arr = np.asarray(x) + x.numpy()
mixed = tf.convert_to_tensor(arr) + np.ones((2, 2), dtype=np.float32)
print(arr, mixed, tf.concat([x, y], axis=0), tf.stack([x, y]))
print(max(1, int(idx)), abs(neg), round(float(x[0, 0])))


@tf.function
def step(a, b):
    """A traced function."""
    return tf.matmul(a, b) + tf.reduce_sum(a)


print(step(x, y), tf.shape(x)[0], tf.size(x).numpy(), hash(v.ref()))
