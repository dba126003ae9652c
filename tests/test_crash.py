"""kill -9 at every step of a run, of its commit, of recovery and of compaction.

Each test kills `govnews run` (or `govnews compact`) with SIGKILL at one crash
point (`pipelines.faults`), looks at what a plain Parquet reader sees right
after the crash — every table as before the run, or every table as after it,
never a mix — then reruns: the store must end as an uninterrupted run leaves
it (run ids and timings aside), with every input record in exactly one of
`articles` or `rejects` and no version left beside the current one.

The crashed run is the second one on its store: the first stored a few
records, the second reads the samples and a new version of that input (one
record changed, one bad line added), so the commit adds parts to every table,
replaces the superseded record's rows and adds a reject.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipelines.config import RunConfig
from pipelines.faults import CRASH_AT_VARIABLE
from pipelines.run import run
from pipelines.store.compact import compact
from pipelines.store.query import run_query
from pipelines.store.schema import TABLES
from pipelines.store.writer import VERSIONS, current_version, table_files

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpora" / "samples"
GOLD = REPO / "corpora" / "gold" / "dev.jsonl"
EXTRA_RECORDS = 3
BATCH_SIZE = 2
ADDED_SENTENCE = " Hội nghị thống nhất các giải pháp trọng tâm trong thời gian tới."
RUN_DEPENDENT_COLUMNS = ("run_id", "started_at", "finished_at")
CRASH_TIMEOUT_SECONDS = 180


@dataclass(frozen=True)
class Scenario:
    base: Path
    """The store after the first run; every crash test starts from a copy of it."""
    inputs: tuple[Path, ...]
    """The second run's inputs: the samples and the new version of the first run's input."""
    reference: Path
    """The base store after an uninterrupted second run."""


def gold_records(count: int) -> list[dict]:
    """The `count` shortest gold articles as input records."""
    articles = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    shortest = sorted(articles, key=lambda a: len(a["text"]))[:count]
    return [{"id": f"extra-{a['doc_id']}", "text": a["text"], "published": a.get("published")}
            for a in shortest]


def write_input(directory: Path, records: list[dict], bad_lines: list[str]) -> Path:
    directory.mkdir()
    lines = [json.dumps(record, ensure_ascii=False) for record in records] + bad_lines
    (directory / "extra.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def config(inputs: tuple[Path, ...], store: Path) -> RunConfig:
    return RunConfig(inputs=inputs, store=store, batch_size=BATCH_SIZE)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Scenario:
    root = tmp_path_factory.mktemp("crash")
    records = gold_records(EXTRA_RECORDS)
    first = write_input(root / "v1", records, ['{"id": "broken", "text": "Sở Y tế'])
    changed = [dict(records[0], text=records[0]["text"] + ADDED_SENTENCE), *records[1:]]
    second = write_input(root / "v2", changed,
                         ['{"id": "broken", "text": "Sở Y tế', '{"id": "no-text", "html": 7}'])
    run(config((first,), root / "base"))
    shutil.copytree(root / "base", root / "reference", symlinks=True)
    inputs = (SAMPLES, second)
    summary = run(config(inputs, root / "reference"))
    assert summary.accounting_holds and summary.counters["superseded"] == 1
    return Scenario(root / "base", inputs, root / "reference")


def visible_rows(store: Path, table: str, drop: tuple[str, ...] = RUN_DEPENDENT_COLUMNS) -> list[str]:
    """What a plain Parquet reader sees in STORE/<table>, as sorted JSON rows."""
    directory = store / table
    if not directory.is_dir() or not any(directory.iterdir()):
        return []
    rows = ds.dataset(directory, format="parquet").to_table().to_pylist()
    return sorted(json.dumps({k: v for k, v in row.items() if k not in drop},
                             sort_keys=True, default=str, ensure_ascii=False) for row in rows)


def matching_states(store: Path, table: str, scenario: Scenario) -> set[str]:
    """Which of the stores before ("before") and after ("after") the crashed run
    a plain reader of `table` sees; empty when it sees a mix of both."""
    seen = visible_rows(store, table)
    return {name for name, other in (("before", scenario.base), ("after", scenario.reference))
            if visible_rows(other, table) == seen}


def crash(command: list[str], point: str) -> None:
    """Run a govnews command that must die of SIGKILL at `point`."""
    env = dict(os.environ, **{CRASH_AT_VARIABLE: point})
    done = subprocess.run([sys.executable, "-m", "pipelines.cli", *command], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=CRASH_TIMEOUT_SECONDS)
    assert done.returncode == -signal.SIGKILL, (point, done.returncode, done.stderr[-2000:])


def crash_run(scenario: Scenario, store: Path, point: str) -> None:
    command = ["run", *map(str, scenario.inputs), "--store", str(store), "--batch-size", str(BATCH_SIZE)]
    crash(command, point)


def crashed_copy(scenario: Scenario, tmp_path: Path, point: str) -> Path:
    store = copy_of(scenario.base, tmp_path)
    crash_run(scenario, store, point)
    return store


def copy_of(store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(store, copy, symlinks=True)
    return copy


def assert_plain_readers_see(store: Path, state: str, scenario: Scenario) -> None:
    """Every table as before the crashed run, or every table as after it."""
    for table in TABLES:
        assert state in matching_states(store, table, scenario), (table, state)


def assert_query_shows(store: Path, reference: Path, tmp_path: Path) -> None:
    """`govnews query` (on a copy) counts the rows of `reference` in every table."""
    copy = copy_of(store, tmp_path / "query")
    for table in TABLES:
        [count] = run_query(copy, f"SELECT count(*) AS n FROM {table}")["n"].to_pylist()
        assert count == len(visible_rows(reference, table)), table


def left_over_versions(store: Path) -> list[Path]:
    """Versions beside the current one: a run's unfinished one, or a superseded one."""
    current = current_version(store)
    return sorted(p for p in (store / VERSIONS).iterdir() if p != current)


