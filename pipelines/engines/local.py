"""Run batches in this process, or in a pool of worker processes (ordered results)."""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from functools import partial

from pipelines.config import RunConfig
from pipelines.records import Article, Reject
from pipelines.stages.clean import clean_article
from pipelines.stages.dedup import signature
from pipelines.stages.extract import extract


def process_batch(articles: list[Article], config: RunConfig) -> list[Article | Reject]:
    """Clean, segment and extract one batch: the unit of work every engine runs."""
    results = [clean_article(article, config) for article in articles]
    kept = [r for r in results if isinstance(r, Article)]
    extract(kept, config.components)
    for article in kept:
        article.signature = signature(article.text).tolist()
    return results


def map_batches(batches: Iterable[list[Article]], config: RunConfig) -> Iterator[list[Article | Reject]]:
    """Results in input order; models load once per worker process."""
    work = partial(process_batch, config=config)
    if config.workers <= 1:
        yield from map(work, batches)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(config.workers) as pool:
        yield from pool.imap(work, batches)
