"""The evaluation gate: the pipeline's scores on the repo's gold sets, with
pinned floors that may only go up (SPEC §5 scoring, `govnews eval`)."""
from pathlib import Path

import pytest

from pipelines.config import RunConfig
from pipelines.evaluate import evaluate

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "gold"

F1_FLOORS = {
    "dev.jsonl": {
        "officials": 0.99,
        "positions_title": 0.99,
        "positions_role": 0.99,
        "agencies": 0.99,
        "dates": 0.99,
        "legal_refs": 0.99,
        "legal_refs_numbered": 0.99,
    },
    # annotated blind by one annotator each, then used to tune rules like dev.jsonl
    "dev2.jsonl": {
        "officials": 0.99,
        "positions_title": 0.97,
        "positions_role": 0.98,
        "agencies": 0.94,
        "dates": 0.99,
        "legal_refs": 0.94,
        "legal_refs_numbered": 0.99,
    },
    # annotated blind and never used to tune rules: the check of generalization
    "heldout.jsonl": {
        "officials": 0.99,
        "positions_title": 0.82,
        "positions_role": 0.97,
        "agencies": 0.92,
        "dates": 0.98,
        "legal_refs": 0.95,
        "legal_refs_numbered": 0.99,
    },
}
RESTRUCTURING_ACCURACY_FLOORS = {"dev.jsonl": 1.0, "dev2.jsonl": 1.0, "heldout.jsonl": 1.0}
BASELINE_MARGIN = 0.25
"""We must beat underthesea's NER by this many F1 points on officials and agencies."""


@pytest.fixture(scope="module", params=sorted(F1_FLOORS))
def evaluation(request):
    gold = GOLD / request.param
    return request.param, evaluate(gold, RunConfig(inputs=(gold,), store=Path(".")))


KINDS = sorted(F1_FLOORS["dev.jsonl"])


@pytest.mark.parametrize("kind", KINDS)
def test_f1_stays_above_its_floor(evaluation, kind):
    name, result = evaluation
    assert result.ours.per_kind[kind].f1 >= F1_FLOORS[name][kind], result.ours.per_kind[kind]


def test_restructuring_accuracy_stays_above_its_floor(evaluation):
    name, result = evaluation
    assert result.ours.restructuring_accuracy >= RESTRUCTURING_ACCURACY_FLOORS[name]


@pytest.mark.parametrize("kind", ["officials", "agencies"])
def test_far_better_than_generic_ner(evaluation, kind):
    _, result = evaluation
    ours, theirs = result.ours.per_kind[kind].f1, result.baseline.per_kind[kind].f1
    assert ours - theirs >= BASELINE_MARGIN, (ours, theirs)


def test_cleaning_keeps_the_body_and_drops_boilerplate(evaluation):
    _, result = evaluation
    # bdnews-1 (dev) carries one caption written as a full body sentence with no
    # image marker, credit or position note in its JSONL text: nothing in SPEC
    # §3.1 tells it from a one-sentence paragraph (its HTML copy, which marks
    # the image, is cleaned right).
    problems = {doc: found for doc, found in result.cleaning_problems.items() if doc != "bdnews-1"}
    assert problems == {}
    assert len(result.cleaning_problems.get("bdnews-1", [])) <= 1
