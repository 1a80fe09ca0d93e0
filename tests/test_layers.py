"""The package's layers: parse -> corpus -> present -> dashboard, with data flowing one way.

Reads every module's imports (as text, with `ast`, so nothing is run) and fails when a lower layer
imports a higher one, when the parser imports pandas or Streamlit, or when anything below the
dashboard imports Streamlit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corpus import fingerprint

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"
LAYERS = ("parse", "corpus", "present", "dashboard")
#: Libraries a layer must not import, and why.
FORBIDDEN = {
    "parse": {"pandas": "findings are plain Python", "pyarrow": "no tables", "streamlit": "no UI", "plotly": "no UI"},
    "corpus": {"streamlit": "no UI", "plotly": "no charts"},
    "present": {"streamlit": "what a reader sees, testable without Streamlit"},
}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _layer(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 and parts[0] in LAYERS else None


def _imports(path: Path) -> set[str]:
    return fingerprint.imports(path)  # the same reading of imports the parse cache's fingerprint uses


def test_every_module_of_the_package_is_in_a_layer() -> None:
    loose = [p.name for p in _modules() if _layer(p) is None and p.parent == PACKAGE]
    assert sorted(loose) == ["__init__.py", "__main__.py"]  # the package and its command line


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_layer_reaches_up(path: Path) -> None:
    layer = _layer(path)
    if layer is None:
        return
    rank = LAYERS.index(layer)
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "briefing" and len(parts) > 1 and parts[1] in LAYERS:
            assert LAYERS.index(parts[1]) <= rank, f"{layer} imports {name}"
        reason = FORBIDDEN.get(layer, {}).get(parts[0])
        assert reason is None, f"{layer} imports {name}: {reason}"


def test_the_layer_test_sees_a_violation(tmp_path: Path) -> None:
    """The walker itself: an upward import is found."""
    bad = tmp_path / "bad.py"
    bad.write_text("from briefing.dashboard import state\nimport pandas as pd\n", encoding="utf-8")
    assert {"briefing.dashboard", "briefing.dashboard.state", "pandas"} <= _imports(bad)


def test_the_dashboard_loads_no_parser_until_it_parses() -> None:
    """The dashboard's state (and the corpus loader under it) imports the parser's stages and trafilatura only
    when an article is parsed: a start on cached tables does not pay for them."""
    import subprocess
    import sys

    code = (
        "import sys; import briefing.dashboard.state; import briefing.corpus.build; import briefing.corpus.ingest; "
        "heavy = ('briefing.parse.actors', 'briefing.parse.pipeline', 'trafilatura'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
