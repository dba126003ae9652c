"""`govnews compact`: rewrite each table into few files, atomically."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipelines.store.lock import COMMIT_LOCK, store_lock
from pipelines.store.schema import TABLES
from pipelines.store.writer import StagedRun, check_store, recover, table_files

ROWS_PER_FILE = 2_000_000


@dataclass(frozen=True)
class Compaction:
    files_before: dict[str, int]
    files_after: dict[str, int]


def compact(root: Path, *, wait: bool = False, rows_per_file: int = ROWS_PER_FILE) -> Compaction:
    """Merge each table's files; one journalled commit, so readers see the
    old files or the new ones, never both or neither."""
    check_store(root)
    with store_lock(root, wait=wait):
        with store_lock(root, wait=True, name=COMMIT_LOCK):
            recover(root)
        before = {table: len(table_files(root, table)) for table in TABLES}
        staged = StagedRun(root, "compact-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f"))
        try:
            for table, count in before.items():
                if count > 1:
                    staged.stage_files_merged(table, table_files(root, table), rows_per_file)
            staged.commit()
        except BaseException:
            staged.abort()
            raise
    return Compaction(before, {table: len(table_files(root, table)) for table in TABLES})
