"""Parish minutes told as narrative: a co-option ("made herself available for co-option and was
co-opted"), minutes "circulated, agreed and signed by the Chairman as a true record" in the sentence
after the one naming them, and "It was agreed that since ... the Clerk would ..." (the Clerk acts,
not the clause before); "Agreed:" as a label after the discussion, a "Decision:" that ends where
another agreement begins, and a task shared ("Clerk with Cllr Jones and the Lengthsman to review ...")."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.owners import find_owner
from tests.minutes.helpers import parish_doc, points
from tests.minutes.test_fixture_minutes import read


async def test_parish_narrative_decisions() -> None:
    e = await read("31_parish_co_option_and_record.txt")
    assert [(r.minute, r.actionable, r.owner) for r in e.resolutions] == [
        ("1", False, None),
        ("2", False, None),
        ("3", True, "the Clerk"),
    ]
    assert e.resolutions[1].text == (
        "These had been circulated, were agreed and signed by the Chairman as a true record."
    )


def test_the_actor_after_a_clause_of_reason_owns_the_task() -> None:
    assert find_owner("That since the mower had broken the Clerk would obtain quotes.") == "the Clerk"
    assert find_owner("That the Clerk would obtain quotes since the mower had broken.") == "the Clerk"


def test_a_labelled_decision_inside_a_paragraph_stands_beside_the_items_list() -> None:
    doc = parish_doc(
        "8) Parish Councillors Reports",
        "8.2 Resolved – that the PC is in favour of a 20mph speed limit in the village.",
        "8.3 Parking is an issue. Resolved – to contact the school to agree a joint letter to residents – AV to action",
        "8.4 Members discussed the verges and it was agreed that they were in good order.",
    )
    assert [r.text for r in doc.resolutions] == [
        "That the PC is in favour of a 20mph speed limit in the village.",
        "Resolved – to contact the school to agree a joint letter to residents – AV to action",
    ]
    assert doc.resolutions[1].actionable and doc.resolutions[1].owner == "AV"


def test_a_decision_resolved_with_a_capital_inside_a_paragraph_stands_beside_the_items_resolution() -> None:
    """Parish clerks mark a formal decision with a capital even inside a sentence ("after discussions
    it was Resolved to ..."): one paragraph's decision is as formal as the next one's."""
    doc = parish_doc(
        "3. To consider the options to replace the boundary fence.",
        "Both fences have been removed. It was proposed that the council reinstate the fence. After discussions "
        "it was Resolved to install a post & rail fence. All agreed show of hands.",
        "The clerk presented 3 quotes for consideration, after discussions it was Resolved to accept the quote "
        "of £380, All agreed – show of hands.",
        "4. Play parks",
        "Members discussed the state of the play parks and it was agreed that they were in good order.",
        "RESOLVED to note the inspection report.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("After discussions it was Resolved to install a post & rail fence. All agreed show of hands.", True),
        ("To accept the quote of £380, All agreed – show of hands.", False),
        ("To note the inspection report.", False),
    ]


def test_cllrs_agree_and_a_proposal_closed_by_its_seconder() -> None:
    doc = parish_doc(
        "[3] Minutes",
        "JS proposed that the draft notes be adopted without amendment as the true and correct Minutes of the "
        "meeting. Seconded by JP, and resolved.",
        "[5] Correspondence",
        "LCC invited comments on a 3% increase. Cllrs agreed to reply to the effect that the increase was acceptable.",
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("JS proposed that the draft notes be adop", False),
        ("Cllrs agreed to reply to the effect that", True),
    ]
    assert doc.resolutions[0].text.endswith("Seconded by JP, and resolved.")


@pytest.mark.parametrize(
    "sentence",
    [
        'It was agreed two signs should be purchased stating "No vehicles on the Green".',
        "It was agreed four more posts should be purchased and put in place to deter parking on the grass.",
        "It was agreed 3 benches would be ordered for the playing field.",
    ],
)
def test_it_was_agreed_without_that_before_a_counted_subject(sentence: str) -> None:
    doc = parish_doc("7. The Green", "A complaint has been received about cars on the Green. " + sentence)
    assert points(doc) == [(sentence, True)]


@pytest.mark.parametrize(
    "line",
    [
        "It was agreed the Clerk would talk to the contractor to check he has insurance.",
        "1957 Grass Cutting, It was agreed the Clerk would talk to the contractor to check he has insurance.",
        "Grass verges: It was agreed the Clerk would talk to the contractor to check he has insurance.",
        "Verges, beckside, etc. It was agreed the Clerk would talk to the contractor to check he has insurance.",
    ],
)
def test_it_was_agreed_without_that_and_run_into_its_title(line: str) -> None:
    doc = parish_doc("4. Grass cutting", line)
    assert [text for text, _ in points(doc)] == [
        "It was agreed the Clerk would talk to the contractor to check he has insurance."
    ]


def test_a_title_in_sentence_case_before_a_colon_and_the_agreement_after_it() -> None:
    doc = parish_doc(
        "4. Matters carried over",
        "Speed watch: volunteers continue to resolve the start-up problems.",
        "Grass verges: After discussion, it was unanimously agreed to set up a sub-committee to draft a plan.",
    )
    assert points(doc) == [
        ("After discussion, it was unanimously agreed to set up a sub-committee to draft a plan.", True)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The Clerks report was presented and approved.",
        "The treasurer's report was circulated prior to the meeting and was accepted.",
    ],
)
def test_a_report_presented_and_approved_is_a_decision_with_nothing_to_do(line: str) -> None:
    doc = parish_doc("43/31 Clerk's report and matters arising", line)
    assert points(doc) == [(line, False)]


