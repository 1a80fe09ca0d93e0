"""Haiti Briefing dashboard: the router and frame.

Sets the page, loads the corpus (cached by the seeds' content), draws the shared sidebar filter,
keeps the URL in step with it, and runs the chosen page. Pages live in app_pages/ and hold UI only;
what they show comes from the briefing package. Run with `streamlit run streamlit_app.py`.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from briefing import session

HERE = Path(__file__).resolve().parent

st.set_page_config(
    page_title="Haiti Briefing",
    page_icon=str(HERE / "static" / "favicon.png"),
    layout="wide",
    initial_sidebar_state="expanded",
)

PAGES = [
    st.Page("app_pages/briefing.py", title="Briefing", icon=":material/dashboard:", url_path="briefing", default=True),
    st.Page("app_pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("app_pages/actors.py", title="Actor map", icon=":material/hub:", url_path="actors"),
    st.Page("app_pages/quotes.py", title="Quotes", icon=":material/format_quote:", url_path="quotes"),
    st.Page("app_pages/sources.py", title="Sources", icon=":material/article:", url_path="sources"),
    st.Page("app_pages/data.py", title="Data", icon=":material/table_view:", url_path="data"),
]

page = st.navigation(PAGES, position="sidebar")
session.frame(page.url_path)
page.run()
