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
from pipelines.store.lock import store_lock
from pipelines.store.migrate import prepare_store
from pipelines.store.schema import ARTICLE_TABLES
from pipelines.store.writer import StagedRun, open_store, read_table, table_files

ProgressCallback = Callable[[Counter], None]


class AccountingError(RuntimeError):
    """The records read are not all accounted for: the run is not committed."""


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


# --- rows of the store, by the input record they are about --------------------------

TableTransform = Callable[[pa.Table], pa.Table]


def _record_ids(data: pa.Table) -> pa.Array:
    """The record each reject row is about (null when unknown), as `Reject.record_id`."""
    columns = zip(data["doc_id"].to_pylist(), data["source_path"].to_pylist(), data["reason"].to_pylist())
    return pa.array([Reject(doc_id, source, reason, "").record_id for doc_id, source, reason in columns],
                    type=pa.string())


@dataclass(frozen=True)
class RowKey:
    """Which input record a stored row is about: the columns to read, the key from them."""

    columns: tuple[str, ...]
    of: Callable[[pa.Table], pa.Array]


ARTICLE_KEY = RowKey(("article_id",), lambda data: data["article_id"])
RECORD_KEY = RowKey(("doc_id", "source_path", "reason"), _record_ids)


def _without(key: RowKey, keys: set[str]) -> TableTransform:
    dropped = pa.array(sorted(keys), type=pa.string())

    def transform(data: pa.Table) -> pa.Table:
        return data.filter(pc.invert(pc.fill_null(pc.is_in(key.of(data), value_set=dropped), False)))

    return transform


def _set_duplicate_of(canonical_of: dict[str, str | None]) -> TableTransform:
    """Set `duplicate_of` of the listed articles (None: canonical); others keep theirs."""

    def transform(data: pa.Table) -> pa.Table:
        pairs = zip(data["article_id"].to_pylist(), data["duplicate_of"].to_pylist())
        column = pa.array([canonical_of.get(i, old) for i, old in pairs], type=pa.string())
        return data.set_column(data.schema.get_field_index("duplicate_of"), "duplicate_of", column)

    return transform


def _chain(*transforms: TableTransform) -> TableTransform:
    def transform(data: pa.Table) -> pa.Table:
        for step in transforms:
            data = step(data)
        return data

    return transform


@dataclass
class StoredState:
    """What the store already holds, to make a rerun add nothing."""

    article_versions: dict[str, tuple[str, str]]
    """article_id → (raw_hash, pipeline_version) of the stored row."""
    reject_ids: set[str]
    rejected_records: set[str]
    """The records (`Reject.record_id`) stored rejects are about."""

    @classmethod
    def load(cls, root: Path) -> "StoredState":
        articles = read_table(root, "articles", ["article_id", "raw_hash", "pipeline_version"])
        rejects = read_table(root, "rejects", ["reject_id", *RECORD_KEY.columns])
        versions = zip(articles["raw_hash"].to_pylist(), articles["pipeline_version"].to_pylist())
        return cls(dict(zip(articles["article_id"].to_pylist(), versions)),
                   set(rejects["reject_id"].to_pylist()),
                   set(RECORD_KEY.of(rejects).drop_null().to_pylist()))


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


