"""Advisory locks on the store, released by the kernel when a process dies.

- `RUN_LOCK`: one run at a time, held from start to commit.
- `COMMIT_LOCK`: shared by queries while they read a version; a commit or a
  recovery removes a superseded version only when it gets it exclusively at
  once, so a version being read stays, and a query never waits for a run.
"""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

RUN_LOCK = ".lock"
COMMIT_LOCK = ".commit.lock"


class StoreLocked(RuntimeError):
    """Another process holds the store."""


@contextmanager
def store_lock(root: Path, *, wait: bool = False, name: str = RUN_LOCK, shared: bool = False,
               poll_seconds: float = 0.2) -> Iterator[None]:
    """Hold one of the store's locks; wait for it, or raise StoreLocked at once."""
    mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    path = root / name
    # a reader of a read-only store locks an existing file opened read-only
    with open(path, "r" if shared and path.exists() else "a+") as handle:
        while True:
            try:
                fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    holder = "a govnews run" if name == RUN_LOCK else "a commit in progress"
                    raise StoreLocked(f"store {root} is locked by {holder}; "
                                      "retry later or pass --wait") from None
                time.sleep(poll_seconds)
        if not shared:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        yield