def assert_ends_as_reference(store: Path, scenario: Scenario, recovery: str | None) -> None:
    """Rerun without a crash point; the store must be the reference's. `recovery`
    starts the line the rerun reports on the crashed run (None: nothing to recover)."""
    summary = run(config(scenario.inputs, store))
    assert summary.accounting_holds, summary.accounting_line()
    if recovery is None:
        assert summary.recovered == []
    else:
        [line] = summary.recovered
        assert line.startswith(recovery), line
    assert_same_store(store, scenario.reference)
    assert left_over_versions(store) == []


def assert_same_store(store: Path, reference: Path) -> None:
    for table in TABLES:
        if table != "runs":
            assert visible_rows(store, table) == visible_rows(reference, table), table
    runs = visible_rows(store, "runs")
    for row in map(json.loads, runs):
        assert row["read"] == row["articles_added"] + row["rejects"] + row["unchanged"], row
    totals = Counter()
    for row in map(json.loads, visible_rows(reference, "runs")):
        totals.update({"added": row["articles_added"], "rejects": row["rejects"]})
    for row in map(json.loads, runs):
        totals.subtract({"added": row["articles_added"], "rejects": row["rejects"]})
    assert not +totals and not -totals, "runs added other counts than the uninterrupted ones"
    assert_every_record_once(store)


def assert_every_record_once(store: Path) -> None:
    """Each stored record is one article or one reject, never both, never twice."""
    articles = [json.loads(row) for row in visible_rows(store, "articles")]
    rejects = [json.loads(row) for row in visible_rows(store, "rejects")]
    article_keys = Counter((a["source_path"], a["doc_id"]) for a in articles)
    reject_keys = Counter((r["source_path"], r["doc_id"]) for r in rejects if r["doc_id"])
    assert max(article_keys.values()) == 1
    assert not set(article_keys) & set(reject_keys)
    assert len({a["article_id"] for a in articles}) == len(articles)