def stored_duplicates_of(root: Path, canonicals: set[str]) -> Iterator[Candidate]:
    """Stored duplicates of the given articles (themselves excepted), as
    candidates to deduplicate again."""
    if not canonicals:
        return
    articles = read_table(root, "articles", ["article_id", "published", "content_hash", "duplicate_of"])
    wanted = pa.array(sorted(canonicals), type=pa.string())
    of_wanted = pc.fill_null(pc.is_in(articles["duplicate_of"], value_set=wanted), False)
    orphans = articles.filter(pc.and_(of_wanted, pc.invert(pc.is_in(articles["article_id"], value_set=wanted))))
    if not orphans.num_rows:
        return
    found = {row["article_id"]: row for row in orphans.to_pylist()}
    signatures = read_table(root, "signatures")
    for article_id, minhash in zip(signatures["article_id"].to_pylist(),
                                   signatures["minhash"].to_numpy(zero_copy_only=False)):
        if article_id in found:
            row = found[article_id]
            yield Candidate(article_id, row["published"], row["content_hash"],
                            np.asarray(minhash, dtype=np.uint32))


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def run(config: RunConfig, *, wait: bool = False,
        on_progress: ProgressCallback | None = None) -> RunSummary:
    """One run over `config.inputs` into `config.store`, committed all together."""
    open_store(config.store)
    with store_lock(config.store, wait=wait):
        recovered = prepare_store(config.store)
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
        self.settled_records: set[str] = set()
        """Records of stored rejects that this run reads as an article or as another reject."""
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
        record = reject.record_id
        if record is not None:
            self._settle(record)
            if record in self.stored.article_versions and record not in self.superseded:
                self.superseded.add(record)  # a stored article whose record no longer reads
                self.counters["superseded"] += 1
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
        self._settle(article.article_id)
        self.candidates.append(Candidate(article.article_id, article.published,
                                         article.content_hash,
                                         np.asarray(article.signature, dtype=np.uint32)))

    def _settle(self, record: str) -> None:
        if record in self.stored.rejected_records:
            self.settled_records.add(record)

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
        """Mark duplicates; stage rejects, the rewritten stored rows and the
        `runs` row; commit."""
        relinked = self._mark_duplicates()
        self.staged.stage("rejects", self.rejects)
        self._rewrite_stored(relinked)
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
        if not summary.accounting_holds:
            raise AccountingError(f"{summary.accounting_line()}: nothing of this run was committed")
        self.staged.commit()

    def _mark_duplicates(self) -> dict[str, str | None]:
        """Exact and near duplicates of this run, against the store and each other.

        A stored version this run supersedes is nobody's canonical any more:
        the stored duplicates of it are deduplicated again with this run's
        articles. Returns their new `duplicate_of` (None: now canonical)."""
        orphans = list(stored_duplicates_of(self.config.store, self.superseded))
        orphan_ids = {orphan.article_id for orphan in orphans}
        current = (c for c in stored_canonicals(self.config.store) if c.article_id not in self.superseded)
        duplicates = find_duplicates(self.candidates + orphans, current)
        self.candidates = []
        for duplicate in duplicates:
            if duplicate.article_id not in orphan_ids:
                self.counters[f"duplicate:{duplicate.kind}"] += 1
        self.staged.stage("duplicates", [vars(d) for d in duplicates])
        canonical_of = {d.article_id: d.duplicate_of for d in duplicates}
        if canonical_of.keys() - orphan_ids:
            self.staged.rewrite_staged("articles", _set_duplicate_of(canonical_of))
        if orphan_ids:
            self.counters["relinked"] += len(orphan_ids)
        return {article_id: canonical_of.get(article_id) for article_id in orphan_ids}

    def _rewrite_stored(self, relinked: dict[str, str | None]) -> None:
        """Leave superseded rows out of the new version, give stored duplicates
        their new canonical, and drop the stored rejects of records settled now."""
        changed = self.superseded | set(relinked)
        drop_superseded = _without(ARTICLE_KEY, self.superseded)
        for table in ARTICLE_TABLES:
            if table == "articles":  # the duplicates relinked: their rows stay, with a new duplicate_of
                relink = _chain(drop_superseded, _set_duplicate_of(relinked))
                self._rewrite_files(table, ARTICLE_KEY, changed, relink)
            elif table == "duplicates":  # and their old duplicates rows go (the new ones are staged)
                self._rewrite_files(table, ARTICLE_KEY, changed, _without(ARTICLE_KEY, changed))
            else:
                self._rewrite_files(table, ARTICLE_KEY, self.superseded, drop_superseded)
        self._rewrite_files("rejects", RECORD_KEY, self.settled_records,
                            _without(RECORD_KEY, self.settled_records))

    def _rewrite_files(self, table: str, key: RowKey, keys: set[str], transform: TableTransform) -> None:
        """Rewrite, with `transform`, the committed files of `table` holding rows of `keys`."""
        if not keys:
            return
        wanted = pa.array(sorted(keys), type=pa.string())
        for path in table_files(self.config.store, table):
            stored_keys = key.of(pq.read_table(path, columns=list(key.columns)))
            if pc.any(pc.is_in(stored_keys, value_set=wanted)).as_py():
                self.staged.rewrite_committed(table, path, transform)
