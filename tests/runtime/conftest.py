"""Machinery of the runtime truth tests: runs snippets on the real frameworks in subprocesses.

The pytest process never imports TensorFlow, Keras, tf_keras or torch. Every snippet runs
in a fresh ``sys.executable`` subprocess with a hermetic environment. To save the 3-5 s
that importing TensorFlow costs, the jobs that share a subprocess environment (``env``)
and ``requires`` run in one subprocess per group, each job in its own namespace with its
exceptions caught per job; the groups start in parallel as soon as collection is done.

A job here is any object with the attributes ``truth_job`` (True), ``id``, ``env``
(pairs of environment variables), ``requires`` (module names), ``setup`` (source) and
``snippets`` (pairs ``(label, source)``); test_truth.py defines them. The subprocess
execs ``setup`` into a namespace, then each snippet in its own copy of that namespace,
and reports for each snippet either the exception (type, message, traceback) or
``repr(result)``.

Knobs (environment variables of the pytest process):

``CI=true``
    a job whose ``requires`` are not importable fails instead of being skipped.
``KERAS_LINT_TRUTH_ISOLATED=1``
    one subprocess per job (slow, no grouping at all).
``KERAS_LINT_TRUTH_WORKERS=N``
    how many subprocesses run at once (default: the CPU count, at least 2).
"""

from __future__ import annotations

import concurrent.futures
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading

import pytest

MARKER = "@@KERAS_LINT_TRUTH@@ "

# Variables that change which Keras/backend a snippet gets. Stripped from the inherited
# environment so that a case without ``env`` runs on the defaults it was written for
# (Keras 3 on TensorFlow), whatever the developer has exported.
_FRAMEWORK_VARS = ("KERAS_BACKEND", "TF_USE_LEGACY_KERAS", "KERAS_HOME")