def test_an_appointment_told_in_the_passive_is_a_decision() -> None:
    line = "Cllr Broomfield was confirmed as Chair of the Task and Finish Group with Cllrs Tyson and Payne as members."
    doc = parish_doc("5. Task and Finish Group", "Members discussed the membership of the group.", line)
    assert points(doc) == [(line, False)]


def test_lettered_sub_items_after_a_decision_resolved_inside_one_are_not_its_points() -> None:
    """Parish minutes letter the sub-items of an agenda item and resolve inside them ("a) It was
    NOTED that ... It was RESOLVED to approve ..."); "b)" and "c)" that follow are the item's next
    sub-items, not points of that decision."""
    doc = parish_doc(
        "6. BURIAL GROUND MATTERS ARISING",
        "a) It was NOTED that there has been 1 burial since the last meeting. It was RESOLVED to approve that any "
        "further burials will be offered a choice of plot.",
        "b) As per minute point 5 a.",
        "c) A verbal update on the consecrated area was received. The diocese has been contacted regarding options. "
        "Action: Clerk to follow this up.",
        "7. CORRESPONDENCE",
        "None.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That there has been 1 burial since the last meeting.", False),
        ("To approve that any further burials will be offered a choice of plot.", False),
        ("Action: Clerk to follow this up.", True),
    ]


def test_a_paragraph_opening_with_an_initial_keeps_it() -> None:
    """ "S. Farrow proposed ..." opens with a person's initial, not a paragraph's letter."""
    doc = parish_doc(
        "9/20 Accounts",
        "S. Farrow proposed acceptance of the accounts, seconded by C. Cook and unanimously agreed.",
        "10/20 Play area",
        "a) The inspection report was received. It was agreed to repaint the swings.",
    )
    assert [r.text for r in doc.resolutions] == [
        "S. Farrow proposed acceptance of the accounts, seconded by C. Cook and unanimously agreed.",
        "The inspection report was received.",
        "It was agreed to repaint the swings.",
    ]


@pytest.mark.parametrize(
    ("line", "text", "owner"),
    [
        (
            "Drug strategy - it was agreed Rachel Young would arrange a meeting between the partners.",
            "it was agreed Rachel Young would arrange a meeting between the partners.",
            "Rachel Young",
        ),
        (
            "Bench repairs: it was agreed that the Clerk would obtain two quotes.",
            "That the Clerk would obtain two quotes.",
            "the Clerk",
        ),
    ],
)
def test_a_topic_before_it_was_agreed_and_a_named_doer_without_that(line: str, text: str, owner: str) -> None:
    """A notes-style topic run into the decision, after a dash or a colon, with the decision's doer
    named straight after "agreed" ("it was agreed Rachel Young would ...")."""
    doc = parish_doc("5. Amenities", line)
    assert [(r.text, r.owner) for r in doc.resolutions] == [(text, owner)]


def test_the_council_co_opting_a_member_is_a_decision() -> None:
    doc = parish_doc("4. Co-option", "The Parish Council co-opted Mr Andrew Hale as a new councillor.")
    assert points(doc) == [("The Parish Council co-opted Mr Andrew Hale as a new councillor.", False)]


def test_a_terse_agreed_names_the_clerk_or_the_council_as_we() -> None:
    doc = parish_doc(
        "Matters arising:",
        "(1) Car park:",
        "The banner had been removed. Agreed we ask the Enforcement Officer about the boards.",
        "(2) War Memorial:",
        "Members were not happy with the first attempt at enamelling. Agreed Clerk to make further enquiries.",
        "(3) Verge:",
        "The agents cannot trace the sale. Agreed we ask Enforcement Officer about this and the blackboards.",
        "Agreed we try the Lyster family for information as to the agent responsible.",
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("Agreed we ask the Enforcement Officer about the boards.", True, None),
        ("Agreed Clerk to make further enquiries.", True, "Clerk"),
        ("Agreed we ask Enforcement Officer about this and the blackboards.", True, None),
        ("Agreed we try the Lyster family for information as to the agent responsible.", True, None),
    ]


