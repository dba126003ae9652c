"""Duplicate detection: throughput and index memory on one core, and the dev pairs' separation.

Throughput: signature + MinHash LSH query/insert (`find_duplicates`) over the
first 2,000 and the first N records of the bulk corpus, against a baseline
measured in the same run over the same texts: datasketch used plainly
(`MinHash.update_batch`, SHA-1 per 5-word shingle string, `MinHashLSH` with
its own parameters for the same threshold). Memory: tracemalloc over an index
of N canonical articles, and of N random signatures (no shared LSH bucket: the
worst case). Separation: the Jaccard similarity of every (original, copy) pair
of dev/pairs.jsonl and of the closest non-pairs of the dev articles, after
cleaning, and what `find_duplicates` reports on them.

    .venv/bin/python benchmarks/bench_dedup.py [CORPUS] [--limit N] [--dev DIR]
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import numpy as np
from datasketch import MinHash, MinHashLSH

from extraction.cleaning import clean
from extraction.text import fold_for_match
from pipelines.stages.clean import content_hash
from pipelines.stages.dedup import (NEAR_THRESHOLD, NUM_PERM, SEED, SHINGLE_SIZE, Candidate,
                                    Duplicate, NearDuplicateIndex, find_duplicates, shingles,
                                    signature, similarity)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "../shared/corpora/bulk/bulk.jsonl.gz"
DEFAULT_DEV = REPO / "../shared/corpora/dev"
DEV_ARTICLE_FILES = ("articles.jsonl", "articles_more_provinces.jsonl", "articles_vfnd.jsonl")
SMALL_SUBSET = 2000
CLOSEST_NON_PAIRS_SHOWN = 5

T = TypeVar("T")


def read_texts(path: Path, limit: int | None) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, limit)]


def timed(work: Callable[[], T]) -> tuple[float, T]:
    """Seconds the call took, and its result."""
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def ours(texts: list[str]) -> tuple[float, float, list[Duplicate]]:
    """Seconds for the signatures, seconds for `find_duplicates`, and the duplicates."""
    hashes = [content_hash(text) for text in texts]
    signing, signatures = timed(lambda: [signature(text) for text in texts])
    candidates = [Candidate(f"{number:016x}", None, digest, values)
                  for number, (digest, values) in enumerate(zip(hashes, signatures))]
    indexing, duplicates = timed(lambda: find_duplicates(candidates, []))
    return signing, indexing, duplicates


def plain_datasketch(texts: list[str]) -> int:
    """The baseline: datasketch's defaults for signatures, its LSH tuned for the same threshold."""
    lsh = MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM)
    indexed: dict[int, MinHash] = {}
    for number, text in enumerate(texts):
        words = fold_for_match(text).split()
        minhash = MinHash(num_perm=NUM_PERM)
        minhash.update_batch(" ".join(words[start:start + SHINGLE_SIZE]).encode("utf-8")
                             for start in range(max(len(words) - SHINGLE_SIZE + 1, 1)))
        if not any(minhash.jaccard(indexed[key]) >= NEAR_THRESHOLD for key in lsh.query(minhash)):
            lsh.insert(number, minhash)
            indexed[number] = minhash
    return len(texts) - len(indexed)


def index_bytes_per_article(signatures: list[np.ndarray]) -> float:
    """tracemalloc's count of what an index of these signatures holds, per article."""
    tracemalloc.start()
    index = NearDuplicateIndex()
    for number, values in enumerate(signatures):
        index.add(f"{number:016x}", values)
    held, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return held / len(index)


def report_throughput(texts: list[str]) -> None:
    baseline, baseline_duplicates = timed(lambda: plain_datasketch(texts))
    signing, indexing, duplicates = ours(texts)
    kinds = Counter(duplicate.kind for duplicate in duplicates)
    total = signing + indexing
    print(f"first {len(texts):,} records:")
    print(f"  baseline (plain datasketch)  {len(texts) / baseline:8,.0f} articles/s")
    print(f"  signature                    {len(texts) / signing:8,.0f} articles/s")
    print(f"  LSH query/insert + exact     {len(texts) / indexing:8,.0f} articles/s")
    print(f"  signature + LSH              {len(texts) / total:8,.0f} articles/s"
          f"  ({baseline / total:.2f}x baseline)")
    print(f"  duplicates found: {kinds['exact']:,} exact, {kinds['near']:,} near "
          f"(baseline: {baseline_duplicates:,})")