def test_the_reference_holds_every_record_once(scenario):
    articles, rejects = (len(visible_rows(scenario.reference, t)) for t in ("articles", "rejects"))
    runs = [json.loads(row) for row in visible_rows(scenario.reference, "runs", drop=())]
    last = max(runs, key=lambda row: row["started_at"])
    assert articles + rejects == last["read"] > EXTRA_RECORDS + 2
    assert_every_record_once(scenario.reference)
    assert {table: "before" in matching_states(scenario.reference, table, scenario)
            for table in TABLES} != {table: True for table in TABLES}, "the run must change tables"


BEFORE_THE_SWAP = [
    "read:3",            # reading: the third record read
    "clean:3",           # cleaning the third article
    "segment:2",         # segmenting the second batch
    "extract:3",         # extracting the third article
    "staged.articles",   # the first new file written
    "staged.rejects",    # files of every table written, duplicates marked
    "staged.runs",       # everything written, the kept files not yet linked
    "linked",            # the new version complete and synced, `_current` not yet swapped
]


@pytest.mark.parametrize("point", BEFORE_THE_SWAP)
def test_a_crash_before_the_swap_rolls_back(scenario, tmp_path, point):
    store = crashed_copy(scenario, tmp_path, point)
    assert_plain_readers_see(store, "before", scenario)
    assert_query_shows(store, scenario.base, tmp_path)
    left_over = left_over_versions(store)
    if point.startswith("staged.") or point == "linked":
        assert left_over
    assert_ends_as_reference(store, scenario, "rolled back uncommitted run" if left_over else None)


def test_a_crash_right_after_the_swap_keeps_the_run(scenario, tmp_path):
    store = crashed_copy(scenario, tmp_path, "swapped")
    assert_plain_readers_see(store, "after", scenario)
    assert_query_shows(store, scenario.reference, tmp_path)
    assert len(left_over_versions(store)) == 1
    assert_ends_as_reference(store, scenario, "removed superseded version")


@pytest.mark.parametrize("first_crash,readers_see", [("linked", "before"), ("swapped", "after")])
def test_a_crash_during_recovery_is_recovered_again(scenario, tmp_path, first_crash, readers_see):
    """The rerun dies while removing what the first crash left; the next start finishes."""
    store = crashed_copy(scenario, tmp_path, first_crash)
    crash_run(scenario, store, "removed")
    assert_plain_readers_see(store, readers_see, scenario)
    assert_ends_as_reference(store, scenario, None)


@pytest.fixture(scope="module")
def compactable(scenario) -> Path:
    """The reference store: two runs, so most tables hold two files."""
    assert len(table_files(scenario.reference, "articles")) == 2
    return scenario.reference


@pytest.mark.parametrize("point,swapped", [
    ("merged.sentences", False),  # some tables merged, nothing swapped
    ("linked", False),            # every table merged and linked, not swapped
    ("swapped", True),            # swapped, the old version not yet removed
    ("removed", True),            # the old version removed, nothing else left to do
])
def test_a_crash_during_compaction_loses_and_doubles_nothing(compactable, tmp_path, point, swapped):
    """Plain readers see every row once, in the old files or in the merged ones;
    the next compaction finishes the job."""
    store = copy_of(compactable, tmp_path)
    before = {table: visible_rows(store, table, drop=()) for table in TABLES}
    files_before = {table: len(table_files(store, table)) for table in TABLES}
    crash(["compact", str(store)], point)
    for table in TABLES:
        assert visible_rows(store, table, drop=()) == before[table], table
    merged = {table: len(table_files(store, table)) <= 1 for table in TABLES}
    assert merged == {table: swapped or files_before[table] <= 1 for table in TABLES}
    assert_query_shows(store, compactable, tmp_path)
    assert bool(left_over_versions(store)) == (point != "removed")
    compact(store)
    assert {table: visible_rows(store, table, drop=()) for table in TABLES} == before
    assert all(len(table_files(store, table)) <= 1 for table in TABLES)
    assert left_over_versions(store) == []
