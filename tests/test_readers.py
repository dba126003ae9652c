"""Readers on real inputs: each format's records, doc_id and title rules, order, metadata."""
import gzip
import io
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extraction.cleaning import clean
from pipelines.config import RunConfig
from pipelines.readers import READERS, iter_records
from pipelines.readers.html import extract_page
from pipelines.readers.jsonl import parse_published
from pipelines.readers.walk import FORMAT_SUFFIXES
from pipelines.records import Article, Reject

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
SEED_WITH_TITLE = SAMPLES / "000_04ba54641e97a74d.txt"
SEED_WITHOUT_TITLE = SAMPLES / "002_8c7c8f00c326da46.txt"
WARC_URL = "https://binhdinh.gov.vn/{doc}"


def read(*inputs: Path) -> list[Article | Reject]:
    return list(iter_records(list(inputs), RunConfig(inputs=tuple(inputs), store=Path("unused"))))


def sample_jsonl() -> dict[str, dict]:
    with open(SAMPLES / "articles.jsonl", encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle)}


def outcome(record: Article | Reject) -> tuple[str, str | None, str]:
    kind = "article" if isinstance(record, Article) else record.reason
    return record.source_path, record.doc_id, kind


def test_the_samples_folder_reads_every_file_in_sorted_order():
    expected = [
        ("000_04ba54641e97a74d.txt", "000_04ba54641e97a74d", "article"),
        ("002_8c7c8f00c326da46.txt", "002_8c7c8f00c326da46", "article"),
        *[("articles.jsonl", doc, "article") for doc in
          ("bdnews-1", "bdnews-4", "bdnews-txt8", "bdnews-txt8-copy", "baclieu-hothome-5", "rs-tnt-1")],
        ("html/bdnews-1.html", "html/bdnews-1", "article"),
        ("html/bdnews-4.html", "html/bdnews-4", "article"),
        *[("warc/dev.warc.gz", WARC_URL.format(doc=f"bdnews-{n}"), "article") for n in (1, 3, 4, 5)],
    ]
    assert [outcome(record) for record in read(SAMPLES)] == expected


def test_a_file_given_directly_is_named_by_its_file_name():
    [article] = read(SEED_WITHOUT_TITLE)
    assert (article.source_path, article.doc_id) == ("002_8c7c8f00c326da46.txt", "002_8c7c8f00c326da46")


def test_nested_directories_give_relative_doc_ids(tmp_path):
    nested = tmp_path / "lao-cai" / "2025"
    nested.mkdir(parents=True)
    (nested / "so-y-te.TXT").write_bytes(SEED_WITHOUT_TITLE.read_bytes())
    [article] = read(tmp_path)
    assert (article.source_path, article.doc_id) == ("lao-cai/2025/so-y-te.TXT", "lao-cai/2025/so-y-te")


