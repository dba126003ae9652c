"""`govnews run`: read → clean → segment/extract → store, as a plain function."""
from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.config import RunConfig
from pipelines.engines import map_batches
from pipelines.faults import crash_point
from pipelines.readers import iter_records
from pipelines.records import Article, Reject
from pipelines.stages.dedup import Candidate, StoredCanonical, find_duplicates
from pipelines.stages.rows import article_row, derived_rows, reject_id, reject_row
from pipelines.store.lock import COMMIT_LOCK, store_lock
from pipelines.store.schema import ARTICLE_TABLES
from pipelines.store.writer import StagedRun, open_store, read_table, recover, table_files

ProgressCallback = Callable[[Counter], None]


@dataclass
class RunSummary:
    run_id: str
    counters: Counter
    seconds: float
    recovered: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return sum(v for k, v in self.counters.items() if k.startswith("rejected:"))

    @property
    def accounting_holds(self) -> bool:
        """Every record read is an article written, a reject, or already stored."""
        c = self.counters
        return c["read"] == c["written"] + self.rejected + c["unchanged"]

    def accounting_line(self) -> str:
        c = self.counters
        verdict = "holds" if self.accounting_holds else "DOES NOT HOLD"
        return (f"accounting {verdict}: read {c['read']} = written {c['written']} "
                f"+ rejected {self.rejected} + unchanged {c['unchanged']}")

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "seconds": round(self.seconds, 3),
                "counters": dict(sorted(self.counters.items())),
                "accounting_holds": self.accounting_holds, "recovered": self.recovered}


@dataclass
class StoredState:
    """What the store already holds, to make a rerun add nothing."""

    article_versions: dict[str, tuple[str, str]]
    """article_id → (raw_hash, pipeline_version) of the stored row."""
    reject_ids: set[str]

    @classmethod
    def load(cls, root: Path) -> "StoredState":
        articles = read_table(root, "articles", ["article_id", "raw_hash", "pipeline_version"])
        rejects = read_table(root, "rejects", ["reject_id"])
        versions = zip(articles["raw_hash"].to_pylist(), articles["pipeline_version"].to_pylist())
        return cls(dict(zip(articles["article_id"].to_pylist(), versions)),
                   set(rejects["reject_id"].to_pylist()))


def stored_canonicals(root: Path) -> Iterator[StoredCanonical]:
    """Stored articles that are nobody's duplicate, with their signatures."""
    articles = read_table(root, "articles", ["article_id", "content_hash", "duplicate_of"])
    canonical = articles.filter(pc.is_null(articles["duplicate_of"]))
    hashes = dict(zip(canonical["article_id"].to_pylist(), canonical["content_hash"].to_pylist()))
    signatures = read_table(root, "signatures")
    for article_id, minhash in zip(signatures["article_id"].to_pylist(),
                                   signatures["minhash"].to_numpy(zero_copy_only=False)):
        if article_id in hashes:
            yield StoredCanonical(article_id, hashes[article_id], np.asarray(minhash, dtype=np.uint32))


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def run(config: RunConfig, *, wait: bool = False,
        on_progress: ProgressCallback | None = None) -> RunSummary:
    """One run over `config.inputs` into `config.store`, committed all together."""
    open_store(config.store)
    with store_lock(config.store, wait=wait):
        with store_lock(config.store, wait=True, name=COMMIT_LOCK):
            recovered = recover(config.store)
        started = datetime.now(timezone.utc)
        clock = time.perf_counter()
        staged = StagedRun(config.store, new_run_id(started))
        ingest = _Ingest(config, StoredState.load(config.store), staged, on_progress)
        try:
            ingest.process(iter_records(config.inputs, config))
            summary = RunSummary(staged.run_id, ingest.counters, 0.0, recovered)
            ingest.finish(started, summary)
        except BaseException:
            staged.abort()
            raise
        summary.seconds = time.perf_counter() - clock
    return summary