_BASE_ENV = {"TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""}

# Runs in the subprocess: ``python -c _CHILD jobs.json``. Prints one MARKER line per job
# started and one per job finished (JSON), so a crash is pinned on the job that caused it.
_CHILD = r'''
import builtins, json, linecache, sys, traceback

MARKER = "@@KERAS_LINT_TRUTH@@ "
_out = sys.__stdout__
_MISSING = object()


def _emit(kind, payload):
    _out.write("\n" + MARKER + json.dumps({"kind": kind, **payload}) + "\n")
    _out.flush()


def _compile(source, filename):
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return compile(source, filename, "exec")


def _run(source, ns, filename):
    try:
        exec(_compile(source, filename), ns)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - a snippet's failure is data here
        try:
            message = str(exc)
        except Exception as exc2:  # noqa: BLE001
            message = "<str() of the exception raised %s>" % type(exc2).__name__
        return {
            "raised": True,
            "type": type(exc).__name__,
            "qualname": type(exc).__module__ + "." + type(exc).__qualname__,
            "message": message,
            "traceback": "".join(
                traceback.format_exception(type(exc), exc, exc.__traceback__.tb_next)
            ),
        }
    result = ns.get("result", _MISSING)
    if result is _MISSING:
        return {"raised": False, "has_result": False, "result_repr": None}
    try:
        text = repr(result)
    except Exception as exc:  # noqa: BLE001
        text = "<repr() raised %s: %s>" % (type(exc).__name__, exc)
    return {"raised": False, "has_result": True, "result_repr": text,
            "result_type": type(result).__module__ + "." + type(result).__qualname__}


with open(sys.argv[1], encoding="utf-8") as fh:
    jobs = json.load(fh)

for job in jobs:
    _emit("start", {"id": job["id"]})
    ns = {"__name__": "__truth__", "__builtins__": builtins}
    setup = _run(job["setup"], ns, "<%s:setup>" % job["id"])
    record = {"id": job["id"], "setup": setup if setup["raised"] else None, "snippets": {}}
    if not setup["raised"]:
        for label, source in job["snippets"]:
            record["snippets"][label] = _run(source, dict(ns), "<%s:%s>" % (job["id"], label))
    _emit("done", record)
'''


def missing_modules(modules) -> list[str]:
    """The modules in ``modules`` that are not importable, found without importing them.

    Only the top-level package is looked up: find_spec on a dotted name would import its
    parent, and the frameworks must stay out of the pytest process.
    """
    missing = []
    for name in modules:
        top = name.partition(".")[0]
        try:
            spec = importlib.util.find_spec(top)
        except (ImportError, ValueError):
            spec = None
        if spec is None:
            missing.append(name)
    return missing


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def require_modules(modules, what: str = "this truth test") -> None:
    """Skip when ``modules`` are not importable; fail instead under CI=true."""
    missing = missing_modules(modules)
    if not missing:
        return
    where = f"{sys.executable}"
    text = (
        f"{what} needs {', '.join(missing)}, not importable by {where}. "
        "Install them with `pip install -r requirements/runtime.txt`."
    )
    if in_ci():
        pytest.fail(f"CI=true: a skipped truth test counts as a failure. {text}", pytrace=False)
    pytest.skip(text)


def _is_job(value) -> bool:
    return getattr(value, "truth_job", False) is True


def _isolated_mode() -> bool:
    return os.environ.get("KERAS_LINT_TRUTH_ISOLATED", "").strip().lower() in ("1", "true", "yes")


class TruthRunner:
    """Runs jobs in subprocesses, grouped by (env, requires), and caches their records."""

    def __init__(self) -> None:
        self._tmp = tempfile.mkdtemp(prefix="keras-lint-truth-")
        workers = os.environ.get("KERAS_LINT_TRUTH_WORKERS", "")
        self._workers = int(workers) if workers.isdigit() and int(workers) > 0 else max(
            2, os.cpu_count() or 1
        )
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=self._workers, thread_name_prefix="truth"
        )
        self._lock = threading.Lock()
        self._futures: dict[tuple, concurrent.futures.Future] = {}
        self._procs: set[subprocess.Popen] = set()
        self._closed = False
        self._counter = 0

    # -- grouping -------------------------------------------------------------------------
    @staticmethod
    def group_key(job) -> tuple:
        key = (tuple(sorted(job.env)), tuple(sorted(job.requires)))
        if _isolated_mode():
            key += (job.id,)
        return key

    def prefetch(self, jobs) -> None:
        """Start the subprocesses of these jobs' groups (in this order) without waiting."""
        groups: dict[tuple, list] = {}
        for job in jobs:
            groups.setdefault(self.group_key(job), [])
            if all(j.id != job.id for j in groups[self.group_key(job)]):
                groups[self.group_key(job)].append(job)
        with self._lock:
            for key, members in groups.items():
                if key not in self._futures:
                    self._futures[key] = self._pool.submit(self._run_group, members)

    def record(self, job) -> dict:
        """The record of ``job`` from its group's subprocess (started here if need be)."""
        key = self.group_key(job)
        with self._lock:
            future = self._futures.get(key)
            if future is None:
                future = self._futures[key] = self._pool.submit(self._run_group, [job])
        records = future.result()
        if job.id in records:
            return records[job.id]
        # The group ran without this job (it was not collected when the group started).
        return self._run_group([job])[job.id]

    def record_isolated(self, job) -> dict:
        """A fresh subprocess for this job alone (no cache)."""
        return self._run_group([job])[job.id]

    # -- subprocess -----------------------------------------------------------------------
    def environment(self, job) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in _FRAMEWORK_VARS}
        env.update(_BASE_ENV)
        # A Keras home of our own: no ~/.keras/keras.json can change the default backend.
        env["KERAS_HOME"] = os.path.join(self._tmp, "keras_home")
        env.update(dict(job.env))
        return env

    def _run_group(self, jobs) -> dict[str, dict]:
        with self._lock:
            if self._closed:
                raise RuntimeError("truth runner already shut down")
            self._counter += 1
            n = self._counter
        workdir = os.path.join(self._tmp, f"run{n}")
        os.makedirs(workdir)
        os.makedirs(os.path.join(self._tmp, "keras_home"), exist_ok=True)
        jobs_file = os.path.join(workdir, "jobs.json")
        with open(jobs_file, "w", encoding="utf-8") as fh:
            json.dump(
                [{"id": j.id, "setup": j.setup, "snippets": [list(s) for s in j.snippets]}
                 for j in jobs],
                fh,
            )
        timeout = 240 + 60 * len(jobs)
        out_path, err_path = os.path.join(workdir, "stdout"), os.path.join(workdir, "stderr")
        timed_out = False
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-c", _CHILD, jobs_file],
                cwd=workdir,  # not the repository: nothing there may shadow a framework
                env=self.environment(jobs[0]),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )
            with self._lock:
                self._procs.add(proc)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
                proc.kill()
                proc.wait()
            finally:
                with self._lock:
                    self._procs.discard(proc)
        with open(out_path, encoding="utf-8", errors="replace") as fh:
            stdout = fh.read()
        with open(err_path, encoding="utf-8", errors="replace") as fh:
            stderr = fh.read()

        records: dict[str, dict] = {}
        started: list[str] = []
        for line in stdout.splitlines():
            if not line.startswith(MARKER):
                continue
            try:
                payload = json.loads(line[len(MARKER):])
            except ValueError:  # cut short by a crash
                continue
            if payload.pop("kind") == "start":
                started.append(payload["id"])
            else:
                records[payload["id"]] = payload
        how = (
            f"timed out after {timeout} s" if timed_out else f"exited with code {proc.returncode}"
        )
        tail = stderr[-4000:] if stderr else "(empty)"
        unstarted = [job for job in jobs if job.id not in started]
        if started and unstarted:
            # A job crashed the subprocess: the jobs after it get a subprocess of their own.
            records.update(self._run_group(unstarted))
        for job in jobs:
            if job.id in records:
                records[job.id].setdefault("group", [j.id for j in jobs])
                continue
            if started and started[-1] == job.id:
                why = f"the subprocess {how} while running this job"
            elif job.id in started:
                why = f"the subprocess {how}; this job started but never reported"
            else:
                why = f"the subprocess {how} before this job started"
            records[job.id] = {
                "id": job.id,
                "crashed": f"{why}.\n--- subprocess stderr (tail) ---\n{tail}",
                "group": [j.id for j in jobs],
            }
        return records

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for future in self._futures.values():
                future.cancel()
            for proc in list(self._procs):
                proc.kill()
        self._pool.shutdown(wait=True)
        shutil.rmtree(self._tmp, ignore_errors=True)


