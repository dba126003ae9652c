"""`govnews query`: views over the store, read-only SQL, output formats."""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from rich.console import Console

from pipelines.records import stable_id
from pipelines.stages.identity import assign_person_ids
from pipelines.store import writer
from pipelines.store.lock import COMMIT_LOCK, StoreLocked, store_lock
from pipelines.store.query import (
    QueryRefused,
    connect,
    ensure_outside_store,
    format_table,
    rich_table,
    run_query,
)
from pipelines.store.schema import TABLES
from pipelines.store.writer import FORMAT_FILE, StagedRun, StoreError, open_store

LAO_CAI_APRIL = stable_id("portal/laocai.jsonl", "2025-04-14-so-y-te")
YEN_BAI_MAY = stable_id("portal/yenbai.jsonl", "2025-05-20-hop-nhat")
BAC_LIEU_MARCH = stable_id("portal/baclieu.jsonl", "2025-03-02-tiep-xuc-cu-tri")
LAO_CAI_REPOST = stable_id("repost/baomoi.jsonl", "so-y-te-lao-cai")

ARTICLES = [
    {"article_id": LAO_CAI_APRIL, "doc_id": "2025-04-14-so-y-te", "source_path": "portal/laocai.jsonl",
     "source": "Cổng TTĐT tỉnh Lào Cai", "published": date(2025, 4, 14),
     "title": "Sở Y tế triển khai Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy",
     "province": "Lào Cai", "province_2025": "Lào Cai", "is_restructuring": True,
     "text": "Sáng ngày 13/4, đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc "
             "Sở Y tế chủ trì hội nghị triển khai Nghị quyết số 18-NQ/TW."},
    {"article_id": YEN_BAI_MAY, "doc_id": "2025-05-20-hop-nhat", "source_path": "portal/yenbai.jsonl",
     "source": "Báo Yên Bái", "published": date(2025, 5, 20),
     "title": "Hợp nhất Sở Y tế tỉnh Lào Cai và tỉnh Yên Bái",
     "province": "Yên Bái", "province_2025": "Lào Cai", "is_restructuring": True,
     "text": "Ông Hoàng Quốc Hương, Giám đốc Sở Y tế tỉnh Lào Cai cho biết việc hợp nhất thực hiện "
             "theo Nghị quyết số 60-NQ/TW và Nghị quyết số 18-NQ/TW."},
    {"article_id": BAC_LIEU_MARCH, "doc_id": "2025-03-02-tiep-xuc-cu-tri", "source_path": "portal/baclieu.jsonl",
     "source": "Cổng TTĐT tỉnh Bạc Liêu", "published": date(2025, 3, 2),
     "title": "Đoàn ĐBQH tỉnh tiếp xúc cử tri", "province": "Bạc Liêu", "province_2025": "Cà Mau",
     "is_restructuring": False,
     "text": "Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh tiếp thu ý kiến cử tri."},
    {"article_id": LAO_CAI_REPOST, "doc_id": "so-y-te-lao-cai", "source_path": "repost/baomoi.jsonl",
     "source": "Báo Mới", "published": date(2025, 6, 1), "duplicate_of": LAO_CAI_APRIL,
     "title": "Sở Y tế triển khai Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy",
     "province": "Lào Cai", "province_2025": "Lào Cai", "is_restructuring": True,
     "text": "Sáng ngày 13/4, đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc "
             "Sở Y tế chủ trì hội nghị triển khai Nghị quyết số 18-NQ/TW."},
]

HUONG_POSITIONS = [("Tỉnh ủy viên", "Tỉnh ủy viên", None, None),
                   ("Bí thư Đảng bộ", "Bí thư", None, None),
                   ("Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế", "Sở Y tế tỉnh Lào Cai")]

POSITIONS = {
    LAO_CAI_APRIL: ("Hoàng Quốc Hương", HUONG_POSITIONS),
    LAO_CAI_REPOST: ("Hoàng Quốc Hương", HUONG_POSITIONS),
    YEN_BAI_MAY: ("Hoàng Quốc Hương", [("Giám đốc Sở Y tế tỉnh Lào Cai", "Giám đốc",
                                        "Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Lào Cai")]),
    BAC_LIEU_MARCH: ("Nguyễn Văn Hùng", [("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh",
                                          "Ủy ban nhân dân tỉnh Bạc Liêu")]),
}

