"""Decisions written as sentences in the discussion rather than under a RESOLVED heading."""

from __future__ import annotations

from minutes.extract import extract_text
from minutes.model import Extraction


def _doc(*paragraphs: str) -> Extraction:
    return extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n" + "\n\n".join(paragraphs)
    )


def _found(doc: Extraction, words: str) -> tuple[bool, bool]:
    """(listed as a resolution, listed as a request) for the text holding `words`."""
    return (
        any(words in r.text for r in doc.resolutions),
        any(words in q.text for q in doc.requests),
    )


def _resolution(doc: Extraction, words: str) -> tuple[str, bool, str | None, str | None]:
    [res] = [r for r in doc.resolutions if words in r.text]
    return res.text, res.actionable, res.owner, res.minute


def test_it_was_agreed_inside_a_paragraph_is_one_resolution_under_its_item() -> None:
    doc = _doc(
        "7. Bus shelter",
        "The shelter on Mill Lane has a cracked panel. It was agreed that the Clerk obtain three quotes. "
        "The Chair thanked the resident who reported it.",
    )
    text, actionable, owner, minute = _resolution(doc, "obtain three quotes")
    assert text == "That the Clerk obtain three quotes."
    assert actionable and owner == "the Clerk" and minute == "7"
    assert _found(doc, "obtain three quotes") == (True, False)
    assert not any("cracked panel" in r.text or "thanked" in r.text for r in doc.resolutions)


def test_the_body_as_subject_with_agreed_decided_or_resolved() -> None:
    doc = _doc(
        "4. Policing",
        "Concerns about speeding were raised. The Panel agreed to write to the Commissioner about the A34. "
        "The Committee AGREED that a speed survey be arranged. Council resolved to co-opt Ms Grey. "
        "It was unanimously resolved to accept the quote from Hedgerow Ltd.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("The Panel agreed to write to the Commissioner about the A34.", True),
        ("That a speed survey be arranged.", True),
        ("Council resolved to co-opt Ms Grey.", False),
        ("It was unanimously resolved to accept the quote from Hedgerow Ltd.", False),
    ]


def test_a_view_is_a_resolution_point_but_not_an_action() -> None:
    doc = _doc("5. Annual report", "Members agreed that the report was a helpful summary of the year.")
    assert _resolution(doc, "helpful summary")[1] is False


def test_a_coordinated_it_was_agreed_clause_starts_the_resolution() -> None:
    doc = _doc(
        "6. Training",
        "Two members attended the regional conference on flooding, and it was agreed that a summary note "
        "would be circulated to members.",
    )
    text, actionable, _, _ = _resolution(doc, "summary note")
    assert text == "That a summary note would be circulated to members."
    assert actionable


def test_a_lettered_list_after_it_was_agreed_splits_into_points() -> None:
    doc = _doc(
        "8. Village green",
        "After a long discussion, it was agreed that: (a) the bench be repaired; (b) the Clerk contact the "
        "insurers about the fence.",
    )
    assert [r.text for r in doc.resolutions] == [
        "That the bench be repaired",
        "That the Clerk contact the insurers about the fence.",
    ]


def test_a_proposal_seconded_and_agreed_is_the_decision() -> None:
    doc = _doc(
        "9. Subscriptions",
        "Mrs Okafor proposed renewal of the playing field insurance, seconded by Mr Dale and unanimously agreed. "
        "The Clerk will make the payment.",
    )
    assert _found(doc, "proposed renewal of the playing field insurance") == (True, False)
    assert _found(doc, "The Clerk will make the payment") == (False, True)


def test_past_decisions_views_of_others_and_questions_are_not_decisions() -> None:
    doc = _doc(
        "10. Matters arising",
        "As agreed at the last meeting, the hedge has been cut. It was agreed by the Cabinet in 2019 that the "
        "depot would close. Members agreed with the comments made by the resident. The agreed budget was "
        "reported. Cllr Hale asked whether it was agreed that the footpath would reopen? "
        "The officer agreed to look into the drainage on Church Road.",
    )
    assert doc.resolutions == []
    assert _found(doc, "look into the drainage") == (False, True)


def test_under_an_item_with_a_formal_list_the_narrative_agreement_stays_narrative() -> None:
    doc = _doc(
        "11. Health strategy",
        "A Member raised low screening rates and it was agreed to refer to the screening work in the final strategy.",
        "RESOLVED – That the draft strategy be noted.",
    )
    assert [r.text for r in doc.resolutions] == ["That the draft strategy be noted."]
    assert _found(doc, "refer to the screening work") == (False, True)


def test_no_sentence_is_both_a_resolution_and_a_request() -> None:
    doc = _doc(
        "12. Website",
        "It was also resolved that draft minutes would be displayed on the website. Action: Clerk to upload "
        "the draft minutes. It was agreed that the Chair would write to the school.",
    )
    resolutions = {r.text for r in doc.resolutions}
    assert resolutions == {
        "That draft minutes would be displayed on the website.",
        "That the Chair would write to the school.",
    }
    assert all(q.text not in resolutions and "It was" not in q.text for q in doc.requests)
    assert any("Clerk to upload" in q.text for q in doc.requests)
