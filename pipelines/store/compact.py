"""`govnews compact`: rewrite each table into few files, atomically."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipelines.store.lock import store_lock
from pipelines.store.migrate import prepare_store
from pipelines.store.schema import TABLES
from pipelines.store.writer import StagedRun, check_store, table_files

ROWS_PER_FILE = 2_000_000


@dataclass(frozen=True)
class Compaction:
    files_before: dict[str, int]
    files_after: dict[str, int]
    recovered: tuple[str, ...] = ()


def compact(root: Path, *, wait: bool = False, rows_per_file: int = ROWS_PER_FILE) -> Compaction:
    """Merge each table's files into a new version swapped in at once: readers
    see the old files or the new ones, never both or neither. Migrates an
    older store format first."""
    check_store(root, migratable=True)
    with store_lock(root, wait=wait):
        recovered = prepare_store(root)
        before = {table: len(table_files(root, table)) for table in TABLES}
        staged = StagedRun(root, datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f") + "-compact")
        try:
            for table, count in before.items():
                if count > 1:
                    staged.merge_committed(table, table_files(root, table), rows_per_file)
            if staged.changes_anything:
                staged.commit()
            else:
                staged.abort()
        except BaseException:
            staged.abort()
            raise
    return Compaction(before, {table: len(table_files(root, table)) for table in TABLES},
                      tuple(recovered))
