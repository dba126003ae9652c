"""The store: schemas round-trip, staged commits are all-or-nothing, recovery."""
import json
from datetime import date, datetime, timezone

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from pipelines.store.lock import StoreLocked, store_lock
from pipelines.store.schema import TABLES
from pipelines.store.writer import (JOURNAL, STAGING, StagedRun, StoreError, open_store,
                                    read_table, recover, table_files, to_table)

SAMPLE_ROWS = {
    "articles": {"article_id": "a1", "doc_id": "002", "source_path": "seeds/002.txt",
                 "text": "Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai.", "content_hash": "h",
                 "raw_hash": "r", "is_restructuring": True, "n_sentences": 1, "n_tokens": 9,
                 "pipeline_version": "0", "run_id": "r1", "published": date(2025, 4, 14)},
    "sentences": {"article_id": "a1", "sentence_index": 0, "start": 0, "end": 10,
                  "text": "Sáng ngày 13/4", "tokens": ["Sáng", "ngày", "13/4"], "pos": ["N", "N", "M"]},
    "officials": {"article_id": "a1", "sentence_index": 0, "start": 0, "end": 16,
                  "name": "Hoàng Quốc Hương", "honorific": "đồng chí"},
    "positions": {"article_id": "a1", "start": 0, "end": 7, "person_name": "Hoàng Quốc Hương",
                  "title": "Giám đốc Sở Y tế", "role": "Giám đốc"},
    "agencies": {"article_id": "a1", "start": 0, "end": 7, "text": "Sở Y tế",
                 "canonical": "Sở Y tế tỉnh Lào Cai", "kind": "state"},
    "dates": {"article_id": "a1", "start": 0, "end": 14, "text": "Sáng ngày 13/4",
              "value": "XXXX-04-13", "granularity": "day", "part_of_day": "sáng"},
    "legal_refs": {"article_id": "a1", "start": 0, "end": 22, "text": "Nghị quyết số 18-NQ/TW",
                   "key": "18-NQ/TW", "year": None, "symbol": "18-NQ/TW", "number": "18"},
    "duplicates": {"article_id": "a1", "duplicate_of": "a0", "kind": "near", "similarity": 0.9},
    "signatures": {"article_id": "a1", "minhash": [1, 2, 4294967295]},
    "rejects": {"reject_id": "x", "source_path": "a.jsonl", "reason": "malformed_json",
                "detail": "line 2", "run_id": "r1"},
    "runs": {"run_id": "r1", "started_at": datetime(2025, 1, 1, tzinfo=timezone.utc),
             "finished_at": datetime(2025, 1, 1, tzinfo=timezone.utc), "inputs": ["x"],
             "read": 1, "articles_added": 1, "unchanged": 0, "duplicates": 0, "rejects": 0,
             "counters": {"read": 1}, "pipeline_version": "0"},
}


def test_every_table_has_a_sample():
    assert set(SAMPLE_ROWS) == set(TABLES)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_parquet_round_trip_keeps_schema(tmp_path, table):
    open_store(tmp_path)
    staged = StagedRun(tmp_path, "r1")
    staged.stage(table, [SAMPLE_ROWS[table]])
    staged.commit()
    files = table_files(tmp_path, table)
    assert len(files) == 1
    written = pq.read_table(files[0])
    assert written.schema.equals(TABLES[table], check_metadata=False)
    assert written.to_pylist()[0]["article_id" if "article_id" in TABLES[table].names else "run_id"] in ("a1", "r1")


def test_staged_files_are_invisible_until_commit(tmp_path):
    open_store(tmp_path)
    staged = StagedRun(tmp_path, "r1")
    staged.stage("articles", [SAMPLE_ROWS["articles"]])
    staged.stage("sentences", [SAMPLE_ROWS["sentences"]])
    assert read_table(tmp_path, "articles").num_rows == 0
    assert not (tmp_path / "articles").exists()
    staged.commit()
    assert read_table(tmp_path, "articles").num_rows == 1
    assert read_table(tmp_path, "sentences").num_rows == 1
    assert not (tmp_path / STAGING / "r1").exists()


def test_recover_rolls_back_an_uncommitted_run(tmp_path):
    open_store(tmp_path)
    staged = StagedRun(tmp_path, "r1")
    staged.stage("articles", [SAMPLE_ROWS["articles"]])
    assert recover(tmp_path) == ["rolled back uncommitted run r1"]
    assert read_table(tmp_path, "articles").num_rows == 0
    assert not any((tmp_path / STAGING).iterdir())


def test_recover_completes_a_journalled_commit(tmp_path):
    open_store(tmp_path)
    staged = StagedRun(tmp_path, "r1")
    staged.stage("articles", [SAMPLE_ROWS["articles"]])
    staged.stage("sentences", [SAMPLE_ROWS["sentences"]])
    staged.close_staged()  # as commit() does before it writes the journal
    # crash after the journal and the first move, before the second
    journal = {"ops": staged._ops}
    (staged.directory / JOURNAL).write_text(json.dumps(journal))
    first_src, first_dst = staged._ops[0][1], staged._ops[0][2]
    (tmp_path / first_dst).parent.mkdir(parents=True)
    (tmp_path / first_src).rename(tmp_path / first_dst)
    assert recover(tmp_path) == ["completed commit of run r1"]
    assert read_table(tmp_path, "articles").num_rows == 1
    assert read_table(tmp_path, "sentences").num_rows == 1


def test_replace_file_filters_committed_rows(tmp_path):
    open_store(tmp_path)
    first = StagedRun(tmp_path, "r1")
    first.stage("agencies", [SAMPLE_ROWS["agencies"], dict(SAMPLE_ROWS["agencies"], article_id="a2")])
    first.commit()
    path = table_files(tmp_path, "agencies")[0]
    second = StagedRun(tmp_path, "r2")
    data = pq.read_table(path)
    second.replace_file(path, data.filter(pc.equal(data["article_id"], "a2")))
    second.commit()
    assert read_table(tmp_path, "agencies")["article_id"].to_pylist() == ["a2"]


def test_to_table_casts_missing_columns_to_null():
    data = to_table([{"article_id": "a1", "start": 0, "end": 3, "text": "Bộ Y tế"}], TABLES["agencies"])
    assert data.schema.equals(TABLES["agencies"])
    assert data.to_pylist()[0]["canonical"] is None


def test_foreign_format_version_is_refused(tmp_path):
    (tmp_path / "govnews-store.json").write_text(json.dumps({"format_version": 999}))
    with pytest.raises(StoreError, match="format version 999"):
        open_store(tmp_path)


def test_non_store_directory_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("không phải kho dữ liệu")
    with pytest.raises(StoreError, match="not a govnews store"):
        open_store(tmp_path)


def test_second_holder_of_the_lock_is_refused(tmp_path):
    with store_lock(tmp_path):
        with pytest.raises(StoreLocked, match="--wait"):
            with store_lock(tmp_path):
                pass
    with store_lock(tmp_path):
        pass
