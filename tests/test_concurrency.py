"""Two runs on one store: the second waits (`--wait`) or exits 3 with a clear
message; nothing is lost or written twice, and each run's accounting holds."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

import pytest

from pipelines.cli import EXIT_LOCKED, EXIT_OK
from pipelines.store.lock import RUN_LOCK, store_lock
from pipelines.store.writer import FORMAT_FILE, read_table

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "corpora" / "samples").glob("*.txt"))
GOLD = REPO / "corpora" / "gold" / "dev.jsonl"
RUN_TIMEOUT_SECONDS = 300
POLL_SECONDS = 0.05


def govnews(*args: object) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", *map(str, args)]


def start(*args: object) -> subprocess.Popen:
    return subprocess.Popen(govnews(*args), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=RUN_TIMEOUT_SECONDS)
    return process.returncode, out, err


def wait_for(condition: Callable[[], bool], process: subprocess.Popen) -> None:
    """Poll until `condition` holds; fail if `process` ends first."""
    deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
    while not condition():
        assert process.poll() is None, f"the run ended first: {process.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(POLL_SECONDS)


def holds_run_lock(store: Path, process: subprocess.Popen) -> bool:
    """A run writes its pid into the run lock file once it holds the lock."""
    lock = store / RUN_LOCK
    return lock.exists() and lock.read_text().strip() == str(process.pid)


def write_gold_inputs(directory: Path, name: str, lines: list[str]) -> Path:
    directory.mkdir()
    records = [json.loads(line) for line in lines]
    (directory / name).write_text("".join(
        json.dumps({"id": r["doc_id"], "text": r["text"], "published": r.get("published")},
                   ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def gold_halves(tmp_path_factory) -> tuple[Path, Path]:
    """The gold articles as two JSONL inputs (first half, second half)."""
    root = tmp_path_factory.mktemp("inputs")
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    middle = len(lines) // 2
    return (write_gold_inputs(root / "a", "a.jsonl", lines[:middle]),
            write_gold_inputs(root / "b", "b.jsonl", lines[middle:]))


def input_records(*directories: Path) -> int:
    return sum(len(path.read_text(encoding="utf-8").splitlines())
               for directory in directories for path in directory.glob("*.jsonl"))


def assert_nothing_twice(store: Path, expected_articles: int) -> None:
    articles = read_table(store, "articles", ["article_id"])["article_id"].to_pylist()
    assert len(articles) == len(set(articles)) == expected_articles
    sentences = read_table(store, "sentences", ["article_id", "sentence_index"]).to_pylist()
    assert max(Counter(map(lambda s: tuple(s.values()), sentences)).values()) == 1
    assert set(read_table(store, "signatures", ["article_id"])["article_id"].to_pylist()) == set(articles)


def summary_of(out: str) -> dict:
    summary = json.loads(out)
    assert summary["accounting_holds"], summary
    return summary


def test_a_held_store_makes_a_run_wait_with_wait_and_exit_3_without(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    with store_lock(store):
        waiting = start("run", *SEEDS, "--store", store, "--wait", "--json")
        wait_for(lambda: (store / FORMAT_FILE).exists(), waiting)  # the lock comes next
        refused = subprocess.run(govnews("run", *SEEDS, "--store", store), cwd=REPO,
                                 capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS)
        assert refused.returncode == EXIT_LOCKED
        message = " ".join(refused.stderr.split())
        assert "is locked by a govnews run" in message and "--wait" in message
        assert waiting.poll() is None
        assert read_table(store, "articles").num_rows == 0
    code, out, err = finish(waiting)
    assert code == EXIT_OK, err
    assert summary_of(out)["counters"]["written"] == len(SEEDS)
    assert_nothing_twice(store, len(SEEDS))


def test_a_second_run_exits_3_while_the_first_runs(tmp_path, gold_halves):
    store, first_half = tmp_path / "store", gold_halves[0]
    first = start("run", first_half, "--store", store, "--json")
    wait_for(lambda: holds_run_lock(store, first), first)
    second = subprocess.run(govnews("run", first_half, "--store", store, "--json"), cwd=REPO,
                            capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS)
    assert second.returncode == EXIT_LOCKED and second.stdout == ""
    assert "is locked by a govnews run" in " ".join(second.stderr.split())
    code, out, err = finish(first)
    assert code == EXIT_OK, err
    written = summary_of(out)["counters"]["written"]
    assert written == input_records(first_half)
    assert_nothing_twice(store, written)


def test_a_waiting_run_commits_after_the_first_and_adds_only_what_is_new(tmp_path, gold_halves):
    store, (first_half, second_half) = tmp_path / "store", gold_halves
    first = start("run", first_half, "--store", store, "--json")
    wait_for(lambda: holds_run_lock(store, first), first)
    second = start("run", first_half, second_half, "--store", store, "--wait", "--json")
    first_code, first_out, first_err = finish(first)
    second_code, second_out, second_err = finish(second)
    assert (first_code, second_code) == (EXIT_OK, EXIT_OK), (first_err, second_err)
    first_counters = summary_of(first_out)["counters"]
    second_counters = summary_of(second_out)["counters"]
    assert first_counters["written"] == input_records(first_half)
    assert second_counters["unchanged"] == input_records(first_half)
    assert second_counters["written"] == input_records(second_half)
    runs = sorted(read_table(store, "runs").to_pylist(), key=lambda r: r["started_at"])
    assert [r["run_id"] for r in runs] == [summary_of(first_out)["run_id"], summary_of(second_out)["run_id"]]
    assert runs[1]["started_at"] >= runs[0]["finished_at"]
    for row in runs:
        assert row["read"] == row["articles_added"] + row["rejects"] + row["unchanged"]
    assert_nothing_twice(store, input_records(first_half, second_half))
