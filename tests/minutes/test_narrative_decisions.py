"""Decisions told as sentences in the discussion: "It was agreed that ...", "The Panel decided to ...".
They count where the item has no formal list; under one they are discussion."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.headings import bare_title
from minutes.narrative_decisions import split_decisions
from tests.minutes.helpers import (
    found,
    one,
    parish_doc,
    points,
    resolution_of,
    town_doc,
)


def test_it_was_agreed_inside_a_paragraph_is_one_resolution_under_its_item() -> None:
    doc = parish_doc(
        "7. Bus shelter",
        "The shelter on Mill Lane has a cracked panel. It was agreed that the Clerk obtain three quotes. "
        "The Chair thanked the resident who reported it.",
    )
    text, actionable, owner, minute = resolution_of(doc, "obtain three quotes")
    assert text == "That the Clerk obtain three quotes."
    assert actionable and owner == "the Clerk" and minute == "7"
    assert found(doc, "obtain three quotes") == (True, False)
    assert not any("cracked panel" in r.text or "thanked" in r.text for r in doc.resolutions)


def test_the_body_as_subject_with_agreed_decided_or_resolved() -> None:
    doc = parish_doc(
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
    doc = parish_doc("5. Annual report", "Members agreed that the report was a helpful summary of the year.")
    assert resolution_of(doc, "helpful summary")[1] is False


def test_a_coordinated_it_was_agreed_clause_starts_the_resolution() -> None:
    doc = parish_doc(
        "6. Training",
        "Two members attended the regional conference on flooding, and it was agreed that a summary note "
        "would be circulated to members.",
    )
    text, actionable, _, _ = resolution_of(doc, "summary note")
    assert text == "That a summary note would be circulated to members."
    assert actionable


def test_a_lettered_list_after_it_was_agreed_splits_into_points() -> None:
    doc = parish_doc(
        "8. Village green",
        "After a long discussion, it was agreed that: (a) the bench be repaired; (b) the Clerk contact the "
        "insurers about the fence.",
    )
    assert [r.text for r in doc.resolutions] == [
        "That the bench be repaired",
        "That the Clerk contact the insurers about the fence.",
    ]


def test_past_decisions_views_of_others_and_questions_are_not_decisions() -> None:
    doc = parish_doc(
        "10. Matters arising",
        "As agreed at the last meeting, the hedge has been cut. It was agreed by the Cabinet in 2019 that the "
        "depot would close. Members agreed with the comments made by the resident. The agreed budget was "
        "reported. Cllr Hale asked whether it was agreed that the footpath would reopen? "
        "The officer agreed to look into the drainage on Church Road.",
    )
    assert doc.resolutions == []
    assert found(doc, "look into the drainage") == (False, True)


def test_under_an_item_with_a_formal_list_the_narrative_agreement_stays_narrative() -> None:
    doc = parish_doc(
        "11. Health strategy",
        "A Member raised low screening rates and it was agreed to refer to the screening work in the final strategy.",
        "RESOLVED – That the draft strategy be noted.",
    )
    assert [r.text for r in doc.resolutions] == ["That the draft strategy be noted."]
    assert found(doc, "refer to the screening work") == (False, True)


def test_no_sentence_is_both_a_resolution_and_a_request() -> None:
    doc = parish_doc(
        "12. Website",
        "It was also resolved that draft minutes would be displayed on the website. Action: Clerk to upload "
        "the draft minutes. It was agreed that the Chair would write to the school.",
    )
    resolutions = {r.text for r in doc.resolutions}
    assert resolutions == {
        "That draft minutes would be displayed on the website.",
        "Action: Clerk to upload the draft minutes.",
        "That the Chair would write to the school.",
    }
    assert all(q.text not in resolutions and "It was" not in q.text for q in doc.requests)


def test_lower_case_it_was_resolved_inside_a_paragraph() -> None:
    doc = (
        "5. Village Green Bench\n"
        "A quote for a new bench was received on 3rd May and it was resolved that Cllr Ames would "
        "arrange delivery of the oak bench. The Clerk will inform the donor.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.text for r in res] == ["That Cllr Ames would arrange delivery of the oak bench."]
    assert res[0].owner == "Cllr Ames"


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


def test_a_committee_recommending_in_plain_words_is_the_item_decision() -> None:
    doc = extract_text(
        "Wayleave at Urney\n\nMinutes:\n"
        "The Head of Leisure presented the report, seeking Members' approval to grant a wayleave.\n"
        "The Committee\n"
        "Recommended That Members approve to grant a wayleave to the electricity company on Council lands.\n"
        "Supporting documents:\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("The Committee Recommended That Members a", True)
    ]
    assert doc.requests == []


def test_the_body_noting_and_agreeing_in_plain_words_is_the_item_decision() -> None:
    doc = town_doc(
        "8. Work Programme",
        "The Committee considered the report of the scrutiny officer on the work programme.",
        "The Committee noted that it would be discussing the programme further in private.",
        "The Committee notes the report and agrees the work programme, with thanks to the officers.",
        "9. Leisure Update",
        "The manager described the new opening hours. The Board noted the update.",
        "10. Library Services",
        "Members noted the comments from the libraries group.",
    )
    decision = one(doc, "notes the report")
    assert decision.minute == "8" and not decision.actionable
    assert one(doc, "noted the update").text == "The Board noted the update."
    assert not any("noted that" in r.text for r in doc.resolutions)
    assert not any("Members noted" in r.text for r in doc.resolutions)
    assert not any("opening hours" in r.text for r in doc.resolutions)


def test_a_noting_sentence_under_a_formal_list_is_not_another_point() -> None:
    doc = town_doc(
        "11. Budget Monitoring",
        "The Cabinet noted the report and thanked the finance team.",
        "RESOLVED that the position be noted.",
    )
    assert [r.text for r in doc.resolutions] == ["That the position be noted."]


def test_a_lead_in_without_a_comma_and_a_decision_after_a_dash() -> None:
    doc = parish_doc(
        "Other Business: Following a long discussion about speeding on the bypass road near the school gates "
        "it was agreed that Mr Hale would write to the police.",
        "Correspondence: A resident asked for a grit bin on Church Hill - after a discussion it was agreed "
        "that the clerk contact the county council.",
    )
    assert [(r.owner, r.actionable) for r in doc.resolutions] == [("Mr Hale", True), ("the clerk", True)]


def test_the_body_asking_for_something_where_the_item_has_no_formal_list() -> None:
    doc = parish_doc(
        "Minute 12 - Play Areas Minutes: The Committee noted that the inspection had not been booked. "
        "The Committee asked for a note on when it would take place."
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("The Committee asked for a note on when it would take place.", True)
    ]


@pytest.mark.parametrize(
    ("sentence", "actionable"),
    [
        ("The matter was carried over to the following meeting of the Forum.", True),
        ("Approved the design brief subject to further information on running costs.", True),
        ("The Board did not agree the request to hire a consultant.", False),
        ("Mill Farm - single storey extension - recommend approval.", True),
        ("Minutes: It was agreed that the minutes of the May meeting be signed as a correct record.", False),
    ],
)
def test_decisions_in_the_words_of_a_note_of_decisions(sentence: str, actionable: bool) -> None:
    (res,) = parish_doc(sentence).resolutions
    assert res.actionable is actionable


@pytest.mark.parametrize(
    "line",
    [
        "Welcome and introductions",
        "Matters arising",
        "Terms of Reference",
        "Car park",
        "Priorities for the year",
    ],
)
def test_a_bare_title_line_names_an_item(line: str) -> None:
    assert bare_title(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Following discussion of the budget it was agreed",
        "Councillor Ann Vole",
        "Present: A Lowe",
        "The Panel noted the report.",
        "That the report be noted",
        "Ordinary Member Reserve Member Councillor",
        "7.30pm start",
    ],
)
def test_a_name_a_sentence_or_a_label_is_no_bare_title(line: str) -> None:
    assert bare_title(line) is None


def test_a_decision_told_under_a_bare_title_counts_though_another_item_has_a_list() -> None:
    doc = extract_text(
        "Minutes of the last meeting\n\nRESOLVED that the minutes be approved.\n\n"
        "Hall roof\n\nThe roof leaks again. It was agreed that the Clerk would obtain two quotes.\n"
    )
    assert [(r.text, r.actionable, r.item_title) for r in doc.resolutions] == [
        ("That the minutes be approved.", False, "Minutes of the last meeting"),
        ("That the Clerk would obtain two quotes.", True, "Hall roof"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "decision"),
    [
        (
            "The Panel discussed its work programme and agreed that a report on fly-tipping would come to "
            "the March meeting.",
            "The Panel discussed its work programme and agreed that a report on fly-tipping would come to "
            "the March meeting.",
        ),
        (
            "Members considered the draft leaflet and agreed to send it to every household.",
            "Members considered the draft leaflet and agreed to send it to every household.",
        ),
        (
            "The poor turnout was noted but it was agreed that the survey could go ahead and be reviewed at "
            "the next meeting.",
            "That the survey could go ahead and be reviewed at the next meeting.",
        ),
    ],
)
def test_a_body_talking_it_over_then_deciding_is_one_decision(paragraph: str, decision: str) -> None:
    doc = parish_doc("6. Items", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(decision, True)]


def test_a_body_that_discussed_and_agreed_with_no_clause_decides_nothing_new() -> None:
    doc = parish_doc(
        "6. Items", "The Panel discussed the bus timetable and agreed with the points made by residents."
    )
    assert doc.resolutions == []


@pytest.mark.parametrize(
    ("paragraph", "decides"),
    [
        (
            "The overview and scrutiny committee discussed the work programme and agreed that a review of "
            "damp complaints be added to the committee's work programme.",
            True,
        ),
        (
            "Residents and traders discussed parking and agreed that a letter be sent to the bus company.",
            False,
        ),
    ],
)
def test_a_body_named_in_lower_case_discussed_and_agreed(paragraph: str, decides: bool) -> None:
    assert bool(split_decisions(paragraph)[0]) is decides


@pytest.mark.parametrize(
    ("paragraph", "decided"),
    [
        ("Members of the Fire Services Management Committee noted the report and endorsed the proposal in paragraph 7.", True),
        ("The Board received the update and agreed the revised timetable.", True),
        ("Members noted the report and endorsed the approach.", True),
        ("Members noted the report and thanked officers for their work.", False),
        ("The proposal had been endorsed by Cabinet in May.", False),
        ("Councillors received and approved statements of account for the year to date.", True),
    ],
)  # fmt: skip
def test_received_then_decided(paragraph: str, decided: bool) -> None:
    assert bool(split_decisions(paragraph)[0]) is decided


def test_a_noted_report_then_an_agreement_are_two_decisions() -> None:
    decisions, _ = split_decisions(
        "The quarterly reports were noted and it was agreed that future reports should be consistent in "
        "how attendance is recorded."
    )
    assert decisions == [
        "The quarterly reports were noted",
        "it was agreed that future reports should be consistent in how attendance is recorded.",
    ]


@pytest.mark.parametrize(
    ("sentence", "actionable"),
    [
        ("Consensus of the Board was to hold a public hearing on the dog ordinance.", True),
        ("It was the consensus of the Council to ask staff for options on the fees.", True),
        ("The Board reached consensus to send the policy to the town attorney.", True),
        ("There was consensus that the clerk should write to the county.", True),
        ("It was the consensus of the Board to keep the current hours.", False),
    ],
)
def test_a_consensus_of_the_body_is_its_decision(sentence: str, actionable: bool) -> None:
    assert points(parish_doc("4. Old business", sentence)) == [(sentence, actionable)]


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no consensus on the matter.",
        "Members discussed whether a consensus could be reached on parking.",
        "The consensus among residents was that the road is dangerous.",
    ],
)
def test_a_consensus_not_reached_or_not_the_bodys_decides_nothing(sentence: str) -> None:
    assert points(parish_doc("4. Old business", sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair suggested that the item be brought back to the next meeting, which was agreed.",
        "Cllr Hale proposed that a new bench be bought for the green, and this was agreed.",
        "Cllr Hale suggested that the Clerk write to the school, which was agreed by all members.",
        "It was suggested that the Clerk write to the school; this was agreed.",
        "Members voted in favour of the proposal to install a bench.",
        "The Council voted unanimously in favour of the motion that the Clerk write to the MP.",
    ],
)
def test_a_proposal_agreed_in_the_same_sentence_is_a_decision(sentence: str) -> None:
    assert points(parish_doc("4. Green", sentence)) == [(sentence, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair asked whether the item should be brought back, which was agreed at the last meeting.",
        "Residents asked for a new bench, which was approved in 2029.",
    ],
)
def test_an_agreement_from_before_in_the_same_sentence_is_not_this_meetings(sentence: str) -> None:
    assert points(parish_doc("4. Green", sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee had before it a report of the Director of Housing and RESOLVED that the report be noted.",
        "Council had before it and NOTED the account summary detailing payments and receipts to 31st January.",
        "Members considered the report and NOTED the contents.",
    ],
)
def test_a_body_that_had_a_report_before_it_and_decided(sentence: str) -> None:
    assert points(parish_doc("7. Finance", sentence)) == [(sentence, False)]


@pytest.mark.parametrize(
    ("sentence", "actionable"),
    [
        ("Members NOTED the report and AGREED that a task group be set up to review the policy.", True),
        ("The Committee noted the report and agreed to write to the Minister.", True),
    ],
)
def test_noted_then_agreed_that_in_one_sentence(sentence: str, actionable: bool) -> None:
    assert points(parish_doc("5. Policy", sentence)) == [(sentence, actionable)]


def test_a_body_that_had_a_report_before_it_and_noted_it() -> None:
    doc = extract_text(
        "Cabinet\nMinutes of the meeting held on 4 November 2031\n\n"
        "55. Risk Register\n\n"
        "The Cabinet had before it, and NOTED, a report from the Performance Manager providing it with a "
        "quarterly update on the Risk Register.\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("The Cabinet had before it, and NOTED, a ", False)
    ]


def test_a_body_that_considered_and_noted_a_report() -> None:
    doc = extract_text(
        "Council\nMinutes of the meeting held on 15 April 2031\n\n"
        "12. Annual Report of the Monitoring Officer\n\n"
        "The Monitoring Officer introduced the report.\n\n"
        "The Council considered and noted the Annual Report of the Monitoring Officer.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("The Council considered and noted the Annual Report of the Monitoring Officer.", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "actionable"),
    [
        ("The Committee scrutinised and noted the report.", False),
        (
            "The Committee scrutinised and NOTED the report, and requested a further update in six months.",
            True,
        ),
        ("The Board discussed and approved the revised terms of reference.", False),
    ],
)
def test_a_body_that_scrutinised_or_discussed_and_then_decided(sentence: str, actionable: bool) -> None:
    """Scottish councils minute most items "The Committee scrutinised and noted the report"."""
    doc = extract_text(
        "Highland Council\nMinutes of Meeting of the Education Committee held on 20 May 2031\n\n"
        f"6. Attainment\nThere had been circulated a report by the Executive Chief Officer.\n{sentence}\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(sentence, actionable)]


def test_a_decision_pages_outcome_field_is_no_decision() -> None:
    doc = extract_text(
        "Decision Maker:\nOutcome: Recommendations Approved\nIs Key Decision?: No\nIs Callable In?: No\n"
        "Content: The report sets out the progress of the climate projects.\n"
    )
    assert doc.resolutions == []


def test_a_committee_that_noted_correspondence() -> None:
    doc = extract_text(
        "Committee for the Executive Office\nMinutes of Proceedings, 1 February 2031\n\n"
        "5. Correspondence\n\n"
        "The Committee noted correspondence from the Ambassadors for Change thanking it for its support.\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("The Committee noted correspondence from ", False)
    ]


def test_members_asking_for_an_update_is_the_decision_of_an_item_with_no_formal_list() -> None:
    doc = extract_text(
        "Tourism, Economy and Resources Scrutiny Committee\nMinutes of the meeting held on 2 March 2031\n\n"
        "6. Conference Centre Project\n\n"
        "The Director outlined progress on the project.\n\n"
        "Members asked that an update on progress of the project be provided to the next meeting of the Committee.\n"
    )
    assert [(r.text[:30], r.actionable) for r in doc.resolutions] == [
        ("Members asked that an update o", True)
    ]


def test_members_requesting_a_report_without_that_is_the_decision_of_an_item_with_no_formal_list() -> None:
    doc = extract_text(
        "Scrutiny Committee\nMinutes of the meeting held on 2 March 2031\n\n"
        "13. Actions from the Previous Meeting\n\n"
        "Members noted that the leisure centre's accounts had been circulated. Members discussed the figures. "
        "Members requested a report be brought to the next meeting with more recent financial analysis.\n"
    )
    assert [(r.text[:30], r.actionable, r.due) for r in doc.resolutions] == [
        ("Members requested a report be ", True, "next meeting")
    ]
    assert doc.requests == []


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("It was agreed for the Clerk to write to the landowner.", "the Clerk"),
        (
            "Following the discussion on the report, the Panel agreed for the Convener and the Scrutiny Officer to "
            "write to the Cabinet Member.",
            "the Convener and the Scrutiny Officer",
        ),
        (
            "The Council RESOLVED for Tracy Knights to complete the litter pick around the parish.",
            "Tracy Knights",
        ),
        ("The Parish Council resolved for the Chairman to reply.", "the Chairman"),
    ],
)
def test_agreed_for_someone_to_act_is_a_decision_and_names_who(sentence: str, owner: str) -> None:
    doc = parish_doc("6. Findings", "The report was discussed at length. " + sentence)
    [res] = doc.resolutions
    assert (res.actionable, res.owner) == (True, owner)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bench policy was discussed. RESOLVED not to approve the bench policy at this time.",
        "RESOLVED not to approve the bench policy at this time.",
    ],
)
def test_resolved_not_to_act_is_a_decision(paragraph: str) -> None:
    doc = parish_doc("6. Benches", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("RESOLVED not to approve the bench policy at this time.", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "actionable"),
    [
        ("The Clerk was instructed to write to the landowner.", True),
        ("Also Clerk was told to make it clear that Mr Raymond is welcome to attend.", True),
        ("The Clerk was asked to convey the thanks of the Parish Council to the Internal Auditor.", True),
        ("The Clerk was asked toacquire a third key.", True),
        ("Clerk asked to clarify the hydrant's upkeep with Highways.", True),
        ("Clerk requested to email the contractor to ask for an update.", True),
        (
            "Courts Estate Reform Consultation – Clerk instructed to write in support of the local court.",
            True,
        ),
        (
            "It was reported that quarry lorries are travelling along the highway without being sheeted and rubbish"
            " is falling out of them - clerk was instructed to contact the firm.",
            True,
        ),
        (
            "A letter from the youth club asked for support for a skate park - there were 4 members against and 1"
            " abstention - the clerk was instructed to write and explain the council's concerns.",
            True,
        ),
        ("The members asked the Clerk to thank Mr Bailey for the use of the estate sweeper.", True),
        ("There was unanimous agreement to support this application.", True),
        ("Councillors voted unanimously to support this application.", True),
        ("The councillors objected to this application by a vote of 10 to 1.", True),
        ("The councillors objected unanimously to the retention of the replacement windows.", True),
        ("The Portfolio Holder approved the draft strategy.", False),
        ("The Cabinet Member approved the revised charges.", False),
        ("The Cabinet supported the establishment of a Food Partnership.", False),
        ("The Committee selected the firm of Moffatt and Nichol Engineers by a 5-0 vote.", False),
        ("The Council refused the application.", False),
        ("The Committee took note of the paper.", False),
        ("The Committee agreed not to change its current practice on publishing papers.", False),
    ],
)
def test_plain_past_tense_decisions_and_instructions(sentence: str, actionable: bool) -> None:
    doc = parish_doc("6. Item", "There was a discussion. " + sentence)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(sentence, actionable)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Clerk was told about the fallen tree by a resident.",
        "Members were asked to respond with their availability as soon as they were able to.",
        "Mr Mycock asked the clerk to press the Council's Solicitors for action on the deed of gift.",
        "The Secretary of State supported the scheme in 2019.",
        "The Clerk reported that the councillors had objected to the retention of the barn last year.",
    ],
)
def test_what_someone_was_told_or_an_outside_body_supported_is_no_decision(sentence: str) -> None:
    assert parish_doc("6. Item", "There was a discussion. " + sentence).resolutions == []


def test_a_decision_on_a_condition_names_the_step_to_take() -> None:
    doc = parish_doc(
        "6. Signs",
        "The missing sign was discussed. It was agreed if the sign had not been replaced before the next meeting "
        "the clerk would follow it up.",
    )
    [res] = doc.resolutions
    assert res.text.startswith("It was agreed if the sign had not been replaced") and res.actionable


def test_asked_if_they_agreed_is_a_question_not_a_decision() -> None:
    assert parish_doc("6. Signs", "Members were asked if they agreed with the layout.").resolutions == []


def test_decisions_numbered_within_their_year() -> None:
    doc = extract_text(
        "Issue - meetings\n\nPassenger Transport\n\nMeeting: 04/02/2031 - Cabinet (Item 8.)\n\n"
        "59/2031 The Cabinet instructed officers to report back to Cabinet on 18 February 2031 with further "
        "information on the options.\n"
        "60/2031 The Cabinet agreed the proposed information strategy for consultation.\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("The Cabinet instructed officers to repor", True),
        ("The Cabinet agreed the proposed informat", True),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Agreed by all that the Clerk write to the supplier.",
        "The play area was discussed. Agreed by all that the Clerk write to the supplier.",
    ],
)
def test_agreed_by_all_that(paragraph: str) -> None:
    doc = parish_doc("6. Play area", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Agreed by all that the Clerk write to the supplier.", True)
    ]


@pytest.mark.parametrize(
    "bullet",
    [
        "• Footpath posts It was agreed that four posts should be purchased for the new footpath.",
        "• Footpath posts, It was agreed that four posts should be purchased for the new footpath.",
    ],
)
def test_a_bulleted_title_run_into_it_was_agreed(bullet: str) -> None:
    doc = parish_doc("5. Matters of urgent business", bullet)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That four posts should be purchased for the new footpath.", True)
    ]


@pytest.mark.parametrize(
    ("paragraph", "decision", "actionable", "owner"),
    [
        (
            "The balances were reported. In accordance with financial standing orders it was agreed to transfer "
            "£12000 from the deposit account to the charity account.",
            "In accordance with financial standing orders it was agreed to transfer £12000 from the deposit account "
            "to the charity account.",
            False,
            None,
        ),
        (
            "In response to a query by Cllr Healy in relation to the rural housing policy it was agreed that "
            "Ms. S. Carr would revert to him with clarification.",
            "In response to a query by Cllr Healy in relation to the rural housing policy it was agreed that "
            "Ms. S. Carr would revert to him with clarification.",
            True,
            "Ms. S. Carr",
        ),
        (
            "Following discussion, it was agreed to suspend all new projects for this financial year.",
            "Following discussion, it was agreed to suspend all new projects for this financial year.",
            False,
            None,
        ),
    ],
)
def test_it_was_agreed_keeps_its_lead_in_and_names_who_acts(
    paragraph: str, decision: str, actionable: bool, owner: str | None
) -> None:
    doc = parish_doc("4. Finance", paragraph)
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [(decision, actionable, owner)]


def test_an_agreement_and_the_named_task_after_it_are_both_points() -> None:
    doc = parish_doc(
        "4. Finance",
        "Claire highlighted the items to be bought. Unanimously agree to purchase. Claire to arrange a visit.",
    )
    assert sorted((r.text, r.actionable, r.owner or "") for r in doc.resolutions) == [
        ("Claire to arrange a visit.", True, "Claire"),
        ("Unanimously agree to purchase.", True, ""),
    ]


def test_a_body_name_alone_is_a_heading_not_the_stem_of_a_list() -> None:
    doc = extract_text(
        "SHOTESHAM PARISH COUNCIL\n\nMinutes of the meeting held on 1 July 2031\n\nPublic Forum\n\n"
        "1. Chairperson's welcome: The Chairman welcomed everyone.\n"
        "2. Apologies: none.\n"
        "3. Allotments: It was agreed that the Clerk would write to the tenant of plot 4.\n"
    )
    assert [r.text for r in doc.resolutions] == ["That the Clerk would write to the tenant of plot 4."]


def test_it_was_agreed_in_capitals_inside_a_paragraph_ends_with_its_sentence() -> None:
    """ "It was AGREED to ..." written in the run of a councillor's report: the decision is its
    sentence; the discussion after it is not part of it (and a trigger at a sentence's start still
    takes the paragraph, as a formal block does)."""
    doc = parish_doc(
        "5. Councillor reports",
        "Stephen spoke on the bus franchising report. It was AGREED to invite the head of transport planning "
        "to a future meeting. There was also some discussion of the delays to the new trains.",
    )
    assert [(r.text, r.actionable, r.due) for r in doc.resolutions] == [
        ("To invite the head of transport planning to a future meeting.", True, "future meeting")
    ]


@pytest.mark.parametrize(
    ("paragraph", "decision"),
    [
        (
            "A lengthy discussion took place on the flooding and the Members resolved to invite the water company "
            "to the next meeting.",
            "the Members resolved to invite the water company to the next meeting.",
        ),
        (
            "The Chairman informed the meeting that Mr Cole was unwell and Council agreed to write to him.",
            "Council agreed to write to him.",
        ),
        (
            "The options were weighed. It was determined that the Clerk should write to the landowner.",
            "It was determined that the Clerk should write to the landowner.",
        ),
    ],
)
def test_a_decision_told_after_the_discussion_in_the_same_sentence_or_as_determined(
    paragraph: str, decision: str
) -> None:
    doc = parish_doc("6. Flooding", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(decision, True)]


def test_it_was_agreed_wrapped_after_it_was_is_one_decision() -> None:
    doc = parish_doc(
        "5. Councillor reports",
        "Stephen spoke on the bus franchising report. It was\nAGREED to invite the head of transport planning to a\n"
        "future meeting. There was also some discussion of the delays to the new trains.",
    )
    assert [r.text for r in doc.resolutions] == [
        "To invite the head of transport planning to a future meeting."
    ]


def test_a_resolution_told_in_a_paragraph_beside_the_items_own_block_is_kept() -> None:
    """Matters arising, each minute with its own "It was RESOLVED that ...": the sentence is as
    formal as the block beside it, though the reader cut it to "That ..."."""
    doc = parish_doc(
        "48. Matters arising from the minutes",
        "Minute 29 refers – It was proposed that papers be sent by e-mail. It was RESOLVED that this proposal be "
        "given a three month trial.\n\nMinute 43 refers - It was RESOLVED that the letter from Mr Dale be forwarded "
        "to the trust.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions][-1] == (
        "That the letter from Mr Dale be forwarded to the trust.",
        True,
    )


@pytest.mark.parametrize(
    ("paragraph", "decision", "owner"),
    [
        (
            "N Walker advised that the council had written three times. It was agreed formal letter of support to "
            "be provided by the Chair.",
            "It was agreed formal letter of support to be provided by the Chair.",
            None,
        ),
        (
            "The Committee discussed the Charter requirement. Committee members asked staff to assist with a draft "
            "report for their review.",
            "Committee members asked staff to assist with a draft report for their review.",
            "staff",
        ),
    ],
)
def test_notes_shorthand_for_the_meetings_decision(paragraph: str, decision: str, owner: str | None) -> None:
    """ "It was agreed <the thing> to be <done>" without its "that", and members asking staff: the
    decision of an item with no formal block."""
    doc = parish_doc("5. Pools", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(decision, True)]
    if owner is not None:
        assert doc.resolutions[0].owner == owner


def test_a_sentence_a_pdf_ran_into_the_stop_before_it_is_a_sentence_of_its_own() -> None:
    doc = parish_doc(
        "5. Assets",
        "Quote received (£140) for the mole problem. It was agreed to employ this contractor.The Playing Field"
        " Association reported a quiet month.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("It was agreed to employ this contractor.", True)
    ]


def test_decisions_in_minutes_a_pdf_ran_together_with_their_numbers_and_lost_stops() -> None:
    doc = parish_doc(
        "Matters arising",
        "294/2031 (244/2031) Clerk had visited the shop and there was a suitable place to install a"
        " Defibrillator behind the Notice Board It was agreed to find out costings for next meeting. 295/2031"
        " (245/2031) It was agreed that the Clerk write to the County Council about the bridge.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("It was agreed to find out costings for next meeting.", True),
        ("That the Clerk write to the County Council about the bridge.", True),
    ]


def test_a_task_stops_where_the_next_planning_application_runs_into_it() -> None:
    doc = parish_doc(
        "7. Planning",
        "31/4528C Mill House. The Clerk to submit the response to the planning authority. 31/4529C Court Road,"
        " outline application for two dwellings.",
    )
    assert [r.text for r in doc.resolutions] == [
        "The Clerk to submit the response to the planning authority."
    ]


def test_a_decision_after_its_topic_and_a_colon_is_read_from_its_first_word() -> None:
    doc = extract_text(
        "Minutes of Ashby Parish Council held on 27 October 2031\n\n4. Finance: a) Grass cutting £93.36\n"
        "5. Precept to include election costs: Agreed this be deferred until next meeting as the budget is not"
        " yet approved.\n6. Planning: none received\n"
    )
    assert [(r.text, r.due) for r in doc.resolutions] == [
        ("Agreed this be deferred until next meeting as the budget is not yet approved.", "next meeting")
    ]


def test_a_task_after_a_bullet_run_into_the_topic_before_it() -> None:
    doc = parish_doc(
        "Fuel Rebate Scheme – Cr Pratt asked how the scheme may be extended to remote areas • Clerk to write "
        "to the Treasurer seeking advice on the timing of the review."
    )
    assert points(doc) == [
        ("Clerk to write to the Treasurer seeking advice on the timing of the review.", True)
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The street sign for Station Road is damaged. Clerk to report.",
        "The ruts on the village green are still an issue. RT to raise this with the County.",
        "PJ has not made contact about the hedge. Clerk to chase.",
    ],
)
def test_a_task_with_no_object_of_its_own_takes_the_sentence_before_it(paragraph: str) -> None:
    assert points(parish_doc("8. Highways", paragraph)) == [(paragraph, True)]


def test_a_task_with_an_object_of_its_own_stands_alone() -> None:
    doc = parish_doc("8. Highways", "A resident reported thefts from gardens. Clerk to contact the police.")
    assert points(doc) == [("Clerk to contact the police.", True)]


def test_the_meeting_asking_its_clerk_to_act_is_a_task() -> None:
    doc = parish_doc(
        "4. Correspondence",
        "4.4 Healthwatch – articles for website – the meeting asked the Clerk to arrange for these to be added.",
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(True, "the Clerk")]


def test_a_petition_or_motion_referred_on_is_a_decision_to_follow_up() -> None:
    doc = extract_text(
        "7. Petitions\n\nA petition about street lighting was presented by Mr Hale. In accordance with "
        "Council Procedure Rule 9 (3), the subject matter of the petition was referred to the Strategic "
        "Director (Environment) for investigation.\n\n"
        "8. Motions\n\nThe motion was moved by Councillor Ali and seconded by Councillor Raja and referred "
        "to the Executive in accordance with Standing Order 5.7.\n\n"
        "9. Budget\n\nMembers were referred to Appendix 2 of the report. The matter was referred to in "
        "paragraph 4.\n"
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("7", True), ("8", True)]
    petition, motion = doc.resolutions
    assert petition.text.startswith("In accordance with") and petition.text.endswith("for investigation.")
    assert motion.text.startswith("The motion was moved") and motion.text.endswith("Standing Order 5.7.")


@pytest.mark.parametrize(
    ("paragraph", "decision"),
    [
        (
            "6. Office equipment: a new laptop and printer is needed. Agree to acquire 3 quotes for all items and to "
            "bring to next meeting.",
            "Agree to acquire 3 quotes for all items and to bring to next meeting.",
        ),
        (
            "The hedge on Mill Lane is overgrown. Agree that the Clerk write to the landowner.",
            "Agree that the Clerk write to the landowner.",
        ),
    ],
)
def test_a_notes_decision_in_the_present_tense(paragraph: str, decision: str) -> None:
    """Notes write the decision as it is taken: "Agree to ...", as "Unanimously agree to purchase."."""
    doc = parish_doc(paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(decision, True)]
