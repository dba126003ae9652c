"""End-to-end runs on the repo's samples: accounting, cleaning, idempotence,
superseding, duplicates and rejects through the whole pipeline."""
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipelines.config import RunConfig
from pipelines.run import AccountingError, run
from pipelines.store.writer import read_table

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"


def rows(store: Path, table: str) -> list[dict]:
    return read_table(store, table).to_pylist()


def articles_by_doc(store: Path) -> dict[str, dict]:
    return {row["doc_id"]: row for row in rows(store, "articles")}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> tuple[Path, object]:
    store = tmp_path_factory.mktemp("store")
    summary = run(RunConfig(inputs=(SAMPLES,), store=store))
    return store, summary


def test_every_sample_record_is_accounted_for(sample_store):
    store, summary = sample_store
    assert summary.accounting_holds
    assert summary.counters["read"] == 14
    assert summary.counters["written"] == len(rows(store, "articles")) == 14
    assert rows(store, "runs")[0]["articles_added"] == 14


def test_seed_002_keeps_each_body_sentence_once(sample_store):
    text = articles_by_doc(sample_store[0])["002_8c7c8f00c326da46"]["text"]
    for gone in ("lượt xem", "Nguồn:", "Quang cảnh buổi làm việc", "Các đại biểu chụp ảnh lưu niệm",
                 "CTTĐT", "Cổng thông tin điện tử tỉnh -", "Sở Y tế.Đại diện"):
        assert gone not in text
    for sentence in ("Buổi làm việc nhằm trao đổi các nội dung trọng tâm liên quan đến xây dựng "
                     "Đề án hợp nhất giữa hai Sở Y tế.",
                     "Các đại biểu cũng đóng góp về tổ chức bộ máy bên trong từng đơn vị"):
        assert text.count(sentence) == 1


def test_seed_000_byline_becomes_author(sample_store):
    article = articles_by_doc(sample_store[0])["000_04ba54641e97a74d"]
    assert article["author"] == "HÀ QUỐC"
    assert article["title"] == "Ban Văn hóa Xã hội: Nâng cao mối quan hệ phối hợp công tác với Sở Y tế"
    for gone in ("Lượt xem", "Bình luận", "Xem nhiều nhất", "HÀ QUỐC"):
        assert gone not in article["text"]
    assert "Ngày 11-3, Ban Văn hóa - Xã hội HĐND Thành phố và Sở Y tế Hà Nội" in article["text"]


def test_sentences_index_the_article_text(sample_store):
    store = sample_store[0]
    texts = {a["article_id"]: a["text"] for a in rows(store, "articles")}
    for sentence in rows(store, "sentences"):
        assert texts[sentence["article_id"]][sentence["start"]:sentence["end"]] == sentence["text"]
        assert len(sentence["tokens"]) == len(sentence["pos"]) > 0


def test_html_and_warc_copies_have_the_jsonl_body(sample_store):
    by_doc = articles_by_doc(sample_store[0])
    jsonl = by_doc["bdnews-4"]["text"]
    assert by_doc["html/bdnews-4"]["text"] == jsonl
    assert by_doc["https://binhdinh.gov.vn/bdnews-4"]["text"] == jsonl


def test_republished_copy_points_at_its_canonical(sample_store):
    by_doc = articles_by_doc(sample_store[0])
    original, copy = by_doc["bdnews-txt8"], by_doc["bdnews-txt8-copy"]
    canonical = min((original, copy), key=lambda a: (a["published"] is None, a["published"], a["article_id"]))
    other = copy if canonical is original else original
    assert canonical["duplicate_of"] is None
    assert other["duplicate_of"] == canonical["article_id"]
    kinds = {(d["article_id"], d["kind"]) for d in rows(sample_store[0], "duplicates")}
    assert (other["article_id"], "exact") in kinds


