"""Exact and near-duplicate detection: signatures, canonical choice, the dev pairs."""
import json
import pickle
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from extraction.cleaning import clean
from pipelines.stages.clean import content_hash
from pipelines.stages.dedup import (EMPTY_HASH, NEAR_THRESHOLD, NUM_PERM, SCHEME, SEED,
                                    Candidate, Duplicate, NearDuplicateIndex, StoredCanonical,
                                    find_duplicates, shingles, signature, similarity)

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "corpora" / "gold" / "dev.jsonl"
DEV_PAIRS = Path(__file__).resolve().parent / "data" / "dev_pairs.jsonl"

PAIR_KINDS = {"exact_body": "exact", "near": "near"}
"""The kind `find_duplicates` gives each kind of pair of dev/pairs.jsonl."""


@lru_cache(maxsize=None)
def gold_texts() -> dict[str, str]:
    with open(GOLD, encoding="utf-8") as lines:
        return {record["doc_id"]: record["text"] for record in map(json.loads, lines)}


@lru_cache(maxsize=None)
def body(doc_id: str) -> str:
    """The clean body of a gold article."""
    return clean(gold_texts()[doc_id]).text


def without_closing_paragraph(text: str) -> str:
    return "\n".join(text.split("\n")[:-1])


def candidate(article_id: str, text: str, published: date | None = None) -> Candidate:
    return Candidate(article_id, published, content_hash(text), signature(text))


def stored(article_id: str, text: str) -> StoredCanonical:
    return StoredCanonical(article_id, content_hash(text), signature(text))


def links(duplicates: list[Duplicate]) -> dict[str, str]:
    return {duplicate.article_id: duplicate.duplicate_of for duplicate in duplicates}


@pytest.mark.parametrize("text", [
    "Sáng 21/4, Giám đốc Sở Nội vụ Lê Minh Tuấn chủ trì buổi thông tin kết quả lấy ý kiến của cử tri.",
    "Quang cảnh Hội nghị",
    "Đại hội Công đoàn tỉnh Bạc Liêu lần thứ X, nhiệm kỳ 2018 - 2023 được diễn ra trong 2 ngày 21 và 22/6/2018.",
])
def test_signature_is_datasketch_affine32_minhash_of_the_shingles(text):
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
    reference.update_batch(shingles(text).tolist())
    assert signature(text).dtype == np.uint32
    assert np.array_equal(signature(text), reference.hashvalues)


@pytest.mark.parametrize("first, second, same", [
    ("Đồng chí Lê Minh Khái, Bí thư Tỉnh ủy đã chủ trì cuộc họp.",
     "ĐỒNG CHÍ Lê Minh  Khái,\nBí thư Tỉnh uỷ đã chủ trì cuộc họp", True),
    ("sáp nhập tỉnh Gia Lai và tỉnh Bình Định thành 01 tỉnh mới có tên gọi là tỉnh Gia Lai",
     "sáp nhập tỉnh Gia Lai và tỉnh Bình Định thành 01 tỉnh mới có tên gọi là “tỉnh Gia Lai”", True),
    ("Ban Văn hóa - Xã hội HĐND Thành phố làm việc với Sở Y tế",
     "Ban Văn hoá – Xã hội HĐND thành phố làm việc với Sở Y tế", True),
    ("Giám đốc Sở Lao động - Thương binh và Xã hội Trần Hồng Chiến chủ trì Hội nghị",
     "Giám đốc Sở Nông nghiệp và Phát triển nông thôn Lương Ngọc Lân chủ trì Hội nghị", False),
    ("thương binh 1/4, 2/4 có mức sống trung bình gặp khó khăn",
     "thương binh 1/4, 2/4 có mức sống trung bình gặp khó khăn má", False),
])
def test_signature_ignores_case_spacing_punctuation_and_tone_placement(first, second, same):
    assert np.array_equal(signature(first), signature(second)) is same


@pytest.mark.parametrize("text, count", [
    ("Quang cảnh Hội nghị", 1),
    ("Ngày 14/6, Sở Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị", 11),  # 15 words
    ("Ảnh: ...", 1),
    ("", 0),
])
def test_shingles_are_runs_of_five_words_or_the_whole_short_text(text, count):
    assert len(shingles(text)) == count