def test_a_bare_answer_closes_the_planning_application_it_answers() -> None:
    doc = parish_doc(
        "5. Planning",
        "Applications Received:",
        "15/00881/FUL Lower School, Thurleigh Road. Installation of a surfaced games area, including fencing. "
        "No objections.",
        "15/01102/FUL 3 Thurleigh Road. Erection of a detached garage.  No objections.",
    )
    assert [(r.text[:24], r.actionable) for r in doc.resolutions] == [
        ("15/00881/FUL Lower Schoo", True),
        ("15/01102/FUL 3 Thurleigh", True),
    ]


def test_paragraph_numbers_run_into_one_line_start_sentences() -> None:
    doc = extract_text(
        "Minutes of the Parkside Residents Association held on 4 March 2032\n\n"
        "Estate matters – 1 The need for the landlord to provide care for elderly tenants was raised. "
        "2 NW confirmed that the survey was not a valuation. NW to write to the landlord. 3 Concern was "
        "expressed at the repairs statement. NW to contact tenants and the landlord. 4 RW reported that the bike "
        "hangar had at last been repaired.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("NW to write to the landlord.", True, "NW"),
        ("NW to contact tenants and the landlord.", True, "NW"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed we would write to the Highways Authority about the verge.",
        "It was agreed they would invite the water company to the next meeting.",
    ],
)
def test_it_was_agreed_with_a_pronoun_for_who_acts_is_a_decision(sentence: str) -> None:
    doc = parish_doc("5. Verges", "The members discussed the damage to the verges. " + sentence)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(sentence, True)]
    assert doc.requests == []


@pytest.mark.parametrize(
    "line",
    [
        "This was noted and the Clerk was asked to write to Mr Drake thanking him for his years of service.",
        "Following discussion, the Clerk was asked to write to Mr Drake thanking him for his years of service.",
        "The meeting noted that the paving on Mill Lane was overgrown and the Clerk was asked to report it.",
    ],
)
def test_the_clerk_asked_to_act_after_a_lead_in(line: str) -> None:
    doc = parish_doc("6. Correspondence", line)
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [(line, True, "the Clerk")]
    assert doc.requests == []


def test_the_clerk_be_instructed_without_its_that() -> None:
    line = "The Town Clerk be instructed to write to the District Council about dog fouling."
    doc = parish_doc("6. Correspondence", line)
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [(line, True, "The Town Clerk")]


def test_a_body_agreeing_after_a_title_in_sentence_case() -> None:
    doc = parish_doc(
        "5. Village", "Flower tubs: The committee agreed to purchase four new tubs for the village."
    )
    assert [r.text for r in doc.resolutions] == [
        "The committee agreed to purchase four new tubs for the village."
    ]


def test_a_sentence_typed_against_the_full_stop_before_it_is_a_sentence_of_its_own() -> None:
    doc = parish_doc(
        "5. County Councillor's report",
        "Cllr Vane read out an email about a caravan parked on the green without consent.It was agreed "
        "to contact the enforcement team about the caravan.",
        "6. St.John's churchyard",
        "The wall at St.John's is leaning.Cllr.Kimber will look at it.",
    )
    assert points(doc) == [("It was agreed to contact the enforcement team about the caravan.", True)]


def test_a_decision_spliced_onto_the_facts_it_was_taken_on_is_the_whole_sentence() -> None:
    doc = parish_doc(
        "1. Two quotes had been received for the cemetery work, £3,750.00 from Norfolk Services and £1,900"
        " from Fenland Grounds Ltd, it was decided to accept the one from Fenland Grounds Ltd.",
        "2. As eight people are now waiting for allotments, it was agreed that a site meeting would be held"
        " with the councillors on Tuesday 24 February at 12 noon.",
        "3. At a previous meeting, it was agreed to postpone the resurfacing of the toddler area.",
    )
    assert points(doc) == [
        (
            "Two quotes had been received for the cemetery work, £3,750.00 from Norfolk Services and £1,900"
            " from Fenland Grounds Ltd, it was decided to accept the one from Fenland Grounds Ltd.",
            False,
        ),
        (
            "As eight people are now waiting for allotments, it was agreed that a site meeting would be held"
            " with the councillors on Tuesday 24 February at 12 noon.",
            True,
        ),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed by parish councillors that the Clerk to write to the occupiers asking them to cut the hedge back.",
        "It was agreed by members that the Clerk write to the occupiers asking them to cut the hedge back.",
    ],
)
def test_it_was_agreed_by_the_councillors_themselves_is_their_decision(sentence: str) -> None:
    doc = parish_doc("5. Hedges", "The hedge in Mill Lane is overgrown again. " + sentence)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(sentence, True)]


