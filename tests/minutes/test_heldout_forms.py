"""Forms found on a third held-out round of real minutes, in fictional wording."""

from __future__ import annotations

from minutes.extract import extract_text
from minutes.owners import find_owner


def _texts(doc: str) -> list[str]:
    return [r.text for r in extract_text(doc).resolutions]


def test_bare_numbered_list_at_end_of_item_is_the_resolution() -> None:
    doc = (
        "Allotments Review - Update\n\n"
        "The Board heard how the review of the allotment waiting list had gone.\n\n\n\n"
        "(i) The progress made on the review be noted;\n\n"
        "(ii) The revised allocation rules be approved; and\n\n"
        "(iii) Two site visits are arranged before the spring.\n\n"
        "Supporting documents:\n"
    )
    res = extract_text(doc).resolutions
    assert [r.text for r in res] == [
        "The progress made on the review be noted",
        "The revised allocation rules be approved",
        "Two site visits are arranged before the spring.",
    ]
    assert [r.actionable for r in res][:2] == [False, False]


def test_numbered_list_of_facts_is_not_a_resolution() -> None:
    doc = (
        "Declarations of Interest\n\nMinutes:\n\n"
        "1. Cllr Rowe declared an interest in item 6 as a trustee of the canal trust.\n\n"
        "2. Cllr Okafor declared an interest in item 8 and said she would leave the room.\n\n"
        "7. Canal Towpath\n\nThe Committee considered the towpath report.\n"
    )
    assert _texts(doc) == []


def test_sub_points_i_after_a_stay_inside_the_lettered_point() -> None:
    doc = (
        "RESOLVED –\n\n"
        "(a) standing items on the agenda include:\n\n"
        "(i) bus punctuality;\n\n"
        "(ii) road closures\n\n"
        "(b) the Clerk circulates the route map to members\n"
    )
    texts = _texts(doc)
    assert len(texts) == 2
    assert "bus punctuality" in texts[0] and "road closures" in texts[0]


def test_lower_case_it_was_resolved_inside_a_paragraph() -> None:
    doc = (
        "5. Village Green Bench\n"
        "A quote for a new bench was received on 3rd May and it was resolved that Cllr Ames would "
        "arrange delivery of the oak bench. The Clerk will inform the donor.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.text for r in res] == ["That Cllr Ames would arrange delivery of the oak bench."]
    assert res[0].owner == "Cllr Ames"


def test_unanimously_resolved_at_line_start() -> None:
    doc = "3. Minutes\n\nUNANIMOUSLY RESOLVED that the minutes of the meeting held on 2 March be signed.\n"
    assert _texts(doc) == ["That the minutes of the meeting held on 2 March be signed."]


def test_lower_case_words_before_agreed_are_not_a_formal_resolution() -> None:
    doc = (
        "6. Food Strategy\n\n"
        "During the discussion the Board agreed to invite the market traders to the next session.\n"
    )
    assert _texts(doc) == []


def test_owner_of_an_authorisation() -> None:
    assert find_owner("Council authorised the Head of Parks to sign the lease.") == "the Head of Parks"
    assert (
        find_owner(
            "That the Director of Housing, in consultation with the Portfolio Holder, be authorised to "
            "agree the final terms."
        )
        == "the Director of Housing"
    )


def test_owner_stops_before_purpose_or_deadline() -> None:
    assert find_owner("That officers for inclusion in the spring newsletter prepare a note.") == "officers"
    assert find_owner("That the Clerk by 30 June write to the bus operator.") == "the Clerk"
