"""`govnews show`: the article's text with every extracted row highlighted at its offsets,
the restructuring evidence marked, and the rows listed below."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extraction.components.restructuring import Evidence, Verdict
from pipelines.config import RunConfig
from pipelines.run import run
from pipelines.show import (EVIDENCE_AGAINST_LABEL, EVIDENCE_FOR, SPAN_KINDS, Mark, UnknownArticle,
                            evidence_marks, label_colors, render_article_html, render_spans,
                            rows_table_html)
from pipelines.store.writer import read_table

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
SEED_002 = "002_8c7c8f00c326da46"
BACKGROUND = re.compile(r"background:\s*(#[0-9a-fA-F]+)")


class HighlightParser(HTMLParser):
    """Reads displaCy span markup back: the page's text, and the (label, text) of each span.

    A highlighted token is an inline-block <span>: its own text comes first, then one
    coloured bar per span over it; a span's first token also holds its label chip."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self.tokens: list[dict] = []
        self._depth = 0
        self._token_depth = 0
        self._in_chip = False

    def handle_starttag(self, tag, attrs):
        style = dict(attrs).get("style") or ""
        if tag == "span":
            self._depth += 1
            if "display: inline-block" in style and not self._token_depth:
                self._token_depth = self._depth
                self.tokens.append({"text": "", "colors": [], "starts": [], "piece": len(self.pieces)})
                self.pieces.append("")
            elif self._token_depth:
                if "z-index" in style:
                    self._in_chip = True
                elif color := BACKGROUND.search(style):
                    self.tokens[-1]["colors"].append(color.group(1))

    def handle_endtag(self, tag):
        if tag != "span":
            return
        if self._in_chip:
            self._in_chip = False
        if self._depth == self._token_depth:
            self._token_depth = 0
        self._depth -= 1

    def handle_data(self, data):
        if self._in_chip:
            self.tokens[-1]["starts"].append(data.strip())
        elif self._token_depth and self._depth == self._token_depth and not self.tokens[-1]["colors"]:
            written = data.rstrip(" \n")  # the template's line breaks, collapsed away by a browser
            self.tokens[-1]["text"] += written
            self.pieces[self.tokens[-1]["piece"]] += written
        elif not self._token_depth:
            self.pieces.append(data)

    def text(self) -> str:
        return collapse("".join(self.pieces))

    def highlighted(self) -> set[tuple[str, str]]:
        """(label, text) of every span: from its label chip through the following tokens that
        carry one more bar of its colour than they have chips of its label."""
        colors = label_colors()
        found = set()
        for index, token in enumerate(self.tokens):
            for label in token["starts"]:
                words = [token["text"]]
                for previous, following in zip(self.tokens[index:], self.tokens[index + 1:]):
                    continued = following["colors"].count(colors[label]) > following["starts"].count(label)
                    if not continued or following["piece"] != previous["piece"] + 1:
                        break
                    words.append(following["text"])
                found.add((label, collapse("".join(words))))
        return found


