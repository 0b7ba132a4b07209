"""End to end through an editor's language server: python-lsp-server (pylsp) started as a
subprocess and driven over stdio JSON-RPC exactly as an editor drives it, with its pylint plugin
loading keras_lint and its flake8 plugin running flake8 (which finds keras-lint's KL entry point).

The settings below are the ones docs/editors.md tells Neovim / Emacs users to put in their
``pylsp`` settings: keep the two in step.

pylsp is a test dependency (requirements/test.txt): without it this test is skipped, and under
``CI=true`` it fails instead.
"""

from __future__ import annotations

import importlib
import json
import os
import queue
import subprocess
import sys
import sysconfig
import threading
import time
from pathlib import Path
from typing import Any, Callable

import pytest

IN_CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")

# Every wait on the server is bounded by one of these: the test never hangs.
REQUEST_TIMEOUT_S = 30.0
DIAGNOSTICS_TIMEOUT_S = 60.0
EXIT_TIMEOUT_S = 10.0

PYLINT_ARGS = ["--load-plugins=keras_lint", "--disable=all", "--enable=keras-lint"]

# What docs/editors.md shows, as an editor sends it in workspace/didChangeConfiguration.
PYLSP_SETTINGS = {
    "pylsp": {
        "plugins": {
            "pylint": {"enabled": True, "args": PYLINT_ARGS},
            "flake8": {"enabled": True},
            # pylsp's own pyflakes / pycodestyle / mccabe linters are on by default; switch them
            # off so that every lint diagnostic comes from pylint or flake8.
            "pyflakes": {"enabled": False},
            "pycodestyle": {"enabled": False},
            "mccabe": {"enabled": False},
        }
    }
}

BAD = """\
import numpy as np
import keras

x = np.zeros(3)
ok = keras.backend.is_keras_tensor(x)
"""
FIXED = BAD.replace("keras.backend.is_keras_tensor(x)", "keras.ops.is_tensor(x)")
CALL_LINE = 4  # zero-based line of the call
CALL_CHAR = BAD.splitlines()[CALL_LINE].index("keras.backend.is_keras_tensor")  # 5
WARNING = 2  # lsp DiagnosticSeverity.Warning


def _require_pylsp() -> None:
    if not IN_CI:
        pytest.importorskip("pylsp")
        pytest.importorskip("pylsp.plugins.flake8_lint")
        return
    try:
        importlib.import_module("pylsp.plugins.flake8_lint")
    except ImportError as exc:
        pytest.fail(f"CI=true: python-lsp-server is a test dependency (requirements/test.txt): {exc}", pytrace=False)


class LspClient:
    """A minimal LSP client over a subprocess's stdio: Content-Length framed JSON-RPC."""

    def __init__(self, cmd: list[str], cwd: Path, env: dict[str, str], stderr_path: Path) -> None:
        self._stderr_file = open(stderr_path, "wb")  # noqa: SIM115 - closed in close()
        self.stderr_path = stderr_path
        self.proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr_file
        )
        self._messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._next_id = 0
        self._reader = threading.Thread(target=self._read_loop, name="pylsp-reader", daemon=True)
        self._reader.start()
        self.log: list[dict[str, Any]] = []  # every message the server sent, for failure reports

    # -- transport --------------------------------------------------------------------------------

    def _read_loop(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        try:
            while True:
                headers: dict[str, str] = {}
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers["content-length"])
                body = stream.read(length)
                if len(body) < length:
                    return
                self._messages.put(json.loads(body.decode("utf-8")))
        finally:
            self._messages.put(None)  # end of stream

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _next_message(self, deadline: float, waiting_for: str) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        try:
            message = self._messages.get(timeout=max(remaining, 0.0))
        except queue.Empty:
            raise AssertionError(f"timed out waiting for {waiting_for}\n{self.report()}") from None
        if message is None:
            self._messages.put(None)  # keep the end-of-stream mark for later reads
            raise AssertionError(f"pylsp closed its stdout while waiting for {waiting_for}\n{self.report()}")
        self.log.append(message)
        if "method" in message and "id" in message:
            # A request from the server (e.g. window/workDoneProgress/create): answer it as an
            # editor would, or the server may wait on us.
            self._send({"id": message["id"], "result": None})
        return message

    # -- protocol ---------------------------------------------------------------------------------

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self._send({"method": method, "params": params or {}})

    def request(self, method: str, params: dict[str, Any] | None = None, timeout: float = REQUEST_TIMEOUT_S) -> Any:
        self._next_id += 1
        request_id = self._next_id
        self._send({"id": request_id, "method": method, "params": params or {}})
        deadline = time.monotonic() + timeout
        while True:
            message = self._next_message(deadline, f"the reply to {method}")
            if message.get("id") == request_id and "method" not in message:
                assert "error" not in message, f"{method} failed: {message['error']}"
                return message.get("result")

    def wait_for_diagnostics(
        self, uri: str, accept: Callable[[dict[str, Any]], bool], what: str, timeout: float = DIAGNOSTICS_TIMEOUT_S
    ) -> dict[str, Any]:
        """The params of the first textDocument/publishDiagnostics for ``uri`` that ``accept``s."""
        deadline = time.monotonic() + timeout
        while True:
            message = self._next_message(deadline, f"publishDiagnostics for {uri} with {what}")
            if message.get("method") != "textDocument/publishDiagnostics":
                continue
            params = message["params"]
            if params["uri"] == uri and accept(params):
                return params

    def report(self) -> str:
        published = [m["params"] for m in self.log if m.get("method") == "textDocument/publishDiagnostics"]
        try:
            stderr = self.stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            stderr = ""
        return (
            "diagnostics published so far:\n"
            + json.dumps(published, indent=1)
            + f"\npylsp exit code: {self.proc.poll()}\npylsp stderr (tail):\n{stderr}"
        )

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=EXIT_TIMEOUT_S)
        finally:
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass
            self._stderr_file.close()