LEGAL_REFS = {
    LAO_CAI_APRIL: ["18-NQ/TW"],
    LAO_CAI_REPOST: ["18-NQ/TW"],
    YEN_BAI_MAY: ["60-NQ/TW", "18-NQ/TW"],
}


def article_row(values: dict) -> dict:
    return {"content_hash": hashlib.sha1(values["text"].encode()).hexdigest(), "raw_hash": "raw",
            "n_sentences": 1, "n_tokens": 30, "pipeline_version": "0.1.0", "run_id": "r1", **values}


def entity_rows(article: dict, positions_by_article: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """Officials, positions and legal refs of one test article, offsets into its text."""
    text, article_id = article["text"], article["article_id"]
    name, titles = positions_by_article[article_id]
    name_start = text.index(name)
    officials = [{"article_id": article_id, "sentence_index": 0, "start": name_start,
                  "end": name_start + len(name), "name": name, "honorific": None}]
    positions = []
    for title, role, organization, canonical in titles:
        start = text.index(title)
        positions.append({"article_id": article_id, "sentence_index": 0, "start": start,
                          "end": start + len(title), "person_name": name, "person_start": name_start,
                          "title": title, "role": role, "organization": organization,
                          "organization_canonical": canonical})
    assign_person_ids(officials, positions, article_province_2025=article["province_2025"])
    refs = []
    for key in LEGAL_REFS.get(article_id, []):
        surface = f"Nghị quyết số {key}"
        start = text.index(surface)
        refs.append({"article_id": article_id, "sentence_index": 0, "start": start,
                     "end": start + len(surface), "text": surface, "doc_type": "Nghị quyết",
                     "number": key.split("-")[0], "symbol": key, "issuer": "TW", "key": key})
    return officials, positions, refs


def commit_articles(root: Path, articles: list[dict], run_id: str,
                    positions_by_article: dict = POSITIONS) -> StagedRun:
    staged = StagedRun(root, run_id)
    staged.stage("articles", [article_row(a) for a in articles])
    for table, rows in zip(("officials", "positions", "legal_refs"),
                           zip(*(entity_rows(a, positions_by_article) for a in articles))):
        staged.stage(table, [row for article_rows in rows for row in article_rows])
    staged.stage("runs", [{"run_id": run_id, "started_at": datetime(2025, 6, 2, tzinfo=timezone.utc),
                           "finished_at": datetime(2025, 6, 2, tzinfo=timezone.utc),
                           "inputs": ["portal"], "read": len(articles), "articles_added": len(articles),
                           "unchanged": 0, "duplicates": 1, "rejects": 0, "counters": {"read": len(articles)},
                           "pipeline_version": "0.1.0"}])
    staged.commit()
    return staged


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    open_store(root)
    with store_lock(root):
        commit_articles(root, ARTICLES, "20250602T000000-a1b2c3d4")
    return root


def file_hashes(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def person_id_of(name: str, province_2025: str) -> str:
    officials = [{"name": name, "start": 0}]
    assign_person_ids(officials, [], article_province_2025=province_2025)
    return officials[0]["person_id"]


# --- views ---------------------------------------------------------------------------

@pytest.mark.parametrize("view, rows", [
    ("articles", 4), ("officials", 4), ("positions", 8), ("legal_refs", 4), ("runs", 1),
    ("sentences", 0), ("agencies", 0), ("dates", 0), ("rejects", 0),
    ("people", 4), ("restructuring", 2),
])
def test_select_works_on_every_view(store, view, rows):
    assert run_query(store, f"SELECT count(*) AS n FROM {view}").column("n").to_pylist() == [rows]


def test_every_table_view_has_its_schema_columns(store):
    for table, schema in TABLES.items():
        result = run_query(store, f"SELECT * FROM {table} LIMIT 0")
        assert result.column_names[:len(schema)] == schema.names


def test_fresh_store_has_empty_views_of_the_right_types(tmp_path):
    root = tmp_path / "store"
    open_store(root)
    assert run_query(root, "SELECT * FROM people").num_rows == 0
    officials = run_query(root, "SELECT * FROM officials")
    assert officials.num_rows == 0
    assert officials.schema.field("start").type == pa.int32()
    assert run_query(root, "SELECT published FROM articles").schema.field("published").type == pa.date32()


def test_people_gives_first_and_last_seen_without_duplicates(store):
    rows = run_query(store, """
        SELECT name, role, organization, first_seen, last_seen, n_articles, provinces_2025
        FROM people WHERE role = 'Giám đốc'""").to_pylist()
    assert rows == [{"name": "Hoàng Quốc Hương", "role": "Giám đốc", "organization": "Sở Y tế tỉnh Lào Cai",
                     "first_seen": date(2025, 4, 14), "last_seen": date(2025, 5, 20), "n_articles": 2,
                     "provinces_2025": ["Lào Cai"]}]


def test_people_keeps_one_person_id_across_articles(store):
    ids = run_query(store, "SELECT DISTINCT person_id FROM people WHERE name = 'Hoàng Quốc Hương'")
    assert ids.column("person_id").to_pylist() == [person_id_of("Hoàng Quốc Hương", "Lào Cai")]


def test_people_view_uses_the_canonical_organization(store):
    rows = run_query(store, "SELECT organization FROM people WHERE name = 'Nguyễn Văn Hùng'").to_pylist()
    assert rows == [{"organization": "Ủy ban nhân dân tỉnh Bạc Liêu"}]


def test_restructuring_lists_cited_keys(store):
    rows = run_query(store, """
        SELECT article_id, province, province_2025, legal_ref_keys
        FROM restructuring ORDER BY published""").to_pylist()
    assert rows == [
        {"article_id": LAO_CAI_APRIL, "province": "Lào Cai", "province_2025": "Lào Cai",
         "legal_ref_keys": ["18-NQ/TW"]},
        {"article_id": YEN_BAI_MAY, "province": "Yên Bái", "province_2025": "Lào Cai",
         "legal_ref_keys": ["18-NQ/TW", "60-NQ/TW"]},
    ]


def test_a_table_directory_outside_the_schema_gets_a_view(store):
    extra = store / "_current" / "topics"
    extra.mkdir()
    pq.write_table(pa.table({"article_id": [LAO_CAI_REPOST], "topic": ["y tế"]}),
                   extra / "part-r1-00000.parquet")
    result = run_query(store, "SELECT topic FROM topics")
    assert result.to_pylist() == [{"topic": "y tế"}]


README_EXAMPLES = [
    ("""SELECT DISTINCT a.published, a.province, a.title
        FROM legal_refs AS r JOIN articles AS a USING (article_id)
        WHERE r.key = '18-NQ/TW' AND a.duplicate_of IS NULL
        ORDER BY a.published""",
     [{"published": date(2025, 4, 14), "province": "Lào Cai", "title": ARTICLES[0]["title"]},
      {"published": date(2025, 5, 20), "province": "Yên Bái", "title": ARTICLES[1]["title"]}]),
    ("""SELECT name, role, organization, first_seen, last_seen, n_articles
        FROM people WHERE list_contains(provinces_2025, 'Lào Cai')
        ORDER BY name, first_seen, role""",
     [{"name": "Hoàng Quốc Hương", "role": "Bí thư", "organization": None, "first_seen": date(2025, 4, 14),
       "last_seen": date(2025, 4, 14), "n_articles": 1},
      {"name": "Hoàng Quốc Hương", "role": "Giám đốc", "organization": "Sở Y tế tỉnh Lào Cai",
       "first_seen": date(2025, 4, 14), "last_seen": date(2025, 5, 20), "n_articles": 2},
      {"name": "Hoàng Quốc Hương", "role": "Tỉnh ủy viên", "organization": None,
       "first_seen": date(2025, 4, 14), "last_seen": date(2025, 4, 14), "n_articles": 1}]),
    ("""SELECT province_2025, strftime(published, '%Y-%m') AS month, count(*) AS articles
        FROM restructuring GROUP BY ALL ORDER BY month, province_2025""",
     [{"province_2025": "Lào Cai", "month": "2025-04", "articles": 1},
      {"province_2025": "Lào Cai", "month": "2025-05", "articles": 1}]),
]


@pytest.mark.parametrize("sql, expected", README_EXAMPLES)
def test_readme_examples(store, sql, expected):
    assert run_query(store, sql).to_pylist() == expected


# --- read-only -----------------------------------------------------------------------

@pytest.mark.parametrize("sql, statement_type", [
    (f"DELETE FROM articles WHERE article_id = '{LAO_CAI_APRIL}'", "DELETE"),
    ("UPDATE articles SET title = 'Hợp nhất Sở Y tế' WHERE province = 'Lào Cai'", "UPDATE"),
    ("INSERT INTO legal_refs (key) VALUES ('18-NQ/TW')", "INSERT"),
    ("COPY articles TO 'x.csv'", "COPY"),
    ("COPY articles TO '{store}/articles/part-x.parquet' (FORMAT parquet)", "COPY"),
    ("ATTACH 'x.db'", "ATTACH"),
    ("DETACH memory", "DETACH"),
    ("INSTALL httpfs", "LOAD"),
    ("LOAD httpfs", "LOAD"),
    ("CREATE TABLE lanh_dao AS SELECT * FROM people", "CREATE"),
    ("DROP VIEW articles", "DROP"),
    ("SET enable_external_access = true", "SET"),
    ("PRAGMA database_list", "PRAGMA"),
    ("EXPORT DATABASE 'ban_sao'", "EXPORT"),
    ("CALL pragma_version()", "CALL"),
    ("EXPLAIN SELECT * FROM people", "EXPLAIN"),
    ("SELECT 1; DROP VIEW articles", "DROP"),
])
def test_writing_statements_are_refused_and_touch_nothing(store, tmp_path, sql, statement_type):
    before = file_hashes(tmp_path)
    with pytest.raises(QueryRefused, match=rf"\b{statement_type}\b"):
        run_query(store, sql.format(store=store))
    assert file_hashes(tmp_path) == before


def test_refusal_comes_before_opening_the_store(tmp_path):
    with pytest.raises(QueryRefused, match="DROP"):
        run_query(tmp_path / "missing", "DROP VIEW articles")
    assert list(tmp_path.iterdir()) == []


def test_several_selects_return_the_last_result(store):
    result = run_query(store, "SELECT 1 AS n; SELECT count(*) AS n FROM articles WHERE is_restructuring")
    assert result.to_pylist() == [{"n": 3}]


def test_an_empty_query_is_refused(store):
    with pytest.raises(QueryRefused, match="no SQL statement"):
        run_query(store, "  ;  ")


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('{outside}')",
    "SELECT * FROM read_parquet('{store}/articles/*.parquet')",
    "SELECT * FROM glob('{store}/*')",
])
def test_a_select_reads_nothing_but_the_views(store, tmp_path, sql):
    outside = tmp_path / "danh_sach.csv"
    outside.write_text("ho_ten\nNguyễn Văn Hùng\n", encoding="utf-8")
    with pytest.raises(duckdb.Error, match="disabled by configuration"):
        run_query(store, sql.format(outside=outside, store=store))


