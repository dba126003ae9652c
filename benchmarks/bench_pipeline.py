"""Speed of segmentation, extraction and the whole pipeline, as ratios against
underthesea baselines measured in the same run over the same texts (SPEC §7).

    .venv/bin/python benchmarks/bench_pipeline.py [CORPUS.jsonl(.gz)] [--limit N]

Figures printed (each the best of `REPEATS` runs, baselines and ours alike):
- underthesea `word_tokenize` per sentence and `pos_tag` per sentence (the baselines);
- our segmentation (tokenizer + POS) and the extractors alone on segmented docs;
- extraction time as a share of `word_tokenize` time (issue goal: ≤ 30 %);
- end-to-end (clean + segment + extract) throughput as a ratio of the `pos_tag`
  baseline (goal: ≥ 0.7).
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bulk" / "bulk.jsonl.gz"


def load_texts(path: Path, limit: int) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    texts = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(texts) >= limit:
                break
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                texts.append(record["text"])
    return texts


def sentences(texts: list[str]) -> list[str]:
    from underthesea import sent_tokenize
    return [s for t in texts for line in t.split("\n") if line.strip() for s in sent_tokenize(line)]


REPEATS = 3
"""Each figure is the best of this many runs: one run of a few seconds swings by a tenth with the machine's load."""


def timed_once(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def timed(function) -> float:
    return min(timed_once(function) for _ in range(REPEATS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    if not args.corpus.is_file():
        parser.error(f"corpus not found: {args.corpus} (pass the path of bulk.jsonl.gz or another JSONL corpus)")

    from underthesea import pos_tag, sent_tokenize, word_tokenize

    from extraction.cleaning import clean
    from extraction.nlp import DEFAULT_COMPONENTS, load_nlp
    from extraction.text import normalize

    texts = [normalize(t) for t in load_texts(args.corpus, args.limit)]
    chars = sum(len(t) for t in texts)
    print(f"corpus: {args.corpus.name}, first {len(texts)} records, {chars:,} characters")
    sentences(texts[:5])  # warm the models up
    word_tokenize("Khởi động mô hình")
    pos_tag("Khởi động mô hình")

    def per_sentence(function):
        return lambda: [function(s) for t in texts for line in t.split("\n")
                        if line.strip() for s in sent_tokenize(line)]

    wt_seconds = timed(per_sentence(word_tokenize))
    pos_seconds = timed(per_sentence(pos_tag))

    nlp = load_nlp(DEFAULT_COMPONENTS)
    nlp("Sáng 13/4, Sở Y tế tỉnh Lào Cai làm việc.")  # lexicons load once per process, as the models above

    def segmented() -> list:
        return [nlp.get_pipe("govnews_pos")(nlp.make_doc(t)) for t in texts]

    segment_seconds = timed(segmented)
    extractors = [(name, proc) for name, proc in nlp.pipeline if name != "govnews_pos"]
    extract_seconds = {name: float("inf") for name, _ in extractors}
    for _ in range(REPEATS):  # fresh docs each time: an extractor may keep what it computed in a doc
        docs = segmented()
        for name, proc in extractors:
            extract_seconds[name] = min(extract_seconds[name], timed_once(lambda: [proc(d) for d in docs]))
    total_extract = sum(extract_seconds.values())

    clean_seconds = timed(lambda: [clean(t) for t in texts])
    cleaned = [clean(t).text for t in texts]
    end_to_end = clean_seconds + timed(lambda: list(nlp.pipe(cleaned)))

    def rate(seconds: float) -> str:
        return f"{chars / seconds:>12,.0f} chars/s"

    print(f"underthesea word_tokenize per sentence   {rate(wt_seconds)}")
    print(f"underthesea pos_tag per sentence         {rate(pos_seconds)}   (baseline)")
    print(f"govnews segmentation (tokenizer + POS)   {rate(segment_seconds)}   ratio {pos_seconds / segment_seconds:.2f}x pos_tag")
    for name, seconds in extract_seconds.items():
        print(f"  {name:<38} {rate(seconds)}")
    print(f"govnews extraction (all extractors)      {rate(total_extract)}")
    print(f"extraction time / word_tokenize time     {total_extract / wt_seconds:.1%}   (goal <= 30%)")
    print(f"govnews cleaning                         {rate(clean_seconds)}")
    print(f"govnews end-to-end (clean+segment+extract) {rate(end_to_end)}   ratio {pos_seconds / end_to_end:.2f}x pos_tag (goal >= 0.7)")


if __name__ == "__main__":
    main()
