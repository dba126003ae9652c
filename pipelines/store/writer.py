"""The Parquet store: versions of all tables, swapped in together.

Layout of STORE/ (format version 2):
- `_versions/<id>/<table>/*.parquet`: one version of every table. A run (or a
  compaction) builds a new version out of its own new files and hard links to
  the files of the current version it keeps; a file never changes once written.
- `_current`: a symlink to the current version. Replacing it (an atomic
  rename) is the commit point, for every table at once.
- `<table>`: a symlink to `_current/<table>`, so a plain Parquet reader pointed
  at `STORE/<table>` sees the current version's files and nothing else.
- `govnews-store.json`: the store's format version.

A crash before the swap leaves a version nobody reads; a crash after it leaves
the superseded version beside the current one. The next run or compaction
removes both before anything else (`recover`), and a commit removes the
version it superseded unless a query is still reading it.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.faults import crash_point
from pipelines.store.lock import COMMIT_LOCK, StoreLocked, store_lock
from pipelines.store.schema import STORE_FORMAT_VERSION, TABLES

VERSIONS = "_versions"
CURRENT = "_current"
PREVIOUS = "_previous"
"""A file in each version naming the version it was built on."""
FORMAT_FILE = "govnews-store.json"
EMPTY_VERSION = "00000000T000000-empty"
"""The version a new store starts from: every table, no row."""
EMPTY_FILE_SUFFIX = "-empty.parquet"
"""A file of no rows that keeps the schema of a table with no rows readable
(`SELECT … FROM 'STORE/rejects/*.parquet'` finds a file); left out of the
next version."""
LINK_FALLBACK_ERRORS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP}


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


# --- format ---------------------------------------------------------------------------

def store_format(root: Path) -> int:
    """The format version `root` records; `StoreError` if it is no store."""
    marker = root / FORMAT_FILE
    if not marker.is_file():
        raise StoreError(f"{root} is not a govnews store (no {FORMAT_FILE}); "
                         "create one with `govnews run … --store`")
    try:
        return int(json.loads(marker.read_text(encoding="utf-8"))["format_version"])
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{marker} is unreadable: {exc}") from exc


def write_format(root: Path, version: int) -> None:
    _write_atomically(root / FORMAT_FILE, json.dumps({"format_version": version}))


def open_store(root: Path) -> None:
    """Create the store, or check that this release can write it (an older
    format is migrated by `prepare_store`, under the run lock)."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create store {root}: {exc.strerror or exc}") from exc
    if not os.access(root, os.W_OK):
        raise StoreError(f"store {root} is not writable")
    if (root / FORMAT_FILE).exists():
        version = store_format(root)
        if version > STORE_FORMAT_VERSION:
            raise StoreError(_newer_format(root, version))
        return
    if any(p for p in root.iterdir() if not p.name.startswith(".")):
        raise StoreError(f"{root} is not empty and is not a govnews store")
    write_format(root, STORE_FORMAT_VERSION)


def check_store(root: Path, *, migratable: bool = False) -> None:
    """`StoreError` unless `root` is a store of the format this release reads
    (or, with `migratable`, can migrate); writes nothing."""
    version = store_format(root)
    if version > STORE_FORMAT_VERSION:
        raise StoreError(_newer_format(root, version))
    if version < STORE_FORMAT_VERSION and migratable:
        return
    if version < STORE_FORMAT_VERSION:
        raise StoreError(
            f"store {root} has format version {version}, older than this release's "
            f"{STORE_FORMAT_VERSION}; `govnews compact {root}` (or the next `govnews run`) "
            "migrates it")
    _check_links(root)


def _check_links(root: Path) -> None:
    if not (root / CURRENT).is_symlink() and (root / VERSIONS).exists():
        raise StoreError(f"store {root} has no {CURRENT} link: it was copied without its "
                         "symlinks (copy stores with `cp -a`)")


def _newer_format(root: Path, version: int) -> str:
    return (f"store {root} has format version {version}; this govnews reads version "
            f"{STORE_FORMAT_VERSION}. Run a newer release.")


# --- versions -------------------------------------------------------------------------

def current_version(root: Path) -> Path | None:
    """The directory of the current version (None before the layout exists)."""
    link = root / CURRENT
    if not link.is_symlink():
        return None
    return root / os.readlink(link)


