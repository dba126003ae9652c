"""The tokenizer keeps doc.text == text exactly, and segments Vietnamese words."""
import unicodedata

import pytest

from extraction.nlp import blank_vietnamese
from extraction.tokenizer import MAX_SENTENCE_CHARS, collapse_whitespace

SEED_SENTENCE = ("Đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc "
                 "Sở Y tế tỉnh Lào Cai phát biểu tại buổi làm việc.")

AWKWARD = [
    "",
    " ",
    "\n\n\n",
    "Sở   Y  tế    tỉnh Lào Cai",
    "\tNghị quyết\tsố 18-NQ/TW\t",
    "Lào\nCai",
    "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố ký kết.\n\n\nHÀ QUỐC",
    "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương",
    "Nghị định 30/2020/NĐ-CP; Quyết định 1281/QĐ-UBND",
    "Sáng ngày 13/4, quý I/2025 và giai đoạn 2023-2030",
    "TP.HCM, TP. Hồ Chí Minh và Thừa Thiên-Huế",
    "“Nâng cao năng lực, hiệu lực” và \"trích dẫn\" và «ngoặc»",
    "Chúc mừng năm mới 🎉🇻🇳 từ Lào Cai 😀",
    "Sở Y tế.Đại diện ngành Y tế Lào Cai",
    "Uỷ ban Thường vụ Quốc hội và Ủy ban nhân dân tỉnh",
    "   leading and trailing   ",
    "a\r\nb",
    "Số liệu: 16,97% kế hoạch; 4.226 trụ sở; 38.182 người…",
    "Ông Y Thanh Hà Niê Kđăm và bà Nay Phi La",
    "(binhdinh.gov.vn) - [img] **Tiêu đề** | cột | cột |",
    "https://xaydungchinhsach.chinhphu.vn/abc-123.htm?x=1&y=2",
    "Dòng một.\nDòng hai!\nDòng ba?  \n  Dòng bốn",
    "x" * 3000,
    SEED_SENTENCE,
]


@pytest.fixture(scope="module")
def nlp():
    return blank_vietnamese()


@pytest.mark.parametrize("text", AWKWARD)
def test_doc_text_is_input_text(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_decomposed_diacritics_after_normalization(nlp):
    decomposed = unicodedata.normalize("NFD", SEED_SENTENCE)
    text = unicodedata.normalize("NFC", decomposed)
    doc = nlp(text)
    assert doc.text == text == SEED_SENTENCE


def test_long_text_kept_exactly(nlp):
    paragraph = (SEED_SENTENCE + " Buổi làm việc nhằm trao đổi các nội dung trọng tâm "
                 "liên quan đến xây dựng Đề án hợp nhất giữa hai Sở Y tế.\n")
    text = paragraph * (100_000 // len(paragraph) + 1)
    assert len(text) > 100_000
    doc = nlp(text)
    assert doc.text == text
    assert len(list(doc.sents)) >= 2 * text.count("\n")


def test_words_are_multi_syllable_units(nlp):
    words = [t.text for t in nlp(SEED_SENTENCE) if not t.is_space]
    assert "Hoàng Quốc Hương" in words
    assert "Giám đốc" in words
    assert "Lào Cai" in words


def test_sentences_never_cross_a_line(nlp):
    doc = nlp("Quang cảnh buổi làm việc\nCác đại biểu chụp ảnh lưu niệm")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Quang cảnh buổi làm việc", "Các đại biểu chụp ảnh lưu niệm"]


def test_long_sentence_is_bounded(nlp):
    text = " ".join(["cán bộ"] * 2000)
    doc = nlp(text)
    assert doc.text == text
    assert max(len(s.text) for s in doc.sents) <= MAX_SENTENCE_CHARS


def test_word_with_newline_inside_collapses_for_tables():
    assert collapse_whitespace("Lào \n Cai") == "Lào Cai"
