#!/usr/bin/env python
"""What keras-lint's public-astroid fallback costs (standard library only).

    python bench/fallback.py [--pairs N] [--single-pairs N] [--memory-files N] [--only flake8,check,single,memory]

keras-lint takes a few shortcuts into astroid internals (``keras_lint.semantic.astroid_compat``);
``KERAS_LINT_ASTROID_SHORTCUTS=off`` (or a list of names) forces astroid's public path, which is
what a user gets when an astroid release breaks a shortcut's probe. On the corpus of
``bench/run.py`` (same builder, same defaults), this times, in interleaved pairs (one untimed run
of each first), fresh subprocesses of:

- flake8: plugin hidden (reference), keras-lint with every shortcut on, with every shortcut off
  (``--isolated --select=KL``; ``--select`` only filters output, so flake8's own checks run too);
- ``keras-lint check --no-cache -j 1 --format json``: on vs off;
- flake8 with one shortcut off at a time (``host_tree``, ``lean_builtins``, ``release``);
- peak RSS of one ``check --no-cache -j 1`` over run.py's generated package tree, on vs
  ``release`` off vs all off (``--memory-files``, 0 skips it).

It prints medians, the ratios off / on, and whether the findings are identical. Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as B  # noqa: E402  (bench/run.py: corpus, wrapper, helpers)

ENV = "KERAS_LINT_ASTROID_SHORTCUTS"
SINGLES = ("host_tree", "lean_builtins", "release")


def timed_pairs(cases: dict[str, tuple[list[str], dict[str, str]]], n: int, cwd: Path, work: Path,
                label: str) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Run every case once untimed, then n rounds of all cases in turn (order rotated each round)."""
    keys = list(cases)
    out: dict[str, str] = {}
    res: dict[str, list[dict]] = {k: [] for k in keys}
    for k in keys:
        B.run_measured(cases[k][0], cwd, cases[k][1], work / "warmup.txt")
    t0 = time.perf_counter()
    for i in range(n):
        order = keys[i % len(keys):] + keys[:i % len(keys)]
        for k in order:
            f = work / f"out-{label}-{k}.txt"
            res[k].append(B.run_measured(cases[k][0], cwd, cases[k][1], f))
            out[k] = f.read_text(encoding="utf-8", errors="replace")
    print(f"  {label}: {n} round(s) of {len(keys)} in {time.perf_counter() - t0:.0f}s", flush=True)
    return res, out


def med(rs: list[dict], field: str = "wall") -> float:
    return statistics.median(r[field] for r in rs)


def row(label: str, rs: list[dict]) -> None:
    print(f"    {label:52} {med(rs):6.3f} s  peak RSS {max(r['rss_mb'] for r in rs):5.0f} MB  runs {B.runs_str(rs)}")


def paired(rs: list[dict], base: list[dict]) -> float:
    """Median of the per-round ratios (a load burst hits both runs of a round alike)."""
    return statistics.median(a["wall"] / b["wall"] for a, b in zip(rs, base))