def test_a_text_without_words_has_the_empty_signature():
    assert (signature(" – … ") == EMPTY_HASH).all()


@pytest.mark.parametrize("doc_id", ["baclieu-hothome-1", "bdnews-txt2", "rs-tnt-14"])
def test_exact_copy_with_other_whitespace_and_case_is_exact(doc_id):
    original = body(doc_id)
    copy = original.replace(" ", "  ").replace("\n", "\n\n").upper()
    found = find_duplicates([candidate("copy", copy, date(2025, 5, 2)),
                             candidate("original", original, date(2025, 5, 1))], [])
    assert found == [Duplicate("copy", "original", "exact", 1.0)]


@pytest.mark.parametrize("doc_id", ["baclieu-hothome-12", "bdnews-txt9", "002_8c7c8f00c326da46"])
def test_copy_without_closing_paragraph_is_near(doc_id):
    original = body(doc_id)
    found = find_duplicates([candidate("original", original, date(2025, 4, 1)),
                             candidate("copy", without_closing_paragraph(original), date(2025, 4, 2))],
                            [])
    assert [(duplicate.article_id, duplicate.duplicate_of, duplicate.kind)
            for duplicate in found] == [("copy", "original", "near")]
    assert NEAR_THRESHOLD <= found[0].similarity < 1.0


@pytest.mark.parametrize("first, second", [
    ("baclieu-hothome-1", "baclieu-hothome-13"),  # two departments' mid-year reviews, June 2018
    ("bdnews-txt2", "bdnews-txt12"),  # Bình Định and the 2025 merger
    ("rs-tnt-14", "rs-tnt-1"),  # reorganizing administrative units, 2025
])
def test_different_articles_on_the_same_topic_are_not_duplicates(first, second):
    assert similarity(signature(body(first)), signature(body(second))) < NEAR_THRESHOLD / 2
    assert find_duplicates([candidate(first, body(first)), candidate(second, body(second))], []) == []


def mixed_run() -> list[Candidate]:
    """Two articles with exact and near copies, and an unrelated one, dated and undated."""
    first, second = body("baclieu-hothome-12"), body("bdnews-txt9")
    return [
        candidate("a0-original", first, date(2016, 6, 9)),
        candidate("a1-exact", first.upper(), date(2016, 6, 10)),
        candidate("a2-near", without_closing_paragraph(first), date(2016, 6, 9)),
        candidate("b1-near", without_closing_paragraph(second), None),
        candidate("b0-original", second, None),
        candidate("c0-unrelated", body("baclieu-hothome-5"), date(2018, 6, 23)),
    ]


EXPECTED_MIXED_RUN = {"a1-exact": "a0-original", "a2-near": "a0-original", "b1-near": "b0-original"}


@pytest.mark.parametrize("order", [
    lambda run: run,
    lambda run: run[::-1],
    lambda run: run[3:] + run[:3],
    lambda run: run[1::2] + run[::2],
])
def test_input_order_does_not_change_duplicate_of(order):
    assert links(find_duplicates(order(mixed_run()), [])) == EXPECTED_MIXED_RUN


@pytest.mark.parametrize("copy_of", [lambda text: text, without_closing_paragraph])
@pytest.mark.parametrize("first, second, canonical", [
    (("b", date(2018, 6, 27)), ("a", date(2018, 6, 28)), "b"),  # earlier published wins
    (("b", date(2018, 6, 28)), ("a", date(2018, 6, 28)), "a"),  # same day: smaller id
    (("a", None), ("b", date(2018, 6, 28)), "b"),  # dated before undated
    (("b", None), ("a", None), "a"),
])
def test_canonical_is_earliest_published_then_smallest_id(copy_of, first, second, canonical):
    text = body("baclieu-hothome-13")
    run = [candidate(first[0], text, first[1]), candidate(second[0], copy_of(text), second[1])]
    duplicate = {"a": "b", "b": "a"}[canonical]
    assert links(find_duplicates(run, [])) == {duplicate: canonical}


