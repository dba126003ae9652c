"""Bad inputs: each gives its exact reject reason, and the good records around it stay articles."""
import errno
import gzip
import io
import json
import os
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipelines.config import DEFAULT_MAX_RECORD_BYTES, RunConfig
from pipelines.readers import iter_records
from pipelines.records import Article, Reject

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
LAO_CAI = ("Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc giữa Sở Y tế tỉnh Lào Cai "
           "và Sở Y tế tỉnh Yên Bái.")
MERGER = "Buổi làm việc nhằm trao đổi các nội dung trọng tâm liên quan đến xây dựng Đề án hợp nhất giữa hai Sở Y tế."
HA_NOI = "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp công tác."
PORTAL_PAGE = (SAMPLES / "html" / "bdnews-4.html").read_bytes()
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def read(inputs: list[Path]) -> list[Article | Reject]:
    return list(iter_records(inputs, RunConfig(inputs=tuple(inputs), store=Path("unused"))))


def kinds(records: list[Article | Reject]) -> list[str]:
    return ["article" if isinstance(r, Article) else r.reason for r in records]


def json_line(doc_id: str, **fields: object) -> bytes:
    return json.dumps({"id": doc_id, **fields}, ensure_ascii=False).encode("utf-8") + b"\n"


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: letters with their own code point, tone marks as combining marks."""
    encoded = []
    for character in text:
        try:
            encoded.append(character.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", character)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONE_MARKS))
            encoded.append((base + "".join(p for p in parts if p in TONE_MARKS)).encode("cp1258"))
    return b"".join(encoded)


def html_response(writer: WARCWriter, url: str, payload: bytes, content_type: str = "text/html; charset=utf-8"):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)


def request_record(writer: WARCWriter, url: str):
    headers = StatusAndHeaders("GET /tin-tuc HTTP/1.1", [("Host", "binhdinh.gov.vn")], is_http_request=True)
    return writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=headers)


def warc_file(path: Path, records: Callable[[WARCWriter], list], compress: bool) -> list[int]:
    """Write the records; return each record's end offset in the file."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    ends = []
    for record in records(writer):
        writer.write_record(record)
        ends.append(buffer.tell())
    write(path, buffer.getvalue())
    return ends


def three_pages(writer: WARCWriter) -> list:
    return [html_response(writer, f"https://binhdinh.gov.vn/tin-{n}", PORTAL_PAGE) for n in (1, 2, 3)]


# --- builders: each writes a bad input among good ones and returns the inputs ---

def undecodable_txt(root: Path) -> list[Path]:
    write(root / "a-lao-cai.txt", LAO_CAI.encode("utf-8"))
    write(root / "b-nen.txt", gzip.compress(LAO_CAI.encode("utf-8")))
    return [root]


def undecodable_jsonl_line(root: Path) -> list[Path]:
    bad = b'{"id": "cp1258", "text": "' + to_cp1258(MERGER) + b'"}\n'
    return [write(root / "tin.jsonl", json_line("a", text=LAO_CAI) + bad + json_line("c", text=HA_NOI))]