def collapse(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def parse(markup: str) -> HighlightParser:
    parser = HighlightParser()
    parser.feed(markup)
    return parser


def marks_of(text: str, *spans: tuple[str, str]) -> list[Mark]:
    marks = []
    for surface, label in spans:
        start = text.index(surface)
        marks.append(Mark(start, start + len(surface), label))
    return marks


LABELLED_SENTENCES = [
    ("Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc giữa Sở Y tế tỉnh Lào Cai "
     "và Sở Y tế tỉnh Yên Bái.",
     [("Sáng ngày 13/4", "DATE"), ("Sở Y tế tỉnh Lào Cai", "AGENCY"), ("Sở Y tế tỉnh Yên Bái", "AGENCY")]),
    ("Đại diện ngành Y tế Lào Cai có đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - "
     "Giám đốc Sở Y tế; các đồng chí trong Ban giám đốc.",
     [("Hoàng Quốc Hương", "OFFICIAL"), ("Tỉnh ủy viên", "TITLE"), ("Bí thư Đảng bộ", "TITLE"),
      ("Giám đốc Sở Y tế", "TITLE"), ("Sở Y tế", "AGENCY")]),
    ("Trên tinh thần triển khai hiệu quả Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về "
     "tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn.",
     [("Nghị quyết số 18-NQ/TW", "LEGAL_REF"), ("Ban Chấp hành Trung ương", "AGENCY"),
      ("Trên tinh thần triển khai hiệu quả Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về "
       "tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn.", "RESTRUCTURING")]),
    ("Thực hiện Nghị định 30/2020/NĐ-CP, UBND tỉnh Bình Định (Sở Nội vụ) đã trình phương án.",
     [("Nghị định 30/2020/NĐ-CP", "LEGAL_REF"), ("UBND tỉnh Bình Định", "AGENCY"), ("Sở Nội vụ", "AGENCY")]),
]


@pytest.mark.parametrize("sentence, spans", LABELLED_SENTENCES)
def test_each_mark_is_highlighted_with_its_label(sentence, spans):
    page = parse(render_spans(sentence, marks_of(sentence, *spans)))
    assert page.highlighted() == {(label, surface) for surface, label in spans}


@pytest.mark.parametrize("sentence, spans", LABELLED_SENTENCES[:3])
def test_the_text_reads_as_written(sentence, spans):
    page = parse(render_spans(sentence, marks_of(sentence, *spans)))
    assert page.text() == sentence


def test_an_opening_bracket_before_a_span_is_set_apart():
    """displaCy writes a space after every plain token, so "(" before a span gets one."""
    sentence, spans = LABELLED_SENTENCES[3]
    page = parse(render_spans(sentence, marks_of(sentence, *spans)))
    assert "Bình Định ( Sở Nội vụ) đã trình" in page.text()


def test_each_paragraph_is_its_own_block():
    text = ("Chiều 31/3, UBND tỉnh tổ chức gặp mặt.\n\n"
            "Đồng chí Phạm Anh Tuấn, Chủ tịch UBND tỉnh phát biểu.")
    markup = render_spans(text, marks_of(text, ("Chiều 31/3", "DATE"), ("Phạm Anh Tuấn", "OFFICIAL")))
    assert markup.count('class="spans"') == 2
    assert parse(markup).highlighted() == {("DATE", "Chiều 31/3"), ("OFFICIAL", "Phạm Anh Tuấn")}


def test_marks_outside_the_text_are_left_out():
    text = "Sở Y tế tỉnh Lào Cai họp."
    page = parse(render_spans(text, [Mark(0, 20, "AGENCY"), Mark(20, 90, "DATE"), Mark(5, 5, "DATE")]))
    assert page.highlighted() == {("AGENCY", "Sở Y tế tỉnh Lào Cai")}


MERGER = "Buổi làm việc nhằm trao đổi các nội dung liên quan đến xây dựng Đề án hợp nhất giữa hai Sở Y tế."
AFTER_MERGER = "Bảng giá đất sau sáp nhập được áp dụng từ tháng 7."


@pytest.mark.parametrize("text, title, evidence, expected", [
    ("Sáng ngày 13/4, hai Sở họp. " + MERGER, None,
     [Evidence(MERGER, ("merger",), 10.0)], [(MERGER, EVIDENCE_FOR.label)]),
    (MERGER + "\n" + AFTER_MERGER, None,
     [Evidence(MERGER, ("merger",), 5.0), Evidence(AFTER_MERGER, ("land_price",), -3.0)],
     [(MERGER, EVIDENCE_FOR.label), (AFTER_MERGER, EVIDENCE_AGAINST_LABEL)]),
    (MERGER, "Hợp nhất Sở Y tế hai tỉnh",
     [Evidence("Hợp nhất Sở Y tế hai tỉnh", ("merger",), 10.0), Evidence(MERGER, ("merger",), 10.0)],
     [(MERGER, EVIDENCE_FOR.label)]),
])
def test_evidence_sentences_are_marked_where_they_stand(text, title, evidence, expected):
    marks = evidence_marks(text, Verdict(True, sum(e.score for e in evidence), tuple(evidence)))
    assert [(text[m.start:m.end], m.label) for m in marks] == expected


def test_rows_table_escapes_the_text():
    agencies = next(kind for kind in SPAN_KINDS if kind.table == "agencies")
    table = rows_table_html(agencies, [{"start": 0, "end": 9, "sentence_index": 0,
                                        "text": "Sở <Nội vụ>", "canonical": None, "kind": "state"}])
    assert "Sở &lt;Nội vụ&gt;" in table and "<Nội" not in table
    assert "Agencies (1)" in table


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("show-store")
    run(RunConfig(inputs=(SAMPLES,), store=store))
    return store


def test_seed_002_shows_its_officials_titles_agencies_date_and_resolution(sample_store):
    page = parse(render_article_html(sample_store, SEED_002))
    assert {("OFFICIAL", "Hoàng Quốc Hương"), ("OFFICIAL", "Lê Thị Hồng Vân"),
            ("TITLE", "Giám đốc Sở Y tế"), ("AGENCY", "Sở Y tế tỉnh Lào Cai"),
            ("AGENCY", "Sở Y tế tỉnh Yên Bái"), ("DATE", "Sáng ngày 13/4"),
            ("LEGAL_REF", "Nghị quyết số 18-NQ/TW")} <= page.highlighted()
    assert any(label == EVIDENCE_FOR.label for label, _ in page.highlighted())


def test_every_stored_row_is_highlighted_and_listed(sample_store):
    articles = read_table(sample_store, "articles").to_pylist()
    for article in articles:
        html = render_article_html(sample_store, article["article_id"])
        highlighted = parse(html).highlighted()
        for kind in SPAN_KINDS:
            rows = [r for r in read_table(sample_store, kind.table).to_pylist()
                    if r["article_id"] == article["article_id"]]
            assert f"{kind.heading} ({len(rows)})" in html
            for row in rows:
                surface = collapse(article["text"][row["start"]:row["end"]])
                assert (kind.label, surface) in highlighted, (article["doc_id"], kind.label, surface)


def test_unknown_article_is_refused(sample_store):
    with pytest.raises(UnknownArticle, match="no article 'không-có'"):
        render_article_html(sample_store, "không-có")


def test_a_doc_id_naming_two_articles_asks_for_an_article_id(tmp_path):
    record = {"id": "so-y-te", "title": "Hợp nhất <Sở Y tế>",
              "text": "Sáng ngày 13/4, tại Sở Y tế tỉnh Lào Cai đã diễn ra buổi làm việc giữa "
                      "Sở Y tế tỉnh Lào Cai và Sở Y tế tỉnh Yên Bái."}
    for portal in ("laocai", "yenbai"):
        (tmp_path / "in" / portal).mkdir(parents=True)
        (tmp_path / "in" / portal / "news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                                             encoding="utf-8")
    store = tmp_path / "store"
    run(RunConfig(inputs=(tmp_path / "in",), store=store))
    ids = sorted(read_table(store, "articles").column("article_id").to_pylist())
    with pytest.raises(UnknownArticle, match="names 2 articles"):
        render_article_html(store, "so-y-te")
    page = render_article_html(store, ids[0])
    assert "<title>Hợp nhất &lt;Sở Y tế&gt;</title>" in page
