"""Parish notes that give a task as a bare infinitive, with nobody named ("To contact the planning
dept.", "To report."), and a planning answer told in the passive ("The application was recommended
for approval.")."""

from __future__ import annotations

from minutes.extract import extract_text
from tests.minutes.helpers import parish_doc, points


def test_a_bare_infinitive_errand_is_a_task_and_a_short_note_it_closes_goes_with_it() -> None:
    doc = parish_doc(
        "ANY OTHER BUSINESS",
        "1. To contact the phone company about the kiosk, it is listed and has been vandalised.",
        "2. Mr. Pearce was at the meeting and offered to be tree warden.",
        "3. Drain blocked in Mill Lane near the shop, and a manhole cover is cracked. To report.",
        "4. To request the Borough Council to remove graffiti from the garage doors.",
    )
    assert points(doc) == [
        ("To contact the phone company about the kiosk, it is listed and has been vandalised.", True),
        ("Drain blocked in Mill Lane near the shop, and a manhole cover is cracked. To report.", True),
        ("To request the Borough Council to remove graffiti from the garage doors.", True),
    ]


def test_an_agendas_purpose_lines_are_not_errands() -> None:
    doc = parish_doc(
        "385. To invite Councillors to declare an interest in matters on the Agenda",
        "386. To receive the minutes of the last meeting.",
        "387. To request the committee to decide the planning applications attached.",
    )
    assert [text for text, actionable in points(doc) if actionable] == []


def test_a_planning_answer_told_in_the_passive_is_the_councils_recommendation() -> None:
    doc = parish_doc(
        "5. Planning: Community Centre - change of use to a dwelling - Mrs. Fisher declared an interest."
        " The application was recommended for approval.",
        "6. Planning Application: Warren Cottage, Cavenham Road - two storey extension and a porch - both to be"
        " recommended for approval.",
        "7. The planning officer advised that the barn conversion would not be recommended for approval.",
    )
    assert points(doc) == [
        ("The application was recommended for approval.", True),
        (
            "Planning Application: Warren Cottage, Cavenham Road - two storey extension and a porch - both to be"
            " recommended for approval.",
            True,
        ),
    ]


def test_a_bulleted_errand_is_a_task_however_its_verb_reads() -> None:
    doc = extract_text(
        "---\ntitle: Imaging group meeting\ndate: 2031-11-03\n---\n\n## Actions\n\n"
        "- To email through two priorities that the group should focus on to the network inbox [new for members]\n"
    )
    assert points(doc) == [
        (
            "To email through two priorities that the group should focus on to the network inbox [new for members]",
            True,
        )
    ]


def test_a_resolution_to_ask_someone_who_agreed_there_and_then_leaves_nothing_to_do() -> None:
    doc = parish_doc("2031-107 To agree a minute taker. RESOLVED to ask Cllr Hale, who agreed.")
    assert points(doc) == [("To ask Cllr Hale, who agreed.", False)]


def test_a_note_put_off_to_a_later_meeting_is_a_task_with_what_it_is_about() -> None:
    doc = parish_doc(
        "8. Dog bins: There was a discussion as to whether the Parish Council or the Borough Council should empty"
        " the bins. To be discussed at the next meeting.",
        "9. To review and resolve accordingly on the following:",
        "1. Asset Register – to be reviewed at a future meeting.",
    )
    assert [(r.text, r.actionable, r.due) for r in doc.resolutions] == [
        (
            "Dog bins: There was a discussion as to whether the Parish Council or the Borough Council should empty"
            " the bins. To be discussed at the next meeting.",
            True,
            "next meeting",
        ),
        ("Asset Register – to be reviewed at a future meeting.", True, "future meeting"),
    ]


def test_an_answer_pointing_back_at_the_applications_listed_before_it_is_one_decision_with_them() -> None:
    doc = parish_doc(
        "5. Planning: Mr Cable, construction of 4 dwellings, The Springs. B.S.C., a screening building and car"
        " parking spaces. Both applications to be recommended for approval."
    )
    assert points(doc) == [
        (
            "Planning: Mr Cable, construction of 4 dwellings, The Springs. B.S.C., a screening building and car"
            " parking spaces. Both applications to be recommended for approval.",
            True,
        )
    ]


def test_terse_errands_and_put_off_notes_in_their_shortest_forms() -> None:
    doc = parish_doc(
        "MATTERS ARISING",
        "6\\. New seat in village. To decide at next meeting.",
        "HIGHWAYS",
        "2\\. Mill House, Oxborough Rd. Tree overhanging road. To write,",
        "10\\. Review of Burial Fees.",
        "To be reviewed at the next ordinary Parish Council Meeting.",
    )
    assert [(r.text, r.due) for r in doc.resolutions if r.actionable] == [
        ("New seat in village. To decide at next meeting.", "next meeting"),
        ("Mill House, Oxborough Rd. Tree overhanging road. To write,", None),
        ("To be reviewed at the next ordinary Parish Council Meeting.", "next meeting"),
    ]


def test_a_numbered_errand_written_as_a_command_is_a_task() -> None:
    doc = parish_doc(
        "ANY OTHER BUSINESS",
        "6. Concern at the parking on the pavement outside the shop.",
        "7. To contact the telephone company about the kiosk.",
        "8. Inform police of the damage and behaviour of some of the youths near the bus shelter",
        "I. Inform Highways of the concrete slab behind the kiosk, also remind them about the list of work.",
        "9. Report of stones on the path outside the shop.",
    )
    assert points(doc) == [
        ("To contact the telephone company about the kiosk.", True),
        ("Inform police of the damage and behaviour of some of the youths near the bus shelter", True),
        (
            "Inform Highways of the concrete slab behind the kiosk, also remind them about the list of work.",
            True,
        ),
    ]


def test_an_application_supported_in_a_numbered_planning_list_is_the_councils_answer() -> None:
    doc = parish_doc(
        "9. Planning",
        "9.1 Security fencing at the school, Mill Road (31/00412/F), application supported, all Councillors agreed",
        "9.2 Garden room at 4 Church Lane (31/00415/F), application not supported.",
        "9.3 Members noted that the application for the barn had been supported by the Borough.",
    )
    assert points(doc) == [
        (
            "Security fencing at the school, Mill Road (31/00412/F), application supported, all Councillors agreed",
            True,
        ),
        ("Garden room at 4 Church Lane (31/00415/F), application not supported.", True),
    ]
