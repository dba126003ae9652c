"""Run batches in this process, or in a pool of worker processes (ordered results)."""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from extraction.nlp import load_nlp
from pipelines.config import RunConfig
from pipelines.records import Article, Reject
from pipelines.stages.clean import clean_article
from pipelines.stages.dedup import signature
from pipelines.stages.extract import extract

IN_FLIGHT_PER_WORKER = 2
"""Batches submitted ahead per worker: keeps workers busy, bounds memory."""

PR_SET_PDEATHSIG = 1
"""Linux prctl option: the signal a process gets when its parent dies."""


def process_batch(articles: list[Article], config: RunConfig) -> list[Article | Reject]:
    """Clean, segment and extract one batch: the unit of work every engine runs."""
    results = [clean_article(article, config) for article in articles]
    kept = [r for r in results if isinstance(r, Article)]
    extract(kept, config.components)
    for article in kept:
        article.signature = signature(article.text).tolist()
    return results


def map_batches(batches: Iterable[list[Article]], config: RunConfig) -> Iterator[list[Article | Reject]]:
    """Results in input order. With several workers, the models are loaded
    before the pool forks, so workers start warm; a worker that dies makes the
    run fail (BrokenProcessPool) rather than hang."""
    work = partial(process_batch, config=config)
    if config.workers <= 1:
        yield from map(work, batches)
        return
    load_nlp(config.components)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(config.workers, mp_context=context, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        yield from submitted_in_order(partial(pool.submit, work), batches,
                                      window=IN_FLIGHT_PER_WORKER * config.workers)


def die_with_parent(parent_pid: int) -> None:
    """Forked workers share the run's store lock: a worker must not outlive a
    killed parent, or the store would stay locked (Linux; elsewhere a no-op)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except AttributeError:
        return
    if os.getppid() != parent_pid:
        os._exit(1)


def submitted_in_order(submit: Callable, batches: Iterable[list[Article]], *,
                       window: int) -> Iterator[list[Article | Reject]]:
    """Submit batches keeping at most `window` in flight; yield results in input order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