def test_the_connection_is_locked_down(store, tmp_path):
    connection = connect(store)
    before = file_hashes(tmp_path)
    with pytest.raises(duckdb.Error, match="locked"):
        connection.execute("SET enable_external_access = true")
    with pytest.raises(duckdb.Error, match="disabled by configuration"):
        connection.execute(f"COPY articles TO '{store}/articles/part-x.parquet' (FORMAT parquet)")
    assert connection.sql("SELECT count(*) FROM people").fetchall() == [(4,)]
    connection.close()
    assert file_hashes(tmp_path) == before


def test_a_directory_that_is_not_a_store_is_refused(tmp_path):
    with pytest.raises(StoreError, match="not a govnews store"):
        run_query(tmp_path, "SELECT 1")
    assert list(tmp_path.iterdir()) == []


def test_a_store_of_another_format_version_is_refused(store):
    (store / FORMAT_FILE).write_text(json.dumps({"format_version": 99}), encoding="utf-8")
    with pytest.raises(StoreError, match="format version 99"):
        run_query(store, "SELECT 1")


# --- consistency with runs -----------------------------------------------------------

def test_a_query_does_not_wait_for_a_commit(store):
    """A commit holds the commit lock only to remove superseded versions, and
    gives up when a query reads them: queries never wait."""
    with store_lock(store, name=COMMIT_LOCK, shared=True):
        assert run_query(store, "SELECT count(*) AS n FROM articles").to_pylist() == [{"n": 4}]