def dev_records(dev: Path) -> Iterator[dict]:
    for name in DEV_ARTICLE_FILES:
        with open(dev / name, encoding="utf-8") as lines:
            yield from (json.loads(line) for line in lines)


def report_dev_separation(dev: Path) -> None:
    records = {record["id"]: record for record in dev_records(dev)}
    bodies = {key: clean(record["text"], title=record.get("title")).text
              for key, record in records.items()}
    sets = {key: set(shingles(body).tolist()) for key, body in bodies.items()}
    signatures = {key: signature(body) for key, body in bodies.items()}
    with open(dev / "pairs.jsonl", encoding="utf-8") as lines:
        pairs = [json.loads(line) for line in lines]
    paired = {frozenset((pair["a"], pair["b"])) for pair in pairs}

    def jaccard(first: str, second: str) -> float:
        return len(sets[first] & sets[second]) / len(sets[first] | sets[second])

    print(f"dev separation ({len(records)} articles, {SHINGLE_SIZE}-word shingles, "
          f"threshold {NEAR_THRESHOLD}):")
    for pair in sorted(pairs, key=lambda pair: jaccard(pair["a"], pair["b"])):
        print(f"  pair     {jaccard(pair['a'], pair['b']):.3f} (estimated "
              f"{similarity(signatures[pair['a']], signatures[pair['b']]):.3f})  "
              f"{pair['kind']:10s} {pair['a']}")
    non_pairs = sorted(((jaccard(first, second), first, second)
                        for first, second in itertools.combinations(records, 2)
                        if frozenset((first, second)) not in paired), reverse=True)
    for value, first, second in non_pairs[:CLOSEST_NON_PAIRS_SHOWN]:
        print(f"  non-pair {value:.3f} (estimated "
              f"{similarity(signatures[first], signatures[second]):.3f})  {first} / {second}")
    candidates = [Candidate(key, _published(record), content_hash(bodies[key]), signatures[key])
                  for key, record in records.items()]
    found = find_duplicates(candidates, [])
    linked = {frozenset((duplicate.article_id, duplicate.duplicate_of)) for duplicate in found}
    kinds = Counter(duplicate.kind for duplicate in found)
    print(f"  find_duplicates: {kinds['exact']} exact, {kinds['near']} near; "
          f"recall on pairs {len(linked & paired) / len(paired):.2f}, "
          f"links outside pairs {len(linked - paired)}")


def _published(record: dict) -> date | None:
    return date.fromisoformat(record["published"][:10]) if record.get("published") else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help="JSONL.gz of records with `text` (default: the bulk corpus)")
    parser.add_argument("--limit", type=int, default=None,
                        help="use the first N records (default: all)")
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV,
                        help="directory of the dev articles and pairs.jsonl (skipped if absent)")
    arguments = parser.parse_args()
    if not arguments.corpus.is_file():
        parser.error(f"corpus not found: {arguments.corpus} (pass the path of bulk.jsonl.gz or another JSONL corpus)")
    texts = read_texts(arguments.corpus, arguments.limit)
    for size in sorted({min(SMALL_SUBSET, len(texts)), len(texts)}):
        report_throughput(texts[:size])
    bulk_signatures = [signature(text) for text in texts]
    distinct_signatures = list(np.random.default_rng(SEED).integers(
        0, 1 << 32, size=(len(texts), NUM_PERM), dtype=np.uint64).astype(np.uint32))
    print(f"index memory over {len(texts):,} articles (tracemalloc): "
          f"{index_bytes_per_article(bulk_signatures):,.0f} bytes/article; "
          f"{index_bytes_per_article(distinct_signatures):,.0f} when no two articles "
          f"share an LSH bucket")
    if arguments.dev.is_dir():
        report_dev_separation(arguments.dev)


if __name__ == "__main__":
    main()
