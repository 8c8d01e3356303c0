"""Decision lists and plain-worded decisions that earlier rounds missed: a RESOLVED that: inside a
paragraph, bare "1) that ..." lists, "The Committee notes the report ...", "shall" commitments,
sentence-case standard item titles, the body as the actor, "she would check" follow-ups."""

from __future__ import annotations

from minutes.extract import extract_text
from minutes.model import Extraction, Resolution


def _doc(*paragraphs: str) -> Extraction:
    return extract_text(
        "Minutes of the Ashcombe Town Council held on 12 May 2025\n\n" + "\n\n".join(paragraphs)
    )


def _one(doc: Extraction, words: str) -> Resolution:
    [res] = [r for r in doc.resolutions if words in r.text]
    return res


def test_resolved_that_colon_inside_a_paragraph_collects_the_numbered_points() -> None:
    doc = _doc(
        "4. Calendar of Meetings",
        "The report was AGREED without division and it was RESOLVED that:",
        "1. The Council fixes the dates of its meetings until March;",
        "2. Changes to the dates be determined by the Mayor after consultation with Group Leaders;",
        "3. A further report on the remaining dates will be submitted to the June meeting of Council.",
        "5. Parks Strategy",
        "The strategy was welcomed.",
    )
    texts = [r.text for r in doc.resolutions]
    assert texts == [
        "That the Council fixes the dates of its meetings until March",
        "That Changes to the dates be determined by the Mayor after consultation with Group Leaders",
        "That a further report on the remaining dates will be submitted to the June meeting of Council.",
    ]
    assert all(r.minute == "4" for r in doc.resolutions)
    last = doc.resolutions[-1]
    assert last.actionable and last.due == "June meeting of Council"
    assert not doc.resolutions[0].actionable


def test_agreed_that_colon_dash_stem_is_not_repeated_in_each_point() -> None:
    doc = _doc(
        "6. Allotments",
        "AGREED that:-",
        "i. the rent review be approved;",
        "ii. officers write to all tenants about the new rents.",
    )
    assert [r.text for r in doc.resolutions] == [
        "That the rent review be approved",
        "That officers write to all tenants about the new rents.",
    ]


def test_a_numbered_heading_after_a_lettered_list_starts_the_next_item() -> None:
    doc = _doc(
        "5. Parks Strategy",
        "RESOLVED that:",
        "(a) the strategy be adopted;",
        "(b) the Parks Manager report progress to a future meeting.",
        "6. Allotments",
        "The tenants' letter was read out.",
    )
    last = _one(doc, "Parks Manager")
    assert last.text == "That the Parks Manager report progress to a future meeting."
    assert [i.title for i in doc.items] == ["Parks Strategy", "Allotments"]


def test_the_body_noting_and_agreeing_in_plain_words_is_the_item_decision() -> None:
    doc = _doc(
        "8. Work Programme",
        "The Committee considered the report of the scrutiny officer on the work programme.",
        "The Committee noted that it would be discussing the programme further in private.",
        "The Committee notes the report and agrees the work programme, with thanks to the officers.",
        "9. Leisure Update",
        "The manager described the new opening hours. The Board noted the update.",
        "10. Library Services",
        "Members noted the comments from the libraries group.",
    )
    decision = _one(doc, "notes the report")
    assert decision.minute == "8" and not decision.actionable
    assert _one(doc, "noted the update").text == "The Board noted the update."
    assert not any("noted that" in r.text for r in doc.resolutions)
    assert not any("Members noted" in r.text for r in doc.resolutions)
    assert not any("opening hours" in r.text for r in doc.resolutions)


def test_a_noting_sentence_under_a_formal_list_is_not_another_point() -> None:
    doc = _doc(
        "11. Budget Monitoring",
        "The Cabinet noted the report and thanked the finance team.",
        "RESOLVED that the position be noted.",
    )
    assert [r.text for r in doc.resolutions] == ["That the position be noted."]


def test_a_bare_numbered_that_list_ends_the_item_and_wins_over_narrative_agreement() -> None:
    doc = _doc(
        "Frequency of Meetings",
        "Members discussed how often to meet. It was agreed that one meeting with partners "
        "would be enough as it was a short review.",
        "Members agreed to delegate the choice of venue to Officers to arrange.",
        '1) that 2 further meetings should be held as this was a "task and finish" review;',
        "2) that officers contact the partners to ask which dates suit them.",
    )
    texts = [r.text for r in doc.resolutions]
    assert texts == [
        'That 2 further meetings should be held as this was a "task and finish" review',
        "That officers contact the partners to ask which dates suit them.",
    ]
    assert all(r.actionable for r in doc.resolutions)
    assert doc.resolutions[1].owner == "officers"
    requests = [q.text for q in doc.requests]
    assert requests == ["Members agreed to delegate the choice of venue to Officers to arrange."]


def test_a_numbered_account_of_the_discussion_is_not_a_decision_list() -> None:
    doc = _doc(
        "3. Recycling",
        "1) the tonnage collected was higher than last year;",
        "2) the depot had been closed for two days.",
    )
    assert doc.resolutions == []


def test_shall_commits_a_named_officer_with_a_month_as_due() -> None:
    doc = _doc(
        "(a) That the draft calendar of meetings be approved; and",
        "(b) That the Head of Member Services shall survey councillors on meeting times. A report on "
        "the results will go to the Standards Committee in November.",
    )
    survey = _one(doc, "shall survey")
    assert survey.actionable
    assert survey.owner == "the Head of Member Services"
    assert survey.due == "November"
    assert not _one(doc, "draft calendar").actionable


def test_shall_remain_is_no_commitment() -> None:
    doc = _doc("RESOLVED that the Chair shall remain a member of the panel.")
    assert not _one(doc, "shall remain").actionable


def test_sentence_case_standard_heading_is_an_item_not_a_point() -> None:
    doc = _doc(
        "1. Harbour Report",
        "1.1 The Committee read its report paragraph by paragraph.",
        "2. Any other business",
        "2.1 Agreed - that the Committee would issue a letter of support to the harbour trust.",
        "3. Date of next meeting",
        "3.1 The next meeting will take place on Thursday 19 June 2025 at 10am.",
    )
    [res] = doc.resolutions
    assert res.text.startswith("That the Committee would issue a letter of support")
    assert res.actionable and res.owner == "the Committee" and res.minute == "2"
    assert [i.title for i in doc.items] == ["Harbour Report", "Any other business", "Date of next meeting"]


def test_body_asking_an_officer_names_the_officer_not_the_body() -> None:
    doc = _doc("RESOLVED that the Committee asks the Director of Place to write to the bus operator.")
    assert _one(doc, "bus operator").owner == "the Director of Place"


def test_officer_would_check_is_a_follow_up_but_a_minutes_correction_is_not() -> None:
    doc = _doc(
        "7. Board Membership",
        "A member asked when the changes would take effect. The Board was told they could start soon "
        "but the Governance Manager said that she would check on any further approvals needed.",
        "Members asked for the following amendment to be made: on page 2 of the minutes, "
        '"recieve" to be changed to "receive".',
    )
    requests = [q.text for q in doc.requests]
    assert len(requests) == 1
    assert "she would check on any further approvals" in requests[0]