_RUNNER_KEY = pytest.StashKey[TruthRunner]()


def _runner(config) -> TruthRunner:
    runner = config.stash.get(_RUNNER_KEY, None)
    if runner is None:
        runner = config.stash[_RUNNER_KEY] = TruthRunner()
    return runner


def pytest_collection_finish(session) -> None:
    """Start every selected job's subprocess group now, in parallel, in collection order."""
    config = session.config
    if config.option.collectonly or hasattr(config, "workerinput"):
        return  # nothing will run here / xdist worker: only its own jobs, started lazily
    jobs = []
    for item in session.items:
        callspec = getattr(item, "callspec", None)
        if callspec is None:
            continue
        for value in callspec.params.values():
            if _is_job(value) and not missing_modules(value.requires):
                jobs.append(value)
    if jobs:
        _runner(config).prefetch(jobs)


def pytest_sessionfinish(session) -> None:
    runner = session.config.stash.get(_RUNNER_KEY, None)
    if runner is not None:
        runner.close()


@pytest.fixture(scope="session")
def truth_runner(pytestconfig) -> TruthRunner:
    return _runner(pytestconfig)


@pytest.fixture(scope="session")
def truth_requires():
    """``truth_requires(modules, what)``: skip (fail under CI=true) if any is not importable."""
    return require_modules
