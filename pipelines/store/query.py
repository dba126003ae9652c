"""`govnews query`: read-only SQL over the store, through DuckDB.

`connect(store)` opens an in-memory DuckDB with one view per table (over the
table's committed Parquet files, with every column of its schema even when no
file has it yet), a `people` view and a `restructuring` view, then locks the
connection down: only the listed Parquet files are readable (`allowed_paths`),
file system access is otherwise off, extensions are neither installed nor
loaded, and the configuration is locked.

`run_query(store, sql)` accepts SELECT statements only, checked statement by
statement with `duckdb.extract_statements` before anything is opened: the
file-system settings alone do not keep a statement from writing (measured:
`enable_external_access=false` with `allowed_directories` still let `COPY … TO`
write into the store). It reads the version of the store current when it starts (`_current`, see
`pipelines.store.writer`), so it never shows half a run, and holds the store's
commit lock shared meanwhile: a run committing meanwhile leaves that version
in place for it (and the next run removes it). Queries never wait for a run.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator, TextIO

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from rich.table import Table

from pipelines.store.lock import COMMIT_LOCK, store_lock
from pipelines.store.schema import TABLES
from pipelines.store.writer import StoreError, check_store, current_version

OUTPUT_FORMATS = ("csv", "json", "parquet")
"""What `format_table` writes; the CLI adds "table" (a rich table on the terminal)."""

TABLE_NAME = re.compile(r"[a-z][a-z0-9_]*")
"""A directory of a version that may hold a table (not hidden, not `_`-prefixed)."""

DERIVED_VIEWS = ("people", "restructuring")
"""Views built over the tables; a directory of the same name gets no view."""

PEOPLE_VIEW = """
CREATE VIEW people AS
WITH mentions AS (
    SELECT p.person_id, p.person_name, coalesce(p.role, p.title) AS role,
           coalesce(p.organization_canonical, p.organization) AS organization,
           p.article_id, a.published, a.province_2025
    FROM positions AS p JOIN articles AS a USING (article_id)
    WHERE p.person_id IS NOT NULL AND a.duplicate_of IS NULL
),
written_names AS (
    SELECT person_id, person_name, count(*) AS n FROM mentions GROUP BY person_id, person_name
),
names AS (
    SELECT person_id, first(person_name ORDER BY n DESC, person_name) AS name
    FROM written_names GROUP BY person_id
)
SELECT m.person_id, names.name, m.role, m.organization,
       min(m.published) AS first_seen, max(m.published) AS last_seen,
       count(DISTINCT m.article_id) AS n_articles,
       coalesce(list(DISTINCT m.province_2025 ORDER BY m.province_2025)
                FILTER (WHERE m.province_2025 IS NOT NULL), []::VARCHAR[]) AS provinces_2025
FROM mentions AS m JOIN names USING (person_id)
GROUP BY m.person_id, names.name, m.role, m.organization
"""
"""One row per person and position, from canonical articles (duplicates left out):
who held which office when, according to the news. `name` is the person's most
frequent written form; `provinces_2025` the provinces of the articles."""

RESTRUCTURING_VIEW = """
CREATE VIEW restructuring AS
SELECT a.article_id, a.published, a.province, a.province_2025, a.title, a.source, a.url,
       coalesce(list(DISTINCT r.key ORDER BY r.key) FILTER (WHERE r.key IS NOT NULL),
                []::VARCHAR[]) AS legal_ref_keys
FROM articles AS a LEFT JOIN legal_refs AS r USING (article_id)
WHERE a.is_restructuring AND a.duplicate_of IS NULL
GROUP BY a.article_id, a.published, a.province, a.province_2025, a.title, a.source, a.url
"""
"""Canonical articles reporting restructuring, with the legal-ref keys they cite."""

LOCKDOWN = (
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET enable_external_access = false",
    "SET lock_configuration = true",
)
"""Applied after `allowed_paths` is set and the views are created, in this order."""


class QueryRefused(ValueError):
    """The SQL holds a statement that is not a read-only SELECT."""


def run_query(store: Path, sql: str, *, wait: bool = False) -> pa.Table:
    """The result of the last statement of `sql`, which may hold SELECT statements only."""
    statements = read_only_statements(sql)
    root = Path(store).resolve()
    check_store(root)
    with store_lock(root, wait=wait, name=COMMIT_LOCK, shared=True):
        connection = connect(root)
        try:
            for statement in statements[:-1]:
                connection.execute(statement.query).complete()
            return connection.sql(statements[-1].query).to_arrow_table()
        finally:
            connection.close()


def read_only_statements(sql: str) -> list[duckdb.Statement]:
    """The statements of `sql`; `QueryRefused` unless every one is a SELECT."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise QueryRefused("the query holds no SQL statement")
    for number, statement in enumerate(statements, start=1):
        if statement.type != duckdb.StatementType.SELECT:
            raise QueryRefused(
                f"statement {number} is {statement.type.name}, not SELECT: the store is read-only "
                f"and queries may only SELECT ({_shorten(statement.query)})")
    return statements


