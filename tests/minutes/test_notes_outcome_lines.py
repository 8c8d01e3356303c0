"""Notes-style lines that end with their outcome, one topic a line and no full stop: "Park
inspection- clerk to get quotes", "Hedge on Mill Lane – TD & AV to inspect", "Police report – all
noted". Each line is whole; the next line in capitals is the next topic, not a wrapped sentence."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.text import logical_lines
from tests.minutes.helpers import parish_doc, points
from tests.minutes.test_fixture_minutes import read, res


def test_each_outcome_line_is_its_own_logical_line() -> None:
    lines = logical_lines(
        "Park inspection- clerk to get quotes\n"
        "Hedge on Mill Lane – TD & AV to inspect\n"
        "Police monthly report – all noted\n"
        "Parish newsletter – noted\n"
    )
    assert [ln.text for ln in lines] == [
        "Park inspection- clerk to get quotes",
        "Hedge on Mill Lane – TD & AV to inspect",
        "Police monthly report – all noted",
        "Parish newsletter – noted",
    ]


def test_a_wrapped_sentence_still_joins() -> None:
    lines = logical_lines(
        "The Clerk reported that the hedge on Mill Lane – which the\n"
        "County Council cut last year – had grown back over the path\n"
        "Members were concerned.\n"
    )
    assert len(lines) == 1
    lines = logical_lines("Bench repair – Clerk to contact the\nSupplier about a new slat.\n")
    assert len(lines) == 1


async def test_parish_notes_outcomes_fixture() -> None:
    e = await read("37_parish_notes_outcomes.txt")
    park = res(e, "Park inspection- clerk to get quotes")
    assert (park.text, park.actionable, park.owner) == ("Park inspection- clerk to get quotes", True, "clerk")
    hedge = res(e, "Hedge on Mill Lane")
    assert (hedge.text, hedge.actionable, hedge.owner) == (
        "Hedge on Mill Lane – TD & AV to inspect",
        True,
        "TD & AV",
    )
    bench = res(e, "Bench repair")
    assert (bench.actionable, bench.owner) == (True, "Clerk")
    agenda = res(e, "To be put on the next agenda")
    assert (agenda.actionable, agenda.due, agenda.work_programme) == (True, "next meeting", True)
    confirmed = res(e, "were approved subject to the following amendment")
    assert (confirmed.actionable, confirmed.owner) == (False, None)
    assert not [r for r in e.resolutions if "noted" in r.text]
    assert [d.isoformat() for d in e.meeting_dates] == ["2025-10-14"]


def test_next_agenda_is_the_next_meeting() -> None:
    doc = extract_text(
        "Minutes of the Parish Council meeting held on 2 October 2025\n\n"
        "5. Village sign\nThe sign has faded.\nAction: To be put on the next agenda\n"
    )
    (point,) = doc.resolutions
    assert (point.actionable, point.due, point.work_programme) == (True, "next meeting", True)


def test_planning_responses_one_a_line() -> None:
    doc = extract_text(
        "Minutes of the meeting of Ashby Magna Parish Council held on 9 September 2025\n\n"
        "7. Planning\n"
        "25/01234/FUL, 3 Church Street, single storey extension – no objection\n"
        "25/01299/HH, The Old Forge, new garage – recommend refusal\n"
        "25/01300/HH, Mill House, porch – recommend approval\n"
    )
    texts = [r.text for r in doc.resolutions]
    assert texts == [
        "25/01234/FUL, 3 Church Street, single storey extension – no objection",
        "25/01299/HH, The Old Forge, new garage – recommend refusal",
        "25/01300/HH, Mill House, porch – recommend approval",
    ]
    assert [r.actionable for r in doc.resolutions][1:] == [True, True], (
        "a recommendation to the planning authority"
    )


def test_the_councils_answer_under_each_application_in_a_list() -> None:
    """ "The Council support this application" under every application repeats, but it is each
    application's answer to the planning authority, not a running title."""
    answers = ["support this application", "support this application", "objects to this application"]
    works = ["Demolition of the dwelling", "Rear extension", "New equipment cabinet"]
    listed = "".join(
        f"\u2022 WD/31/17{n}/F \u2013 {n} Church Lane, Frant\n{works[n]}\nThe Council {answer}\n"
        for n, answer in enumerate(answers)
    )
    doc = extract_text(
        "Minutes of Frant Parish Council Planning Committee held on 1 October 2031\n\n"
        "4. TO CONSIDER PLANNING APPLICATIONS RECEIVED AND MAKE RECOMMENDATIONS.\n"
        "The following applications were received and comments made:\n" + listed
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (f"WD/31/17{n}/F \u2013 {n} Church Lane, Frant {works[n]} The Council {answer}", True)
        for n, answer in enumerate(answers)
    ]


