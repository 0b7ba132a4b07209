"""keras-lint never imports the frameworks and never runs the code it lints, in any front end
and in any of their worker processes: an audit hook (inherited by forked workers) records every
import of tensorflow / keras / torch / tf_keras / jax that any process of the run attempts, every
socket connection, and every file opened for writing; the linted project's own module, which
would write a file and open a socket if it were imported, is only read."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import pytest

FRAMEWORKS = ("tensorflow", "keras", "torch", "tf_keras", "jax")

SITECUSTOMIZE = textwrap.dedent(
    """\
    import os, sys
    _LOG = os.environ["KL_ISOLATION_LOG"]
    _ROOTS = {roots!r}
    _WATCHED = os.environ["KL_ISOLATION_WATCHED"]

    def _write(kind, what):
        fd = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        try:
            os.write(fd, (kind + " " + str(what) + "\\n").encode())
        finally:
            os.close(fd)

    def _hook(event, args):
        if event == "import" and str(args[0]).split(".")[0] in _ROOTS:
            _write("import", args[0])
        elif event == "socket.connect":
            _write("connect", args[1])
        elif event == "open" and isinstance(args[0], str) and args[0].startswith(_WATCHED):
            mode = args[1] or "r"
            if isinstance(mode, str) and any(c in mode for c in "wax+"):
                _write("write", args[0])

    sys.addaudithook(_hook)

    class _Watch:
        # also an import that is only attempted (where the framework is not installed)
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name.split(".")[0] in _ROOTS:
                _write("import", name)
            return None

    sys.meta_path.insert(0, _Watch)
    """
)

HELPER = textwrap.dedent(
    """\
    import socket
    open(__file__ + ".ran", "w").write("imported")
    socket.create_connection(("127.0.0.1", {port}), timeout=1)
    import keras

    def make():
        return keras.Input((3,))
    """
)

LINTED = textwrap.dedent(
    """\
    import numpy as np
    import tensorflow as tf
    import torch
    import keras
    from keras import backend as K
    import helpers

    x = helpers.make()
    K.is_keras_tensor(np.zeros(3))
    y = tf.compat.v1.placeholder(tf.float32, (None, 3))
    z = keras.layers.Dense(2)(y)
    isinstance(x, torch.Tensor)
    """
)


@pytest.fixture
def project(tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE.format(roots=FRAMEWORKS))
    src = tmp_path / "src"
    src.mkdir()
    (src / "helpers.py").write_text(HELPER.format(port=port))
    (src / "model.py").write_text(LINTED)
    (src / "second.py").write_text(LINTED.replace("x = helpers.make()", "x = 1"))
    log = tmp_path / "audit.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "KL_ISOLATION_LOG": str(log),
        "KL_ISOLATION_WATCHED": str(src),
    }
    yield src, env, log, listener
    listener.close()


FRONT_ENDS = {
    "command": ["keras_lint", "check", "--no-cache", "-j", "1", "."],
    "command -j 2": ["keras_lint", "check", "--no-cache", "-j", "2", "."],
    "flake8 -j 2": ["flake8", "--isolated", "--select=KL", "-j", "2", "."],
    "pylint": ["pylint", "--load-plugins=keras_lint", "--disable=all", "--enable=keras-lint", "--persistent=n", "model.py", "second.py"],
}


@pytest.mark.parametrize("front_end", sorted(FRONT_ENDS))
def test_no_framework_imported_and_no_linted_code_run(project, front_end):
    src, env, log, listener = project
    proc = subprocess.run([sys.executable, "-m", *FRONT_ENDS[front_end]], capture_output=True, text=True, cwd=src, env=env, timeout=300)
    assert proc.returncode in (1, 4, 6, 20, 22, 30), proc.stdout + proc.stderr  # findings reported
    assert "KL101" in proc.stdout or "W7101" in proc.stdout or "is-keras-tensor" in proc.stdout, proc.stdout
    events = log.read_text().splitlines() if log.exists() else []
    assert not [e for e in events if e.startswith("import ")], events
    assert not [e for e in events if e.startswith("connect ")], events
    assert not [e for e in events if e.startswith("write ")], events
    assert not (src / "helpers.py.ran").exists()
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody connected


def test_the_hook_does_see_an_import(project):
    """The audit hook is live in subprocesses: a process that does import keras (or tries to,
    where it is not installed) is recorded."""
    src, env, log, _listener = project
    script = "import importlib\ntry:\n    importlib.import_module('keras')\nexcept ImportError:\n    pass"
    subprocess.run([sys.executable, "-c", script], env=env, cwd=src, timeout=120)
    assert any(e == "import keras" or e.startswith("import keras.") for e in log.read_text().splitlines())
