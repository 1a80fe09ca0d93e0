"""The dashboard's settings: offline and private by default."""

from __future__ import annotations

import tomllib
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml"


def test_the_dashboard_listens_on_this_machine_only_by_default() -> None:
    """An upload page reachable from the local network would be an exposure: the default binds to loopback."""
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["browser"]["gatherUsageStats"] is False