class _Ingest:
    """The state of one run while records stream through it."""

    def __init__(self, config: RunConfig, stored: StoredState, staged: StagedRun,
                 on_progress: ProgressCallback | None):
        self.config = config
        self.stored = stored
        self.staged = staged
        self.on_progress = on_progress
        self.counters: Counter = Counter()
        self.seen_articles: set[str] = set()
        self.superseded: set[str] = set()
        self.rejects: list[dict[str, Any]] = []
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.candidates: list[Candidate] = []

    def process(self, records: Iterable[Article | Reject]) -> None:
        for results in map_batches(self._batches(records), self.config):
            for result in results:
                if isinstance(result, Reject):
                    self._reject(result)
                else:
                    self._write(result)
            self._stage_rows()
            self._progress()

    def _batches(self, records: Iterable[Article | Reject]) -> Iterator[list[Article]]:
        """Batches of articles to process; rejects and unchanged records stop here."""
        batch: list[Article] = []
        for record in records:
            self.counters["read"] += 1
            crash_point("read")
            if isinstance(record, Reject):
                self._reject(record)
            elif self._is_new(record):
                batch.append(record)
            if len(batch) >= self.config.batch_size:
                yield batch
                batch = []
            self._progress()
        if batch:
            yield batch

    def _is_new(self, article: Article) -> bool:
        article_id = article.article_id
        if article_id in self.seen_articles:
            self._reject(Reject(article.doc_id, article.source_path, "duplicate_id",
                                f"a record with id {article.doc_id!r} was already read from this input"))
            return False
        self.seen_articles.add(article_id)
        stored = self.stored.article_versions.get(article_id)
        if stored is None:
            return True
        raw_hash, version = stored
        if raw_hash == article.raw_hash and not (
                self.config.reprocess and version != self.config.pipeline_version):
            self.counters["unchanged"] += 1
            return False
        self.superseded.add(article_id)
        self.counters["superseded" if raw_hash != article.raw_hash else "reprocessed"] += 1
        return True

    def _reject(self, reject: Reject) -> None:
        if reject_id(reject) in self.stored.reject_ids:
            self.counters["unchanged"] += 1
            return
        self.counters[f"rejected:{reject.reason}"] += 1
        self.rejects.append(reject_row(reject, run_id=self.staged.run_id))

    def _write(self, article: Article) -> None:
        for reason, count in article.removed.items():
            self.counters[f"removed:{reason}"] += count
        self._buffer("articles", [article_row(article, run_id=self.staged.run_id,
                                              pipeline_version=self.config.pipeline_version)])
        for table, rows in derived_rows(article).items():
            self._buffer(table, rows)
        self.counters["written"] += 1
        self.candidates.append(Candidate(article.article_id, article.published,
                                         article.content_hash,
                                         np.asarray(article.signature, dtype=np.uint32)))

    def _progress(self) -> None:
        if self.on_progress:
            self.on_progress(self.counters)

    def _buffer(self, table: str, rows: list[dict[str, Any]]) -> None:
        self.rows.setdefault(table, []).extend(rows)

    def _stage_rows(self) -> None:
        """Stage the rows of the batch just processed: nothing accumulates in memory."""
        for table, rows in self.rows.items():
            self.staged.stage(table, rows)
        self.rows = {}

    def finish(self, started: datetime, summary: RunSummary) -> None:
        """Mark duplicates; stage rejects, superseded rows' removal and the
        `runs` row; commit."""
        self._mark_duplicates()
        self.staged.stage("rejects", self.rejects)
        self._remove_superseded()
        c = self.counters
        self.staged.stage("runs", [{
            "run_id": self.staged.run_id, "started_at": started,
            "finished_at": datetime.now(timezone.utc),
            "inputs": [str(p) for p in self.config.inputs], "read": c["read"],
            "articles_added": c["written"], "unchanged": c["unchanged"],
            "duplicates": sum(v for k, v in c.items() if k.startswith("duplicate:")),
            "rejects": summary.rejected, "counters": dict(c),
            "pipeline_version": self.config.pipeline_version,
        }])
        self.staged.commit()

    def _mark_duplicates(self) -> None:
        """Exact and near duplicates of this run, against the store and each other;
        a stored version this run supersedes is nobody's canonical any more."""
        current = (c for c in stored_canonicals(self.config.store) if c.article_id not in self.superseded)
        duplicates = find_duplicates(self.candidates, current)
        self.candidates = []
        if not duplicates:
            return
        for duplicate in duplicates:
            self.counters[f"duplicate:{duplicate.kind}"] += 1
        self.staged.stage("duplicates", [vars(d) for d in duplicates])
        canonical_of = {d.article_id: d.duplicate_of for d in duplicates}

        def mark(data: pa.Table) -> pa.Table:
            ids = data["article_id"].to_pylist()
            column = pa.array([canonical_of.get(i) for i in ids], type=pa.string())
            return data.set_column(data.schema.get_field_index("duplicate_of"), "duplicate_of", column)

        self.staged.rewrite_staged("articles", mark)

    def _remove_superseded(self) -> None:
        if not self.superseded:
            return
        ids = pa.array(sorted(self.superseded))
        for table in ARTICLE_TABLES:
            for path in table_files(self.config.store, table):
                data = pq.read_table(path)
                stale = pc.is_in(data["article_id"], value_set=ids)
                if pc.any(stale).as_py():
                    self.staged.replace_file(path, data.filter(pc.invert(stale)))