def test_a_payments_list_is_one_decision_with_no_further_step() -> None:
    doc = extract_text(
        "Minutes of the meeting of Ashby Magna Parish Council held on 9 September 2025\n\n"
        "9. Finance\n"
        "The following payments were approved:\n"
        "Mrs J Hill, salary July and August £412.20\n"
        "Green Cuts Ltd, grass cutting £240.00\n\n"
        "10. Any other business\n"
        "None.\n"
    )
    (payments,) = doc.resolutions
    assert payments.text == (
        "The following payments were approved: Mrs J Hill, salary July and August £412.20 "
        "Green Cuts Ltd, grass cutting £240.00"
    )
    assert not payments.actionable


def test_lines_under_a_payments_heading_without_amounts_do_not_join() -> None:
    lines = logical_lines("The following payments were approved:\nSee the schedule attached\n")
    assert len(lines) == 2


def test_the_parish_view_in_a_list_of_planning_decisions() -> None:
    doc = extract_text(
        "Minutes of the meeting of Ashby Magna Parish Council held on 9 September 2025\n\n"
        "7. Planning decisions\n"
        "Garage at Rose Cottage, Mill Road - approved by Borough Council\n"
        "Old Mill, Church Lane - refused by Parish Council\n"
        "Barn conversion, Hall Farm - approved by Parish Council\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Old Mill, Church Lane - refused by Parish Council", False),
        ("Barn conversion, Hall Farm - approved by Parish Council", False),
    ]


def test_outcome_lines_with_shared_and_titled_owners() -> None:
    doc = extract_text(
        "Minutes of the meeting of Ashby Magna Parish Council held on 9 September 2025\n\n"
        "3. Matters arising\n"
        "Street light outside no. 12 – Clerk/RFO to report to the County Council\n"
        "Dog bin at the playing field – Cllrs Vine and Moore to choose a location\n"
        "Noticeboard – Chairman to obtain a price for a new board\n"
        "Grass verges – Officers to check the cutting schedule\n"
        "Parking on the green – referred to the police\n"
        "Flooding on Back Lane: Clerk to write to Highways\n"
        "Footpath 4 – Clerk to chase\n"
    )
    owners = {r.owner for r in doc.resolutions if r.actionable}
    assert {"Clerk/RFO", "Cllrs Vine and Moore", "Chairman", "Officers", "Clerk"} <= owners
    assert not any("Parking" in r.text and "Flooding" in r.text for r in doc.resolutions)
    assert not any("Highways Footpath" in r.text for r in doc.resolutions), "each line is whole"


def test_outcome_lines_in_lower_case_and_with_no_space_at_the_dash_are_whole() -> None:
    lines = logical_lines(
        "9. Highways\n"
        "bus shelter-clerk to chase\n"
        "pothole on mill lane - clerk to report to county\n"
        "Verge by the school–Cllr Shaw to ask the landowner\n"
        "10. Planning\n"
        "h25-0412-22 2 mill row rear extension- no objection\n"
        "Barn at Church Farm, conversion -Recommend Refusal\n"
        "Garage at Rose Cottage - approved by Borough Council\n"
    )
    assert [ln.text for ln in lines] == [
        "9. Highways",
        "bus shelter-clerk to chase",
        "pothole on mill lane - clerk to report to county",
        "Verge by the school–Cllr Shaw to ask the landowner",
        "10. Planning",
        "h25-0412-22 2 mill row rear extension- no objection",
        "Barn at Church Farm, conversion -Recommend Refusal",
        "Garage at Rose Cottage - approved by Borough Council",
    ]


def test_a_hyphenated_word_is_no_outcome_dash() -> None:
    lines = logical_lines("The talk on the Vice-Chair to come was\nwell-received by all\n")
    assert len(lines) == 1
    lines = logical_lines("Members thanked the\nself-employed contractor to whom the work went\n")
    assert len(lines) == 1


