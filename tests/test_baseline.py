"""underthesea's CRF `ner` as the baseline `govnews eval` prints beside our scores."""
import json
from pathlib import Path

import pytest

from extraction.scoring import KINDS, score, value_sets
from pipelines.baseline import MAX_SENTENCE_CHARS, bounded_sentences, entity_spans, underthesea_entities

GOLD_PATH = Path(__file__).resolve().parents[1] / "corpora" / "gold" / "dev.jsonl"

SEED_SENTENCES = [
    ("Đồng chí Hoàng Quốc Hương, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế tỉnh Lào Cai "
     "phát biểu tại buổi làm việc", "Hoàng Quốc Hương"),
    ("Đồng chí Lê Thị Hồng Vân, Tỉnh ủy viên, Bí thư Đảng bộ - Giám đốc Sở Y tế tỉnh Yên Bái "
     "phát biểu tại buổi làm việc", "Lê Thị Hồng Vân"),
]


@pytest.mark.parametrize("sentence, name", SEED_SENTENCES)
def test_finds_a_person_in_a_seed_sentence(sentence, name):
    record = underthesea_entities(sentence)
    assert name in record["officials"]
    assert value_sets(record)["officials"] >= {name.casefold()}


def test_record_is_in_the_gold_format():
    record = underthesea_entities("\n\n".join(sentence for sentence, _ in SEED_SENTENCES))
    assert set(record) == {"officials", "positions", "agencies", "dates", "legal_refs"}
    assert record["officials"] == ["Hoàng Quốc Hương", "Lê Thị Hồng Vân"]
    assert all(agency["canonical"] == agency["text"] for agency in record["agencies"])
    assert record["positions"] == record["dates"] == record["legal_refs"] == []


@pytest.mark.parametrize("tagged, expected", [
    ([("Đồng chí", "N", "B-NP", "O"), ("Lê Văn", "Np", "B-NP", "B-PER"), ("Hoạt", "Np", "B-NP", "I-PER"),
      (",", "CH", "O", "O")],
     [("PER", "Lê Văn Hoạt")]),
    ([("Sở", "N", "B-NP", "B-ORG"), ("Y tế", "N", "B-NP", "I-ORG"), ("Lào Cai", "Np", "B-NP", "B-LOC")],
     [("ORG", "Sở Y tế"), ("LOC", "Lào Cai")]),
    ([("Hoàng Quốc Hương", "Np", "B-NP", "I-PER"), ("và", "C", "O", "O"),
      ("Lê Thị Hồng Vân", "Np", "B-NP", "B-PER")],
     [("PER", "Hoàng Quốc Hương"), ("PER", "Lê Thị Hồng Vân")]),
    ([("Hương", "Np", "B-NP", "B-PER"), ("Vân", "Np", "B-NP", "B-PER")],
     [("PER", "Hương"), ("PER", "Vân")]),
    ([("Bộ", "N", "B-NP", "B-ORG"), ("Y tế", "N", "B-NP", "I-PER")],
     [("ORG", "Bộ"), ("PER", "Y tế")]),
    ([("Sáng", "N", "B-NP", "O"), ("nay", "P", "B-NP", "O")], []),
])
def test_entity_spans_merge_b_and_i_tags(tagged, expected):
    assert entity_spans(tagged) == expected


def test_sentences_are_split_at_lines_and_bounded():
    line = ("Giữa hai bên cũng sẽ cử các cán bộ tham dự các cuộc họp, hội thảo, tập huấn, khảo sát, "
            "học tập kinh nghiệm, các đoàn công tác có nội dung liên quan đến hoạt động của từng cơ quan")
    long_sentence = ", ".join([line] * 8) + "."
    text = f"Quang cảnh buổi làm việc\n\nNgày 11-3, hai đơn vị ký kết. {long_sentence}\n"
    sentences = list(bounded_sentences(text))
    assert sentences[:2] == ["Quang cảnh buổi làm việc", "Ngày 11-3, hai đơn vị ký kết."]
    assert len(sentences) > 3
    assert all(len(sentence) <= MAX_SENTENCE_CHARS for sentence in sentences)
    assert " ".join(sentences[2:]).split() == long_sentence.split()


def test_baseline_over_the_gold_is_a_weak_reference():
    with open(GOLD_PATH, encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle if line.strip()]
    predicted = {record["doc_id"]: underthesea_entities(record["text"]) for record in gold}
    report = score(gold, predicted)
    officials, agencies = report.per_kind["officials"], report.per_kind["agencies"]
    assert officials.recall > 0.3 and officials.f1 < 0.9
    assert agencies.f1 < 0.9
    for kind in KINDS:
        if kind not in ("officials", "agencies"):
            assert report.per_kind[kind].tp == report.per_kind[kind].fp == 0, kind
    assert report.restructuring_accuracy is None
