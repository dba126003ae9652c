"""Engines run the per-batch work (clean, segment, extract) in one process,
in a pool of processes, or on a Dask cluster; all give the same tables."""
