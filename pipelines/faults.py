"""Crash points: where the crash tests kill a run, exactly like an operator's `kill -9`.

The pipeline calls `crash_point(name)` at the steps a crash may hit (reading,
cleaning, segmenting, extracting, writing each table's new file, linking the
kept files, swapping the current version, removing each old version in a
commit or a recovery, merging a table in compaction). It exists for
`tests/test_crash.py` and does nothing unless the environment variable
`GOVNEWS_CRASH_AT` names the point:

- `GOVNEWS_CRASH_AT=swapped`: SIGKILL the first time `swapped` is reached;
- `GOVNEWS_CRASH_AT=extract:3`: SIGKILL the third time `extract` is reached in
  this process.

The variable is read once per process; unset, a call costs one cached lookup
and a comparison (about 0.1 µs).
"""
from __future__ import annotations

import itertools
import os
import signal
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

CRASH_AT_VARIABLE = "GOVNEWS_CRASH_AT"


@dataclass(frozen=True)
class CrashTarget:
    """The point to crash at, and at which arrival there (1 = the first)."""

    name: str
    arrival: int = 1


def parse_target(value: str) -> CrashTarget:
    """`name` or `name:N` as a target; `ValueError` for an arrival below 1."""
    name, colon, count = value.rpartition(":")
    if not colon or not count.isdigit():
        return CrashTarget(value)
    if int(count) < 1:
        raise ValueError(f"{CRASH_AT_VARIABLE}={value!r}: the arrival to crash at counts from 1")
    return CrashTarget(name, int(count))


@lru_cache(maxsize=1)
def _target() -> CrashTarget | None:
    value = os.environ.get(CRASH_AT_VARIABLE)
    return parse_target(value) if value else None


@lru_cache(maxsize=None)
def _arrivals(name: str) -> Iterator[int]:
    """Counts the arrivals at the target point in this process."""
    return itertools.count(1)


def crash_point(name: str) -> None:
    """Kill this process with SIGKILL if `GOVNEWS_CRASH_AT` names this arrival at `name`."""
    target = _target()
    if target is None or target.name != name:
        return
    if next(_arrivals(name)) == target.arrival:
        os.kill(os.getpid(), signal.SIGKILL)
