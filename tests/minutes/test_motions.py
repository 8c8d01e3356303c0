"""Motions: proposals moved and seconded, votes written after the sentence they carry."""

from __future__ import annotations

from minutes.extract import extract_text
from tests.minutes.helpers import (
    found,
    parish_doc,
)


def test_proposal_with_seconder_and_all_in_favour_is_a_decision() -> None:
    doc = (
        "4. Minutes of 3rd May 2031:\n"
        "Cllr Ashdown proposed minutes accepted as a true record, seconded Cllr Pell, all in favour.\n\n"
        "5. Bus Shelter:\n"
        "Proposed repairs approved Cllr Pell, seconded Cllr Ashdown, carried unanimously.\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.minute, r.text[:24]) for r in res] == [
        ("4", "Cllr Ashdown proposed mi"),
        ("5", "Proposed repairs approve"),
    ]
    assert res[0].actionable is False


def test_it_was_proposed_and_seconded_and_agreed_that() -> None:
    doc = (
        "6. Village Green:\n"
        "It was proposed by Cllr Marsh, seconded by Cllr Oduya and agreed that the Clerk write to the landowner "
        "about a new bench.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 1
    assert res[0].text == "That the Clerk write to the landowner about a new bench."
    assert res[0].actionable is True


def test_bare_vote_carries_the_sentence_before_it() -> None:
    doc = (
        "7. Footpath Warden:\n"
        "The post has been vacant since spring. Cllr Marsh proposed that Mr Quill be appointed footpath warden. "
        "Proposed: Cllr Marsh; Seconded: Cllr Oduya; All in favour. Clerk to write to Mr Quill.\n\n"
        "8. Precept:\n"
        "It was agreed that the precept be set at £9,000. Proposed Cllr Pell, seconded Cllr Marsh, all in favour.\n"
    )
    doc_out = extract_text(doc)
    texts = [r.text for r in doc_out.resolutions]
    assert texts[0] == (
        "Cllr Marsh proposed that Mr Quill be appointed footpath warden. "
        "Proposed: Cllr Marsh; Seconded: Cllr Oduya; All in favour."
    )
    assert texts[1] == "Clerk to write to Mr Quill."
    assert len(texts) == 3 and "Proposed Cllr Pell" not in texts[2]
    assert doc_out.resolutions[1].owner == "Clerk"
    assert doc_out.requests == []


def test_a_proposal_seconded_and_agreed_is_the_decision() -> None:
    doc = parish_doc(
        "9. Subscriptions",
        "Mrs Okafor proposed renewal of the playing field insurance, seconded by Mr Dale and unanimously agreed. "
        "The Clerk will make the payment.",
    )
    assert found(doc, "proposed renewal of the playing field insurance") == (True, False)
    assert found(doc, "The Clerk will make the payment") == (False, True)
