"""Batch machinery: readers, stages, store, engines and the CLI."""
