"""Knowledge tables: every shipped table has provenance and entries, and is installed."""

from __future__ import annotations

import pytest

from keras_lint import data


def test_tables_are_found_and_well_formed():
    for name in data.names():
        t = data.table(name)
        assert t["provenance"], f"{name}.json has empty provenance"
        assert t["entries"], f"{name}.json has no entries"


def test_a_table_without_provenance_is_refused(tmp_path, monkeypatch):
    import json
    from importlib import resources

    (tmp_path / "broken.json").write_text(json.dumps({"entries": {"a": 1}}), encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda _pkg: tmp_path)
    data.table.cache_clear()
    try:
        with pytest.raises(ValueError, match="provenance"):
            data.table("broken")
    finally:
        data.table.cache_clear()


def test_tables_ship_in_the_wheel():
    """setup.cfg's package_data must carry the JSON tables, or an installed keras-lint has none."""
    from pathlib import Path

    cfg = (Path(__file__).resolve().parents[2] / "setup.cfg").read_text(encoding="utf-8")
    assert "data/*.json" in cfg
