"""Finding the input files: the given files, and directories walked in sorted order.

Inside a directory, names starting with a dot (`.DS_Store`, `.git/`) are skipped;
every other file is an input, whatever its name (a README becomes an
`unsupported_format` reject). A file given directly is always read. Symbolic
links are followed; a link that leads nowhere or back into a directory being
walked becomes an `unreadable_file` reject instead of stopping the walk.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from pipelines.records import Reject

FORMAT_SUFFIXES = (".jsonl.gz", ".warc.gz", ".jsonl", ".warc", ".txt", ".html", ".htm")
"""The file name endings with a reader, longest first so `.jsonl.gz` wins over `.gz`."""


class RecordError(Exception):
    """A record that cannot become an article: a SPEC reason code and a detail."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class InputFile:
    """One file to read and the name it goes by in the tables (`source_path`)."""

    path: Path
    relative: str

    @property
    def format_suffix(self) -> str | None:
        """The supported suffix the file name ends with (case-insensitive), if any."""
        name = self.path.name.lower()
        return next((suffix for suffix in FORMAT_SUFFIXES if name.endswith(suffix)), None)

    @property
    def stem_id(self) -> str:
        """`relative` without its format suffix: the doc_id of a one-article file."""
        suffix = self.format_suffix
        return self.relative[: -len(suffix)] if suffix else self.relative

    def reject(self, reason: str, detail: str, doc_id: str | None = None) -> Reject:
        return Reject(doc_id=doc_id, source_path=self.relative, reason=reason, detail=detail)


def describe_os_error(error: OSError) -> str:
    """A detail that names the failure but not the machine's paths (rejects must be stable)."""
    return f"{type(error).__name__}: {error.strerror or error}"


def check_inputs_exist(inputs: Sequence[Path]) -> None:
    """Raise FileNotFoundError naming every input path that does not exist at all."""
    missing = [str(path) for path in inputs if not os.path.lexists(path)]
    if missing:
        raise FileNotFoundError(f"input not found: {', '.join(missing)}")


def walk_inputs(inputs: Sequence[Path]) -> Iterator[InputFile | Reject]:
    """The input files in order: inputs as given, each directory's files sorted by name."""
    for path in inputs:
        if path.is_dir():
            yield from _walk_directory(path, path, frozenset({os.path.realpath(path)}))
        else:
            yield InputFile(path, path.name)


def _walk_directory(root: Path, directory: Path, ancestors: frozenset[str]) -> Iterator[InputFile | Reject]:
    relative_dir = directory.relative_to(root).as_posix()
    try:
        with os.scandir(directory) as scan:
            names = sorted(entry.name for entry in scan if not entry.name.startswith("."))
    except OSError as error:
        yield Reject(None, relative_dir, "unreadable_file", describe_os_error(error))
        return
    for name in names:
        path = directory / name
        relative = path.relative_to(root).as_posix()
        try:
            is_directory = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as error:
            yield Reject(None, relative, "unreadable_file", describe_os_error(error))
            continue
        if not is_directory:
            yield InputFile(path, relative)
            continue
        real = os.path.realpath(path)
        if real in ancestors:
            yield Reject(None, relative, "unreadable_file",
                         "symlink loop: the link leads back to a directory being walked")
            continue
        yield from _walk_directory(root, path, ancestors | {real})