def test_order_does_not_depend_on_creation_order(tmp_path):
    for name in ("c.txt", "a/b.txt", "b.txt", "a.txt", "a/a.txt"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc.", encoding="utf-8")
    assert [r.doc_id for r in read(tmp_path)] == ["a/a", "a/b", "a", "b", "c"]
    assert read(tmp_path) == read(tmp_path)


def test_dot_files_are_skipped_in_directories_but_read_when_given(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: refs/heads/main", encoding="utf-8")
    hidden = tmp_path / ".nhap.txt"
    hidden.write_text("Buổi làm việc nhằm trao đổi các nội dung trọng tâm.", encoding="utf-8")
    assert read(tmp_path) == []
    assert [outcome(r) for r in read(hidden)] == [(".nhap.txt", ".nhap", "article")]


def test_a_missing_input_raises_before_anything_is_read(tmp_path):
    with pytest.raises(FileNotFoundError, match="khong-co"):
        iter_records([SAMPLES, tmp_path / "khong-co"], RunConfig(inputs=(), store=tmp_path))


def test_every_supported_suffix_has_a_reader():
    assert set(READERS) == set(FORMAT_SUFFIXES)


TITLE_CASES = [
    pytest.param(
        "Ban Văn hóa Xã hội: Nâng cao mối quan hệ phối hợp công tác với Sở Y tế\n\n"
        "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp.\n",
        "Ban Văn hóa Xã hội: Nâng cao mối quan hệ phối hợp công tác với Sở Y tế",
        "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp.\n",
        id="headline-blank-line-body"),
    pytest.param(
        "Hà Nội: Xây dựng 126 phương án sắp xếp 526 đơn vị hành chính cấp xã\r\n\r\n"
        "UBND thành phố Hà Nội đã xây dựng phương án sắp xếp.\r\n",
        "Hà Nội: Xây dựng 126 phương án sắp xếp 526 đơn vị hành chính cấp xã",
        "UBND thành phố Hà Nội đã xây dựng phương án sắp xếp.\r\n",
        id="windows-line-ends"),
    pytest.param(
        "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp.\n\n"
        "Quy chế phối hợp công tác giữa hai đơn vị nêu rõ các nội dung.\n",
        None,
        "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội đã ký kết quy chế phối hợp.\n\n"
        "Quy chế phối hợp công tác giữa hai đơn vị nêu rõ các nội dung.\n",
        id="first-line-ends-with-full-stop"),
    pytest.param(
        "CTTĐT - Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc\n"
        "Đồng chí Hoàng Quốc Hương phát biểu tại buổi làm việc\n",
        None,
        "CTTĐT - Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc\n"
        "Đồng chí Hoàng Quốc Hương phát biểu tại buổi làm việc\n",
        id="no-blank-line-after-first-line"),
    pytest.param(
        "\n\nSáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc\n",
        None,
        "\n\nSáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc\n",
        id="blank-first-line"),
]


@pytest.mark.parametrize(("content", "title", "raw_text"), TITLE_CASES)
def test_txt_title_rule(tmp_path, content, title, raw_text):
    path = tmp_path / "bai-viet.txt"
    path.write_bytes(content.encode("utf-8"))
    [article] = read(path)
    assert (article.title, article.raw_text) == (title, raw_text)


def test_seed_files_keep_their_text_undecorated():
    seed_text = SEED_WITH_TITLE.read_text(encoding="utf-8")
    [with_title] = read(SEED_WITH_TITLE)
    [without_title] = read(SEED_WITHOUT_TITLE)
    assert with_title.title == seed_text.split("\n", 1)[0]
    assert seed_text.endswith(with_title.raw_text) and with_title.raw_text.startswith("Lãnh đạo Ban Văn hóa")
    assert without_title.raw_text == SEED_WITHOUT_TITLE.read_text(encoding="utf-8")


def test_jsonl_records_keep_their_fields():
    expected = sample_jsonl()
    articles = {a.doc_id: a for a in read(SAMPLES / "articles.jsonl")}
    assert list(articles) == list(expected)
    for doc_id, record in expected.items():
        article = articles[doc_id]
        assert article.source_path == "articles.jsonl"
        assert article.raw_text == record["text"]
        assert (article.url, article.title, article.source, article.author) == (
            record["url"], record["title"], record["source"], record["author"])
    assert articles["rs-tnt-1"].published == date(2025, 5, 30)
    assert articles["baclieu-hothome-5"].published == date(2018, 6, 23)
    assert articles["bdnews-4"].published is None


def test_jsonl_doc_id_is_the_id_else_path_and_line(tmp_path):
    folder = tmp_path / "bac-lieu"
    folder.mkdir()
    text = "Đại hội Công đoàn tỉnh Bạc Liêu lần thứ X, nhiệm kỳ 2018 - 2023 đã bế mạc."
    lines = [json.dumps({"text": text}), "   ", json.dumps({"id": 42, "text": text}),
             json.dumps({"id": "", "text": text}), json.dumps({"id": None, "text": text}),
             json.dumps({"id": "baclieu-5", "text": text})]
    (folder / "tin.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [r.doc_id for r in read(tmp_path)] == [
        "bac-lieu/tin.jsonl#1", "42", "bac-lieu/tin.jsonl#4", "bac-lieu/tin.jsonl#5", "baclieu-5"]


def test_jsonl_gz_reads_like_jsonl(tmp_path):
    data = (SAMPLES / "articles.jsonl").read_bytes()
    (tmp_path / "articles.jsonl.gz").write_bytes(gzip.compress(data))
    plain, packed = read(SAMPLES / "articles.jsonl"), read(tmp_path / "articles.jsonl.gz")
    assert [(a.doc_id, a.raw_text) for a in packed] == [(a.doc_id, a.raw_text) for a in plain]


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-05-30", date(2025, 5, 30)),
    ("2025-06-26T15:42:56+07:00", date(2025, 6, 26)),
    ("2025-06-26T23:30:00Z", date(2025, 6, 26)),
    ("2018-06-23 08:00:00", date(2018, 6, 23)),
    ("30/05/2025", None),
    ("Thứ 4, 19/03/2025 | 20:17", None),
    ("2025-02-30", None),
    (20250530, None),
    ("", None),
])
def test_published_takes_iso_dates_only(value, expected):
    assert parse_published(value) == expected


