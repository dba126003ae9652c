"""The Parquet store: staged writes and an all-tables-together commit.

Layout of STORE/:
- `<table>/part-<run_id>-<n>.parquet`: the committed rows, one dataset per table;
- `_staging/<run_id>/`: files of a run not yet committed (never inside a table);
- `_staging/<run_id>/COMMIT.json`: the commit journal — once it exists the run
  is committed and every operation in it is carried out (again) on recovery;
- `govnews-store.json`: the store's format version.

A run stages all its files, writes the journal atomically, then moves files
into the table directories. `recover()` runs before anything else: a staging
directory with a journal is rolled forward, one without is rolled back.
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.faults import crash_point
from pipelines.store.lock import COMMIT_LOCK, store_lock
from pipelines.store.schema import STORE_FORMAT_VERSION, TABLES

STAGING = "_staging"
JOURNAL = "COMMIT.json"
FORMAT_FILE = "govnews-store.json"


class StoreError(RuntimeError):
    """The store cannot be used as asked (wrong format, not writable, …)."""


def _write_atomically(path: Path, payload: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def to_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows (dicts) as a table of exactly `schema` (missing keys become null)."""
    columns = {name: [row.get(name) for row in rows] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def open_store(root: Path) -> None:
    """Create the store or check its format version; refuse what we cannot read."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create store {root}: {exc.strerror or exc}") from exc
    if not os.access(root, os.W_OK):
        raise StoreError(f"store {root} is not writable")
    if (root / FORMAT_FILE).exists():
        check_store(root)
        return
    if any(p for p in root.iterdir() if not p.name.startswith(".")):
        raise StoreError(f"{root} is not empty and is not a govnews store")
    _write_atomically(root / FORMAT_FILE, json.dumps({"format_version": STORE_FORMAT_VERSION}))


def check_store(root: Path) -> None:
    """`StoreError` unless `root` is a store of the format this release reads; writes nothing."""
    marker = root / FORMAT_FILE
    if not marker.is_file():
        raise StoreError(f"{root} is not a govnews store (no {FORMAT_FILE}); "
                         "create one with `govnews run … --store`")
    try:
        version = json.loads(marker.read_text(encoding="utf-8"))["format_version"]
    except (ValueError, KeyError) as exc:
        raise StoreError(f"{marker} is unreadable: {exc}") from exc
    if version != STORE_FORMAT_VERSION:
        raise StoreError(
            f"store {root} has format version {version}; this govnews reads version "
            f"{STORE_FORMAT_VERSION}. Run a matching release, or rebuild the store."
        )


def recover(root: Path, *, roll_back: bool = True) -> list[str]:
    """Finish committed runs and (with `roll_back`) remove uncommitted ones;
    returns what was done. The caller holds the commit lock; rolling back also
    needs the run lock, since a run in progress stages without a journal."""
    staging = root / STAGING
    done: list[str] = []
    if not staging.is_dir():
        return done
    for run_dir in sorted(staging.iterdir()):
        journal = run_dir / JOURNAL
        if journal.exists():
            _apply(root, json.loads(journal.read_text(encoding="utf-8"))["ops"])
            crash_point("recovered")
            done.append(f"completed commit of run {run_dir.name}")
        elif roll_back:
            done.append(f"rolled back uncommitted run {run_dir.name}")
        else:
            continue
        shutil.rmtree(run_dir, ignore_errors=True)
    return done


def _apply(root: Path, ops: list[list[str]]) -> None:
    """Carry out journal operations; each is idempotent, so a crash midway is harmless."""
    touched: set[Path] = set()
    for op, *paths in ops:
        if op == "move":
            src, dst = root / paths[0], root / paths[1]
            if src.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dst)
                crash_point("moved")
                touched.add(dst.parent)
        elif op == "delete":
            target = root / paths[0]
            if target.exists():
                target.unlink()
                crash_point("deleted")
                touched.add(target.parent)
    for directory in touched:
        _fsync_dir(directory)


@dataclass
class StagedRun:
    """The files one run stages, and the journal that commits them together."""

    root: Path
    run_id: str
    _parts: dict[str, int] = field(default_factory=dict)
    _ops: list[list[str]] = field(default_factory=list)
    _open: dict[str, pq.ParquetWriter] = field(default_factory=dict)

    @property
    def directory(self) -> Path:
        return self.root / STAGING / self.run_id

    def stage(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Append rows of `table` to this run's staged file of it (one file per
        table and run, written a row group at a time: memory stays flat)."""
        if not rows:
            return
        if table not in self._open:
            self._open[table] = self._new_part_writer(table, TABLES[table])
        self._open[table].write_table(to_table(rows, TABLES[table]))
        crash_point(f"staged.{table}")

    def close_staged(self) -> None:
        """Finish the staged files being appended to (all of them, even if one fails)."""
        writers, self._open = list(self._open.values()), {}
        failure = None
        for writer in writers:
            try:
                writer.close()
            except Exception as exc:  # close the others, then report the first failure
                failure = failure or exc
        if failure is not None:
            raise failure

    def rewrite_staged(self, table: str, transform: Callable[[pa.Table], pa.Table]) -> None:
        """Rewrite this run's staged files of `table` (not yet visible to anyone),
        one row group at a time."""
        self.close_staged()
        for staged in sorted((self.directory / table).glob("*.parquet")):
            rewritten = staged.with_name(staged.name + ".rewrite")
            with pq.ParquetWriter(rewritten, TABLES[table]) as writer:
                source = pq.ParquetFile(staged)
                for group in range(source.num_row_groups):
                    writer.write_table(transform(source.read_row_group(group)).cast(TABLES[table]))
            os.replace(rewritten, staged)

    def stage_files_merged(self, table: str, files: list[Path], rows_per_file: int) -> None:
        """Stage the rows of committed `files` rewritten into few files, and their deletion."""
        schema = TABLES[table]
        writer, written = None, 0
        try:
            for path in files:
                for batch in pq.ParquetFile(path).iter_batches():
                    if writer is None or written >= rows_per_file:
                        if writer is not None:
                            writer.close()
                        writer, written = self._new_part_writer(table, schema), 0
                    writer.write_table(pa.Table.from_batches([batch]).cast(schema))
                    written += batch.num_rows
        finally:
            if writer is not None:
                writer.close()
        self._ops.extend(["delete", self._rel(path)] for path in files)
        crash_point(f"merged.{table}")

    def _new_part_writer(self, table: str, schema: pa.Schema) -> pq.ParquetWriter:
        index = self._parts.get(table, 0)
        self._parts[table] = index + 1
        name = f"part-{self.run_id}-{index:05d}.parquet"
        staged = self.directory / table / name
        staged.parent.mkdir(parents=True, exist_ok=True)
        self._ops.append(["move", self._rel(staged), f"{table}/{name}"])
        return pq.ParquetWriter(staged, schema)

    def replace_file(self, committed: Path, data: pa.Table) -> None:
        """Stage a new version of a committed file (or its deletion when empty)."""
        rel = self._rel(committed)
        if data.num_rows == 0:
            self._ops.append(["delete", rel])
            return
        staged = self.directory / "replace" / rel
        staged.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(data, staged)
        self._ops.append(["move", self._rel(staged), rel])

    def commit(self) -> None:
        """Write the journal (the commit point), then apply it."""
        self.close_staged()
        self.directory.mkdir(parents=True, exist_ok=True)
        self._sync_staged()
        journal = self.directory / JOURNAL
        with store_lock(self.root, wait=True, name=COMMIT_LOCK):
            _write_atomically(journal, json.dumps({"ops": self._ops}))
            crash_point("journal")
            _apply(self.root, self._ops)
            shutil.rmtree(self.directory, ignore_errors=True)

    def abort(self) -> None:
        """Drop what this run staged, unless it is committed already (journal
        written): then the next start completes the commit."""
        try:
            self.close_staged()
        finally:
            if not (self.directory / JOURNAL).exists():
                shutil.rmtree(self.directory, ignore_errors=True)

    def _sync_staged(self) -> None:
        """Staged files reach the disk before the journal names them (power loss)."""
        for path in sorted(self.directory.rglob("*")):
            if path.is_file():
                with open(path, "rb") as handle:
                    os.fsync(handle.fileno())
        for directory in {p.parent for p in self.directory.rglob("*")} | {self.directory}:
            _fsync_dir(directory)

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


def table_files(root: Path, table: str) -> list[Path]:
    directory = root / table
    if not directory.is_dir():
        return []
    return sorted(directory.glob("*.parquet"))


def read_table(root: Path, table: str, columns: Iterable[str] | None = None) -> pa.Table:
    """All committed rows of a table (an empty table of its schema if none)."""
    schema = TABLES[table]
    files = table_files(root, table)
    if not files:
        return schema.empty_table() if columns is None else schema.empty_table().select(list(columns))
    parts = [pq.read_table(f, columns=list(columns) if columns else None) for f in files]
    return pa.concat_tables(parts, promote_options="permissive")
