"""Lines as Python counts them: only ``\\n``, ``\\r\\n`` and ``\\r`` end a line.

``str.splitlines`` also splits at form feeds, vertical tabs, ``\\x1c``-``\\x1e``, ``\\x85``,
U+2028 and U+2029, which Python's tokenizer and astroid's line numbers do not count: a file with
one of them would put every later suppression comment, excerpt and fix one line off.
"""

from __future__ import annotations

import re

_LINE_END = re.compile(r"\r\n|\r|\n")


def source_lines(text: str) -> list[str]:
    """The lines of ``text`` without their ends, numbered as Python numbers them (line N is
    ``source_lines(text)[N - 1]``)."""
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # a final line end starts no new line
    return lines