def test_a_jsonl_html_field_reads_like_the_html_file(tmp_path):
    html = (SAMPLES / "html" / "bdnews-4.html").read_text(encoding="utf-8")
    record = {"id": "bdnews-4", "html": html, "title": "Chủ tịch UBND tỉnh tiếp công dân định kỳ",
              "published": "2025-04-18"}
    (tmp_path / "tin.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [from_jsonl] = read(tmp_path / "tin.jsonl")
    [from_file] = read(SAMPLES / "html" / "bdnews-4.html")
    assert from_jsonl.raw_text == from_file.raw_text
    assert (from_jsonl.title, from_jsonl.published) == (record["title"], date(2025, 4, 18))


@pytest.mark.parametrize("doc", ["bdnews-1", "bdnews-4"])
def test_html_body_has_the_jsonl_lines_and_an_img_line_per_image(doc):
    html_path = SAMPLES / "html" / f"{doc}.html"
    [article] = read(html_path)
    lines = article.raw_text.split("\n")
    assert [line for line in lines if line != "[img]"] == sample_jsonl()[doc]["text"].split("\n")
    assert lines.count("[img]") == html_path.read_text(encoding="utf-8").count("<img")
    captions = [lines[i + 1] for i, line in enumerate(lines) if line == "[img]"]
    assert all(f"<i>{caption}</i>" in html_path.read_text(encoding="utf-8") for caption in captions)


def test_warc_records_are_the_html_pages_with_their_url():
    warc = [a for a in read(SAMPLES / "warc" / "dev.warc.gz")]
    assert [(a.doc_id, a.url, a.title) for a in warc] == [
        (WARC_URL.format(doc=f"bdnews-{n}"),) * 2 + (f"bdnews-{n}",) for n in (1, 3, 4, 5)]
    assert all(a.published is None for a in warc)
    html_pages = {a.doc_id: a.raw_text for a in read(SAMPLES / "html")}
    assert warc[0].raw_text == html_pages["bdnews-1"]
    assert warc[2].raw_text == html_pages["bdnews-4"]


BODY = ("<p>Sáng 21/4, Giám đốc Sở Nội vụ Lê Minh Tuấn chủ trì buổi thông tin kết quả lấy ý kiến của cử tri "
        "đối với Đề án sáp nhập cấp tỉnh, cấp xã tỉnh Bình Định.</p>"
        "<p>Trước đó, UBND tỉnh đã ban hành Kế hoạch số 77/KH-UBND ngày 17/4/2025 về việc lấy ý kiến cử tri "
        "và trình thông qua HĐND các cấp, kỷ niệm 50 năm (30.4.1975 - 30.4.2025).</p>")


@pytest.mark.parametrize(("head", "body", "expected"), [
    ('<meta property="article:published_time" content="2025-04-21T10:15:00+07:00">', BODY, date(2025, 4, 21)),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"datePublished": "2025-04-22T08:00:00+07:00"}</script>', BODY, date(2025, 4, 22)),
    ("", '<time datetime="2025-04-23">23/4/2025</time>' + BODY, date(2025, 4, 23)),
    ("", BODY, None),
    ('<meta name="description" content="Ngày 17/4/2025 UBND tỉnh ban hành kế hoạch">', BODY, None),
])
def test_html_published_comes_from_date_markup_only(head, body, expected):
    page = extract_page(f"<html><head>{head}</head><body><article>{body}</article></body></html>")
    assert page.published == expected


@pytest.mark.parametrize(("markup", "expected_lines"), [
    pytest.param('<p>Sáng 31/3, Huyện ủy, HĐND, UBND huyện Tây Sơn tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng. '
                 '<img src="a.jpg"> Quang cảnh buổi lễ</p>',
                 ["Sáng 31/3, Huyện ủy, HĐND, UBND huyện Tây Sơn tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng.",
                  "[img]", "Quang cảnh buổi lễ"], id="image-inside-a-paragraph"),
    pytest.param('<p style="text-align:center"><img src="a.jpg"></p><p><em>Quang cảnh buổi lễ</em></p>',
                 ["[img]", "Quang cảnh buổi lễ"], id="image-paragraph-then-caption-paragraph"),
    pytest.param('<img src="a.jpg"><i>Quang cảnh buổi lễ</i>', ["[img]", "Quang cảnh buổi lễ"],
                 id="loose-image-and-caption"),
    pytest.param("<p>Dự lễ kỷ niệm có các đồng chí lãnh đạo tỉnh.\n\n"
                 "Tham dự lễ còn có đông đảo Nhân dân Tây Sơn.</p>",
                 ["Dự lễ kỷ niệm có các đồng chí lãnh đạo tỉnh.", "Tham dự lễ còn có đông đảo Nhân dân Tây Sơn."],
                 id="blank-line-inside-a-paragraph"),
])
def test_images_and_paragraphs_become_lines(markup, expected_lines):
    lead = ("<p>(binhdinh.gov.vn) - Sáng 31/3, Huyện ủy, HĐND, UBND, UBMTTQ Việt Nam huyện Tây Sơn long trọng "
            "tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng huyện (31/3/1975 – 31/3/2025).</p>")
    page = extract_page(f"<html><body><article>{lead}{markup}{lead.replace('31/3', '1/4')}</article></body></html>")
    lines = page.text.split("\n")
    assert lines[1:-1] == expected_lines


