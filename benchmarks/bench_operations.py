"""Operations figures of `govnews run` (SPEC §7): workers, memory, reruns.

    .venv/bin/python benchmarks/bench_operations.py [CORPUS.jsonl(.gz)] [--n 500]
        [--batch-size 64] [--repeat 1] [--no-baseline]

Every run is `python -m pipelines.cli run … --json`, a child process over a
fresh store, over the first N or the first 4N records of the corpus (copied
to a temporary JSONL file). Figures printed:

1. speed: wall time of the run with 1 and with 2 worker processes over the
   same N records, and the speed-up (goal >= 1.7x on 2 cores); unless
   --no-baseline, the 1-worker run against the per-sentence `pos_tag`
   baseline of `bench_pipeline.py` over the same texts (goal >= 0.7x);
2. memory: peak RSS of the whole 1-worker child over N and over 4N records
   (`ru_maxrss` of that child, from `os.wait4`), the growth, the cost of the
   near-duplicate index per stored article (tracemalloc over a
   `NearDuplicateIndex` of the 4N store's signatures; budget 5 kB) and the
   growth net of that index (goal <= 10 %);
3. rerun: the same 4N records again into the 4N store (nothing new to add),
   as a share of the full 4N run's time (goal <= 5 %).

Timing figures need a quiet machine: the load average is printed before and
after; `--repeat` keeps the best of several worker timings.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from bench_pipeline import load_texts, sentences, timed

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bulk" / "bulk.jsonl.gz"
SPEED_UP_GOAL = 1.7
BASELINE_RATIO_GOAL = 0.7
GROWTH_GOAL = 0.10
INDEX_BUDGET_BYTES = 5_000
RERUN_SHARE_GOAL = 0.05


@dataclass(frozen=True)
class ChildRun:
    """One `govnews run` child: its wall time, its peak RSS and its JSON summary."""

    wall_seconds: float
    peak_rss_bytes: int
    summary: dict

    @property
    def run_seconds(self) -> float:
        """The run's own time (models loaded, store written), without interpreter start-up."""
        return self.summary["seconds"]

    @property
    def written(self) -> int:
        return self.summary["counters"].get("written", 0)


def first_records(corpus: Path, count: int, target: Path) -> Path:
    """The first `count` lines of the corpus as a plain JSONL file."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(lines, count))
    return target


def govnews_run(inputs: Path, store: Path, workers: int, batch_size: int, scratch: Path) -> ChildRun:
    """Run `govnews run` in a child process; `os.wait4` gives that child's own rusage."""
    command = [sys.executable, "-m", "pipelines.cli", "run", str(inputs), "--store", str(store),
               "--workers", str(workers), "--batch-size", str(batch_size), "--json"]
    out_path, err_path = scratch / "stdout.json", scratch / "stderr.txt"
    with open(out_path, "w") as out, open(err_path, "w") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}: {err_path.read_text()[-2000:]}")
    summary = json.loads(out_path.read_text(encoding="utf-8"))
    return ChildRun(wall, usage.ru_maxrss * 1024, summary)


def index_bytes_per_article(store: Path) -> tuple[int, float]:
    """Articles indexed and traced bytes per article of a near-duplicate index
    holding every stored signature (the run indexes canonical ones only: at most this)."""
    from pipelines.stages.dedup import NearDuplicateIndex
    from pipelines.store.writer import read_table

    signatures = read_table(store, "signatures")
    ids = signatures["article_id"].to_pylist()
    values = signatures["minhash"].to_numpy(zero_copy_only=False)
    tracemalloc.start()
    index = NearDuplicateIndex()
    for article_id, signature in zip(ids, values):
        index.add(article_id, signature)
    traced, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return len(index), traced / max(len(index), 1)


