"""Data: every filtered table with its column descriptions, a CSV per table and one ZIP download."""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from briefing.corpus import schema
from briefing.dashboard import state, widgets
from briefing.present import download, views
from briefing.present.highlight import escape_markdown as md

ctx = state.context()

st.title("Data")
st.caption(
    "The tables behind every page, with these filters applied. CSV files are spreadsheet-safe "
    "(cells that would run as formulas start with an apostrophe)."
)

now = dt.datetime.now(dt.UTC)
with st.container(border=True):
    st.markdown("**Snapshot of all tables**")
    st.caption(
        "One ZIP: a CSV per table, datapackage.json (the column descriptions) and manifest.json "
        f"(the filter, parser version, each source's SHA-256 and the time). Filter: {md(ctx.describe('rows'))}."
    )
    rows = sum(ctx.tables.count(name) for name in ctx.tables)
    zipped = functools.partial(download.snapshot_zip, ctx.tables, ctx.corpus["articles"], ctx.filter, now, ctx.labels)
    st.download_button(
        "Download ZIP snapshot",
        data=zipped() if rows <= widgets.EAGER_DOWNLOAD_ROWS else zipped,  # a large one is made when clicked
        file_name=download.snapshot_name(ctx.filter, now),
        mime="application/zip",
        key="dl_snapshot",
        icon=":material/folder_zip:",
        type="primary",
    )

for table in schema.TABLES:
    count = ctx.tables.count(table)  # rows are taken only for the grid's first page and a download
    st.subheader(f"{table.capitalize()} ({count:,} row{'s' if count != 1 else ''})", anchor=table)
    st.caption(md(ctx.describe(table)).capitalize() + ".")
    descriptions = schema.descriptions(table)
    if not count:
        widgets.empty_state(f"No {table} match these filters.", key=f"data_{table}")
    else:
        listed = widgets.capped(ctx.tables.head(table, widgets.DISPLAY_ROWS + 1), table, total=count)
        st.dataframe(
            views.data_display(listed, table),
            hide_index=True,
            width="stretch",
            height=min(400, 38 + 35 * len(listed)),
            key=f"data_table_{table}",
            column_config={
                column.name: (
                    st.column_config.DateColumn(
                        views.column_label(column.name), help=column.description, format="D MMM YYYY"
                    )
                    if column.type == "date"
                    else st.column_config.Column(views.column_label(column.name), help=column.description)
                )
                for column in schema.TABLES[table]
            },
        )
    with st.expander("Column descriptions"):
        st.table({"Column": list(descriptions), "Description": list(descriptions.values())})
    widgets.download_csv(
        functools.partial(ctx.tables.__getitem__, table),
        table,
        ctx.filter,
        f"Download {table} (CSV)",
        key=f"dl_{table}",
        rows=count,
    )
