"""The dashboard's pages, in menu order: what the router draws and the tests open, declared once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PAGES_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class PageSpec:
    url_path: str  # also the page's file name
    title: str
    icon: str

    @property
    def file(self) -> Path:
        return PAGES_DIR / f"{self.url_path}.py"

    @property
    def relative(self) -> str:
        """The page's file from the app's folder, as `st.switch_page` and `AppTest.switch_page` take it."""
        return f"briefing/dashboard/pages/{self.url_path}.py"


PAGES = (
    PageSpec("briefing", "Briefing", ":material/dashboard:"),
    PageSpec("timeline", "Timeline", ":material/timeline:"),
    PageSpec("actors", "Actor map", ":material/hub:"),
    PageSpec("quotes", "Quotes", ":material/format_quote:"),
    PageSpec("sources", "Sources", ":material/article:"),
    PageSpec("data", "Data", ":material/table_view:"),
)
