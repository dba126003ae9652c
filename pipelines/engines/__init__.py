"""Engines run the per-batch work (clean, segment, extract) in one process,
in a pool of processes, or on a Dask cluster; all give the same tables, since
results come back in input order and every batch is processed the same way."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipelines.config import RunConfig
from pipelines.records import Article, Reject

ENGINES = ("local", "dask")


def map_batches(batches: Iterable[list[Article]], config: RunConfig) -> Iterator[list[Article | Reject]]:
    """Processed batches, in input order, from the engine the config names."""
    if config.engine == "dask":
        from pipelines.engines.dask import map_batches as dask_map
        return dask_map(batches, config)
    if config.engine != "local":
        raise ValueError(f"unknown engine {config.engine!r}: choose one of {', '.join(ENGINES)}")
    from pipelines.engines.local import map_batches as local_map
    return local_map(batches, config)
