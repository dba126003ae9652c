"""The store: schemas round-trip, versions swapped in all-or-nothing, recovery, migration."""
import json
import shutil
from datetime import date, datetime, timezone

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from pipelines.store.lock import COMMIT_LOCK, StoreLocked, store_lock
from pipelines.store.migrate import prepare_store
from pipelines.store.schema import TABLES
from pipelines.store.writer import (FORMAT_FILE, VERSIONS, StagedRun, StoreError, check_store,
                                    current_version, open_store, read_table, recover, table_files,
                                    to_table)

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
    prepare_store(tmp_path)
    staged = StagedRun(tmp_path, "r1")
    staged.stage("articles", [SAMPLE_ROWS["articles"]])
    staged.stage("sentences", [SAMPLE_ROWS["sentences"]])
    staged.close_staged()
    assert read_table(tmp_path, "articles").num_rows == 0
    assert [p.name for p in (tmp_path / "articles").iterdir()] == [
        "part-00000000T000000-empty-empty.parquet"]
    staged.commit()
    assert read_table(tmp_path, "articles").num_rows == 1
    assert read_table(tmp_path, "sentences").num_rows == 1
    assert sorted(p.name for p in (tmp_path / VERSIONS).iterdir()) == ["r1"]


def test_a_table_without_rows_reads_as_an_empty_table_of_its_schema(tmp_path):
    open_store(tmp_path)
    prepare_store(tmp_path)
    commit_rows(tmp_path, "r1", "agencies", [SAMPLE_ROWS["agencies"]])
    [rejects] = pq.ParquetDataset(tmp_path / "rejects").files
    assert pq.read_table(rejects).schema.equals(TABLES["rejects"])
    assert [f.name for f in table_files(tmp_path, "agencies")] == ["part-r1-00000.parquet"]
    commit_rows(tmp_path, "r2", "rejects", [SAMPLE_ROWS["rejects"]])
    assert [f.name for f in table_files(tmp_path, "rejects")] == ["part-r2-00000.parquet"]


def test_every_table_is_a_link_to_the_current_version(tmp_path):
    open_store(tmp_path)
    prepare_store(tmp_path)
    for table in TABLES:
        assert (tmp_path / table).is_symlink() and (tmp_path / table).is_dir()
    staged = StagedRun(tmp_path, "r1")
    staged.stage("agencies", [SAMPLE_ROWS["agencies"]])
    staged.commit()
    assert current_version(tmp_path) == tmp_path / VERSIONS / "r1"
    assert (tmp_path / "agencies").resolve() == (tmp_path / VERSIONS / "r1" / "agencies").resolve()


def test_recover_rolls_back_an_uncommitted_run(tmp_path):
    open_store(tmp_path)
    prepare_store(tmp_path)
    staged = StagedRun(tmp_path, "r1")
    staged.stage("articles", [SAMPLE_ROWS["articles"]])
    staged.close_staged()
    assert recover(tmp_path) == ["rolled back uncommitted run r1"]
    assert read_table(tmp_path, "articles").num_rows == 0
    assert not (tmp_path / VERSIONS / "r1").exists()


def commit_rows(root, run_id, table, rows):
    staged = StagedRun(root, run_id)
    staged.stage(table, rows)
    staged.commit()


def test_a_commit_keeps_the_files_it_does_not_change(tmp_path):
    open_store(tmp_path)
    prepare_store(tmp_path)
    commit_rows(tmp_path, "r1", "agencies", [SAMPLE_ROWS["agencies"]])
    [first] = table_files(tmp_path, "agencies")
    commit_rows(tmp_path, "r2", "agencies", [dict(SAMPLE_ROWS["agencies"], article_id="a2")])
    files = table_files(tmp_path, "agencies")
    assert [f.name for f in files] == [first.name, "part-r2-00000.parquet"]
    assert read_table(tmp_path, "agencies")["article_id"].to_pylist() == ["a1", "a2"]
    # the superseded version is gone; the kept file is the same inode, linked
    assert sorted(p.name for p in (tmp_path / VERSIONS).iterdir()) == ["r2"]


def test_a_superseded_version_stays_while_a_query_reads_it(tmp_path):
    open_store(tmp_path)
    prepare_store(tmp_path)
    commit_rows(tmp_path, "r1", "agencies", [SAMPLE_ROWS["agencies"]])
    with store_lock(tmp_path, name=COMMIT_LOCK, shared=True):
        commit_rows(tmp_path, "r2", "agencies", [dict(SAMPLE_ROWS["agencies"], article_id="a2")])
        assert pq.read_table(tmp_path / VERSIONS / "r1" / "agencies").num_rows == 1
    assert recover(tmp_path) == ["removed superseded version r1"]


def test_rewrite_committed_replaces_a_file_by_its_rewritten_rows(tmp_path):
    open_store(tmp_path)
    prepare_store(tmp_path)
    commit_rows(tmp_path, "r1", "agencies",
                [SAMPLE_ROWS["agencies"], dict(SAMPLE_ROWS["agencies"], article_id="a2")])
    [path] = table_files(tmp_path, "agencies")
    second = StagedRun(tmp_path, "r2")
    second.rewrite_committed("agencies", path,
                             lambda batch: batch.filter(pc.equal(batch["article_id"], "a2")))
    second.commit()
    assert read_table(tmp_path, "agencies")["article_id"].to_pylist() == ["a2"]
    assert [f.name for f in table_files(tmp_path, "agencies")] == ["part-r2-00000.parquet"]


def format1_store(root):
    """A store as format 1 left it: plain table directories, an interrupted journalled commit."""
    (root / FORMAT_FILE).write_text(json.dumps({"format_version": 1}))
    (root / "agencies").mkdir(parents=True)
    pq.write_table(to_table([SAMPLE_ROWS["agencies"]], TABLES["agencies"]),
                   root / "agencies" / "part-r1-00000.parquet")
    staged = root / "_staging" / "r2" / "articles"
    staged.mkdir(parents=True)
    pq.write_table(to_table([SAMPLE_ROWS["articles"]], TABLES["articles"]), staged / "part-r2-00000.parquet")
    journal = {"ops": [["move", "_staging/r2/articles/part-r2-00000.parquet",
                        "articles/part-r2-00000.parquet"]]}
    (root / "_staging" / "r2" / "COMMIT.json").write_text(json.dumps(journal))


def test_a_format_1_store_is_refused_by_readers_and_migrated_by_writers(tmp_path):
    format1_store(tmp_path)
    with pytest.raises(StoreError, match="format version 1, older .* migrates it"):
        check_store(tmp_path)
    open_store(tmp_path)
    done = prepare_store(tmp_path)
    assert done[0] == "completed commit of run r2" and done[1].startswith("migrated the store")
    check_store(tmp_path)
    assert read_table(tmp_path, "agencies").num_rows == 1
    assert read_table(tmp_path, "articles").num_rows == 1
    assert not (tmp_path / "_staging").exists()
    assert prepare_store(tmp_path) == []


def test_a_store_copied_without_its_links_is_refused(tmp_path):
    open_store(tmp_path / "s")
    prepare_store(tmp_path / "s")
    commit_rows(tmp_path / "s", "r1", "agencies", [SAMPLE_ROWS["agencies"]])
    shutil.copytree(tmp_path / "s", tmp_path / "copy")  # follows the links
    with pytest.raises(StoreError, match="cp -a"):
        check_store(tmp_path / "copy")


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