@pytest.mark.parametrize("copy_of, kind", [(str.upper, "exact"), (without_closing_paragraph, "near")])
def test_stored_canonical_stays_canonical_against_an_earlier_published_copy(copy_of, kind):
    text = body("bdnews-txt68")
    found = find_duplicates([candidate("new", copy_of(text), date(2000, 1, 1))],
                            [stored("in-store", text)])
    assert [(duplicate.duplicate_of, duplicate.kind) for duplicate in found] == [("in-store", kind)]


def test_duplicate_of_always_names_a_canonical():
    text = body("cpvn-08a69d59ac22cbb1")
    shorter = without_closing_paragraph(text)
    shortest = without_closing_paragraph(without_closing_paragraph(shorter))
    assert similarity(signature(shortest), signature(shorter)) \
        > similarity(signature(shortest), signature(text))
    run = [
        candidate("1-full", text, date(2025, 6, 26)),
        candidate("2-shorter", shorter, date(2025, 6, 27)),
        candidate("3-shorter-recased", shorter.upper(), date(2025, 6, 28)),
        candidate("4-shortest", shortest, date(2025, 6, 29)),
    ]
    found = find_duplicates(run, [])
    assert {duplicate.article_id: (duplicate.duplicate_of, duplicate.kind) for duplicate in found} == {
        "2-shorter": ("1-full", "near"),
        "3-shorter-recased": ("1-full", "exact"),  # an exact copy of a duplicate
        "4-shortest": ("1-full", "near"),  # closest to a duplicate, linked to its canonical
    }


def test_chain_across_runs_points_at_the_stored_canonical():
    text = body("bdnews-txt9")
    near_copy = without_closing_paragraph(text)
    found = find_duplicates([candidate("near", near_copy, date(2025, 3, 31)),
                             candidate("exact-of-near", near_copy.lower(), date(2025, 4, 1))],
                            [stored("in-store", text)])
    assert links(found) == {"near": "in-store", "exact-of-near": "in-store"}


def test_a_superseded_stored_version_is_not_its_own_duplicate():
    text = body("baclieu-hothome-9")
    found = find_duplicates([candidate("same-record", without_closing_paragraph(text))],
                            [stored("same-record", text)])
    assert found == []


def test_stored_signature_read_back_as_a_list():
    text = body("bdnews-4")
    from_store = StoredCanonical("in-store", content_hash(text), signature(text).tolist())
    found = find_duplicates([candidate("new", without_closing_paragraph(text))], [from_store])
    assert links(found) == {"new": "in-store"}


@pytest.mark.parametrize("threshold", [0.0, -0.5, 1.5])
def test_threshold_out_of_range_is_refused(threshold):
    with pytest.raises(ValueError):
        find_duplicates([], [], threshold=threshold)


def test_repeated_candidate_ids_are_refused():
    text = body("bdnews-txt15")
    with pytest.raises(ValueError):
        find_duplicates([candidate("same", text), candidate("same", text.upper())], [])


def test_index_and_records_pickle():
    text = body("bdnews-txt61")
    index = NearDuplicateIndex()
    index.add("original", signature(text))
    restored = pickle.loads(pickle.dumps(index))
    query = signature(without_closing_paragraph(text))
    assert restored.closest(query) == index.closest(query)
    assert restored.closest(query)[0] == "original"
    record = candidate("original", text, date(2025, 4, 1))
    assert pickle.loads(pickle.dumps(record)) == record


def read_dev_pairs() -> list[dict]:
    with open(DEV_PAIRS, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def dev_candidate(record: dict) -> Candidate:
    published = date.fromisoformat(record["published"]) if record["published"] else None
    return candidate(record["id"], clean(record["text"], title=record["title"]).text, published)


def test_every_dev_pair_is_linked_and_nothing_else():
    pairs = read_dev_pairs()
    run = [dev_candidate(pair[side]) for pair in pairs for side in ("a", "b")]
    found = {duplicate.article_id: duplicate for duplicate in find_duplicates(run, [])}
    expected = {pair["b"]["id"]: (pair["a"]["id"], PAIR_KINDS[pair["kind"]]) for pair in pairs}
    assert {key: (duplicate.duplicate_of, duplicate.kind) for key, duplicate in found.items()} \
        == expected
    assert min(duplicate.similarity for duplicate in found.values()) >= NEAR_THRESHOLD
