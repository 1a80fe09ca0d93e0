"""Data: every filtered table with its column descriptions, a CSV per table, one ZIP, one workbook and one
SQLite database of them all.

One table is drawn at a time (chosen by "Table", kept in the URL as `table=`): six grids with their
controls made every rerun slow in a browser. Every download is written only when clicked."""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from briefing.corpus import schema
from briefing.dashboard import state, widgets
from briefing.present import download, grid, views
from briefing.present.highlight import escape_markdown as md

TABLE_KEY = "data_choice"  # not "data_table_…": that prefix names the grids' own widgets
TABLE_PARAM = "table"
TABLES = list(schema.TABLES)

ctx = state.context()

st.title("Data")
st.caption(
    "The tables behind every page, with these filters applied. CSV files are spreadsheet-safe "
    "(cells that would run as formulas start with an apostrophe)."
)

now = dt.datetime.now(dt.UTC)
shown = widgets.view(ctx)
counts = {table: ctx.tables.count(table) for table in TABLES}  # rows are taken only for a grid page or a download
with st.container(border=True):
    st.markdown("**Snapshot of all tables**")
    st.caption(
        "One ZIP: a CSV per table, datapackage.json (the column descriptions) and manifest.json "
        f"(the view, parser version, each source's SHA-256 and the time); the Excel workbook holds the same tables, "
        "a sheet each, after a sheet describing them; the SQLite database holds them with their keys, a table per "
        f"list column to join on, and the column descriptions. View: {md(shown.describe('rows'))}."
    )
    buttons = st.container(horizontal=True)
    buttons.download_button(  # written when clicked: a rerun does not pay for six tables
        "Download ZIP snapshot",
        data=functools.partial(download.snapshot_zip, ctx.tables, ctx.corpus["articles"], shown, now, ctx.labels),
        file_name=download.snapshot_name(shown, now),
        mime="application/zip",
        key="dl_snapshot",
        icon=":material/folder_zip:",
        type="primary",
        help=f"Saves as `{download.snapshot_name(shown, now)}`",
    )
    buttons.download_button(
        "Excel workbook of all tables",
        data=functools.partial(download.workbook_bytes, ctx.tables, shown, now),
        file_name=download.workbook_name(download.APP_NAME, shown, now),
        mime=widgets.XLSX_MIME,
        key="dl_workbook",
        icon=":material/table_view:",
        help=f"Saves as `{download.workbook_name(download.APP_NAME, shown, now)}`",
    )
    buttons.download_button(
        "SQLite database",
        data=functools.partial(download.database_bytes, ctx.tables, ctx.corpus.tables, shown, ctx.labels),
        file_name=download.database_name(shown, now),
        mime=download.DATABASE_MIME,
        key="dl_database",
        icon=":material/database:",
        help=f"Saves as `{download.database_name(shown, now)}`: opens in Datasette, DuckDB or any SQL tool "
        "(rows outside the view that its rows refer to are included, so every key resolves)",
    )


def _rows(count: int) -> str:
    return f"{count:,} row{'s' if count != 1 else ''}"


if TABLE_KEY not in st.session_state:  # a shared link may say which table it shows
    given = st.query_params.get(TABLE_PARAM, TABLES[0])
    st.session_state[TABLE_KEY] = given if given in TABLES else TABLES[0]
table = (
    st.segmented_control(
        "Table",
        TABLES,
        key=TABLE_KEY,
        format_func=lambda name: f"{name.capitalize()} ({counts[name]:,})",
        required=True,
        help="Which table to read, sort and download (rows under these filters)",
    )
    or TABLES[0]
)
if table == TABLES[0]:
    if TABLE_PARAM in st.query_params:
        del st.query_params[TABLE_PARAM]
else:
    st.query_params[TABLE_PARAM] = table

count = counts[table]
st.subheader(f"{table.capitalize()} ({_rows(count)})", anchor=table)
described = md(ctx.describe(table))
st.caption(described[:1].upper() + described[1:] + ".")  # str.capitalize would lower "Kenya"
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
    descriptions = schema.descriptions(table)
    st.table({"Column": list(descriptions), "Description": list(descriptions.values())})
widgets.download_csv(
    functools.partial(ctx.tables.__getitem__, table),
    table,
    shown,
    f"Download {table} (CSV)",
    key=f"dl_{table}",
    rows=count,
)