def ensure_layout(root: Path) -> None:
    """Make the `_current` link and the table links if a crash left them out."""
    _check_links(root)
    if current_version(root) is None:
        empty = root / VERSIONS / EMPTY_VERSION
        for table in TABLES:
            (empty / table).mkdir(parents=True, exist_ok=True)
        _write_empty_files(empty, EMPTY_VERSION)
        swap_current(root, empty)
    for table in TABLES:
        if not (root / table).is_symlink():
            _point_link(root, table, f"{CURRENT}/{table}")
    _fsync_dir(root)


def swap_current(root: Path, version: Path) -> None:
    """Point `_current` at `version`: the commit point."""
    _point_link(root, CURRENT, version.relative_to(root).as_posix())
    _fsync_dir(root)


def _point_link(root: Path, name: str, target: str) -> None:
    """Make `root/name` a symlink to `target` in one atomic rename."""
    tmp = _tmp_link(root, name)
    if tmp.is_symlink():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, root / name)


def _tmp_link(root: Path, name: str) -> Path:
    return root / f".{name}.link"


def recover(root: Path) -> list[str]:
    """Remove what interrupted commits left: a half-made link, versions being
    built (no run is: the caller holds the run lock) and superseded versions
    (unless a query still reads them). Returns what was done."""
    for name in (CURRENT, *TABLES):
        if _tmp_link(root, name).is_symlink():
            _tmp_link(root, name).unlink()
    return remove_stale_versions(root)


def remove_stale_versions(root: Path) -> list[str]:
    current = current_version(root)
    versions = root / VERSIONS
    if current is None or not versions.is_dir():
        return []
    stale = sorted(p for p in versions.iterdir() if p.name != current.name)
    superseded = _ancestors(current)
    done = [_remove_version(p, f"rolled back uncommitted run {p.name}")
            for p in stale if p.name not in superseded]
    old = [p for p in stale if p.name in superseded]
    if old:
        try:
            with store_lock(root, name=COMMIT_LOCK):
                done += [_remove_version(p, f"removed superseded version {p.name}") for p in old]
        except StoreLocked:
            pass  # a query still reads one of them: the next run removes them
    return done


def _ancestors(version: Path) -> set[str]:
    """The versions `version` was built on, as far as they still exist."""
    names: set[str] = set()
    marker = version / PREVIOUS
    while marker.is_file():
        name = marker.read_text(encoding="utf-8").strip()
        if not name or name in names:
            break
        names.add(name)
        marker = version.parent / name / PREVIOUS
    return names


def _remove_version(path: Path, what: str) -> str:
    shutil.rmtree(path, ignore_errors=True)
    crash_point("removed")
    return what


def _write_empty_files(version: Path, version_id: str) -> list[Path]:
    """An empty file of its schema for each table of `version` with no file."""
    written = []
    for table, schema in TABLES.items():
        if not any((version / table).glob("*.parquet")):
            path = version / table / f"part-{version_id}{EMPTY_FILE_SUFFIX}"
            pq.write_table(schema.empty_table(), path)
            written.append(path)
    return written


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in LINK_FALLBACK_ERRORS:
            raise
        shutil.copy2(source, target)


# --- a run's new version --------------------------------------------------------------

