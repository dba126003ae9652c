"""kill -9 at every step of a run, of its commit, of recovery and of compaction.

Each test kills `govnews run` (or `govnews compact`) with SIGKILL at one crash
point (`pipelines.faults`), looks at what a plain Parquet reader sees right
after the crash, then reruns: the store must end as an uninterrupted run
leaves it (run ids and timings aside), with every input record in exactly one
of `articles` or `rejects` and nothing left in `_staging`.

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
from pipelines.store.writer import JOURNAL, STAGING, table_files

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
    shutil.copytree(root / "base", root / "reference")
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
    store = tmp_path / "store"
    shutil.copytree(scenario.base, store)
    crash_run(scenario, store, point)
    return store


def journal_ops(store: Path) -> list[list[str]]:
    [journal] = (store / STAGING).glob(f"*/{JOURNAL}")
    return json.loads(journal.read_text(encoding="utf-8"))["ops"]


def op_table(op: list[str]) -> str:
    """The table an op writes: the first folder of its destination."""
    return op[-1].split("/")[0]


def done_after_moves(ops: list[list[str]], moves: int) -> int:
    """How many ops are carried out when a commit dies right after its `moves`-th move."""
    move_positions = [index for index, op in enumerate(ops) if op[0] == "move"]
    return move_positions[moves - 1] + 1


def expected_states(ops: list[list[str]], done: int) -> dict[str, str]:
    """Per table: "after" when all its ops are done, "before" when none, "mixed" otherwise."""
    sides: dict[str, set[bool]] = {table: set() for table in TABLES}
    for index, op in enumerate(ops):
        sides[op_table(op)].add(index < done)
    names = {frozenset(): "before", frozenset({False}): "before", frozenset({True}): "after"}
    return {table: names.get(frozenset(done_or_not), "mixed") for table, done_or_not in sides.items()}


def assert_plain_readers_see(store: Path, scenario: Scenario, expected: dict[str, str]) -> None:
    for table, state in expected.items():
        seen = matching_states(store, table, scenario)
        assert (state in seen) if state != "mixed" else not seen, (table, state, seen)


def assert_query_shows_the_whole_run(store: Path, scenario: Scenario, tmp_path: Path) -> None:
    """`govnews query` on a copy completes the commit first, and shows all of it."""
    copy = copy_of(store, tmp_path / "query")
    for table in TABLES:
        [count] = run_query(copy, f"SELECT count(*) AS n FROM {table}")["n"].to_pylist()
        assert count == len(visible_rows(scenario.reference, table)), table
    assert_plain_readers_see(copy, scenario, {table: "after" for table in TABLES})


def staged_runs(store: Path) -> list[Path]:
    return sorted((store / STAGING).glob("*"))


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
    assert staged_runs(store) == []


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


BEFORE_THE_JOURNAL = [
    "read:3",            # reading: the third record read
    "clean:3",           # cleaning the third article
    "segment:2",         # segmenting the second batch
    "extract:3",         # extracting the third article
    "staged.articles",   # the first part file staged
    "staged.rejects",    # parts of every table staged, duplicates marked
    "staged.runs",       # everything staged, the journal not yet written
]


@pytest.mark.parametrize("point", BEFORE_THE_JOURNAL)
def test_a_crash_before_the_journal_rolls_back(scenario, tmp_path, point):
    store = crashed_copy(scenario, tmp_path, point)
    assert_plain_readers_see(store, scenario, {table: "before" for table in TABLES})
    left_over = staged_runs(store)
    if point.startswith("staged."):
        assert left_over
    assert_ends_as_reference(store, scenario, "rolled back uncommitted run" if left_over else None)


@pytest.fixture(scope="module")
def journalled(scenario, tmp_path_factory) -> Path:
    """A store whose second run died right after writing its commit journal; tests use copies."""
    return crashed_copy(scenario, tmp_path_factory.mktemp("journal"), "journal")


def copy_of(store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    return copy


def test_a_crash_after_the_journal_rolls_forward(scenario, journalled, tmp_path):
    store = copy_of(journalled, tmp_path)
    ops = journal_ops(store)
    assert {op_table(op) for op in ops} >= {"articles", "sentences", "signatures", "rejects", "runs"}
    assert_plain_readers_see(store, scenario, {table: "before" for table in TABLES})
    assert_query_shows_the_whole_run(store, scenario, tmp_path)
    assert_ends_as_reference(store, scenario, "completed commit")


def move_count(ops: list[list[str]], when: str) -> int:
    """The move after which to crash: the first, the last new part before the
    superseded rows are replaced (the `runs` part comes after them), or all but the last."""
    moves = [op for op in ops if op[0] == "move"]
    new_parts = [op for op in moves if "/replace/" not in op[1]]
    return {"first": 1, "before-replacing": len(new_parts) - 1, "all-but-last": len(moves) - 1}[when]


def carried_out(store: Path, ops: list[list[str]]) -> int:
    """How many ops of a journal are done (a move's source, a delete's target is
    gone); the done ones must come first."""
    done = [not (store / op[1]).exists() for op in ops]
    count = done.count(True)
    assert done == [True] * count + [False] * (len(ops) - count), done
    return count


def assert_stopped_after(store: Path, scenario: Scenario, ops: list[list[str]], done: int) -> None:
    """The first `done` ops of the journal are carried out, the others not; plain
    readers see the tables whose ops are done, and those in between mixed."""
    assert carried_out(store, ops) == done
    assert_plain_readers_see(store, scenario, expected_states(ops, done))


@pytest.mark.parametrize("when", ["first", "all-but-last"])
def test_a_crash_between_moves_rolls_forward(scenario, journalled, tmp_path, when):
    moves = move_count(journal_ops(journalled), when)
    store = crashed_copy(scenario, tmp_path, f"moved:{moves}")
    assert_stopped_after(store, scenario, journal_ops(store), done_after_moves(journal_ops(store), moves))
    assert_query_shows_the_whole_run(store, scenario, tmp_path)
    assert_ends_as_reference(store, scenario, "completed commit")


def test_a_crash_during_recovery_is_recovered_again(scenario, journalled, tmp_path):
    """Recovery dies after two moves, then after the last new part (superseded
    rows not yet replaced), then after rolling forward; the next start finishes it."""
    store = copy_of(journalled, tmp_path)
    ops = journal_ops(store)
    moved = 0
    for moves in (2, move_count(ops, "before-replacing") - 2):
        crash_run(scenario, store, f"moved:{moves}")
        moved += moves
        assert_stopped_after(store, scenario, ops, done_after_moves(ops, moved))
    crash_run(scenario, store, "recovered")
    assert_plain_readers_see(store, scenario, {table: "after" for table in TABLES})
    assert_ends_as_reference(store, scenario, "completed commit")


@pytest.fixture(scope="module")
def compactable(scenario) -> Path:
    """The reference store: two runs, so most tables hold two files."""
    assert len(table_files(scenario.reference, "articles")) == 2
    return scenario.reference


@pytest.mark.parametrize("point,moves_done", [
    ("merged.sentences", None),  # merged files staged, no journal yet
    ("journal", 0),
    ("moved:1", 1),              # the first table's merged file moved, its old files still there
    ("deleted:1", 1),            # and one of its old files deleted
    ("moved:3", 3),
])
def test_a_crash_during_compaction_loses_and_doubles_nothing(compactable, tmp_path, point, moves_done):
    """Plain readers see every table as it was, except the one whose files are
    being swapped; a query, and the next compaction, finish the swap."""
    store = copy_of(compactable, tmp_path)
    before = {table: visible_rows(store, table, drop=()) for table in TABLES}
    crash(["compact", str(store)], point)
    journals = list((store / STAGING).glob(f"*/{JOURNAL}"))
    swapping: set[str] = set()
    if moves_done is None:
        assert journals == [] and staged_runs(store)
    else:
        ops = journal_ops(store)
        done = carried_out(store, ops)
        assert [op[0] for op in ops[:done]].count("move") == moves_done
        swapping = {t for t, state in expected_states(ops, done).items() if state == "mixed"}
        assert len(swapping) == (1 if moves_done else 0)
    for table in TABLES:
        assert (visible_rows(store, table, drop=()) == before[table]) == (table not in swapping), table
    query_copy = copy_of(store, tmp_path / "query")
    for table in TABLES:
        [count] = run_query(query_copy, f"SELECT count(*) AS n FROM {table}")["n"].to_pylist()
        assert count == len(before[table]), table
    compact(store)
    assert {table: visible_rows(store, table, drop=()) for table in TABLES} == before
    assert all(len(table_files(store, table)) <= 1 for table in TABLES)
    assert staged_runs(store) == []
