"""POS tags from underthesea's CRF tagger, on our own tokens (segmenting once).

underthesea's `pos_tag` re-normalizes and re-segments its input (NOTES), so the
component calls its CRF predictor directly on the words of each sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extraction.tokenizer import collapse_whitespace


def _predictor():
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    return CRFPOSTagPredictor.Instance()


class UnderseaPosTagger:
    """Sets `token.tag_` to underthesea's tag (N, Np, V, CH, M, …) per sentence."""

    def __call__(self, doc: Doc) -> Doc:
        predictor = _predictor()
        for sentence in doc.sents:
            words = [token for token in sentence if not token.is_space]
            if not words:
                continue
            tagged = predictor.predict([collapse_whitespace(t.text) for t in words])
            for token, (_, tag) in zip(words, tagged):
                token.tag_ = tag
        return doc


@Language.factory("govnews_pos")
def make_pos_tagger(nlp: Language, name: str) -> UnderseaPosTagger:
    return UnderseaPosTagger()
