"""Input readers: files and directories in, `Article` or `Reject` records out (SPEC §1).

`iter_records` walks the inputs (see `walk`: directories recursively in
sorted order, dot-files skipped inside directories) and reads each file by
its suffix (case-insensitive): `.txt`, `.jsonl`, `.jsonl.gz`, `.html`, `.htm`,
`.warc`, `.warc.gz`. Any other file is one `unsupported_format` reject. A
file that cannot be opened or read (permissions, a symlink loop, an I/O
error) is one `unreadable_file` reject, after whatever records it gave
before the error. Rejects that concern a whole file or directory carry no
doc_id; rejects of one record carry the doc_id the record would have had.

Readers do not clean: `raw_text` is the decoded text (for HTML, the extracted
main text with `[img]` lines), and cleaning happens in a later stage.
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Iterator, Mapping, Sequence

from pipelines.records import Article, Reject
from pipelines.readers.html import read_html
from pipelines.readers.jsonl import read_jsonl
from pipelines.readers.txt import read_txt
from pipelines.readers.walk import InputFile, check_inputs_exist, describe_os_error, walk_inputs
from pipelines.readers.warc import read_warc

if TYPE_CHECKING:
    from pipelines.config import RunConfig

Reader = Callable[[InputFile, "RunConfig"], Iterator[Article | Reject]]

READERS: Mapping[str, Reader] = MappingProxyType({
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".jsonl.gz": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
})

__all__ = ["iter_records", "read_file", "READERS"]


def iter_records(inputs: Sequence[Path], config: RunConfig) -> Iterator[Article | Reject]:
    """Every record of `inputs`, in a deterministic order.

    Raises FileNotFoundError at once when an input path does not exist.
    """
    check_inputs_exist(inputs)
    return _records(inputs, config)


def _records(inputs: Sequence[Path], config: RunConfig) -> Iterator[Article | Reject]:
    for item in walk_inputs(inputs):
        if isinstance(item, Reject):
            yield item
        else:
            yield from read_file(item, config)


def read_file(file: InputFile, config: RunConfig) -> Iterator[Article | Reject]:
    """The records of one file, read by the reader its suffix names."""
    suffix = file.format_suffix
    if suffix is None:
        yield file.reject("unsupported_format",
                          f"no reader for {file.path.name!r} (supported: {', '.join(sorted(READERS))})")
        return
    try:
        yield from READERS[suffix](file, config)
    except OSError as error:
        yield file.reject("unreadable_file", describe_os_error(error))
