"""A sample of the reliability sweep (scripts/sweep.py) in every CI run: a few hundred files of
this interpreter's installed packages (the frameworks' own sources in the newest-versions run,
astroid / pylint / flake8 and friends in the lowest-versions one) and its standard library,
through the command, flake8 and pylint: no crash, no KL900, no hang, and the front ends agree.
The full sweep (over 20,000 files) is run by hand; its last result is docs/sweep.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_sample_of_installed_code_through_every_front_end(tmp_path):
    out = tmp_path / "sweep.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "sweep.py"), "--sample", "300", "--pylint-files", "60",
         "--file-timeout", "60", "--json", str(out)],
        capture_output=True, text=True, timeout=1200,
    )
    result = json.loads(out.read_text())
    assert result["files"] >= 300
    for name, summary in result["front_ends"].items():
        assert summary["crashes"] == 0, (name, summary["crash_list"])
        assert summary["kl900"] == 0, (name, summary["kl900_messages"])
        assert summary["hangs"] == 0, (name, summary["hang_list"])
    assert result["disagreements"] == []
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