def test_it_was_agreed_by_another_body_reports_its_decision() -> None:
    doc = parish_doc("5. Hedges", "It was agreed by the Cabinet in 2019 that hedges be cut twice a year.")
    assert [r.text for r in doc.resolutions if r.actionable] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed by the PC that they will write to planning to clarify this issue.",
        "It was agreed by the Parish Council that the Clerk would write to the landowner.",
    ],
)
def test_it_was_agreed_by_the_council_is_a_decision_of_the_council(sentence: str) -> None:
    doc = parish_doc("9. Skips on the track", "A resident asked what action was being taken. " + sentence)
    assert points(doc) == [(sentence, True)]


def test_the_parish_council_shortened_with_its_stops_decides() -> None:
    doc = parish_doc(
        "Any other business",
        "Seat on the hill near the church very damaged. P.C. decided to remove it and not replace it.",
    )
    assert points(doc) == [("P.C. decided to remove it and not replace it.", True)]


def test_agreed_as_a_label_after_the_discussion_in_its_paragraph() -> None:
    doc = parish_doc(
        "2.4 Budget talks. Cllr Wood noted that members would be asked to take part in the budget talks. "
        "Agreed: Cllr Wood to be added to the agenda mailing list.",
        "2.5 Hall. The hall roof was discussed. Agreed: the Clerk to obtain two quotes for the repair.",
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("Cllr Wood to be added to the agenda mailing list.", True, None),
        ("The Clerk to obtain two quotes for the repair.", True, "The Clerk"),
    ]


def test_a_decision_label_ends_where_another_agreement_begins() -> None:
    doc = parish_doc(
        "2.3 Defibrillator. Members of the public asked who looks after the box. Decision: Secretary to "
        "prepare notices for the village and to add the box to the national database. All agreed box to "
        "be left unlocked for use in an emergency."
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        (
            "Secretary to prepare notices for the village and to add the box to the national database.",
            True,
            "Secretary",
        ),
        ("All agreed box to be left unlocked for use in an emergency.", False, None),
    ]


def test_a_task_shared_with_others_names_them_all() -> None:
    doc = parish_doc(
        "a. Lengthsman's report – The report was received. Clerk with Cllr Jones and the Lengthsman to "
        "review the annual maintenance plan."
    )
    (task,) = doc.resolutions
    assert (task.actionable, task.owner) == (True, "Clerk with Cllr Jones and the Lengthsman")


def test_a_task_given_after_an_agreement_in_its_paragraph_is_a_point_of_its_own() -> None:
    doc = parish_doc(
        "6.3 Cemetery. The grass cutting is in hand.",
        "Agreed that a meeting of the Cemetery Sub-Committee needs to be arranged on site with the Chair. "
        "Clerk to arrange a meeting during August and report back by the next Full Council Meeting.",
        "6.4 Bus shelter. Nothing to report.",
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("That a meeting of the Cemetery Sub-Committee needs to be arranged on site with the Chair.", None),
        (
            "Clerk to arrange a meeting during August and report back by the next Full Council Meeting.",
            "Clerk",
        ),
    ]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "10. Bin update- district councilor and clerk to put a complaint in on missed bins",
            "district councilor and clerk",
        ),
        ("11. Verges- county councillor to ask the highways team to cut the verges", "county councillor"),
    ],
)
def test_a_notes_line_gives_its_task_to_a_councillor_of_another_council(line: str, who: str) -> None:
    doc = parish_doc(line)
    (task,) = doc.resolutions
    assert (task.actionable, task.owner) == (True, who)


def test_a_notes_agreement_leaves_the_items_told_decisions_standing() -> None:
    """ "Agreed to ask ..." is written no more formally than "It was agreed to appoint her" above it:
    each is a decision of the item; "Agreed that –" over its points stays a formal list."""
    doc = parish_doc(
        "4. Hall cleaning",
        "Jan has found a cleaner.\n- It was agreed to appoint her for two hours a week.\n"
        "Agreed we will ask her to invoice us. It is not intended to create an employment.\n"
        "Agreed to ask the caretaker how best to clean the floor.",
    )
    assert points(doc) == [
        ("It was agreed to appoint her for two hours a week.", False),
        ("Agreed we will ask her to invoice us.", True),
        ("To ask the caretaker how best to clean the floor.", True),
    ]
