"""Haiti Briefing dashboard: the router and frame.

Sets the page, loads the corpus (cached by the seeds' content), draws the shared sidebar filter,
keeps the URL in step with it, and runs the chosen page. Pages live in briefing/dashboard/pages/ and hold UI only;
what they show comes from the briefing package. Run with `streamlit run streamlit_app.py`.

`streamlit run` first imports this file to look for a server app (`app` below), then runs it as the
script of every browser session (as `__main__`). The server app is this same script with a start-up
hook that loads the seeds while the first browser is still fetching the page, which takes about two
seconds off the first page.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import streamlit as st

from briefing.dashboard.pages import PAGES

HERE = Path(__file__).resolve().parent


def main() -> None:
    from briefing.dashboard import state  # imported by the run, so the server's own import of this file stays light

    st.set_page_config(
        page_title="Haiti Briefing",
        page_icon=str(HERE / "static" / "favicon.png"),
        layout="wide",
        initial_sidebar_state="expanded",
    )
    pages = [
        st.Page(spec.file, title=spec.title, icon=spec.icon, url_path=spec.url_path, default=i == 0)
        for i, spec in enumerate(PAGES)
    ]
    page = st.navigation(pages, position="sidebar")
    state.frame(page.url_path)
    page.run()


def _warm() -> None:
    from briefing.dashboard import state  # here, not at the top: the server starts without waiting for pandas

    state.warm()


@contextlib.asynccontextmanager
async def _warm_on_start(_app: object) -> AsyncIterator[None]:
    threading.Thread(target=_warm, name="briefing-warm", daemon=True).start()
    yield


if __name__ == "__main__":  # a browser session's run
    main()
else:  # imported by `streamlit run`: the server, warming the caches as it starts
    app = st.App(HERE / "streamlit_app.py", lifespan=_warm_on_start)
