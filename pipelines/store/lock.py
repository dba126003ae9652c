"""One run at a time per store: an advisory lock that a crash releases."""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOCK_FILE = ".lock"


class StoreLocked(RuntimeError):
    """Another run holds the store."""


@contextmanager
def store_lock(root: Path, *, wait: bool = False, poll_seconds: float = 0.5) -> Iterator[None]:
    """Hold the store's lock; wait for it or raise StoreLocked at once."""
    handle = open(root / LOCK_FILE, "a+")
    try:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    raise StoreLocked(
                        f"store {root} is locked by another govnews run; "
                        "retry later or pass --wait") from None
                time.sleep(poll_seconds)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()
