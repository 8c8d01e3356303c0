"""An item put off to a later meeting, told in a sentence: it comes back, so it is a task due at
that meeting, and its subject is a topic for the programme."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from tests.minutes.helpers import one, parish_doc, points


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("The Board deferred the parking policy discussion until the next meeting.", "next meeting"),
        ("The Committee postponed consideration of the grant scheme to a future meeting.", "future meeting"),
        ("The website review was deferred to the next meeting.", "next meeting"),
        ("The fence request was tabled until the July meeting.", "July meeting"),
        ("Trustees unanimously tabled the mower purchase until the next meeting.", "next meeting"),
        ("This item was continued to the next meeting of the Group.", "next meeting"),
    ],
)
def test_an_item_put_off_to_a_meeting_is_a_task_due_then(sentence: str, due: str) -> None:
    doc = parish_doc("5. Matters arising", "Members discussed the item at length. " + sentence)
    res = one(doc, sentence.split()[2])
    assert (res.text, res.actionable, res.due) == (sentence, True, due)


@pytest.mark.parametrize(
    "line",
    [
        "Community Action Northumberland – to be deferred to next meeting.",
        "Community donations to be held over until January.",
        "Updated Financial Regulations, to be deferred until the next meeting.",
        "Community Centre Lease Arrangements (394.20) Deferred to Committee",
        "Consideration of burial fees postponed to next meeting",
        "Hedge at the allotments - In the absence of Cllr Brown this is deferred to the next meeting for her comments.",
        "Therefore previous minutes carried forward until next meeting.",
        "Matters arising carried over to the next meeting.",
    ],
)
def test_a_topic_to_be_put_off_is_a_task(line: str) -> None:
    assert points(parish_doc("5. Correspondence", line)) == [(line, True)]


def test_a_consequence_to_be_carried_over_is_no_decision_of_its_own() -> None:
    doc = parish_doc(
        "5. Matters arising", "The figures were not yet provided so to be carried over to the next meeting."
    )
    assert [r.text for r in doc.resolutions if r.actionable] == []


def test_put_off_for_a_month_is_a_task() -> None:
    doc = parish_doc(
        "10. Core Cities",
        "RESOLVED: That the Committee agrees to defer for one month consideration of the minute.",
    )
    assert points(doc) == [
        ("That the Committee agrees to defer for one month consideration of the minute.", True)
    ]


def test_put_off_until_something_is_complete_is_a_task() -> None:
    doc = parish_doc("10. Tree works", "Members agreed to defer the tree works until the survey is complete.")
    assert points(doc) == [("Members agreed to defer the tree works until the survey is complete.", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A paper on staffing was tabled at the meeting by the Clerk.",
        "The meeting was adjourned until the following Tuesday.",
        "The road was closed until the following week.",
        "The Chair tabled a letter from the school.",
    ],
)
def test_a_paper_tabled_or_a_meeting_adjourned_is_no_decision(sentence: str) -> None:
    assert points(parish_doc("6. Correspondence", sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "The public hearing was continued to the September 22, 2031 Planning Commission meeting.",
            "2031-09-22",
        ),
        ("Council decided to delay the review until June 27 to give the City Manager time.", "2025-06-27"),
    ],
)
def test_an_item_put_off_to_a_day_written_month_first(sentence: str, due: str) -> None:
    doc = parish_doc("5. Bull Mountain", sentence)
    assert [(r.actionable, r.due) for r in doc.resolutions] == [(True, due)]


def test_a_quoted_line_marker_starts_a_new_line() -> None:
    doc = parish_doc(
        "5. Bull Mountain",
        "Council decided to delay the review until June 27 to give the City Manager time.\n"
        "> The City Manager noted that residents were asking for information.",
    )
    assert [r.text for r in doc.resolutions] == [
        "Council decided to delay the review until June 27 to give the City Manager time."
    ]


def test_a_paper_tabled_and_sent_to_a_department_is_not_put_off() -> None:
    sentence = "The Committee agreed the tabled draft response to the Department following its briefing."
    assert points(parish_doc("6. Correspondence", sentence)) == [(sentence, False)]


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("It was RESOLVED to discuss this further at the extraordinary meeting.", "extraordinary meeting"),
        ("It was agreed that the bench designs be discussed at the June meeting.", "June meeting"),
        ("It was RESOLVED to consider the quotes again at a special meeting.", "special meeting"),
    ],
)
def test_a_matter_put_to_a_named_later_meeting_is_a_task_due_then(line: str, due: str) -> None:
    doc = parish_doc("7. Committees", "The Clerk reported on the committee sizes.", line)
    res = doc.resolutions[-1]
    assert (res.actionable, res.due, res.work_programme) == (True, due, True)


def test_a_matter_discussed_at_a_past_meeting_is_no_task() -> None:
    doc = parish_doc(
        "7. Bins", "It was agreed that the rota, which was discussed at the April meeting, be adopted."
    )
    res = doc.resolutions[-1]
    assert (res.actionable, res.due) == (False, None)


@pytest.mark.parametrize(
    "line",
    [
        "RESOLVED that this item be deferred until 7.00pm for the ceremonial part of this meeting.",
        "RESOLVED that the item be deferred until later in the meeting.",
        "RESOLVED that consideration of the item be postponed until after the break.",
    ],
)
def test_an_item_put_off_within_the_meeting_is_no_task(line: str) -> None:
    doc = parish_doc("9. Civic Chairman", line)
    assert [(r.actionable, r.due) for r in doc.resolutions] == [(False, None)]


@pytest.mark.parametrize(
    "line",
    [
        "Election of officers was deferred to next meeting.",
        "Appointment of Committees Deferred to next meeting.",
        "Election of Officers – Deferred to next meeting to await confirmation of the appointees.",
        "Contract approval is tabled until next meeting due to conflicting opinions.",
    ],
)
def test_an_item_named_without_an_article_put_off_to_the_next_meeting(line: str) -> None:
    doc = parish_doc("4. Officers", line)
    assert [(r.text, r.actionable, r.due) for r in doc.resolutions] == [(line, True, "next meeting")]


def test_an_item_deferred_in_capitals_to_a_scheduled_meeting_is_due_that_day() -> None:
    line = "ITEM DEFERRED TO Parish Council meeting scheduled for 29 August 2031."
    doc = parish_doc("7. Play equipment", "Members discussed the quotes for the new swings.", line)
    res = one(doc, "DEFERRED")
    assert (res.text, res.actionable, res.due) == (line, True, "2031-08-29")
    assert [d.isoformat() for d in doc.meeting_dates] == ["2031-08-29"]


@pytest.mark.parametrize(
    "line",
    [
        "12. Play equipment: deferred.",
        "12. To discuss the church clock battery:- Defer.",
        "12. New play equipment: Defer until the outcome of the grant application is known.",
    ],
)
def test_a_notes_line_that_puts_its_topic_off_is_a_deferral(line: str) -> None:
    doc = parish_doc("11. Finance", "The accounts were noted.", line, "13. Close")
    assert [(r.text, r.actionable) for r in doc.resolutions][1:] == [(line[4:], True)]


def test_a_topic_said_to_be_deferred_in_a_sentence_is_no_notes_outcome() -> None:
    doc = parish_doc("11. Finance", "The chair said the resurfacing work was deferred.", "13. Close")
    assert doc.resolutions == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This item would be deferred to the next meeting.",
        "The vacancy would be rolled over to the next meeting.",
        "The review of the standing orders will be deferred until the next meeting.",
    ],
)
def test_an_item_that_would_be_put_off_in_reported_speech_is_a_task(sentence: str) -> None:
    doc = parish_doc("6. Co-option", "No candidates had come forward. " + sentence)
    res = one(doc, sentence.split()[1])
    assert (res.text, res.actionable, res.due) == (sentence, True, "next meeting")


@pytest.mark.parametrize(
    "sentence", ["Approval deferred to the next meeting.", "Item deferred to next meeting."]
)
def test_a_notes_sentence_without_its_verb_that_puts_an_item_off(sentence: str) -> None:
    doc = parish_doc(
        "4. Minutes", "Item 49/23 needs clarification before the minutes are corrected. " + sentence
    )
    res = one(doc, "deferred")
    assert (res.text, res.actionable, res.due) == (sentence, True, "next meeting")


def test_an_item_rolled_on_within_a_report_is_no_task_without_a_meeting() -> None:
    doc = parish_doc("6. Co-option", "The Clerk said the advert had been rolled on.")
    assert [r.text for r in doc.resolutions if r.actionable] == []


def test_a_deferral_told_as_the_outcome_under_its_topic() -> None:
    e = extract_text(
        "Board meeting notes\n\n"
        "  • Meeting schedule\n"
        "    • Deferred until we have more directors present.\n"
        "  • Travel policy\n"
        "    • Alice reported on the new policy.\n"
    )
    (deferral,) = e.resolutions
    assert (deferral.text, deferral.actionable, deferral.owner, deferral.due) == (
        "Deferred until we have more directors present.",
        True,
        None,
        "future meeting",
    )


@pytest.mark.parametrize(
    "motion",
    [
        "MOTION: Diaz/Lee to table the fee schedule until the April 7 meeting. Motion passed 4-1.",
        "Motion by Lee, seconded by Park, to postpone the fee schedule until the April 7 meeting. Motion carried.",
    ],
)
def test_a_motion_to_table_until_a_dated_meeting_is_due_that_day(motion: str) -> None:
    doc = extract_text(
        f"CITY COUNCIL MEETING MINUTES\nMarch 3, 2031 - 7:00 p.m.\n\n6. NEW BUSINESS\nC. Fee schedule\n{motion}\n"
    )
    [res] = doc.resolutions
    assert (res.actionable, res.due) == (True, "2031-04-07")


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "The Pay Policy was deferred to the summer term meeting pending national guidance.",
            "summer term meeting",
        ),
        ("The Lettings Policy was deferred to the autumn meeting.", "autumn meeting"),
        ("Consideration of the bid was deferred to the reconvened meeting.", "reconvened meeting"),
    ],
)
def test_an_item_put_off_to_a_meeting_named_by_its_season(sentence: str, due: str) -> None:
    doc = parish_doc("5. Policies", "Governors approved the Charging Policy. " + sentence)
    assert [(r.actionable, r.due) for r in doc.resolutions if r.text == sentence] == [(True, due)]


def test_an_item_put_off_to_the_end_of_the_meeting_comes_back_at_no_later_one() -> None:
    doc = parish_doc(
        "5. Policies",
        "Governors approved the Charging Policy. The item was deferred to the end of the meeting.",
    )
    assert all(not r.actionable for r in doc.resolutions)