def _keras_lint(diagnostics: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The diagnostics that keras-lint made, through either front end."""
    return [
        d
        for d in diagnostics
        if (d.get("source") == "flake8" and str(d.get("code", "")).startswith("KL"))
        or (d.get("source") == "pylint" and str(d.get("code", "")).startswith("W71"))
        or "is-keras-tensor-on-raw-tensor" in d.get("message", "")
    ]


def _one(diagnostics: list[dict[str, Any]], source: str, code: str) -> dict[str, Any]:
    found = [d for d in diagnostics if d.get("source") == source and d.get("code") == code]
    assert len(found) == 1, f"expected one {source} {code}, got: {json.dumps(diagnostics, indent=1)}"
    return found[0]


def _has_both(params: dict[str, Any]) -> bool:
    codes = {(d.get("source"), d.get("code")) for d in params["diagnostics"]}
    return {("pylint", "W7101"), ("flake8", "KL101")} <= codes


def _server_env() -> dict[str, str]:
    # As an editor started from an activated environment: pylsp's flake8 plugin runs the
    # `flake8` executable found on PATH, and must find this environment's (which has keras-lint).
    env = dict(os.environ)
    scripts = sysconfig.get_path("scripts")
    env["PATH"] = os.pathsep.join(p for p in (scripts, env.get("PATH", "")) if p)
    return env


def test_pylsp_reports_keras_lint_through_pylint_and_flake8(tmp_path: Path) -> None:
    _require_pylsp()
    workspace = tmp_path / "project"
    workspace.mkdir()
    source_file = workspace / "model.py"
    source_file.write_text(BAD, encoding="utf-8")
    root_uri = workspace.as_uri()
    uri = source_file.as_uri()

    client = LspClient([sys.executable, "-m", "pylsp"], workspace, _server_env(), tmp_path / "pylsp.stderr")
    try:
        result = client.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root_uri,
                "rootPath": str(workspace),
                "workspaceFolders": [{"uri": root_uri, "name": "project"}],
                "capabilities": {
                    "textDocument": {
                        "synchronization": {"didSave": True, "dynamicRegistration": False},
                        "publishDiagnostics": {"relatedInformation": False, "versionSupport": True},
                    },
                    "workspace": {"configuration": False, "didChangeConfiguration": {"dynamicRegistration": False}},
                },
                "clientInfo": {"name": "keras-lint-test"},
            },
        )
        assert result["serverInfo"]["name"] == "pylsp"
        client.notify("initialized", {})
        client.notify("workspace/didChangeConfiguration", {"settings": PYLSP_SETTINGS})

        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": BAD}},
        )
        params = client.wait_for_diagnostics(uri, _has_both, "pylint W7101 and flake8 KL101")
        diagnostics = params["diagnostics"]
        assert len(_keras_lint(diagnostics)) == 2, json.dumps(diagnostics, indent=1)

        pylint_diag = _one(diagnostics, "pylint", "W7101")
        assert pylint_diag["range"]["start"] == {"line": CALL_LINE, "character": CALL_CHAR}
        assert pylint_diag["range"]["end"]["line"] == CALL_LINE
        assert pylint_diag["severity"] == WARNING
        assert pylint_diag["message"].startswith("[is-keras-tensor-on-raw-tensor] is_keras_tensor(x) is always False")
        assert "keras.ops.is_tensor(x)" in pylint_diag["message"]

        flake8_diag = _one(diagnostics, "flake8", "KL101")
        assert flake8_diag["range"]["start"] == {"line": CALL_LINE, "character": CALL_CHAR}
        assert flake8_diag["range"]["end"]["line"] == CALL_LINE
        assert flake8_diag["severity"] == WARNING
        assert flake8_diag["message"].startswith("KL101 is_keras_tensor(x) is always False")
        assert "keras.ops.is_tensor(x)" in flake8_diag["message"]

        # The fix, as an editor sends it: the edit, then the save. pylsp's pylint plugin (without
        # an `executable` setting) lints the file on disk, and only on open and save.
        client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": FIXED}]},
        )
        source_file.write_text(FIXED, encoding="utf-8")
        client.notify("textDocument/didSave", {"textDocument": {"uri": uri}, "text": FIXED})
        params = client.wait_for_diagnostics(
            uri,
            lambda p: p.get("version") == 2 and not _keras_lint(p["diagnostics"]),
            "no keras-lint diagnostics after the fix",
        )
        assert not _keras_lint(params["diagnostics"])

        assert client.request("shutdown") is None
        client.notify("exit")
        assert client.proc.wait(timeout=EXIT_TIMEOUT_S) == 0, client.report()
    finally:
        client.close()
