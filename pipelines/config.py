"""One typed configuration object per run."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extraction.nlp import DEFAULT_COMPONENTS

PIPELINE_VERSION = "0.1.0"

DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024
"""Records larger than this (UTF-8 bytes of text or HTML) are rejected as `too_large`."""

DEFAULT_MIN_VIETNAMESE_RATIO = 0.08
"""Share of letters that must be Vietnamese-specific (đ, ă, ơ, ư, tone-marked vowels)."""


@dataclass(frozen=True)
class RunConfig:
    inputs: tuple[Path, ...]
    store: Path
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    min_vietnamese_ratio: float = DEFAULT_MIN_VIETNAMESE_RATIO
    batch_size: int = 64
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    reprocess: bool = False
    pipeline_version: str = PIPELINE_VERSION
