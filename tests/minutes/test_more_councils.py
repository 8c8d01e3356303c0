"""Forms seen in other councils' published minutes, each in a short fictional text of our own:
numbered paragraphs, dash stems, "Resolved to RECOMMEND", spaced "T H A T", capitals headings
that run on into their text, work programmes merely agreed, cover pages run together."""

from __future__ import annotations

import datetime as dt

from minutes.extract import extract_text
from minutes.model import Extraction, Resolution


def _points(doc: Extraction) -> list[tuple[str, bool]]:
    return [(r.text, r.actionable) for r in doc.resolutions]


def _only(doc: Extraction, fragment: str) -> Resolution:
    found = [r for r in doc.resolutions if fragment in r.text]
    assert len(found) == 1, (fragment, _points(doc))
    return found[0]


def test_numbered_paragraphs_and_run_together_cover() -> None:
    doc = extract_text(
        "Fenmoor District Council\n"
        "Housing & Estates Committee\n"
        "6.30pm3 March 2025\n"
        "Fenmoor House - Room 2\n"
        "MINUTES\n"
        "1 Procedural Business\n"
        "1.1 There were no declarations of interest.\n"
        "1.2 RESOLVED: That the press and public be excluded from the meeting during item 9.\n"
        "2 Minutes\n"
        "2.1 The minutes of the meeting held on 4 February 2025 were approved as a correct record.\n"
    )
    assert doc.meeting_date == dt.date(2025, 3, 3)
    assert _points(doc) == [
        ("That the press and public be excluded from the meeting during item 9.", False),
        ("The minutes of the meeting held on 4 February 2025 were approved as a correct record.", False),
    ]
    assert [r.minute for r in doc.resolutions] == ["1", "2"]


def test_dash_stem_and_names_listed_under_a_point() -> None:
    doc = extract_text(
        "4. WORK PROGRAMME\n\n"
        "The Scrutiny Officer presented the programme.\n\n"
        "RESOLVED that –\n\n"
        "(a) the work programme as set out in Appendix 1 be agreed;\n\n"
        "(b) the following members be appointed to the review groups –\n\n"
        "Transport – Councillor Ada Pryce\n\n"
        "Housing – Councillor Owen Tarrant, and\n\n"
        "(c) the Scrutiny Officer email members for nominations to the vacant places.\n"
    )
    assert [t for t, _ in _points(doc)] == [
        "That the work programme as set out in Appendix 1 be agreed",
        "That the following members be appointed to the review groups – Transport – Councillor Ada Pryce "
        "Housing – Councillor Owen Tarrant, and",
        "That the Scrutiny Officer email members for nominations to the vacant places.",
    ]
    assert [a for _, a in _points(doc)] == [False, False, True]
    assert doc.resolutions[2].owner == "the Scrutiny Officer"


def test_work_programme_agreed_is_not_an_action_but_changed_or_brought_is() -> None:
    doc = extract_text(
        "7. WORK PROGRAMME\n\n"
        "RESOLVED:\n\n"
        "1. That the Panel agrees its work programme.\n\n"
        "2. That, subject to the addition of a session on bus services, the work programme be approved.\n\n"
        "3. That at the next meeting a work programme for the new year be agreed by the Panel.\n"
    )
    assert [a for _, a in _points(doc)] == [False, True, True]
    assert doc.resolutions[2].due == "next meeting"


def test_resolved_to_recommend_asks_another_body() -> None:
    doc = extract_text(
        "Overview Committee - Tuesday 4 March 2025 7.00 pm\n\n"
        "RECOMMENDATION I - Terms of Reference\n\n"
        "Members considered the revised terms of reference.  It was\n\n"
        "Resolved to RECOMMEND: (to Council)\n\n"
        "That the revised terms of reference, as set out at Appendix 1, be approved.\n\n"
        "612.\n\nAttendance by Reserve Members\n\n"
        "RESOLVED: To note the attendance at this meeting of the following Reserve Member:-\n\n"
        "Ordinary Member\n\nReserve Member\n\nCouncillor Ann Vole\n\nCouncillor Ben Lark\n"
    )
    recommend = _only(doc, "revised terms of reference")
    assert recommend.actionable and recommend.owner == "Council"
    assert not any("RECOMMEND" in r.text for r in doc.resolutions)
    attendance = _only(doc, "To note the attendance")
    assert not attendance.actionable
    assert attendance.text == "To note the attendance at this meeting of the following Reserve Member"