@dataclass
class StagedRun:
    """The new version one run builds, and the swap that commits it."""

    root: Path
    run_id: str
    _parts: dict[str, int] = field(default_factory=dict)
    _written: dict[str, list[Path]] = field(default_factory=dict)
    _dropped: dict[str, set[str]] = field(default_factory=dict)
    _open: dict[str, pq.ParquetWriter] = field(default_factory=dict)

    @property
    def directory(self) -> Path:
        return self.root / VERSIONS / self.run_id

    @property
    def changes_anything(self) -> bool:
        return any(self._written.values()) or any(self._dropped.values())

    def stage(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Append rows of `table` to this run's new file of it (one file per
        table and run, written a row group at a time: memory stays flat)."""
        if not rows:
            return
        if table not in self._open:
            self._open[table] = self._new_part_writer(table)
        self._open[table].write_table(to_table(rows, TABLES[table]))
        crash_point(f"staged.{table}")

    def close_staged(self) -> None:
        """Finish the files being appended to (all of them, even if one fails)."""
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
        """Rewrite this run's new files of `table` (not yet visible to anyone),
        one row group at a time."""
        self.close_staged()
        for staged in self._written.get(table, []):
            rewritten = staged.with_name(staged.name + ".rewrite")
            with pq.ParquetWriter(rewritten, TABLES[table]) as writer:
                source = pq.ParquetFile(staged)
                for group in range(source.num_row_groups):
                    writer.write_table(transform(source.read_row_group(group)).cast(TABLES[table]))
            os.replace(rewritten, staged)

    def rewrite_committed(self, table: str, committed: Path,
                          transform: Callable[[pa.Table], pa.Table]) -> None:
        """Drop a committed file of `table` from the new version, and stage its
        rows as `transform` leaves them (a batch at a time) in a new file."""
        writer = None
        try:
            for batch in pq.ParquetFile(committed).iter_batches():
                kept = transform(pa.Table.from_batches([batch]))
                if kept.num_rows:
                    writer = writer or self._new_part_writer(table)
                    writer.write_table(kept.cast(TABLES[table]))
        finally:
            if writer is not None:
                writer.close()
        self.drop_committed(table, committed)

    def merge_committed(self, table: str, files: list[Path], rows_per_file: int) -> None:
        """Stage the rows of committed `files` rewritten into few files, and drop them."""
        writer, written = None, 0
        try:
            for path in files:
                for batch in pq.ParquetFile(path).iter_batches():
                    if writer is None or written >= rows_per_file:
                        if writer is not None:
                            writer.close()
                        writer, written = self._new_part_writer(table), 0
                    writer.write_table(pa.Table.from_batches([batch]).cast(TABLES[table]))
                    written += batch.num_rows
        finally:
            if writer is not None:
                writer.close()
        for path in files:
            self.drop_committed(table, path)
        crash_point(f"merged.{table}")

    def drop_committed(self, table: str, committed: Path) -> None:
        """Leave a committed file of `table` out of the new version."""
        self._dropped.setdefault(table, set()).add(committed.name)

    def _new_part_writer(self, table: str) -> pq.ParquetWriter:
        index = self._parts.get(table, 0)
        self._parts[table] = index + 1
        path = self.directory / table / f"part-{self.run_id}-{index:05d}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._written.setdefault(table, []).append(path)
        return pq.ParquetWriter(path, TABLES[table])

    def commit(self) -> None:
        """Link the kept files of the current version in, sync, swap `_current`."""
        self.close_staged()
        base = current_version(self.root)
        self._link_kept_files(base)
        empty_files = _write_empty_files(self.directory, self.run_id)
        if base is not None:
            (self.directory / PREVIOUS).write_text(base.name, encoding="utf-8")
        self._sync(empty_files)
        crash_point("linked")
        swap_current(self.root, self.directory)
        crash_point("swapped")
        ensure_layout(self.root)
        remove_stale_versions(self.root)

    def abort(self) -> None:
        """Drop the new version, unless it is committed already."""
        try:
            self.close_staged()
        finally:
            if current_version(self.root) != self.directory:
                shutil.rmtree(self.directory, ignore_errors=True)

    def _link_kept_files(self, base: Path | None) -> None:
        tables = set(TABLES)
        if base is not None:
            tables |= {p.name for p in base.iterdir() if p.is_dir()}
        for table in sorted(tables):
            target = self.directory / table
            target.mkdir(parents=True, exist_ok=True)
            if base is None or not (base / table).is_dir():
                continue
            dropped = self._dropped.get(table, set())
            for path in sorted((base / table).glob("*.parquet")):
                if path.name not in dropped and not path.name.endswith(EMPTY_FILE_SUFFIX):
                    _link_or_copy(path, target / path.name)

    def _sync(self, more_files: list[Path]) -> None:
        """New files and every directory entry reach the disk before the swap."""
        for path in [*(p for paths in self._written.values() for p in paths), *more_files]:
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        for directory in [*(p for p in self.directory.iterdir() if p.is_dir()), self.directory,
                          self.directory.parent]:
            _fsync_dir(directory)


# --- reading --------------------------------------------------------------------------

def table_files(root: Path, table: str) -> list[Path]:
    """The current files of a table, through its link (`STORE/<table>/…`)."""
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
