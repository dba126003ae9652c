"""Run batches on dask.distributed: a LocalCluster by default, or an existing
cluster at `config.scheduler`.

What travels to the workers: each batch of raw `Article` records and the
`RunConfig` (both plain, picklable dataclasses); the workers need govnews and
its pinned dependencies installed. What comes back: the processed articles
(clean text, sentences, entity rows, signatures) or rejects. The store is only
written by the process that runs `govnews run`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from pipelines.config import RunConfig
from pipelines.engines.local import IN_FLIGHT_PER_WORKER, process_batch, submitted_in_order
from pipelines.records import Article, Reject


def map_batches(batches: Iterable[list[Article]], config: RunConfig) -> Iterator[list[Article | Reject]]:
    from dask.distributed import Client, LocalCluster

    if config.scheduler:
        client = Client(config.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=max(config.workers, 1), threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        window = IN_FLIGHT_PER_WORKER * max(len(client.scheduler_info()["workers"]), 1)
        submit = partial(client.submit, process_batch, config=config, pure=False)
        yield from submitted_in_order(submit, batches, window=window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