def kl_lines(text: str) -> list[str]:
    return sorted(line for line in text.splitlines() if ": KL" in line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=15, help="rounds for flake8 and check, on vs off (default 15)")
    ap.add_argument("--single-pairs", type=int, default=9, help="rounds for one shortcut off at a time (default 9)")
    ap.add_argument("--memory-files", type=int, default=5000,
                    help="generated tree for peak RSS (default 5000, as run.py; 0 skips)")
    ap.add_argument("--only", default="flake8,check,single,memory")
    ap.add_argument("--sample", type=int, default=B.SAMPLE)
    args = ap.parse_args()
    parts = {p.strip() for p in args.only.split(",")}

    print("keras-lint: cost of astroid's public path (KERAS_LINT_ASTROID_SHORTCUTS)")
    for k, v in B.machine().items():
        print(f"  {k:9} {v}")
    print("  packages  " + ", ".join(f"{k} {v}" for k, v in B.versions().items() if k in
                                     ("keras-lint", "astroid", "flake8", "pylint", "tensorflow")))
    spec = __import__("importlib.util").util.find_spec("keras_lint")
    print(f"  keras_lint imported from {Path(spec.origin).parent if spec and spec.origin else '?'}")
    print(f"  load average at start: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    work = Path(tempfile.mkdtemp(prefix="keras-lint-fallback-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        files, counts = B.build_corpus(corpus, args.sample, B.MAX_LINES)
        names = [p.name for p in files]
        print(f"\ncorpus (bench/run.py's): {len(files)} files, {B.count_lines(files)} lines"
              f" ({', '.join(f'{k}: {v}' for k, v in counts.items())})")
        wrapper = work / "flake8_wrapper.py"
        wrapper.write_text(B.FLAKE8_WRAPPER, encoding="utf-8")
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop(ENV, None)
        env.pop("KL_BENCH_PROBE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        B.precompile(env)
        off = dict(env, **{ENV: "off"})
        flake8 = [B.PY, str(wrapper)]
        f8_args = ["--isolated", "--select=KL", *names]

        ratios: list[tuple[str, float]] = []
        if "flake8" in parts:
            print(f"\n[1] flake8 --isolated --select=KL (default -j: {os.cpu_count()} workers), {args.pairs} rounds")
            res, out = timed_pairs({"alone": (flake8 + ["alone", *f8_args], env),
                                    "on": (flake8 + ["plugin", *f8_args], env),
                                    "off": (flake8 + ["plugin", *f8_args], off)}, args.pairs, corpus, work, "flake8")
            row("flake8, keras-lint hidden (reference)", res["alone"])
            row("flake8 + keras-lint, shortcuts on", res["on"])
            row(f"flake8 + keras-lint, {ENV}=off", res["off"])
            a, on_, of = med(res["alone"]), med(res["on"]), med(res["off"])
            print(f"    off / on = {of / on_:.2f}x (+{of - on_:.3f} s; per-round median {paired(res['off'], res['on']):.2f}x);"
                  f" vs alone: on {on_ / a:.2f}x, off {of / a:.2f}x")
            same = kl_lines(out["on"]) == kl_lines(out["off"])
            print(f"    KL findings identical on / off: {'yes' if same else 'NO'} ({len(kl_lines(out['on']))} vs"
                  f" {len(kl_lines(out['off']))})")
            ratios.append(("flake8 off / on", of / on_))

        if "check" in parts:
            print(f"\n[2] keras-lint check --no-cache -j 1 --format json, {args.pairs} rounds")
            kl = B.keras_lint_cmd()
            cmd = lambda tag: kl + ["check", "--no-cache", "-j", "1", "--format", "json",  # noqa: E731
                                    "-o", str(work / f"check-{tag}.json"), "."]
            res, _ = timed_pairs({"on": (cmd("on"), env), "off": (cmd("off"), off)}, args.pairs, corpus, work, "check")
            row("check --no-cache, shortcuts on", res["on"])
            row(f"check --no-cache, {ENV}=off", res["off"])
            on_, of = med(res["on"]), med(res["off"])
            print(f"    off / on = {of / on_:.2f}x (+{of - on_:.3f} s; per-round median {paired(res['off'], res['on']):.2f}x)")
            fs = {t: json.loads((work / f"check-{t}.json").read_text())["findings"] for t in ("on", "off")}
            print(f"    findings identical on / off: {'yes' if fs['on'] == fs['off'] else 'NO'}"
                  f" ({len(fs['on'])} vs {len(fs['off'])})")
            ratios.append(("check off / on", of / on_))

        if "single" in parts:
            print(f"\n[3] flake8 --select=KL, one shortcut off at a time, {args.single_pairs} rounds")
            cases = {"on": (flake8 + ["plugin", *f8_args], env)}
            for name in SINGLES:
                cases[name] = (flake8 + ["plugin", *f8_args], dict(env, **{ENV: name}))
            res, out = timed_pairs(cases, args.single_pairs, corpus, work, "single")
            row("all on", res["on"])
            for name in SINGLES:
                row(f"{ENV}={name}", res[name])
                same = kl_lines(out[name]) == kl_lines(out["on"])
                print(f"      off / on = {med(res[name]) / med(res['on']):.2f}x (+{med(res[name]) - med(res['on']):.3f} s;"
                      f" per-round median {paired(res[name], res['on']):.2f}x);"
                      f" findings identical: {'yes' if same else 'NO'}")
                ratios.append((f"flake8 {name} off / on", med(res[name]) / med(res["on"])))

        if "memory" in parts and args.memory_files > 0:
            tree = work / "tree"  # gen_memory_tree creates it
            B.gen_memory_tree(tree, args.memory_files)
            print(f"\n[4] peak RSS, one check --no-cache -j 1 over run.py's generated tree ({args.memory_files} files)")
            kl = B.keras_lint_cmd()
            found = {}
            for tag, e in (("on", env), ("release", dict(env, **{ENV: "release"})), ("off", off)):
                rep = work / f"mem-{tag}.json"
                r = B.run_measured(kl + ["check", "--no-cache", "-j", "1", "--format", "json", "-o", str(rep), str(tree)],
                                   work, e, work / "out-mem.txt")
                found[tag] = json.loads(rep.read_text())["findings"]
                print(f"    {'shortcuts on' if tag == 'on' else ENV + '=' + tag:52} wall {r['wall']:6.1f} s"
                      f"  peak RSS {r['rss_mb']:5.0f} MB  findings {len(found[tag])}")
            print(f"    findings identical: {'yes' if found['on'] == found['release'] == found['off'] else 'NO'}")

        print("\nsummary (medians): " + "; ".join(f"{k} {v:.2f}x" for k, v in ratios))
        print(f"load average at end: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    B.run_benchmark(main)