def test_rerun_adds_nothing(sample_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(sample_store[0], store, symlinks=True)
    before = {t: len(rows(store, t)) for t in ("articles", "sentences", "rejects", "duplicates")}
    summary = run(RunConfig(inputs=(SAMPLES,), store=store))
    assert summary.counters["unchanged"] == 14 and summary.counters["written"] == 0
    assert {t: len(rows(store, t)) for t in before} == before


def write_jsonl(path: Path, records: list) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


GOOD = {"id": "bl-1", "published": "2018-06-28",
        "text": "Chiều 26/6, Giám đốc Sở Lao động - Thương binh và Xã hội Trần Hồng Chiến đã chủ trì "
                "cuộc họp triển khai kế hoạch năm 2018 của ngành trên địa bàn tỉnh Bạc Liêu."}


def test_changed_record_supersedes_its_stored_version(tmp_path):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    write_jsonl(inputs / "a.jsonl", [GOOD])
    run(RunConfig(inputs=(inputs,), store=store))
    changed = dict(GOOD, text=GOOD["text"] + " Hội nghị thống nhất các giải pháp trọng tâm.")
    write_jsonl(inputs / "a.jsonl", [changed])
    summary = run(RunConfig(inputs=(inputs,), store=store))
    assert summary.counters["superseded"] == 1 and summary.accounting_holds
    [article] = rows(store, "articles")
    assert article["text"].endswith("giải pháp trọng tâm.")
    ids = {r["article_id"] for r in rows(store, "sentences")}
    assert ids == {article["article_id"]}
    assert len(rows(store, "signatures")) == 1


@pytest.mark.parametrize("bad,reason", [
    ({"id": "empty", "text": ""}, "empty_body"),
    ({"id": "blank", "text": "   \n\t  \n"}, "empty_body"),
    ({"id": "only-boilerplate", "text": "Lượt xem: 389\nBình luận bài viết\nXem nhiều nhất"}, "empty_body"),
    ({"id": "english", "text": "The provincial People's Committee held a meeting on the merger "
                               "of the two health departments on Sunday morning."}, "not_vietnamese"),
])
def test_bad_bodies_are_rejected_and_good_records_kept(tmp_path, bad, reason):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    write_jsonl(inputs / "a.jsonl", [GOOD, bad, dict(GOOD, id="bl-2")])
    summary = run(RunConfig(inputs=(inputs,), store=store))
    assert summary.accounting_holds
    assert summary.counters[f"rejected:{reason}"] == 1
    assert {a["doc_id"] for a in rows(store, "articles")} == {"bl-1", "bl-2"}
    [reject] = rows(store, "rejects")
    assert (reject["doc_id"], reject["reason"]) == (bad["id"], reason)


def test_input_order_does_not_change_duplicates(tmp_path):
    records = [dict(GOOD, id="late", published="2018-07-01"), dict(GOOD, id="early"),
               dict(GOOD, id="undated", published=None)]
    outcomes = []
    for order in (records, records[::-1]):
        inputs, store = tmp_path / f"in{len(outcomes)}", tmp_path / f"store{len(outcomes)}"
        inputs.mkdir()
        write_jsonl(inputs / "a.jsonl", order)
        run(RunConfig(inputs=(inputs,), store=store))
        by_doc = articles_by_doc(store)
        ids = {a["article_id"]: d for d, a in by_doc.items()}
        outcomes.append({d: ids.get(a["duplicate_of"]) for d, a in by_doc.items()})
    assert outcomes[0] == outcomes[1] == {"early": None, "late": "early", "undated": "early"}


def test_a_later_copy_links_to_the_stored_canonical(tmp_path):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    write_jsonl(inputs / "a.jsonl", [dict(GOOD, published="2018-07-01")])
    run(RunConfig(inputs=(inputs,), store=store))
    write_jsonl(inputs / "b.jsonl", [dict(GOOD, id="copy", published="2018-06-01")])
    run(RunConfig(inputs=(inputs,), store=store))
    by_doc = articles_by_doc(store)
    assert by_doc["bl-1"]["duplicate_of"] is None
    assert by_doc["copy"]["duplicate_of"] == by_doc["bl-1"]["article_id"]


def test_an_interrupted_run_leaves_no_rows(tmp_path, monkeypatch):
    from pipelines.store import writer

    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    write_jsonl(inputs / "a.jsonl", [GOOD])

    def crash(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.StagedRun, "commit", crash)
    with pytest.raises(KeyboardInterrupt):
        run(RunConfig(inputs=(inputs,), store=store))
    monkeypatch.undo()
    assert rows(store, "articles") == []
    assert [p.name for p in (store / writer.VERSIONS).iterdir()] == [writer.current_version(store).name]
    summary = run(RunConfig(inputs=(inputs,), store=store))
    assert summary.counters["written"] == 1


def entity_rows(store: Path, table: str, doc_id: str) -> list[dict]:
    article_id = articles_by_doc(store)[doc_id]["article_id"]
    return [r for r in rows(store, table) if r["article_id"] == article_id]


def test_seed_002_entities(sample_store):
    store, doc = sample_store[0], "002_8c7c8f00c326da46"
    assert {r["name"] for r in entity_rows(store, "officials", doc)} == {"Hoàng Quốc Hương", "Lê Thị Hồng Vân"}
    positions = {(r["person_name"], r["title"], r["role"], r["organization_canonical"])
                 for r in entity_rows(store, "positions", doc)}
    assert {p for p in positions if p[0] == "Hoàng Quốc Hương"} == {
        ("Hoàng Quốc Hương", "Tỉnh ủy viên", "Tỉnh ủy viên", None),
        ("Hoàng Quốc Hương", "Bí thư Đảng bộ", "Bí thư", "Đảng bộ"),
        ("Hoàng Quốc Hương", "Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế tỉnh Lào Cai"),
    }
    keys = {r["key"] for r in entity_rows(store, "legal_refs", doc)}
    assert keys == {"18-NQ/TW"}
    assert not any("hợp nhất" in r["text"] for r in entity_rows(store, "legal_refs", doc))
    assert [(r["text"], r["part_of_day"]) for r in entity_rows(store, "dates", doc)] == [("Sáng ngày 13/4", "sáng")]
    assert articles_by_doc(store)[doc]["is_restructuring"] is True


def test_seed_000_entities(sample_store):
    store, doc = sample_store[0], "000_04ba54641e97a74d"
    assert {r["name"] for r in entity_rows(store, "officials", doc)} == {"Lê Văn Hoạt"}
    [position] = entity_rows(store, "positions", doc)
    assert (position["title"], position["organization_canonical"]) == (
        "Phó Chủ tịch HĐND Thành phố", "Hội đồng nhân dân thành phố Hà Nội")
    assert {r["key"] for r in entity_rows(store, "legal_refs", doc)} == {"Đề án 04"}
    assert [r["text"] for r in entity_rows(store, "dates", doc)] == ["Ngày 11-3"]
    assert articles_by_doc(store)[doc]["is_restructuring"] is False


def test_a_superseded_article_is_no_canonical(tmp_path):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    write_jsonl(inputs / "a.jsonl", [GOOD])
    run(RunConfig(inputs=(inputs,), store=store))
    write_jsonl(inputs / "a.jsonl", [dict(GOOD, text="")])  # the stored article's record is now empty
    write_jsonl(inputs / "b.jsonl", [dict(GOOD, id="repost")])  # and its old text comes back elsewhere
    summary = run(RunConfig(inputs=(inputs,), store=store))
    assert summary.counters["rejected:empty_body"] == 1 and summary.accounting_holds
    [article] = rows(store, "articles")
    assert article["doc_id"] == "repost" and article["duplicate_of"] is None


OTHER = {"id": "bl-9", "published": "2018-06-20",
         "text": "Sáng 19/6, Chủ tịch UBND tỉnh Bạc Liêu Dương Thành Trung đã tiếp đoàn công tác của "
                 "Bộ Nông nghiệp và Phát triển nông thôn về tình hình sản xuất lúa vụ hè thu."}


def run_on(inputs: Path, store: Path, records: list, name: str = "a.jsonl"):
    write_jsonl(inputs / name, records)
    summary = run(RunConfig(inputs=(inputs,), store=store))
    assert summary.accounting_holds, summary.accounting_line()
    return summary


def assert_each_record_once(store: Path) -> None:
    articles = {(a["source_path"], a["doc_id"]) for a in rows(store, "articles")}
    rejects = [(r["source_path"], r["doc_id"]) for r in rows(store, "rejects")]
    assert len(rejects) == len(set(rejects)) and not articles & set(rejects)


def test_a_fixed_record_replaces_its_reject(tmp_path):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    run_on(inputs, store, [dict(GOOD, text=7)])
    assert [r["reason"] for r in rows(store, "rejects")] == ["missing_text"]
    summary = run_on(inputs, store, [GOOD])
    assert summary.counters["written"] == 1
    assert rows(store, "rejects") == [] and [a["doc_id"] for a in rows(store, "articles")] == ["bl-1"]
    assert run_on(inputs, store, [GOOD]).counters["unchanged"] == 1
    assert_each_record_once(store)


def test_a_record_that_no_longer_reads_replaces_its_article(tmp_path):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    run_on(inputs, store, [GOOD, OTHER])
    summary = run_on(inputs, store, [{"id": "bl-1", "html": None}, OTHER])
    assert summary.counters["superseded"] == 1 and summary.counters["rejected:missing_text"] == 1
    assert [a["doc_id"] for a in rows(store, "articles")] == ["bl-9"]
    article_id = articles_by_doc(store)["bl-9"]["article_id"]
    for table in ("sentences", "signatures", "officials", "positions", "agencies"):
        assert {r["article_id"] for r in rows(store, table)} == {article_id}, table
    assert [(r["doc_id"], r["reason"]) for r in rows(store, "rejects")] == [("bl-1", "missing_text")]
    assert_each_record_once(store)


def test_a_reject_that_moved_to_another_line_is_stored_once(tmp_path):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    run_on(inputs, store, [dict(GOOD, text=7), OTHER])
    summary = run_on(inputs, store, [OTHER, dict(GOOD, text=7)])
    assert summary.counters["rejected:missing_text"] == 1
    [reject] = rows(store, "rejects")
    assert reject["detail"].startswith("line 2")
    assert_each_record_once(store)


def test_duplicates_of_a_changed_canonical_are_deduplicated_again(tmp_path):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    copy = dict(GOOD, id="copy", published="2018-06-29")
    run_on(inputs, store, [GOOD, copy])
    by_doc = articles_by_doc(store)
    assert by_doc["copy"]["duplicate_of"] == by_doc["bl-1"]["article_id"]
    summary = run_on(inputs, store, [dict(GOOD, text=OTHER["text"]), copy])
    assert summary.counters["superseded"] == 1 and summary.counters["relinked"] == 1
    by_doc = articles_by_doc(store)
    assert by_doc["copy"]["duplicate_of"] is None and by_doc["bl-1"]["duplicate_of"] is None
    assert rows(store, "duplicates") == []
    # the original text comes back: the copy, a stored canonical now, stays canonical (SPEC §2)
    run_on(inputs, store, [GOOD, copy])
    by_doc = articles_by_doc(store)
    assert by_doc["bl-1"]["duplicate_of"] == by_doc["copy"]["article_id"]
    assert [(d["article_id"], d["kind"]) for d in rows(store, "duplicates")] == [
        (by_doc["bl-1"]["article_id"], "exact")]


def test_a_record_lost_by_a_bug_fails_the_run_and_commits_nothing(tmp_path, monkeypatch):
    inputs, store = tmp_path / "in", tmp_path / "store"
    inputs.mkdir()
    run_on(inputs, store, [GOOD])
    monkeypatch.setattr("pipelines.run._Ingest._reject", lambda self, reject: None)
    write_jsonl(inputs / "b.jsonl", [OTHER, {"id": "bad", "text": 7}])
    with pytest.raises(AccountingError, match="read 3 = written 1 \\+ rejected 0 \\+ unchanged 1"):
        run(RunConfig(inputs=(inputs,), store=store))
    assert [a["doc_id"] for a in rows(store, "articles")] == ["bl-1"]
    assert len(rows(store, "runs")) == 1