def pos_tag_baseline_seconds(corpus: Path, count: int) -> tuple[float, int]:
    """`bench_pipeline.py`'s baseline: sent_tokenize, then pos_tag per sentence."""
    from underthesea import pos_tag

    from extraction.text import normalize

    texts = [normalize(text) for text in load_texts(corpus, count)]
    [pos_tag(sentence) for sentence in sentences(texts[:5])]  # warm the model up
    return timed(lambda: [pos_tag(sentence) for sentence in sentences(texts)]), len(texts)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def mb(size: float) -> str:
    return f"{size / 2**20:,.1f} MB"


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def fastest_run(inputs: Path, scratch: Path, workers: int, batch_size: int, repeat: int) -> ChildRun:
    """The fastest of `repeat` runs, each into a fresh store."""
    runs = [govnews_run(inputs, scratch / f"store-{workers}-workers-{attempt}", workers, batch_size, scratch)
            for attempt in range(repeat)]
    return min(runs, key=lambda child: child.wall_seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=500, help="N: records of the small run (the large one reads 4N)")
    parser.add_argument("--batch-size", type=int, default=64, help="govnews run --batch-size")
    parser.add_argument("--repeat", type=int, default=1, help="timings of the N runs: best of this many")
    parser.add_argument("--no-baseline", action="store_true", help="skip the pos_tag baseline")
    args = parser.parse_args()
    if not args.corpus.is_file():
        parser.error(f"corpus not found: {args.corpus} (pass the path of bulk.jsonl.gz or another JSONL corpus)")

    print(f"corpus: {args.corpus}; the first {args.n:,} and the first {4 * args.n:,} records; "
          f"batch size {args.batch_size}; {os.cpu_count()} cores; load average {load()}")
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as directory:
        scratch = Path(directory)
        small = first_records(args.corpus, args.n, scratch / "small.jsonl")
        large = first_records(args.corpus, 4 * args.n, scratch / "large.jsonl")

        one = fastest_run(small, scratch, 1, args.batch_size, args.repeat)
        two = fastest_run(small, scratch, 2, args.batch_size, args.repeat)
        full = govnews_run(large, scratch / "large-store", 1, args.batch_size, scratch)
        rerun = govnews_run(large, scratch / "large-store", 1, args.batch_size, scratch)
        indexed, index_bytes = index_bytes_per_article(scratch / "large-store")

    speed_up = one.wall_seconds / two.wall_seconds
    print(f"\n1. speed over {args.n:,} records ({one.written:,} articles written)")
    print(f"   1 worker   {one.wall_seconds:8.1f} s wall   ({one.run_seconds:.1f} s in the run)")
    print(f"   2 workers  {two.wall_seconds:8.1f} s wall   ({two.run_seconds:.1f} s in the run)")
    print(f"   speed-up   {speed_up:8.2f}x wall, {one.run_seconds / two.run_seconds:.2f}x in the run"
          f"   (goal >= {SPEED_UP_GOAL}x: {verdict(speed_up >= SPEED_UP_GOAL)})")
    if not args.no_baseline:
        baseline, texts = pos_tag_baseline_seconds(args.corpus, args.n)
        ratio = baseline / one.wall_seconds
        print(f"   pos_tag per sentence over the same {texts:,} texts: {baseline:.1f} s; "
              f"1-worker run throughput {ratio:.2f}x of it wall, {baseline / one.run_seconds:.2f}x in the run"
              f"   (goal >= {BASELINE_RATIO_GOAL}x: {verdict(ratio >= BASELINE_RATIO_GOAL)})")

    growth = full.peak_rss_bytes - one.peak_rss_bytes
    index_growth = index_bytes * (full.written - one.written)
    net = (growth - index_growth) / one.peak_rss_bytes
    print(f"\n2. memory: peak RSS of the 1-worker run")
    print(f"   {args.n:>6,} records ({one.written:,} articles)  {mb(one.peak_rss_bytes)}")
    print(f"   {4 * args.n:>6,} records ({full.written:,} articles)  {mb(full.peak_rss_bytes)}"
          f"   growth {mb(growth)} = {growth / one.peak_rss_bytes:.1%}")
    print(f"   near-duplicate index: {index_bytes / 1000:.2f} kB per article over {indexed:,} articles"
          f"   (budget {INDEX_BUDGET_BYTES / 1000:.0f} kB: {verdict(index_bytes <= INDEX_BUDGET_BYTES)});"
          f" {mb(index_growth)} of the growth")
    print(f"   growth net of the index {net:.1%}   (goal <= {GROWTH_GOAL:.0%}: {verdict(net <= GROWTH_GOAL)})")

    share = rerun.wall_seconds / full.wall_seconds
    print(f"\n3. rerun over the {4 * args.n:,}-record store with no new input "
          f"(unchanged {rerun.summary['counters'].get('unchanged', 0):,}, written {rerun.written})")
    print(f"   full run {full.wall_seconds:.1f} s wall ({full.run_seconds:.1f} s in the run); "
          f"rerun {rerun.wall_seconds:.1f} s wall ({rerun.run_seconds:.2f} s in the run)")
    print(f"   rerun / full run {share:.1%} wall, {rerun.run_seconds / full.run_seconds:.1%} in the run"
          f"   (goal <= {RERUN_SHARE_GOAL:.0%}: {verdict(share <= RERUN_SHARE_GOAL)})")
    print(f"\nload average at the end {load()}")


if __name__ == "__main__":
    main()