def test_spaced_that_and_recommended_in_capitals() -> None:
    doc = extract_text(
        "Minutes of a meeting held on 8th April, 2025.\n\n"
        "211     MINUTES -\n\n"
        "RECOMMENDED - T H A T the minutes of the meeting held on 11th March, 2025 be approved as a correct record.\n\n"
        "212     PLAY AREAS (REF) -\n\n"
        "RECOMMENDED - T H A T the Head of Parks report the repair programme to the Committee in June.\n"
    )
    assert doc.meeting_date == dt.date(2025, 4, 8)
    minutes, parks = doc.resolutions
    assert minutes.text.startswith("That the minutes") and not minutes.actionable
    assert parks.actionable and parks.owner == "the Head of Parks" and parks.minute == "212"


def test_capitals_heading_running_on_into_its_resolution() -> None:
    doc = extract_text(
        "Housing Scrutiny Panel – 12 February 2025\n\n"
        "PRESENT: Councillor Reed in the chair.\n\n"
        "41  MINUTES – Resolved – That the minutes of the proceedings of this panel held on 8 January 2025, "
        "having been circulated amongst the members, be taken as read and correctly recorded.\n\n"
        "42  DAMP AND MOULD – The Chairman summarised the evidence heard to date.\n\n"
        "Resolved – (a) That the update be noted and, (b) that arrangements for further site visits are made.\n"
    )
    assert doc.meeting_date == dt.date(2025, 2, 12)
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("41", False), ("42", False), ("42", True)]


def test_reference_to_an_earlier_minute_is_not_an_item() -> None:
    text = (
        "Meeting: 10/06/2025 - Scrutiny Committee (Item 14)\n\n"
        "14 ACTION TRACKER\n\n"
        "Decision:\n\nRESOLVED:\n\n"
        "(1) That the tracker be noted;\n\n"
        "(2) That the Scrutiny Officer be requested to find a date for the training session.\n\n"
        "Minutes:\n\nThe Scrutiny Officer presented the tracker.\n\n"
        "Minute 52 – March 2025 – Training\n\nA date was still being sought.\n\n"
        "RESOLVED:\n\n"
        "(1) That the tracker be noted;\n\n"
        "(2) That the Scrutiny Officer be requested to find a date for the training session.\n"
    )
    doc = extract_text(text)
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("14", False), ("14", True)]


def test_report_submitted_to_the_committee_is_due_at_a_future_meeting() -> None:
    doc = extract_text(
        "RESOLVED – That a report on the options for the depot be submitted to the Committee for consideration.\n"
    )
    (res,) = doc.resolutions
    assert res.actionable and res.work_programme and res.due == "future meeting"


def test_narrative_follow_ups_by_name_and_agreed_to() -> None:
    doc = extract_text(
        "5. HEALTH STRATEGY\n\n"
        "The Board discussed the draft strategy.  Mira Patel and Tom Ashe to produce a note on links to the "
        "local partnerships.\n\n"
        "A Member raised low screening rates and it was agreed to refer to the screening work in the "
        "final strategy.\n\n"
        "During the ensuing discussion –\n\n"
        "· agreed to invite the Cabinet Member to a future meeting\n\n"
        "Members agreed to note the update.\n\n"
        "RESOLVED – That the draft strategy be noted.\n"
    )
    texts = [r.text for r in doc.requests]
    assert any(t.startswith("Mira Patel and Tom Ashe to produce") for t in texts), texts
    assert any("agreed to refer to the screening work" in t for t in texts), texts
    assert any("agreed to invite the Cabinet Member" in t for t in texts), texts
    assert not any("note the update" in t for t in texts), texts


def test_rows_of_a_flattened_minutes_table_each_hold_their_decision() -> None:
    doc = extract_text(
        "No. | Item |\n"
        "Minutes To approve the minutes of the meeting held on 2 June 2025. Minutes: RESOLVED that the minutes "
        "of the meeting held on 2 June 2025 are agreed as a correct record. |\n"
        "Matters arising Minutes: None. |\n"
        "Cabinet responses To consider responses. Minutes: RESOLVED that the following response be noted. |\n"
    )
    assert _points(doc) == [
        ("That the minutes of the meeting held on 2 June 2025 are agreed as a correct record.", False),
        ("That the following response be noted.", False),
    ]


def test_previous_minutes_item_is_not_the_document_heading() -> None:
    doc = extract_text(
        "Agenda item\n\nMinutes of Previous Meeting\n\n"
        "To approve the minutes of the meeting of the Committee held on 9th May, 2025\n\n"
        "The minutes of the meeting of the Committee held on 9th May 2025 were approved as a correct record.\n"
    )
    assert doc.meeting_date is None
    assert [a for _, a in _points(doc)] == [False]


def test_members_urging_officers_is_a_follow_up() -> None:
    doc = extract_text(
        "The following points were raised:-\n\n"
        "· Councillors urged officers to include scrutiny comments within reports taken to the Executive.\n"
    )
    assert [r.text for r in doc.requests] == [
        "Councillors urged officers to include scrutiny comments within reports taken to the Executive."
    ]