async def test_parish_notes_in_lower_case_fixture() -> None:
    e = await read("39_parish_notes_lowercase_outcomes.txt")
    got = [(r.text, r.actionable, r.owner) for r in e.resolutions]
    assert got == [
        ("h25-0412-22 2 mill row rear extension- no objection", True, None),
        ("25/0133/HH The Old Forge, new garage- recommend approval", True, None),
        ("Barn at Church Farm, conversion -Recommend Refusal", True, None),
        ("bus shelter-clerk to chase", True, "clerk"),
        ("pothole on mill lane - clerk to report to county", True, "clerk"),
        ("Verge by the school–Cllr Shaw to ask the landowner", True, "Cllr Shaw"),
        ("Members discussed what could be done – TD & AV to inspect.", True, "TD & AV"),
    ]


def test_an_owner_after_the_last_dash_of_a_sentence_in_a_paragraph() -> None:
    e = extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n"
        "6. Open spaces\n"
        "Two ash trees have fallen in the wood. The Millennium Wood is in a poor state – TD & AV to inspect. "
        "The footpath is muddy but the county has been told.\n"
    )
    [wood] = e.resolutions
    assert (wood.text, wood.actionable, wood.owner) == (
        "The Millennium Wood is in a poor state – TD & AV to inspect.",
        True,
        "TD & AV",
    )


def test_a_task_after_a_dash_that_closes_a_long_sentence_is_an_aside() -> None:
    """Written with no space at the dash after a whole sentence, the task is the writer's note
    of who follows a request up (gold: a request), not a notes-style outcome line."""
    e = extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n"
        "SV and EL asked for the list of the twenty codes most likely to be put out to report-KC to action\n"
    )
    assert e.resolutions == []


@pytest.mark.parametrize(
    "line",
    [
        "New agreement on salaries. 9 March - Agenda Next Meeting",
        "Bus shelter – next agenda",
        "Village sign - to go on the agenda for the next meeting",
        "Speed watch scheme– on next meeting's agenda",
    ],
)
def test_a_topic_sent_to_the_next_agenda_comes_back(line: str) -> None:
    e = extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n8. Correspondence\n" + line + "\n"
    )
    [sent] = e.resolutions
    assert (sent.text, sent.actionable, sent.due, sent.work_programme) == (line, True, "next meeting", True)


def test_lines_sent_to_the_next_agenda_stay_apart() -> None:
    lines = logical_lines(
        "Bus shelter – next agenda\nVillage sign - to go on the agenda for the next meeting\n"
    )
    assert len(lines) == 2


@pytest.mark.parametrize(
    "line",
    ["The agenda for the next meeting was discussed.", "Members asked for the next agenda to be shorter."],
)
def test_talk_about_the_next_agenda_is_not_an_outcome(line: str) -> None:
    e = extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n8. Any other business\n"
        + line
        + "\n"
    )
    assert e.resolutions == []


