"""Forms found on a sixth round of real minutes (parish votes, narrative follow-ups, a paper going
to another meeting, a deadline set by the next step), in fictional wording."""

from __future__ import annotations

from minutes.due import find_due
from minutes.extract import extract_text


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


def test_discussed_and_agreed_is_a_decision_but_an_older_one_is_not() -> None:
    doc = (
        "9. Allotments:\n"
        "The new rent schedule was discussed at length and agreed by all councillors.\n\n"
        "10. Hedges:\n"
        "The cutting plan was discussed and agreed at the last meeting. Members heard of progress.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.minute for r in res] == ["9"]
    assert res[0].owner is None and res[0].actionable is False


def test_narrative_follow_ups() -> None:
    doc = (
        "Play Area\n\n"
        "Horses had strayed onto the play area and their keeper would be asked to move them.\n\n"
        "Complaints\n\n"
        "The Chair said she was supportive of requesting that the Town Clerk send a written answer.\n\n"
        "As the Ombudsman had not yet finished reviewing the two cases, which had been delayed by the holidays "
        "and by staff absence over the summer months, the findings would be reported on at the next meeting "
        "of the Committee.\n"
    )
    reqs = [r.text for r in extract_text(doc).requests]
    assert reqs[0] == "Horses had strayed onto the play area and their keeper would be asked to move them."
    assert reqs[1].startswith("The Chair said she was supportive of requesting")
    assert reqs[2].startswith("As the Ombudsman had not yet finished")
    assert len(reqs) == 3


def test_a_paper_that_will_go_to_council_names_a_future_meeting() -> None:
    doc = (
        "Harbour Board\n\nMinutes of the meeting held on 3 March 2031\n\n"
        "RESOLVED to recommend the harbour dues to Council, noting that the final schedule will be presented "
        "to Council on 20 March, 2031.\n\n"
        "The officer said the plan was due to be presented to the Cabinet on 25 March 2031.\n"
    )
    out = extract_text(doc)
    assert [d.isoformat() for d in out.meeting_dates] == ["2031-03-20"]


def test_deadline_set_by_the_next_step() -> None:
    assert find_due("To authorise the Treasurer to make minor changes before submission to the Council.") == (
        "before submission to the Council"
    )
    assert find_due("To make changes before the end of the consultation.") is None