def test_a_query_runs_while_a_run_reads_its_inputs(store):
    with store_lock(store):
        assert run_query(store, "SELECT count(*) AS n FROM articles").to_pylist() == [{"n": 4}]


def test_queries_do_not_block_each_other(store):
    with open(store / COMMIT_LOCK, "a+") as reader:
        fcntl.flock(reader.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        assert run_query(store, "SELECT count(*) AS n FROM articles").to_pylist() == [{"n": 4}]


NEW_ARTICLE_ID = stable_id("portal/baclieu.jsonl", "2025-03-09")


def commit_march_9(store: Path) -> None:
    new_article = {**ARTICLES[2], "article_id": NEW_ARTICLE_ID,
                   "doc_id": "2025-03-09", "published": date(2025, 3, 9)}
    positions = {new_article["article_id"]: POSITIONS[BAC_LIEU_MARCH]}
    commit_articles(store, [new_article], "20250603T000000-e5f6a7b8", positions)


HUNG = "SELECT first_seen, last_seen, n_articles FROM people WHERE name = 'Nguyễn Văn Hùng'"


def test_a_commit_that_died_before_its_swap_is_invisible(store, monkeypatch):
    def crash(root, version):
        raise OSError("power lost")

    monkeypatch.setattr(writer, "swap_current", crash)
    with pytest.raises(OSError):
        commit_march_9(store)
    monkeypatch.undo()
    assert run_query(store, HUNG).to_pylist() == [
        {"first_seen": date(2025, 3, 2), "last_seen": date(2025, 3, 2), "n_articles": 1}]


def test_a_query_reads_one_version_while_a_commit_swaps_another_in(store):
    connection = None
    with store_lock(store, name=COMMIT_LOCK, shared=True):
        connection = connect(store)
        commit_march_9(store)  # swaps while the connection is open
        assert connection.sql(HUNG).fetchall() == [(date(2025, 3, 2), date(2025, 3, 2), 1)]
        connection.close()
    assert run_query(store, HUNG).to_pylist() == [
        {"first_seen": date(2025, 3, 2), "last_seen": date(2025, 3, 9), "n_articles": 2}]


# --- output --------------------------------------------------------------------------

PEOPLE_COLUMNS = "SELECT person_id, name, role, organization, first_seen, last_seen, n_articles FROM people ORDER BY ALL"


def test_csv_round_trips(store):
    table = run_query(store, PEOPLE_COLUMNS)
    out = io.StringIO()
    format_table(table, "csv", out)
    read_back = pacsv.read_csv(io.BytesIO(out.getvalue().encode("utf-8")),
                               convert_options=pacsv.ConvertOptions(column_types=table.schema,
                                                                    strings_can_be_null=True))
    assert read_back.equals(table)


def test_json_round_trips_one_object_per_line(store):
    table = run_query(store, "SELECT * FROM restructuring ORDER BY published")
    out = io.StringIO()
    format_table(table, "json", out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    expected = [{**row, "published": row["published"].isoformat()} for row in table.to_pylist()]
    assert rows == expected
    assert "Hợp nhất Sở Y tế tỉnh Lào Cai" in out.getvalue()


def test_json_writes_maps_as_objects_and_times_in_iso(store):
    out = io.StringIO()
    format_table(run_query(store, "SELECT counters, started_at FROM runs"), "json", out)
    assert json.loads(out.getvalue()) == {"counters": {"read": 4}, "started_at": "2025-06-02T00:00:00+00:00"}


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_output_to_a_file(store, tmp_path, fmt):
    table = run_query(store, PEOPLE_COLUMNS)
    target = tmp_path / f"people.{fmt}"
    format_table(table, fmt, target)
    if fmt == "parquet":
        assert pq.read_table(target).equals(table)
    else:
        assert target.read_text(encoding="utf-8").count("Hoàng Quốc Hương") == 3


def test_parquet_needs_a_path_and_unknown_formats_are_refused(store):
    table = run_query(store, "SELECT 1 AS n")
    with pytest.raises(ValueError, match="file path"):
        format_table(table, "parquet", io.StringIO())
    with pytest.raises(ValueError, match="unknown format"):
        format_table(table, "xlsx", io.StringIO())


def test_an_output_file_inside_the_store_is_refused(store, tmp_path):
    with pytest.raises(QueryRefused, match="inside the store"):
        ensure_outside_store(store, store / "articles" / "part-x.parquet")
    ensure_outside_store(store, tmp_path / "people.csv")


def test_rich_table_shows_the_first_rows_and_says_how_many(store):
    console = Console(record=True, width=200)
    console.print(rich_table(run_query(store, PEOPLE_COLUMNS), max_rows=2))
    text = console.export_text()
    assert "2 of 4 rows" in text
    assert "Hoàng Quốc Hương" in text