@pytest.mark.parametrize("source", ["html/bdnews-4.html", "warc/dev.warc.gz"])
def test_html_and_warc_copies_clean_to_the_jsonl_body(source):
    def body(article: Article) -> str:
        return " ".join(unicodedata.normalize("NFC", clean(article.raw_text, title=article.title).text).split())

    [page] = [a for a in read(SAMPLES / source) if a.doc_id.endswith("bdnews-4")]
    [jsonl] = [a for a in read(SAMPLES / "articles.jsonl") if a.doc_id == "bdnews-4"]
    assert body(page) == body(jsonl)


def test_each_image_of_a_body_fragment_keeps_its_line():
    lead = ("<p>Gần 9 giờ tối 4.4, đoàn tàu chở cán bộ, chiến sĩ vào TP Hồ Chí Minh chuẩn bị tham gia diễu binh, "
            "diễu hành đã đến Ga Diêu Trì.</p>")
    fragment = (f'{lead}<p><img src="1.jpg"></p><p><i>Quang cảnh buổi đón đoàn</i></p>{lead.replace("9", "10")}'
                f'<p><img src="2.jpg"></p><p><i>Đoàn tàu tại Ga Diêu Trì</i></p>{lead.replace("9", "11")}')
    lines = extract_page(fragment).text.split("\n")
    assert lines[1:3] == ["[img]", "Quang cảnh buổi đón đoàn"]
    assert lines[4:6] == ["[img]", "Đoàn tàu tại Ga Diêu Trì"]


XHTML_PAGE = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
    "<title>Gặp mặt, trao quyết định nghỉ hưu cho Phó Giám đốc Sở Xây dựng Võ Hữu Thiện</title>"
    '<meta name="pubdate" content="2025-03-31"/>'
    '<meta property="og:site_name" content="Cổng TTĐT tỉnh Bình Định"/>'
    '<meta name="author" content="Kim Loan"/></head><body><article>'
    "<p>(binhdinh.gov.vn) - Chiều 31/3, UBND tỉnh tổ chức gặp mặt, trao quyết định nghỉ hưu cho đồng chí "
    "Võ Hữu Thiện - Phó Giám đốc Sở Xây dựng.</p>"
    "<p>Phó Chủ tịch UBND tỉnh Nguyễn Tự Công Hoàng đã trao Quyết định nghỉ hưu trước tuổi cho đồng chí "
    "Võ Hữu Thiện, kể từ ngày 01/4/2025, theo quy định tại Nghị định số 178/2024/NĐ-CP ngày 31/12/2024.</p>"
    "</article></body></html>")


def test_an_xhtml_page_gives_its_metadata(tmp_path):
    path = tmp_path / "tin.xhtml.html"
    path.write_bytes(XHTML_PAGE.encode("utf-8"))
    [article] = read(path)
    assert (article.title, article.source, article.author, article.published) == (
        "Gặp mặt, trao quyết định nghỉ hưu cho Phó Giám đốc Sở Xây dựng Võ Hữu Thiện",
        "Cổng TTĐT tỉnh Bình Định", "Kim Loan", date(2025, 3, 31))
    assert article.raw_text.split("\n")[0].startswith("(binhdinh.gov.vn) - Chiều 31/3, UBND tỉnh")


def test_a_warc_payload_is_decoded_by_its_http_charset(tmp_path):
    lead = "Sáng 21/4, Giám đốc Sở Nội vụ Lê Minh Tuấn chủ trì buổi thông tin kết quả lấy ý kiến của cử tri."
    more = "Theo thống kê, toàn tỉnh có 435.295 cử tri được lấy ý kiến."
    payload = f"<html><body><article><p>{lead}</p><p>{more}</p></article></body></html>".encode("utf-16-le")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-16LE")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://binhdinh.gov.vn/tin-utf16", "response",
                                                  payload=io.BytesIO(payload), http_headers=headers))
    (tmp_path / "thu-thap.warc").write_bytes(buffer.getvalue())
    [article] = read(tmp_path / "thu-thap.warc")
    assert article.raw_text == f"{lead}\n{more}"
