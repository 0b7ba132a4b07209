"""The engine: one walk over an astroid module, every rule, findings out.

It knows nothing of pylint or flake8. Front ends hand it a module and a Target and turn the
Findings into their own messages. A rule that raises is contained: it is reported once as
KL900 for the file and skipped for the rest of it, and every other rule goes on.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Iterable, Sequence

from astroid import nodes

from keras_lint import catalogue
from keras_lint.catalogue import Rule
from keras_lint.config import Target
from keras_lint.findings import Finding, Fix, finding  # noqa: F401 - re-exported
from keras_lint.rules import ALL_CHECKS, Check
from keras_lint.semantic import brain, kinds
from keras_lint.semantic.facts import ModuleContext, collect
from keras_lint.semantic.gcpause import collector_paused
from keras_lint.semantic.guard import no_framework_modules


def _walk(module: nodes.Module) -> list[nodes.NodeNG]:
    """Every node in source order, parents before children, without recursion (deeply nested
    code is fine)."""
    out: list[nodes.NodeNG] = []
    append = out.append
    stack: list[nodes.NodeNG] = [module]
    pop, push = stack.pop, stack.extend
    while stack:
        node = pop()
        append(node)
        children = [*node.get_children()]
        if children:
            children.reverse()
            push(children)
    return out


# A source above this size is not analysed (a clear error instead): memory grows with the syntax
# tree, ~300 bytes per character for a long literal list (a 10 MB one-line list took 5 GB), while
# the largest hand-written module measured (torch's common_methods_invocations.py) is 1.4 MB.
MAX_SOURCE_CHARS = 5_000_000


def too_large(text: str | None) -> str | None:
    """Why ``text`` is not analysed, or None."""
    if text is None or len(text) <= MAX_SOURCE_CHARS:
        return None
    return (
        f"not analysed: {len(text) / 1e6:.1f} million characters, more than the "
        f"{MAX_SOURCE_CHARS / 1e6:.0f} million keras-lint analyses in one file"
    )


class Engine:
    """Runs the selected checks over modules for one Target."""

    def __init__(self, target: Target, codes: Iterable[str] | None = None) -> None:
        brain.register()
        self.target = target
        wanted = set(codes) if codes is not None else None
        self.checks: list[Check] = [c for c in ALL_CHECKS if wanted is None or c.rule.code in wanted]
        self._last_triggered: tuple[str, list[Check]] | None = None

    def triggered(self, text: str) -> list[Check]:
        """The selected checks whose trigger words the text has (for the last text asked about:
        ``wants`` and ``run`` ask about the same file one after the other)."""
        last = self._last_triggered
        if last is not None and last[0] is text:
            return last[1]
        checks = [c for c in self.checks if c.triggered(text)]
        self._last_triggered = (text, checks)
        return checks

    def wants(self, text: str) -> bool:
        """Could any selected rule flag something in this source text?"""
        return bool(self.triggered(text))

    def run(self, module: nodes.Module, text: str | None = None) -> list[Finding]:
        checks = self.checks if text is None else self.triggered(text)
        if not checks:
            return []
        try:
            with collector_paused():
                return self._run(module, checks, text)
        except Exception as exc:  # noqa: BLE001 - never kill the lint run (deep trees, astroid bugs)
            rule = self.checks[0].rule
            return [_crash_finding(rule, module, exc, what="keras-lint's engine")]

    def _run(self, module: nodes.Module, checks: list[Check], text: str | None = None) -> list[Finding]:
        all_nodes = _walk(module)
        facts = collect(module, all_nodes)
        if not facts.roots and not any(c.wants_module_without_frameworks for c in checks):
            return []
        brain.annotate_calls(module, all_nodes, facts.framework_names)
        by_type: dict[type, list[Check]] = {}
        for check in checks:
            for node_type in check.node_types:
                by_type.setdefault(node_type, []).append(check)
        ctx = ModuleContext(module=module, target=self.target, facts=facts, text=text, all_nodes=all_nodes)
        found: list[Finding] = []
        crashed: dict[str, Finding] = {}
        with no_framework_modules(), _forgetting():
            for node in all_nodes:
                for check in by_type.get(type(node), ()):
                    if check.rule.code in crashed:
                        continue
                    try:
                        found.extend(check.check(node, ctx))
                    except Exception as exc:  # contained: reported as KL900, the run goes on
                        crashed[check.rule.code] = _crash_finding(check.rule, node, exc)
        found.extend(crashed.values())
        return _one_per_site(found)


@contextlib.contextmanager
def _forgetting():
    """The per-node memo of values lives for one module (it would otherwise keep the module's
    tree alive: see ``kinds._memo``)."""
    try:
        yield
    finally:
        kinds.forget()


def not_analysed(error: str) -> Finding:
    """KL900 on line 1 for a file none of whose rules ran (too large, not buildable)."""
    message = catalogue.NOT_ANALYSED_MESSAGE.format(error=error)
    return Finding(catalogue.CONTAINMENT, line=1, col=0, end_line=None, end_col=None, message=message)


def _crash_finding(rule: Rule, node: nodes.NodeNG, exc: BaseException, what: str = "") -> Finding:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {frames[-1].name}:{frames[-1].lineno}" if frames else ""
    error = f"{type(exc).__name__}: {str(exc)[:200]}{where} while checking line {node.lineno or 1}"
    message = catalogue.CONTAINMENT.message.format(rule=what or f"{rule.code} ({rule.symbol})", error=error)
    return Finding(catalogue.CONTAINMENT, line=1, col=0, end_line=None, end_col=None, message=message)


def _site(node: nodes.NodeNG | None):
    """The call site a finding is about: ``x.numpy`` in ``x.numpy()`` is the call's site."""
    if isinstance(node, nodes.Attribute) and isinstance(node.parent, nodes.Call) and node.parent.func is node:
        return node.parent
    return node


def _one_per_site(found: Sequence[Finding]) -> list[Finding]:
    """One finding per call site: one per rule, and none from a rule another finding there
    supersedes (the more specific rule reports). Sorted by position."""
    by_site: dict[int, list[Finding]] = {}
    out = []
    for f in found:
        if f.node is None:
            out.append(f)
            continue
        by_site.setdefault(id(_site(f.node)), []).append(f)
    for site_findings in by_site.values():
        codes = {f.rule.code for f in site_findings}
        superseded = {c for f in site_findings for c in f.rule.supersedes if c in codes}
        seen: set[str] = set()
        for f in site_findings:
            if f.rule.code in superseded or f.rule.code in seen:
                continue
            seen.add(f.rule.code)
            out.append(f)
    out.sort(key=lambda f: (f.line, f.col, f.rule.code))
    return out