def truncated_gzip(root: Path) -> list[Path]:
    compressor = zlib.compressobj(wbits=31)
    head = compressor.compress(json_line("a", text=LAO_CAI) + json_line("b", text=MERGER))
    head += compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(json_line("c", text=HA_NOI * 20)) + compressor.flush()
    return [write(root / "tin.jsonl.gz", head + tail[: len(tail) // 2])]


def not_gzip(root: Path) -> list[Path]:
    return [write(root / "tin.jsonl.gz", json_line("a", text=LAO_CAI))]


def malformed_json(root: Path) -> list[Path]:
    broken = b'{"id": "b", "text": "' + MERGER.encode("utf-8") + b"\n"
    return [write(root / "tin.jsonl", json_line("a", text=LAO_CAI) + broken + json_line("c", text=HA_NOI))]


def not_an_object(root: Path) -> list[Path]:
    lines = json_line("a", text=LAO_CAI) + json.dumps([MERGER], ensure_ascii=False).encode() + b"\n"
    lines += json.dumps(HA_NOI, ensure_ascii=False).encode() + b"\n" + json_line("d", text=HA_NOI)
    return [write(root / "tin.jsonl", lines)]


def non_string_text(root: Path) -> list[Path]:
    lines = json_line("a", text=LAO_CAI) + json_line("b", text=13042025) + json_line("c", text=[MERGER])
    return [write(root / "tin.jsonl", lines)]


def no_text_or_html(root: Path) -> list[Path]:
    lines = json_line("a", title=LAO_CAI) + json_line("b", text=None, html=None) + json_line("c", text=HA_NOI)
    return [write(root / "tin.jsonl", lines)]


def fifty_megabyte_record(root: Path) -> list[Path]:
    path = write(root / "tin.jsonl", json_line("a", text=LAO_CAI))
    chunk = ((MERGER + " ") * 2000).encode("utf-8")
    with open(path, "ab") as handle:
        handle.write(b'{"id": "lon", "text": "')
        for _ in range(50 * 2**20 // len(chunk) + 1):
            handle.write(chunk)
        handle.write(b'"}\n' + json_line("c", text=HA_NOI))
    return [path]


def html_without_body(root: Path) -> list[Path]:
    write(root / "a-bai.html", PORTAL_PAGE)
    write(root / "b-trong.html", "<html><head><title>Sở Y tế tỉnh Lào Cai</title></head></html>".encode())
    return [root]


def html_nested_too_deep(root: Path) -> list[Path]:
    write(root / "a-bai.html", PORTAL_PAGE)
    write(root / "b-sau.htm", ("<div>" * 300 + f"<p>{LAO_CAI}</p>" + "</div>" * 300).encode())
    return [root]


def html_of_nothing_but_a_comment(root: Path) -> list[Path]:
    write(root / "a-bai.html", PORTAL_PAGE)
    write(root / "b-chu-thich.html", f"<!DOCTYPE html><!-- {LAO_CAI} -->".encode())
    return [root]


def warc_with_non_html_records(root: Path) -> list[Path]:
    def records(writer: WARCWriter) -> list:
        image = html_response(writer, "https://binhdinh.gov.vn/anh.jpg", b"\xff\xd8\xff\xe0" + bytes(500), "image/jpeg")
        metadata = writer.create_warc_record("https://binhdinh.gov.vn/tin-1", "metadata",
                                             payload=io.BytesIO(b"via: https://binhdinh.gov.vn/\r\n"),
                                             warc_content_type="application/warc-fields")
        warcinfo = writer.create_warcinfo_record("thu-thap.warc.gz", {"software": "govnews tests"})
        return [warcinfo, request_record(writer, "https://binhdinh.gov.vn/tin-1"), image, metadata,
                html_response(writer, "https://binhdinh.gov.vn/tin-1", PORTAL_PAGE)]
    warc_file(root / "thu-thap.warc.gz", records, compress=True)
    return [root]


def warc_cut(into_third_record: int) -> Callable[[Path], list[Path]]:
    """A WARC file of three pages cut this many bytes into the third record (negative: from its end)."""
    def build(root: Path) -> list[Path]:
        path = root / "thu-thap.warc"
        ends = warc_file(path, three_pages, compress=False)
        cut = ends[1] + into_third_record if into_third_record >= 0 else ends[2] + into_third_record
        path.write_bytes(path.read_bytes()[:cut])
        return [path]
    return build


def warc_gz_cut_in_a_record(root: Path) -> list[Path]:
    ends = warc_file(root / "thu-thap.warc.gz", three_pages, compress=True)
    path = root / "thu-thap.warc.gz"
    path.write_bytes(path.read_bytes()[: (ends[1] + ends[2]) // 2])
    return [path]


def not_a_warc(root: Path) -> list[Path]:
    return [write(root / "thu-thap.warc", f"{LAO_CAI}\n{MERGER}\n".encode())]


def symlink_loops(root: Path) -> list[Path]:
    write(root / "a-lao-cai.txt", LAO_CAI.encode())
    os.symlink(".", root / "vong")
    os.symlink("z-tu-tro.txt", root / "z-tu-tro.txt")
    return [root]


def symlink_loop_given_directly(root: Path) -> list[Path]:
    os.symlink("tu-tro.txt", root / "tu-tro.txt")
    return [root / "tu-tro.txt", write(root / "lao-cai.txt", LAO_CAI.encode())]


def dangling_symlink(root: Path) -> list[Path]:
    write(root / "a-lao-cai.txt", LAO_CAI.encode())
    os.symlink("da-xoa.txt", root / "b-lien-ket.txt")
    return [root]


def unsupported_extensions(root: Path) -> list[Path]:
    write(root / "a-lao-cai.txt", LAO_CAI.encode())
    write(root / "b-quyet-dinh.docx", b"PK\x03\x04" + bytes(100))
    write(root / "README.md", "# Tin tức".encode())
    write(root / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    return [root]


def empty_and_english_texts(root: Path) -> list[Path]:
    write(root / "a-trong.txt", b"")
    write(root / "b-khoang-trang.txt", b"  \n\t\n")
    write(root / "c-tieng-anh.txt", b"The People's Committee of Lao Cai province met on April 13.")
    return [root]


@dataclass(frozen=True)
class BadInput:
    name: str
    build: Callable[[Path], list[Path]]
    expected: list[str]


BAD_INPUTS = [
    BadInput("undecodable-txt", undecodable_txt, ["article", "undecodable"]),
    BadInput("undecodable-jsonl-line", undecodable_jsonl_line, ["article", "undecodable", "article"]),
    BadInput("truncated-gzip", truncated_gzip, ["article", "article", "bad_gzip"]),
    BadInput("not-gzip", not_gzip, ["bad_gzip"]),
    BadInput("malformed-json-line", malformed_json, ["article", "malformed_json", "article"]),
    BadInput("json-not-an-object", not_an_object, ["article", "not_an_object", "not_an_object", "article"]),
    BadInput("non-string-text", non_string_text, ["article", "missing_text", "missing_text"]),
    BadInput("no-text-or-html", no_text_or_html, ["missing_text", "missing_text", "article"]),
    BadInput("50-mb-record", fifty_megabyte_record, ["article", "too_large", "article"]),
    BadInput("html-without-body", html_without_body, ["article", "empty_body"]),
    BadInput("html-nested-too-deep", html_nested_too_deep, ["article", "bad_html"]),
    BadInput("html-only-a-comment", html_of_nothing_but_a_comment, ["article", "bad_html"]),
    BadInput("warc-non-html-records", warc_with_non_html_records, ["article"]),
    BadInput("warc-cut-in-the-warc-header", warc_cut(20), ["article", "article", "bad_warc_record"]),
    BadInput("warc-cut-in-a-warc-header-field", warc_cut(60), ["article", "article", "bad_warc_record"]),
    BadInput("warc-cut-in-the-http-header", warc_cut(340), ["article", "article", "bad_warc_record"]),
    BadInput("warc-cut-in-a-payload", warc_cut(-500), ["article", "article", "bad_warc_record"]),
    BadInput("warc-gz-cut-in-a-record", warc_gz_cut_in_a_record, ["article", "article", "bad_warc_record"]),
    BadInput("not-a-warc", not_a_warc, ["bad_warc_record"]),
    BadInput("symlink-loops", symlink_loops, ["article", "unreadable_file", "unreadable_file"]),
    BadInput("symlink-loop-given-directly", symlink_loop_given_directly, ["unreadable_file", "article"]),
    BadInput("dangling-symlink", dangling_symlink, ["article", "unreadable_file"]),
    BadInput("unsupported-extensions", unsupported_extensions, ["unsupported_format", "article", "unsupported_format"]),
    BadInput("empty-and-english-pass-through", empty_and_english_texts, ["article", "article", "article"]),
]


@pytest.mark.parametrize("case", BAD_INPUTS, ids=lambda case: case.name)
def test_bad_input_gives_its_reason_and_keeps_the_good_records(tmp_path, case):
    assert kinds(read(case.build(tmp_path))) == case.expected


def test_too_large_detail_gives_size_and_limit(tmp_path):
    [_, too_large, _] = read(fifty_megabyte_record(tmp_path))
    size = int(too_large.detail.split(" of ")[1].split(" bytes")[0])
    assert too_large.doc_id == "lon" and size > 50 * 2**20
    assert f"limit of {DEFAULT_MAX_RECORD_BYTES} bytes" in too_large.detail


def test_a_line_reject_names_its_line_and_file(tmp_path):
    [_, bad, _] = read(malformed_json(tmp_path))
    assert (bad.doc_id, bad.source_path) == ("tin.jsonl#2", "tin.jsonl")
    assert bad.detail.startswith("line 2: ")


def test_unreadable_files_are_rejected_and_reading_goes_on(tmp_path, monkeypatch):
    write(tmp_path / "a-lao-cai.txt", LAO_CAI.encode())
    write(tmp_path / "b-khoa.txt", MERGER.encode())
    write(tmp_path / "c-khoa.jsonl", json_line("c", text=HA_NOI))
    write(tmp_path / "d-khoa.warc", b"")
    write(tmp_path / "e-ha-noi.txt", HA_NOI.encode())
    real_open = Path.open

    def locked_open(path, *args, **kwargs):
        if "khoa" in path.name:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    records = read([tmp_path])
    assert kinds(records) == ["article", "unreadable_file", "unreadable_file", "unreadable_file", "article"]
    assert records[1].detail == "PermissionError: Permission denied"


def test_an_unreadable_directory_is_rejected_and_the_walk_goes_on(tmp_path, monkeypatch):
    write(tmp_path / "a" / "lao-cai.txt", LAO_CAI.encode())
    write(tmp_path / "b-khoa" / "ha-noi.txt", HA_NOI.encode())
    write(tmp_path / "c" / "hop-nhat.txt", MERGER.encode())
    real_scandir = os.scandir

    def locked_scandir(path):
        if Path(path).name == "b-khoa":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", locked_scandir)
    assert [(r.source_path, kinds([r])[0]) for r in read([tmp_path])] == [
        ("a/lao-cai.txt", "article"), ("b-khoa", "unreadable_file"), ("c/hop-nhat.txt", "article")]


def test_a_read_error_midway_keeps_the_records_before_it(tmp_path, monkeypatch):
    path = write(tmp_path / "tin.jsonl", json_line("a", text=LAO_CAI) + json_line("b", text=MERGER))

    class FailingAfterFirstLine(io.BytesIO):
        def __iter__(self):
            yield self.readline()
            raise OSError(errno.EIO, "Input/output error")

    data = path.read_bytes()
    monkeypatch.setattr(Path, "open", lambda self, *args, **kwargs: FailingAfterFirstLine(data))
    records = read([path])
    assert kinds(records) == ["article", "unreadable_file"]
    assert records[1].detail == "OSError: Input/output error"


ACCEPTED_ENCODINGS = [
    pytest.param("bom.txt", b"\xef\xbb\xbf" + f"Sở Y tế tỉnh Lào Cai\n\n{LAO_CAI}".encode(),
                 "Sở Y tế tỉnh Lào Cai", LAO_CAI, id="utf-8-bom"),
    pytest.param("windows-1252.txt",
                 "The People’s Committee – “Open Day” – welcomed the délégation; café, naïve façade.".encode("cp1252"),
                 None, "The People’s Committee – “Open Day” – welcomed the délégation; café, naïve façade.",
                 id="windows-1252"),
    pytest.param("cp1258.txt", to_cp1258(f"{LAO_CAI}\n{MERGER}"), None, f"{LAO_CAI}\n{MERGER}", id="cp1258"),
    pytest.param("utf-16.txt", f"{HA_NOI}\n{MERGER}".encode("utf-16"), None, f"{HA_NOI}\n{MERGER}", id="utf-16-bom"),
    pytest.param("utf-16-le.txt", f"{HA_NOI}\n{MERGER}".encode("utf-16-le"), None, f"{HA_NOI}\n{MERGER}",
                 id="utf-16-le-without-bom"),
    pytest.param("cp1258.html", b'<html><head><meta charset="windows-1258"></head><body><article><p>'
                 + to_cp1258(LAO_CAI) + b"</p><p>" + to_cp1258(MERGER) + b"</p></article></body></html>",
                 None, f"{LAO_CAI}\n{MERGER}", id="html-declared-windows-1258"),
]


@pytest.mark.parametrize(("name", "data", "title", "text"), ACCEPTED_ENCODINGS)
def test_encodings_that_decode(tmp_path, name, data, title, text):
    [article] = read([write(tmp_path / name, data)])
    assert article.title == title
    assert unicodedata.normalize("NFC", article.raw_text) == text


def test_a_bom_before_the_first_jsonl_line_is_dropped(tmp_path):
    path = write(tmp_path / "tin.jsonl", b"\xef\xbb\xbf" + json_line("a", text=LAO_CAI) + json_line("b", text=HA_NOI))
    assert [(r.doc_id, r.raw_text) for r in read([path])] == [("a", LAO_CAI), ("b", HA_NOI)]
