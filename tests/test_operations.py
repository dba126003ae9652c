"""Operating the store: compaction, reprocessing, workers, engines, locking, CLI exit codes."""
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipelines.cli import EXIT_LOCKED, EXIT_USAGE, app
from pipelines.config import RunConfig
from pipelines.run import run
from pipelines.store.compact import compact
from pipelines.store.lock import store_lock
from pipelines.store.schema import TABLES
from pipelines.store.writer import read_table, table_files

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
SEEDS = sorted(SAMPLES.glob("*.txt"))

RECORD = ("Chiều 26/6, Giám đốc Sở Lao động - Thương binh và Xã hội Trần Hồng Chiến chủ trì "
          "cuộc họp triển khai kế hoạch năm 2018 của ngành trên địa bàn tỉnh Bạc Liêu. "
          "Đồng chí yêu cầu các phòng chuyên môn thực hiện nghiêm các nhiệm vụ được giao số {n}.")


def table_rows(store: Path, table: str, drop=("run_id",)) -> list[dict]:
    rows = read_table(store, table).to_pylist()
    cleaned = [{k: v for k, v in row.items() if k not in drop} for row in rows]
    return sorted(cleaned, key=lambda r: json.dumps(r, sort_keys=True, default=str, ensure_ascii=False))


def small_runs(tmp_path: Path, count: int) -> Path:
    store, inputs = tmp_path / "store", tmp_path / "in"
    inputs.mkdir()
    for n in range(count):
        (inputs / f"{n:02d}.jsonl").write_text(
            json.dumps({"id": f"bl-{n}", "text": RECORD.format(n=n)}, ensure_ascii=False) + "\n",
            encoding="utf-8")
        run(RunConfig(inputs=(inputs,), store=store))
    return store


def test_compact_keeps_every_row_and_cuts_files_tenfold(tmp_path):
    store = small_runs(tmp_path, 20)
    before_rows = {t: table_rows(store, t, drop=()) for t in TABLES}
    before_files = sum(len(table_files(store, t)) for t in TABLES)
    result = compact(store)
    after_files = sum(len(table_files(store, t)) for t in TABLES)
    assert {t: table_rows(store, t, drop=()) for t in TABLES} == before_rows
    assert len(before_rows["articles"]) == 20
    assert after_files * 10 <= before_files
    assert sum(result.files_before.values()) == before_files


def test_reprocess_applies_a_new_pipeline_version(tmp_path):
    inputs = (SAMPLES / "000_04ba54641e97a74d.txt", SAMPLES / "002_8c7c8f00c326da46.txt")
    old = RunConfig(inputs=inputs, store=tmp_path / "store", pipeline_version="0.0.1")
    run(old)
    new = replace(old, pipeline_version="0.0.2", reprocess=True)
    summary = run(new)
    assert summary.counters["reprocessed"] == 2 and summary.accounting_holds
    fresh = replace(new, store=tmp_path / "fresh", reprocess=False)
    run(fresh)
    for table in ("articles", "sentences", "officials", "positions", "agencies", "dates", "legal_refs"):
        assert table_rows(tmp_path / "store", table) == table_rows(tmp_path / "fresh", table), table
    assert {a["pipeline_version"] for a in read_table(tmp_path / "store", "articles").to_pylist()} == {"0.0.2"}


def test_rerun_without_reprocess_keeps_the_old_version(tmp_path):
    config = RunConfig(inputs=(SEEDS[0],), store=tmp_path / "store", pipeline_version="0.0.1")
    run(config)
    summary = run(replace(config, pipeline_version="0.0.2"))
    assert summary.counters["unchanged"] == 1


def test_two_workers_give_the_same_tables(tmp_path):
    one = RunConfig(inputs=(SAMPLES,), store=tmp_path / "one", batch_size=4)
    run(one)
    run(replace(one, store=tmp_path / "two", workers=2))
    for table in ("articles", "sentences", "officials", "positions", "agencies", "dates",
                  "legal_refs", "duplicates", "rejects"):
        assert table_rows(tmp_path / "one", table) == table_rows(tmp_path / "two", table), table


def test_a_locked_store_exits_3(tmp_path):
    store = tmp_path / "store"
    run(RunConfig(inputs=(SEEDS[0],), store=store))
    with store_lock(store):
        result = CliRunner().invoke(app, ["run", str(SEEDS[0]), "--store", str(store)])
    assert result.exit_code == EXIT_LOCKED
    assert "locked" in result.output


def test_missing_input_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["run", str(tmp_path / "absent"), "--store", str(tmp_path / "s")])
    assert result.exit_code == EXIT_USAGE
    assert "input not found" in result.output
    assert not (tmp_path / "s").exists()


def test_json_summary_is_one_object(tmp_path):
    result = CliRunner().invoke(app, ["run", str(SEEDS[0]), "--store", str(tmp_path / "s"), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["counters"]["written"] == 1 and summary["accounting_holds"] is True


def test_unwritable_store_fails_clearly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(app, ["run", str(SEEDS[0]), "--store", str(blocker / "store")])
    assert result.exit_code == 1
    assert "cannot create store" in result.output


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    command = [sys.executable, "-m", "pipelines.cli", "run", str(SEEDS[0]), "--store", str(tmp_path / "s")]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "articles/s" not in done.stdout and "\r" not in done.stdout
    assert "accounting holds" in done.stdout


def test_dask_engine_gives_the_same_tables(tmp_path):
    local = RunConfig(inputs=(SAMPLES,), store=tmp_path / "local", batch_size=4)
    run(local)
    run(replace(local, store=tmp_path / "dask", engine="dask", workers=2))
    for table in ("articles", "sentences", "officials", "positions", "agencies", "dates",
                  "legal_refs", "duplicates"):
        assert table_rows(tmp_path / "local", table) == table_rows(tmp_path / "dask", table), table


def test_a_dead_worker_fails_the_run_instead_of_hanging(tmp_path):
    store = tmp_path / "store"
    command = [sys.executable, "-m", "pipelines.cli", "run", str(SAMPLES), "--store", str(store),
               "--workers", "2", "--batch-size", "2"]
    env = {**os.environ, "GOVNEWS_CRASH_AT": "clean:2"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1
    assert "worker process died" in done.stderr
    assert read_table(store, "articles").num_rows == 0
    summary = run(RunConfig(inputs=(SAMPLES,), store=store))
    assert summary.counters["written"] == 14 and summary.accounting_holds


def test_workers_die_with_a_killed_run_and_free_the_store(tmp_path):
    import signal
    import time

    store = tmp_path / "store"
    command = [sys.executable, "-m", "pipelines.cli", "run", str(SAMPLES), "--store", str(store),
               "--workers", "2", "--batch-size", "1"]
    env = {**os.environ, "GOVNEWS_CRASH_AT": "read:10"}  # the parent kills itself while workers run
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 20
    while True:
        try:
            with store_lock(store):
                break
        except Exception:
            assert time.monotonic() < deadline, "an orphaned worker still holds the store lock"
            time.sleep(0.2)
    summary = run(RunConfig(inputs=(SAMPLES,), store=store))
    assert summary.counters["written"] == 14 and summary.accounting_holds
