"""Bringing a store to this release's format before a run or a compaction writes it.

Format 1 kept each table in a plain directory `STORE/<table>/` and committed
by moving files from `STORE/_staging/<run>/` as a journal (`COMMIT.json`)
listed them. Migrating finishes a journalled commit, drops an unjournalled
one, moves the table directories into one version and links them (format 2,
see `writer`). Every step is idempotent: a migration a crash interrupted is
finished by the next start.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from pipelines.store.schema import STORE_FORMAT_VERSION, TABLES
from pipelines.store.writer import (VERSIONS, StoreError, current_version, ensure_layout, recover,
                                    store_format, swap_current, write_format)

LEGACY_STAGING = "_staging"
LEGACY_JOURNAL = "COMMIT.json"
MIGRATED_VERSION = "00000000T000001-format1"


def prepare_store(root: Path) -> list[str]:
    """Under the run lock: migrate an older format, complete the layout, and
    remove what an interrupted commit left. Returns what was done."""
    done = migrate(root)
    ensure_layout(root)
    return done + recover(root)


def migrate(root: Path) -> list[str]:
    version = store_format(root)
    if version == STORE_FORMAT_VERSION:
        return []
    if version != 1:
        raise StoreError(f"store {root} has format version {version}, which this release "
                         "cannot migrate; rebuild the store")
    done = _finish_format1_commits(root)
    target = root / VERSIONS / MIGRATED_VERSION
    for table in TABLES:
        path = root / table
        if path.is_dir() and not path.is_symlink():
            target.mkdir(parents=True, exist_ok=True)
            os.rename(path, target / table)
        else:
            (target / table).mkdir(parents=True, exist_ok=True)
    if current_version(root) is None:
        swap_current(root, target)
    ensure_layout(root)
    write_format(root, STORE_FORMAT_VERSION)
    return done + [f"migrated the store from format 1 to {STORE_FORMAT_VERSION}"]


def _finish_format1_commits(root: Path) -> list[str]:
    staging = root / LEGACY_STAGING
    done: list[str] = []
    if not staging.is_dir():
        return done
    for run_dir in sorted(staging.iterdir()):
        journal = run_dir / LEGACY_JOURNAL
        if journal.exists():
            _apply_format1_ops(root, json.loads(journal.read_text(encoding="utf-8"))["ops"])
            done.append(f"completed commit of run {run_dir.name}")
        else:
            done.append(f"rolled back uncommitted run {run_dir.name}")
        shutil.rmtree(run_dir, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)
    return done


def _apply_format1_ops(root: Path, ops: list[list[str]]) -> None:
    """Format 1's journal: `move` a staged file into a table, `delete` a committed one."""
    for op, *paths in ops:
        if op == "move" and (root / paths[0]).exists():
            (root / paths[1]).parent.mkdir(parents=True, exist_ok=True)
            os.replace(root / paths[0], root / paths[1])
        elif op == "delete" and (root / paths[0]).exists():
            (root / paths[0]).unlink()
