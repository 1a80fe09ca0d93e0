"""Data: every filtered table with its column descriptions, a CSV per table and one ZIP download."""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from briefing.corpus import schema
from briefing.dashboard import state, widgets
from briefing.present import download, grid, views
from briefing.present.highlight import escape_markdown as md

ctx = state.context()

st.title("Data")
st.caption(
    "The tables behind every page, with these filters applied. CSV files are spreadsheet-safe "
    "(cells that would run as formulas start with an apostrophe)."
)

now = dt.datetime.now(dt.UTC)
shown = widgets.view(ctx)
with st.container(border=True):
    st.markdown("**Snapshot of all tables**")
    st.caption(
        "One ZIP: a CSV per table, datapackage.json (the column descriptions) and manifest.json "
        f"(the view, parser version, each source's SHA-256 and the time); the Excel workbook holds the same tables, "
        f"a sheet each, after a sheet describing them. View: {md(shown.describe('rows'))}."
    )
    rows = sum(ctx.tables.count(name) for name in ctx.tables)
    zipped = functools.partial(download.snapshot_zip, ctx.tables, ctx.corpus["articles"], shown, now, ctx.labels)
    workbook = functools.partial(download.workbook_bytes, ctx.tables, shown, now)
    eager = rows <= widgets.EAGER_DOWNLOAD_ROWS  # a large one is made when clicked
    buttons = st.container(horizontal=True)
    buttons.download_button(
        "Download ZIP snapshot",
        data=zipped() if eager else zipped,
        file_name=download.snapshot_name(shown, now),
        mime="application/zip",
        key="dl_snapshot",
        icon=":material/folder_zip:",
        type="primary",
        help=f"Saves as `{download.snapshot_name(shown, now)}`",
    )
    buttons.download_button(
        "Excel workbook of all tables",
        data=workbook() if eager else workbook,
        file_name=download.workbook_name(download.APP_NAME, shown, now),
        mime=widgets.XLSX_MIME,
        key="dl_workbook",
        icon=":material/table_view:",
        help=f"Saves as `{download.workbook_name(download.APP_NAME, shown, now)}`",
    )

for table in schema.TABLES:
    count = ctx.tables.count(table)  # rows are taken only for the grid's first page and a download
    st.subheader(f"{table.capitalize()} ({count:,} row{'s' if count != 1 else ''})", anchor=table)
    described = md(ctx.describe(table))
    st.caption(described[:1].upper() + described[1:] + ".")  # str.capitalize would lower "Kenya"
    descriptions = schema.descriptions(table)
    if not count:
        widgets.empty_state(f"No {table} match these filters.", key=f"data_{table}")
    else:
        widgets.grid(
            functools.partial(grid.first_rows, ctx.tables, table),
            grid.table_spec(table),
            f"data_table_{table}",
            total=count,
            cache=f"{table} table",
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
        shown,
        f"Download {table} (CSV)",
        key=f"dl_{table}",
        rows=count,
    )