def connect(store: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the store's views, locked down (see the module doc).

    The views read the version current when it was opened; hold the store's
    commit lock shared while using it, so that no run removes that version
    (`run_query` does).
    """
    root = Path(store).resolve()
    check_store(root)
    version = current_version(root)
    connection = duckdb.connect(":memory:")
    readable: list[Path] = []
    for table in _table_names(version):
        files = sorted((version / table).glob("*.parquet")) if version else []
        connection.execute(f"CREATE VIEW {_quoted(table)} AS {_table_select(connection, table, files)}")
        readable.extend(files)
    connection.execute(PEOPLE_VIEW)
    connection.execute(RESTRUCTURING_VIEW)
    connection.execute(f"SET allowed_paths = {_path_list(readable)}")
    for setting in LOCKDOWN:
        connection.execute(setting)
    return connection


def ensure_outside_store(store: Path, output: Path) -> None:
    """`QueryRefused` when an output file would land inside the store."""
    root, target = Path(store).resolve(), Path(output).resolve()
    if target == root or root in target.parents:
        raise QueryRefused(f"output {output} is inside the store {store}; the store is read-only")


# --- views ---------------------------------------------------------------------------

def _table_names(version: Path | None) -> list[str]:
    """The schema's tables, then any other table directory of the version holding Parquet files."""
    if version is None:
        return list(TABLES)
    found = sorted(p.name for p in version.iterdir()
                   if p.is_dir() and TABLE_NAME.fullmatch(p.name)
                   and p.name not in TABLES and p.name not in DERIVED_VIEWS
                   and any(p.glob("*.parquet")))
    return list(TABLES) + found


def _table_select(connection: duckdb.DuckDBPyConnection, table: str, files: list[Path]) -> str:
    """Every column of the table's schema (typed, empty), then the committed rows by name."""
    parts = []
    if table in TABLES:
        parts.append(_empty_select(connection, TABLES[table]))
    if files:
        parts.append(f"SELECT * FROM read_parquet({_path_list(files)}, union_by_name = true)")
    return " UNION ALL BY NAME ".join(parts)


def _empty_select(connection: duckdb.DuckDBPyConnection, schema: pa.Schema) -> str:
    relation = connection.from_arrow(schema.empty_table())
    columns = ", ".join(f"CAST(NULL AS {kind}) AS {_quoted(name)}"
                        for name, kind in zip(relation.columns, relation.types))
    return f"SELECT {columns} WHERE false"


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _path_list(paths: list[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def _shorten(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


# --- output --------------------------------------------------------------------------

def format_table(table: pa.Table, fmt: str, out: TextIO | Path) -> None:
    """Write `table` as CSV (header line), JSON (one object per line) or Parquet (to a path)."""
    if fmt not in OUTPUT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet output needs a file path")
        pq.write_table(table, out)
        return
    if isinstance(out, Path):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            _write_text(table, fmt, handle)
        return
    _write_text(table, fmt, out)


def _write_text(table: pa.Table, fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.column_names)
        writer.writerows([_text_cell(row[c]) for c in table.column_names] for row in _rows(table))
    else:
        for row in _rows(table):
            out.write(json.dumps(row, ensure_ascii=False, default=_json_value) + "\n")


def _rows(table: pa.Table) -> Iterator[dict[str, Any]]:
    for batch in table.to_batches():
        yield from batch.to_pylist(maps_as_pydicts="lossy")


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _text_cell(value: Any) -> str:
    """A value as one CSV / terminal cell: null empty, lists and maps as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    return _json_value(value) if isinstance(value, (date, datetime, bytes)) else str(value)


def rich_table(table: pa.Table, max_rows: int = 50) -> Table:
    """The first `max_rows` rows for the terminal; the caption tells when rows were left out."""
    shown = table.slice(0, max_rows)
    caption = (f"{shown.num_rows} of {table.num_rows} rows" if table.num_rows > shown.num_rows
               else f"{table.num_rows} rows")
    view = Table(caption=caption)
    for name in table.column_names:
        view.add_column(name, overflow="ellipsis", no_wrap=True, max_width=60)
    for row in _rows(shown):
        view.add_row(*(_text_cell(row[c]) for c in table.column_names))
    return view