@pytest.mark.parametrize(
    ("paragraph", "decisions"),
    [
        (
            "P/21/123 Single storey extension at 3 Mill Lane. Members raised no objections to this application.",
            [("Members raised no objections to this application.", True)],
        ),
        (
            "190926 The Green - sun room. The Chairman reported that Historic England had offered no objections. On "
            "this basis the Parish Council agreed unanimously to support the application.",
            [("the Parish Council agreed unanimously to support the application.", True)],
        ),
    ],
)
def test_the_parish_answer_to_an_application_told_in_a_sentence(
    paragraph: str, decisions: list[tuple[str, bool]]
) -> None:
    doc = parish_doc("6. Planning", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == decisions


def test_resolved_to_object_to_the_application_answers_the_planning_authority() -> None:
    doc = extract_text(
        "Minutes of Preesall Town Council held on 8 February 2031\n\n173. Planning\n\n"
        "Resolved: to object to the application as the council continues to believe that the land is unsuitable "
        "for building.\n"
    )
    assert [r.actionable for r in doc.resolutions] == [True]


@pytest.mark.parametrize(
    "decision",
    [
        "It was RESOLVED to offer no objections to the numbered plan as submitted.",
        "It was RESOLVED to support the following applications to be determined by the District Council.",
    ],
)
def test_a_parish_answer_to_the_planning_authority_in_other_words(decision: str) -> None:
    doc = extract_text(
        f"Minutes of Ashby Parish Council held on 8 February 2031\n\n7. Planning\n\n{decision}\n"
    )
    assert [r.actionable for r in doc.resolutions] == [True]


def test_a_topic_with_a_colon_starts_a_new_paragraph_after_a_figure() -> None:
    e = parish_doc(
        "Finance",
        "Community fund balance for 2025-2026 is £506.79\n"
        "Flower Tubs: The committee agreed to purchase four new tubs for the village.\n",
    )
    assert points(e) == [("The committee agreed to purchase four new tubs for the village.", True)]


def test_a_bare_roman_label_after_a_blank_line_opens_the_next_application() -> None:
    e = parish_doc(
        "Planning Applications",
        "ii Ms M Keane 25/00145/FUL (Garden Studios, Harby)\n\n"
        "The Parish Council had no objections to this application\n\n"
        "iii Mrs M Whittaker 25/00170/TCA (Orchard End, Back Lane)\n\n"
        "Fell one beech tree\n",
    )
    assert points(e) == [("The Parish Council had no objections to this application", True)]


def test_each_application_of_an_unpunctuated_planning_list_is_its_own_answer() -> None:
    doc = parish_doc(
        "9. Planning applications",
        "31/01131/FUL Single storey side extension\nAt 12 Talbot Court For Mr & Mrs Carter\n"
        "Planning officer A Kemp Date 3 September 2031\n"
        "No objection\n"
        "31/01961/FUL Erection of a boundary wall\nAt 15 Lysander Close For Mr Howard Smith\n"
        "Planning officer R Keefe Date 29 August 2031\n"
        "No objection",
    )
    assert [(r.text[:12], r.actionable) for r in doc.resolutions] == [
        ("31/01131/FUL", True),
        ("31/01961/FUL", True),
    ]


def test_an_objection_or_support_after_a_listed_application_is_the_councils_answer() -> None:
    answers = [
        "31/00145/HH – The Old Barn, new garage – Council objects on grounds of overdevelopment.",
        "31/00146/HH – 3 High St, new porch – Objection.",
        "31/00147/FUL – Land at Mill Farm, 9 houses – Object – out of character with the village.",
        "31/00148/FUL – 2 Mill Lane, extension – The Parish Council objects to this application on the grounds of "
        "loss of light.",
        "31/00149/FUL – 5 Mill Lane, extension – Support.",
    ]
    not_answers = [
        "31/00151/FUL – Supported living units, 3 Mill Lane – No comment.",
        "31/00152/FUL – 3 Mill Lane – Objections from residents were read out.",
    ]
    doc = parish_doc("Planning", "\n".join(answers + not_answers))
    assert points(doc) == [(answer, True) for answer in answers]


def test_the_councils_answer_in_a_sentence_after_the_application_it_answers() -> None:
    answers = [
        "31/00160/FUL – Land at Hill Farm – 12 dwellings. The Council objects on the grounds of highway safety.",
        "31/00161/HH – 4 Church Street – single storey extension. Councillors had no objections.",
        "31/00162/FUL – The Forge – change of use. Object – overdevelopment of the site.",
        "31/00163/HH – 9 Mill Lane – new porch. Support.",
    ]
    not_answers = ["The Chair said it was time to support the school. Support was given by all."]
    doc = parish_doc("Planning", "\n".join(answers + not_answers))
    assert points(doc) == [(answer, True) for answer in answers]


@pytest.mark.parametrize(
    ("line", "decision"),
    [
        ("Invitation to the Keep Tidy awards – AGREED that the Mayor attends.", "That the Mayor attends."),
        (
            "Invitation to the Keep Tidy awards – Resolved to send the Deputy Mayor.",
            "To send the Deputy Mayor.",
        ),
        ("Grass cutting contract – Agreed to obtain three quotes.", "To obtain three quotes."),
        ("Letter from the bus company: AGREED that the Clerk replies.", "That the Clerk replies."),
    ],
)
def test_a_decision_after_its_topic_and_a_dash(line: str, decision: str) -> None:
    doc = parish_doc("8. Correspondence", line)
    assert [r.text for r in doc.resolutions] == [decision]
    assert not doc.requests
