"""One explicit pyarrow schema per table: the store's data format.

The README's "Data format" section documents these tables; SPEC §2 is the
contract. Columns may be added; named ones keep their names, types, meaning.
"""
from __future__ import annotations

import pyarrow as pa

STORE_FORMAT_VERSION = 2
"""1: one plain directory per table, journalled moves; 2: versions swapped by a link."""

_span = [
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("sentence_index", pa.int32()),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
]

ARTICLES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("source", pa.string()),
    pa.field("url", pa.string()),
    pa.field("title", pa.string()),
    pa.field("published", pa.date32()),
    pa.field("province", pa.string()),
    pa.field("province_2025", pa.string()),
    pa.field("author", pa.string()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("content_hash", pa.string(), nullable=False),
    pa.field("raw_hash", pa.string(), nullable=False),
    pa.field("duplicate_of", pa.string()),
    pa.field("is_restructuring", pa.bool_(), nullable=False),
    pa.field("n_sentences", pa.int32(), nullable=False),
    pa.field("n_tokens", pa.int32(), nullable=False),
    pa.field("pipeline_version", pa.string(), nullable=False),
    pa.field("run_id", pa.string(), nullable=False),
])

SENTENCES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("sentence_index", pa.int32(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("text", pa.string(), nullable=False),
    pa.field("tokens", pa.list_(pa.string()), nullable=False),
    pa.field("pos", pa.list_(pa.string()), nullable=False),
])

OFFICIALS = pa.schema(_span + [
    pa.field("name", pa.string(), nullable=False),
    pa.field("honorific", pa.string()),
    pa.field("person_id", pa.string()),
])

POSITIONS = pa.schema(_span + [
    pa.field("person_id", pa.string()),
    pa.field("person_name", pa.string(), nullable=False),
    pa.field("title", pa.string(), nullable=False),
    pa.field("role", pa.string()),
    pa.field("organization", pa.string()),
    pa.field("organization_canonical", pa.string()),
    pa.field("former", pa.bool_()),
])

AGENCIES = pa.schema(_span + [
    pa.field("text", pa.string(), nullable=False),
    pa.field("canonical", pa.string()),
    pa.field("kind", pa.string()),
    pa.field("province", pa.string()),
    pa.field("province_2025", pa.string()),
])

DATES = pa.schema(_span + [
    pa.field("text", pa.string(), nullable=False),
    pa.field("value", pa.string(), nullable=False),
    pa.field("granularity", pa.string(), nullable=False),
    pa.field("part_of_day", pa.string()),
])

LEGAL_REFS = pa.schema(_span + [
    pa.field("text", pa.string(), nullable=False),
    pa.field("doc_type", pa.string()),
    pa.field("number", pa.string()),
    pa.field("year", pa.int32()),
    pa.field("symbol", pa.string()),
    pa.field("issuer", pa.string()),
    pa.field("key", pa.string(), nullable=False),
])

DUPLICATES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("duplicate_of", pa.string(), nullable=False),
    pa.field("kind", pa.string(), nullable=False),
    pa.field("similarity", pa.float32(), nullable=False),
])

SIGNATURES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("minhash", pa.list_(pa.uint32()), nullable=False),
])
"""MinHash signatures of stored articles: the near-duplicate index is rebuilt from them."""

REJECTS = pa.schema([
    pa.field("reject_id", pa.string(), nullable=False),
    pa.field("doc_id", pa.string()),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("reason", pa.string(), nullable=False),
    pa.field("detail", pa.string()),
    pa.field("run_id", pa.string(), nullable=False),
])

RUNS = pa.schema([
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("started_at", pa.timestamp("us", tz="UTC"), nullable=False),
    pa.field("finished_at", pa.timestamp("us", tz="UTC"), nullable=False),
    pa.field("inputs", pa.list_(pa.string()), nullable=False),
    pa.field("read", pa.int64(), nullable=False),
    pa.field("articles_added", pa.int64(), nullable=False),
    pa.field("unchanged", pa.int64(), nullable=False),
    pa.field("duplicates", pa.int64(), nullable=False),
    pa.field("rejects", pa.int64(), nullable=False),
    pa.field("counters", pa.map_(pa.string(), pa.int64()), nullable=False),
    pa.field("pipeline_version", pa.string(), nullable=False),
])

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "sentences": SENTENCES,
    "officials": OFFICIALS,
    "positions": POSITIONS,
    "agencies": AGENCIES,
    "dates": DATES,
    "legal_refs": LEGAL_REFS,
    "duplicates": DUPLICATES,
    "signatures": SIGNATURES,
    "rejects": REJECTS,
    "runs": RUNS,
}

ARTICLE_TABLES = ("articles", "sentences", "officials", "positions", "agencies",
                  "dates", "legal_refs", "duplicates", "signatures")
"""Tables whose rows derive from one article and are replaced with it."""

ENTITY_TABLES = ("officials", "positions", "agencies", "dates", "legal_refs")
