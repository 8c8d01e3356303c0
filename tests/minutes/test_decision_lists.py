"""Decision lists: numbered, lettered and roman points under RESOLVED, AGREED or a body stem, run
together in a sentence or one a line, and lists whose label was lost; and what is not a decision list
(an agenda, a list of facts)."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.extract import extract_text
from tests.minutes.helpers import (
    one,
    only,
    parish_doc,
    points,
    texts,
    town_doc,
)


def test_numbered_imperative_decisions_without_a_label() -> None:
    doc = (
        "Appointment of a Harbour Adviser\n\n"
        "The Harbour Master introduced a report seeking approval to appoint an adviser.\n\n\n\n"
        "1) Authorise the Harbour Manager to begin recruitment for the adviser role;\n\n"
        "2) Agree that unsuccessful candidates could be kept on a reserve list; and\n\n"
        "3) Delegate authority to the Town Clerk, in consultation with the Mayor, to approve the final contract.\n\n"
        "Quay Lighting\n\nThe Committee heard about the quay lighting.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.text[:24] for r in res] == [
        "Authorise the Harbour Ma",
        "Agree that unsuccessful ",
        "Delegate authority to th",
    ]
    assert [(r.actionable, r.owner) for r in res] == [
        (False, None),
        (False, None),
        (False, None),
    ]


def test_unnumbered_to_verb_decision_notice() -> None:
    doc = (
        "Issue - decisions\n\n"
        "12/03/2031 - Ferry Timetable Changes\n\n"
        "To note the responses to the ferry timetable survey;\n\n"
        "To agree the revised winter timetable set out in Appendix 2;\n\n"
        "To authorise the Head of Transport to publish the timetable before it takes effect.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 3
    assert [r.actionable for r in res] == [False, False, False]


def test_a_decision_page_list_with_long_subjects_and_no_that() -> None:
    """Points in the formula's mood with "That" left out, one of them with a long subject ("general
    progress towards meeting the aims of the Strategy be monitored ... and reported to ...")."""
    doc = (
        "Issue - decisions\n\nReview of Waste Strategy\n\n02/07/2031 - Review of Waste Strategy\n\n"
        "The report of the Head of Waste Services was submitted seeking approval to the revised Strategy.\n\n"
        "(1) the Waste Strategy be approved;\n\n"
        "(2) general progress towards meeting the aims of the Strategy be monitored on an annual basis and "
        "reported to the Scrutiny Committee; and\n\n"
        "(3) a commitment be made to undertaking a full review of the strategy in five years time.\n\n"
        "(Report circulated)\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.minute, r.actionable) for r in res] == [("1", False), ("2", True), ("3", True)]


def test_a_long_stem_over_one_point_is_one_resolution() -> None:
    doc = (
        "**15\\. Items for the next agenda**\n\n"
        "RESOLVED: That in addition to any matters mentioned above, the following item should be brought forward:\n\n"
        "- Repair of the fence by the village pond, at the junction of Front Lane.\n\n"
        "There being no further business, the meeting closed at 9.30pm.\n"
    )
    assert points(extract_text(doc)) == [
        (
            "That in addition to any matters mentioned above, the following item should be brought forward: "
            "Repair of the fence by the village pond, at the junction of Front Lane.",
            True,
        )
    ]


def test_a_decision_naming_a_list_of_names_keeps_the_list() -> None:
    doc = extract_text(
        "5. Scrutiny review of water levels\n\n"
        "Following discussion, it was agreed that officers would explore the viability of inviting the "
        "following witnesses in addition to those already set out on the scoping report:\n\n"
        "  • A representative from the Environment Agency\n"
        "  • Representatives from local conservation groups\n"
        "  • A university academic with expertise in water conservation\n\n"
        "Members raised concerns about the review.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "That officers would explore the viability of inviting the following "
            "witnesses in addition to those already set out on the scoping report: • A representative from the "
            "Environment Agency • Representatives from local conservation groups • A university academic with "
            "expertise in water conservation",
            True,
        )
    ]


def test_appointments_agreed_over_a_list_of_names_are_one_decision() -> None:
    doc = extract_text(
        "45.\n\nAppointments\n\nMinutes:\n\nThe Committee agreed the following appointments:\n\n"
        "·         Vice-chair of the Committee: Cllr Ada Lambert\n\n"
        "·         Chair of the Housing Scrutiny Panel: Cllr Colin Ellis\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "The Committee agreed the following appointments: • Vice-chair of the Committee: Cllr Ada Lambert "
            "• Chair of the Housing Scrutiny Panel: Cllr Colin Ellis",
            False,
        )
    ]


def test_a_list_of_clauses_under_the_following_stays_apart() -> None:
    doc = extract_text(
        "5. Play areas\n\nRESOLVED that the following actions be taken by officers in the coming month:\n\n"
        "• the swings be repaired;\n• the Clerk to order new bark for the play area.\n"
    )
    assert len(doc.resolutions) == 2


def test_numbered_agenda_of_to_verbs_is_not_decisions() -> None:
    doc = (
        "Bramblewick Town Council\nFinance Committee agenda 3rd March 2031\n\n"
        "1) To receive apologies for absence.\n"
        "2) To note declarations of interest.\n"
        "3) Public Participation\n"
        "4) To consider the grant applications.\n"
    )
    assert texts(doc) == []


def test_to_verb_list_after_asked_to_is_not_decisions() -> None:
    doc = (
        "Grounds Maintenance\n\nThe Committee is asked to:\n\n"
        "To note the contractor's performance report;\n\n"
        "To agree the mowing schedule.\n"
    )
    assert texts(doc) == []


def test_decision_after_a_lost_resolved_word() -> None:
    doc = (
        "Lantern Festival\n\nThe Events Officer presented the plan for the festival.\n\n"
        "The proposal was moved and duly seconded and it was\n\n\n\n"
        "To approve the lantern festival plan.\n"
    )
    assert texts(doc) == ["To approve the lantern festival plan."]


def test_scottish_committee_resolved_colon_counts_beside_a_decision_list() -> None:
    doc = (
        "7 Harbour Dues Review\n\nDecision:\n(i) to note the review; and\n(ii) to note the timetable.\n\n"
        "Minutes:\nThe Committee had before it a report on harbour dues.\n\n"
        "The Committee resolved:-\nto approve the recommendations contained in the report.\n"
    )
    found_texts = texts(doc)
    assert "To approve the recommendations contained in the report." in found_texts
    assert len(found_texts) == 3


def test_three_level_paragraph_numbers_start_new_points() -> None:
    doc = (
        "4. Residents' Issues\n"
        "4.1 It was RESOLVED that the clerk would contact the warden about the broken stile on Mill Lane\n"
        "4.2 It was RESOLVED that the clerk would also ask the ranger to inspect the footbridge at Coppice End\n"
        "4.2.1 It was RESOLVED that the clerk would consult the Highways Team about the gritting route.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 3
    assert all(r.actionable for r in res)
    assert [r.owner for r in res] == ["the clerk", "the clerk", "the clerk"]


def test_list_rows_with_semicolons_stay_with_their_point() -> None:
    doc = (
        "RESOLVED that\n\n"
        "1) the report be noted; and\n\n"
        "2) the following panel memberships be approved:\n\n"
        "Panel A\n\nCouncillor Reed (Chair) and Councillor Vance;\n\n"
        "Panel B\n\nCouncillor Moss (Chair) and Councillor Iyer.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 2
    assert res[1].text.endswith("Councillor Moss (Chair) and Councillor Iyer.")


def test_dash_stem_and_nested_lower_case_letters() -> None:
    doc = (
        "RESOLVED:\n"
        "The Sub-Committee noted that the following conditions were agreed by the parties -\n"
        "A. That Condition 4 be amended so that doors close at 22.00.\n"
        "B. The revised floor plan be attached to the licence.\n"
        "C. The following condition be added -\n"
        "1. Plastic glasses shall be used:\n"
        "a. during televised matches.\n"
        "b. when the police ask.\n"
    )
    found_texts = texts(doc)
    assert len(found_texts) == 3
    assert found_texts[0].startswith("That Condition 4")
    assert found_texts[2].endswith("b. when the police ask.")


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


def test_a_lost_label_list_mixing_that_points_and_points_without_it_is_the_resolution() -> None:
    doc = (
        "Notice of Key Decisions\n\n"
        "Councillor Baker said that the reports were often not available in time.\n\n"
        "(1)  That the 28 day Notice of Key Decisions be noted; and\n\n"
        "(2)  The Governance Review Group be asked to look at the timing of meetings.\n\n"
        "State of the Local Economy\n\nThe Committee heard from the Head of Economy.\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.actionable, r.owner, r.text[:30]) for r in res] == [
        (False, None, "That the 28 day Notice of Key "),
        (True, "The Governance Review Group", "The Governance Review Group be"),
    ]


def test_a_numbered_account_is_not_a_lost_label_list() -> None:
    doc = (
        "Matters arising\n\n"
        "(1)  The Clerk had written to the Highways Authority; and\n\n"
        "(2)  The new bench was installed last month.\n\n"
        "Finance\n\nThe balance was noted.\n"
    )
    assert extract_text(doc).resolutions == []


@pytest.mark.parametrize("end", ["The meeting concluded at 12.40 p.m.", "The meeting was closed at 9.05 pm."])
def test_a_bare_list_ends_where_the_meeting_ends(end: str) -> None:
    doc = (
        "Forward Work Programme\n\nThe Coordinator presented the programme.\n\n\n\n"
        "(a) the work programme be approved;\n\n"
        "(b) the Coordinator email all members seeking volunteers for the vacancies.\n\n"
        f"{end}\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.actionable, r.owner) for r in res] == [(False, None), (True, "The Coordinator")]


def test_a_bare_numbered_list_ends_where_the_next_items_decision_starts() -> None:
    """A decision table ("Item Description Decision") flattened to text loses the first row's label;
    its list ends where the next row's "RESOLVED that ..." begins."""
    doc = (
        "Item Description Decision\n"
        "1. The work already under way on healthy streets be noted.\n"
        "2. Representation on the new Group be approved as outlined.\n"
        "3. Further consideration be given to how the Group links to the other priorities.\n"
        "RESOLVED that the quarterly report be noted.\n"
    )
    assert texts(doc) == [
        "The work already under way on healthy streets be noted.",
        "Representation on the new Group be approved as outlined.",
        "Further consideration be given to how the Group links to the other priorities.",
        "That the quarterly report be noted.",
    ]


def test_a_list_with_one_label_repeated_before_a_decision_is_no_decision_list() -> None:
    """A flow chart copied as text numbers every box "1."; a decision after it does not make the
    boxes decisions."""
    doc = (
        "Scrutiny process\n"
        "1. Document reviewed at agenda setting meeting with Spokesmen\n"
        "1. Document considered at Scrutiny Committee meeting\n"
        "1. Scrutiny completed by the Committee or Topic Group\n"
        "RESOLVED that the process be noted.\n"
    )
    assert texts(doc) == ["That the process be noted."]


def test_numbered_list_of_facts_is_not_a_resolution() -> None:
    doc = (
        "Declarations of Interest\n\nMinutes:\n\n"
        "1. Cllr Rowe declared an interest in item 6 as a trustee of the canal trust.\n\n"
        "2. Cllr Okafor declared an interest in item 8 and said she would leave the room.\n\n"
        "7. Canal Towpath\n\nThe Committee considered the towpath report.\n"
    )
    assert texts(doc) == []


def test_sub_points_i_after_a_stay_inside_the_lettered_point() -> None:
    doc = (
        "RESOLVED –\n\n"
        "(a) standing items on the agenda include:\n\n"
        "(i) bus punctuality;\n\n"
        "(ii) road closures\n\n"
        "(b) the Clerk circulates the route map to members\n"
    )
    found_texts = texts(doc)
    assert len(found_texts) == 2
    assert "bus punctuality" in found_texts[0] and "road closures" in found_texts[0]


def test_unanimously_resolved_at_line_start() -> None:
    doc = "3. Minutes\n\nUNANIMOUSLY RESOLVED that the minutes of the meeting held on 2 March be signed.\n"
    assert texts(doc) == ["That the minutes of the meeting held on 2 March be signed."]


@pytest.mark.parametrize("stem", ["Cabinet is RESOLVED to:", "The Committee has AGREED to:"])
def test_a_body_that_is_resolved_in_capitals_over_its_points(stem: str) -> None:
    doc = (
        "12. Review of the Planning Service\n\n"
        f"{stem}\n"
        "1. note the improvement actions implemented to date;\n"
        "2. require a progress report to Cabinet on the recommendations within six months; and\n"
        "3. refer the report to the Planning Committee for its information.\n"
    )
    assert [(r.text[:22], r.actionable) for r in extract_text(doc).resolutions] == [
        ("Note the improvement a", False),
        ("Require a progress rep", True),
        ("Refer the report to th", True),
    ]


def test_a_body_that_is_recommended_is_an_agenda_not_a_decision() -> None:
    doc = (
        "12. Review of the Planning Service\n\n"
        "Cabinet is RECOMMENDED to:\n"
        "1. note the improvement actions implemented to date;\n"
    )
    assert [r.text for r in extract_text(doc).resolutions if r.actionable] == []


def test_lower_case_words_before_agreed_are_not_a_formal_resolution() -> None:
    doc = (
        "6. Food Strategy\n\n"
        "During the discussion the Board agreed to invite the market traders to the next session.\n"
    )
    assert texts(doc) == []


def test_unpunctuated_that_points_one_a_line_stay_apart() -> None:
    doc = (
        "7. Members' Briefings\n"
        "Members discussed how briefings were timed.\n"
        "Resolved:\n"
        "That the Head of Member Services emails all councillors the revised briefing timetable\n"
        "That the Monitoring Officer prepare a report for the next meeting on substitutes\n"
    )
    res = extract_text(doc).resolutions
    assert [r.text[:30] for r in res] == ["That the Head of Member Servic", "That the Monitoring Officer pr"]
    assert all(r.actionable for r in res)
    assert res[1].due == "next meeting"


def test_a_wrapped_that_sentence_still_joins() -> None:
    doc = (
        "Resolved:\nThat the Head of Member Services circulate the note to members\nthat sit on the panel.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 1
    assert res[0].text.endswith("members that sit on the panel.")


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
    assert points(doc) == [
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
    assert [t for t, _ in points(doc)] == [
        "That the work programme as set out in Appendix 1 be agreed",
        "That the following members be appointed to the review groups – Transport – Councillor Ada Pryce "
        "Housing – Councillor Owen Tarrant, and",
        "That the Scrutiny Officer email members for nominations to the vacant places.",
    ]
    assert [a for _, a in points(doc)] == [False, False, True]
    assert doc.resolutions[2].owner == "the Scrutiny Officer"


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
    recommend = only(doc, "revised terms of reference")
    assert recommend.actionable and recommend.owner == "Council"
    assert not any("RECOMMEND" in r.text for r in doc.resolutions)
    attendance = only(doc, "To note the attendance")
    assert not attendance.actionable
    assert attendance.text == (
        "To note the attendance at this meeting of the following Reserve Member:- "
        "Ordinary Member Reserve Member Councillor Ann Vole Councillor Ben Lark"
    ), "the rows under a stem ending in a colon are part of its point"


def test_it_was_recommended_to_another_body_over_points_asks_that_body() -> None:
    doc = extract_text(
        "8. Forward plans\n\nThe Committee considered the forward plans of the Board.\n\n"
        "It was recommended to the Combined Authority Board that:\n\n"
        "(1) Items on the scrutiny forward plan be noted.\n\n"
        "(2) Board committees publish forward plans that are kept up to date.\n\n"
        "9. Close\n"
    )
    assert [(r.text, r.actionable, r.due) for r in doc.resolutions] == [
        ("Items on the scrutiny forward plan be noted.", True, "Combined Authority Board"),
        (
            "Board committees publish forward plans that are kept up to date.",
            True,
            "Combined Authority Board",
        ),
    ]


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


def test_resolved_that_colon_inside_a_paragraph_collects_the_numbered_points() -> None:
    doc = town_doc(
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
    doc = town_doc(
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
    doc = town_doc(
        "5. Parks Strategy",
        "RESOLVED that:",
        "(a) the strategy be adopted;",
        "(b) the Parks Manager report progress to a future meeting.",
        "6. Allotments",
        "The tenants' letter was read out.",
    )
    last = one(doc, "Parks Manager")
    assert last.text == "That the Parks Manager report progress to a future meeting."
    assert [i.title for i in doc.items] == ["Parks Strategy", "Allotments"]


def test_a_numbered_heading_after_a_bulleted_list_starts_the_next_item() -> None:
    doc = town_doc(
        "5. Boat house",
        "RESOLVED to:",
        "- replace the heating system at the boat house",
        "- note the revenue statement",
        "",
        "6. Close",
        "RESOLVED that the Clerk write to the harbour master.",
    )
    assert [(r.text, r.minute) for r in doc.resolutions] == [
        ("Replace the heating system at the boat house", "5"),
        ("Note the revenue statement", "5"),
        ("That the Clerk write to the harbour master.", "6"),
    ]


def test_a_body_stem_ending_a_paragraph_collects_the_bullets_under_it() -> None:
    doc = extract_text(
        "Trust Council, 11 March 2031\n\n"
        "The Trust Council studied the budgets and reviewed the cash position. The Council agreed to:\n"
        "- replace the heating system at the boat house\n"
        "- publish the revised objects for agreement by members at the AGM\n\n"
        "The minutes are available on request.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Replace the heating system at the boat house", True),
        ("Publish the revised objects for agreement by members at the AGM", True),
    ]


def test_a_bare_numbered_that_list_ends_the_item_and_wins_over_narrative_agreement() -> None:
    doc = town_doc(
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
    doc = town_doc(
        "3. Recycling",
        "1) the tonnage collected was higher than last year;",
        "2) the depot had been closed for two days.",
    )
    assert doc.resolutions == []


def test_sentence_case_standard_heading_is_an_item_not_a_point() -> None:
    doc = town_doc(
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


def test_a_body_stem_over_decisions_written_without_a_subject() -> None:
    doc = extract_text(
        "Report on Actions Outstanding\nMarch 12, 2031 Eastbrook Local Committee\nContent\n"
        "The Committee noted\nthe schedule of actions outstanding and further:\n"
        "(a)\nAgreed to close Action 4,\n"
        "(b)\nInstructed the Committee Services Officer to\nask the Head of Transport for the survey results.\n"
        "An update should be given to the next meeting on 2 April, even if the survey is not finished, and\n"
        "(c)\nInstructed the Committee Services Officer to\nchase a reply on Action 9.\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("The Committee noted the schedule of acti", False),
        ("Agreed to close Action 4", False),
        ("Instructed the Committee Services Office", True),
        ("Instructed the Committee Services Office", True),
    ]
    assert "next meeting on 2 April" in doc.resolutions[2].text, "a paragraph between points stays"
    assert doc.resolutions[2].due == "2031-04-02"


def test_a_cabinet_stem_joins_its_points() -> None:
    doc = extract_text(
        "The Cabinet then:-\n(1) Noted the response of the Panel.\n(2) Noted the separate referral.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "The Cabinet then noted the response of the Panel.",
        "The Cabinet then noted the separate referral.",
    ]


def test_a_list_of_facts_under_a_body_stem_is_not_decisions() -> None:
    doc = extract_text(
        "The Committee:\n(a) was told the road had reopened;\n(b) heard that costs had risen.\n"
    )
    assert doc.resolutions == []


def test_a_resolution_standing_alone_with_its_label_lost() -> None:
    doc = extract_text(
        "Transport Forum\n\nThe Officer gave a verbal update on bus routes.\n\n"
        "That the verbal update be noted.\n\nSupporting documents:\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [("That the verbal update be noted.", False)]
    doc = extract_text(
        "The Panel debated the letter.\n\nThat the Monitoring Officer draft a reply to the resident.\n"
    )
    assert doc.resolutions[0].owner == "the Monitoring Officer"


def test_an_event_decided_in_the_subjunctive_stands_alone_as_a_resolution() -> None:
    doc = extract_text(
        "Issue - decisions\n\nAnnual Review of Scrutiny Arrangements\n\n"
        "That an extended internal review of the scrutiny arrangements take place during 2031/32.\n\n"
        "That the current committees be retained until the review is completed.\n"
    )
    assert [r.text[:30] for r in doc.resolutions] == [
        "That an extended internal revi",
        "That the current committees be",
    ]


def test_a_decision_page_list_in_the_resolution_mood_without_that() -> None:
    doc = extract_text(
        "21/03/2031 - Outsourcing of Litter Enforcement ref: 9376 Recommendations Approved\n\n"
        "To procure an outside organisation to provide litter enforcement for a trial period.\n\n"
        "Decision Maker: Cabinet Member for Housing\n\nDecision published: 21/03/2031\n\n"
        "(a) An outside organisation be procured to provide litter enforcement for a trial period of 12 months; and\n\n"
        "(b) Authority be delegated to the corporate director, following consultation with the cabinet member, "
        "to award the contract.\n\n"
        "Wards affected: (All Wards);\n\nLead officer: Dana Hough\n"
    )
    assert [(r.text[:30], r.actionable) for r in doc.resolutions] == [
        ("An outside organisation be pro", True),
        ("Authority be delegated to the ", False),
    ]


def test_a_resolution_standing_alone_may_put_a_comma_after_that() -> None:
    doc = extract_text(
        "The Committee received a confidential verbal update from the Town Clerk.\n\n"
        "That, the confidential update be noted and the Town Clerk be delegated to find a storage facility.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        (
            "That, the confidential update be noted and the Town Clerk be delegated to find a storage facility.",
            True,
            "the Town Clerk",
        )
    ]


def test_a_lost_list_of_that_resolutions_printed_before_the_items_account() -> None:
    doc = extract_text(
        "Forward Work Programme pdf icon PDF 90 KB\n\n"
        "(a) That the Forward Work Programme as submitted be approved;\n\n"
        "(b) That the Scrutiny Officer, in consultation with the Chair, be authorised to vary the "
        "Forward Work Programme between meetings; and\n\n"
        "(c) That a report on the library review be brought to the next meeting.\n\n"
        "The Scrutiny Officer presented the current Forward Work Programme. She drew attention to the "
        "items scheduled for the next meeting.\n\n"
        "Street Lighting pdf icon PDF 80 KB\n\nThe Chief Officer introduced the report.\n"
    )
    assert [(r.text[:24], r.actionable) for r in doc.resolutions] == [
        ("That the Forward Work Pr", False),
        ("That the Scrutiny Office", False),
        ("That a report on the lib", True),
    ]


def test_a_lost_roman_list_with_lettered_recommendations_inside_before_the_next_item() -> None:
    doc = extract_text(
        "Draft Corporate Plan pdf icon PDF 316 KB\n\n"
        "To consider the submitted draft plan and make recommendations to the Cabinet.\n\n"
        "The Board considered the Cabinet's draft Corporate Plan. The Deputy Leader presented it.\n\n"
        "(i) that the Cabinet be recommended:\n\n"
        "(a) that an appendix be included in the Plan to cross reference other strategies;\n\n"
        "(b) to consider using a different photograph on the cover; and\n\n"
        "(ii) that the Overview and Scrutiny Board monitor the delivery plans behind the Plan.\n\n"
        "Draft Housing Strategy pdf icon PDF 821 KB\n\nTo consider the draft Housing Strategy.\n"
    )
    recommended, monitor = doc.resolutions
    assert recommended.text.startswith("That the Cabinet be recommended: (a) that an appendix")
    assert (recommended.actionable, recommended.due) == (True, "Cabinet")
    assert monitor.text.startswith("That the Overview and Scrutiny Board monitor")


def test_a_lost_list_that_opens_with_the_body_noting_in_plain_words() -> None:
    doc = extract_text(
        "Quarter 1 Performance Report pdf icon PDF 140 KB\n\n"
        "The report gives the Panel an overview of the Council's performance at the end of Quarter 1.\n\n"
        "Additional documents:\n\n"
        "(1) The Panel noted the overview of performance and thanked the officers for their work.\n\n"
        "(2) That benchmarking with other authorities be explored for inclusion in future reports.\n\n"
        "(3) That the Panel be consulted on the early testing of the new dashboards.\n\n"
        "(4) That Officers explore whether staff wellbeing was represented in the performance data.\n"
    )
    assert [(r.text[:30], r.actionable) for r in doc.resolutions] == [
        ("The Panel noted the overview o", False),
        ("That benchmarking with other a", True),
        ("That the Panel be consulted on", True),
        ("That Officers explore whether ", True),
    ]


def test_a_list_of_findings_before_an_account_is_no_decision_list() -> None:
    doc = extract_text(
        "Library Review\n\n"
        "(a) That the libraries were busier than last year;\n\n"
        "(b) That the mobile library had been withdrawn; and\n\n"
        "(c) That the new opening hours were popular.\n\n"
        "The Officer explained the findings of the survey.\n"
    )
    assert doc.resolutions == []


def test_members_giving_notice_of_interests_is_the_agenda_not_a_task() -> None:
    doc = extract_text(
        "Declarations of Interest\n\nMembers to give notice of any interest and the nature of that "
        "interest relating to any item on the agenda.\n\nNo declarations were made.\n"
    )
    assert (doc.resolutions, doc.requests) == ([], [])


def test_a_proposed_resolution_in_a_report_is_not_a_decision() -> None:
    doc = extract_text("Recommendations\n\nThat the Committee note the report.\n")
    assert doc.resolutions == []


def test_a_bare_subject_stem_stays_apart_from_its_points() -> None:
    doc = extract_text(
        "RESOLVED - That Members of the Panel\n\n1. Note the update;\n\n"
        "2. Request Officers to compare the waiting times and update the Panel.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Note the update", None),
        ("Request Officers to compare the waiting times and update the Panel.", "Officers"),
    ]


def test_a_recommendation_stem_names_the_body_the_points_are_due_at() -> None:
    doc = extract_text(
        "Decision:\ni. Noted the report;\nRECOMMENDS TO THE CAPITAL PROGRAMME BOARD:\n"
        "ii. Addition of the depot move to the capital programme.\n"
    )
    noted, added = doc.resolutions
    assert not noted.actionable
    assert (added.actionable, added.due) == (True, "Capital Programme Board")


def test_numbered_that_clauses_after_the_vote_with_no_label() -> None:
    doc = extract_text(
        "Issue - decisions\n\n"
        "Members did not approve the minutes of 4 March, and asked for them to come back.\n\n"
        "The proposals were put to the vote and carried unanimously.\n\n"
        "(1) that the minutes of the meeting held on 4 March are re-submitted to a future meeting of this Panel;\n\n"
        "(2) that, as a consequence of (1) above, the minutes are not sent to the Council in May 2031;\n\n"
        "(3) that an extra meeting of the Panel is held to consider the matter in minute 12/31.\n"
    )
    assert [(r.text[:20], r.actionable, r.due) for r in doc.resolutions] == [
        ("That the minutes of ", True, "future meeting"),
        ("That, as a consequen", False, None),
        ("That an extra meetin", True, None),
    ]


def test_a_body_named_over_its_decisions_with_any_punctuation() -> None:
    doc = extract_text(
        "Decision details\n\n"
        "The Harbour and Quays Committee;\n\n"
        "a) noted the update on the dredging contract; and\n\n"
        "b) considered the outline of topics for the away day to be arranged.\n\n"
        "Date of decision: 19/09/2031\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("The Harbour and Quays Committee noted the update on the dredging contract", False),
        (
            "The Harbour and Quays Committee considered the outline of topics for the away day to be arranged.",
            False,
        ),
    ]


def test_noted_in_capitals_over_numbered_points() -> None:
    doc = extract_text(
        "4. Adoption of the Riverside Plan\n\n"
        "The Leader introduced the report recommending the plan for adoption.\n\n"
        "NOTED\n\n"
        "1. The background to the plan as set out in the report.\n\n"
        "2. That the plan would form part of the Local Plan and would deliver the first phases of the scheme.\n"
    )
    assert [(r.text[:24], r.actionable) for r in doc.resolutions] == [
        ("The background to the pl", False),
        ("That the plan would form", False),
    ]


def test_a_member_deciding_alone_with_a_list_opened_inline() -> None:
    doc = extract_text(
        "Decision:\n\n"
        "18.1 The Lead Member considered a report by the Director of Place.\n\n"
        "DECISIONS\n\n"
        "18.2 The Lead Member RESOLVED to (1) approve the revised parking charges; and\n\n"
        "(2) ask the Director of Place to report on their effect to a future meeting.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Approve the revised parking charges", False),
        ("Ask the Director of Place to report on their effect to a future meeting.", True),
    ]


def test_a_decision_label_over_an_account_waits_for_the_resolution() -> None:
    doc = extract_text(
        "Decision:\n\n"
        "Agreement on the recommendation was by consensus. No formal vote was taken.\n\n"
        "Resolved: having considered the information, and subject to the observations above–\n\n"
        "(i) to approve the Panel's forward work programme; and\n\n"
        "(ii) that an additional meeting be arranged for early March 2032 to consider the depot project\n\n"
        "Publication date: 28/10/2031\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("To approve the Panel's forward work programme", False),
        ("That an additional meeting be arranged for early March 2032 to consider the depot project", True),
    ]


def test_reasons_listed_under_a_decision_stay_inside_it() -> None:
    doc = extract_text(
        "RESOLVED – That the application be DEFERRED for the following reasons:\n"
        "1. To enable Members to visit the site with a highway engineer.\n"
        "2. To enable officers to re-consult on the amended plan.\n"
    )
    (res,) = doc.resolutions
    assert res.text == (
        "That the application be DEFERRED for the following reasons: 1. To enable Members to visit the site "
        "with a highway engineer. 2. To enable officers to re-consult on the amended plan."
    )
    assert res.actionable


def test_rows_under_a_stem_belong_to_its_point() -> None:
    doc = extract_text(
        "127. Dates of future meetings\n\n"
        "It was RESOLVED that the Committee noted that the following dates had been reserved:\n\n"
        "Friday 24 May 2031\n\nTuesday 16 July 2031\n"
    )
    (res,) = doc.resolutions
    assert res.text.endswith("reserved: Friday 24 May 2031 Tuesday 16 July 2031")
    assert not res.actionable


def test_a_point_cut_off_where_the_excerpt_stops_is_left_out() -> None:
    doc = extract_text("RESOLVED to (1) note the report; and\n\n(2) agree that the Exe")
    assert [r.text for r in doc.resolutions] == ["Note the report"]


def test_resolved_in_capitals_after_the_bodys_reasons() -> None:
    e = extract_text(
        "Licensing Committee\n\nMinutes of the meeting held on 16 August 2031\n\n"
        "4. City Tree Ltd – Station Shop\n"
        "The Committee having considered the matter carefully and taking into account all the relevant factors, "
        "RESOLVED that the application be refused on the basis of the evidence provided at the hearing.\n"
    )
    [res] = e.resolutions
    assert res.text == "That the application be refused on the basis of the evidence provided at the hearing."
    assert not res.actionable


def test_unmarked_points_joined_by_list_punctuation_are_each_a_point() -> None:
    doc = parish_doc(
        "5. Review of arrangements",
        "The report was discussed.",
        "That Members agreed:",
        "The start time for the Committee remain at 2.00pm;",
        "The order of the agenda remain the same; and",
        "To review the arrangements for the meetings in 12 months.",
        "6. Grants",
        "The Chair thanked the officers.",
    )
    assert points(doc) == [
        ("The start time for the Committee remain at 2.00pm;", False),
        ("The order of the agenda remain the same; and", False),
        ("To review the arrangements for the meetings in 12 months.", True),
    ]


def test_an_unmarked_point_ending_in_a_full_stop_ends_the_list() -> None:
    doc = parish_doc("5. Budget", "AGREED:", "The budget be approved.", "The Chair thanked the Treasurer.")
    assert points(doc) == [("The budget be approved.", False)]


def test_a_stem_naming_the_body_over_points_in_the_present_tense() -> None:
    """A ModernGov page read from its HTML: "RESOLVED:", "That Cabinet:", then "1) approves ...";
    the body asks officers, so officers act."""
    doc = parish_doc(
        "47. Housing Revenue Account Budget",
        "RESOLVED:",
        "That Cabinet:",
        "1) approves the HRA budget for 2031/32;",
        "2) asks officers to report progress on the stock condition survey to Cabinet in September 2031.",
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("That Cabinet approves the HRA budget for 2031/32", False, None),
        (
            "That Cabinet asks officers to report progress on the stock condition survey to Cabinet in September 2031.",
            True,
            "officers",
        ),
    ]


def test_points_listed_under_a_recommendation_carried_are_what_was_carried() -> None:
    doc = parish_doc(
        "67/31 Update on the Management Plan",
        "The report was presented by the Head of Performance.",
        "The recommendation as set out in the report was moved, seconded, voted on and carried.",
        "- To note the update on the review of the Management Plan.",
        "- To approve the final Terms of Reference for the Task and Finish Group.",
        "- To ask officers to report the milestones to the next meeting.",
    )
    assert points(doc) == [
        ("To note the update on the review of the Management Plan.", False),
        ("To approve the final Terms of Reference for the Task and Finish Group.", False),
        ("To ask officers to report the milestones to the next meeting.", True),
    ]


def test_a_list_under_a_sentence_that_carried_nothing_stays_narrative() -> None:
    doc = parish_doc(
        "5. Update",
        "The report set out the recommendations that the working group had considered.",
        "- To note the update on the review.",
        "- To approve the terms of reference.",
    )
    assert points(doc) == []


def test_a_body_noting_and_then_agreeing_a_list_in_one_line() -> None:
    doc = parish_doc(
        "37 Annual Report",
        "The committee NOTED the requirement for the Committee to produce an annual report, and AGREED the following:",
        "1. That information on the ear wax contract is to be included in the report.",
        "2. For some further grammatical changes to be made, particularly around the paragraphs on vaping.",
    )
    assert points(doc) == [
        ("The committee NOTED the requirement for the Committee to produce an annual report.", False),
        ("That information on the ear wax contract is to be included in the report.", True),
        (
            "For some further grammatical changes to be made, particularly around the paragraphs on vaping.",
            True,
        ),
    ]


@pytest.mark.parametrize(
    ("trigger", "paragraph"),
    [("RESOLVED – that:", "That the report be noted."), ("RESOLVED that:", "the report be noted.")],
)
def test_resolved_that_over_a_plain_paragraph(trigger: str, paragraph: str) -> None:
    """The stem says nothing but "that": the paragraph under it is the point, as under "RESOLVED:"."""
    assert points(parish_doc("16. Planning", trigger, paragraph)) == [("That the report be noted.", False)]


def test_a_stem_in_the_infinitive_joins_its_points_without_that() -> None:
    doc = parish_doc(
        "7. Constitution",
        "Decision",
        "To note the report and recommend that the Council:",
        "1. agree to suspend Procedural Rule 25.1;",
        "2. readopt the remainder of the Constitution.",
    )
    assert [r.text for r in doc.resolutions] == [
        "To note the report and recommend that the Council agree to suspend Procedural Rule 25.1",
        "To note the report and recommend that the Council readopt the remainder of the Constitution.",
    ]


def test_that_points_over_the_reasons_for_the_decision_are_the_decision_in_any_mood() -> None:
    doc = (
        "(1) That Cabinet reviews and recommends the approval of the Leisure Strategy to Full Council.\n"
        "(2) That Cabinet recommend to Council to delegate minor changes to the Director of Place.\n"
        "REASON FOR DECISION: To give the council a strategy for its leisure centres.\n"
    )
    assert texts(doc) == [
        "That Cabinet reviews and recommends the approval of the Leisure Strategy to Full Council.",
        "That Cabinet recommend to Council to delegate minor changes to the Director of Place.",
    ]


def test_that_points_in_the_present_tense_with_no_reasons_after_them_are_an_account() -> None:
    doc = (
        "(1) That Cabinet reviews the Leisure Strategy each year.\n"
        "(2) That Cabinet recommends any changes to Council.\n"
        "The Director then described the budget.\n"
    )
    assert texts(doc) == []


def test_a_decision_pages_list_under_a_colon_is_the_decision_when_each_point_reads_as_one() -> None:
    page = (
        "Decision Maker: Licensing and Regulatory Committee\n"
        "Is subject to call in?: No\n"
        "The Committee considered the report of the Director on the revised Statement of Licensing Policy.\n"
        "Arising from the discussion the following issues were raised:\n"
        "(1) The final draft of the revised Statement of Licensing Policy be approved; and\n"
        "(2) Council be recommended to approve the revised Statement of Licensing Policy.\n"
        "Report author: A Officer\n"
    )
    assert texts(page) == [
        "The final draft of the revised Statement of Licensing Policy be approved",
        "Council be recommended to approve the revised Statement of Licensing Policy.",
    ]
    told = page.replace("be approved; and", "had been welcomed; and")
    assert texts(told) == []


def test_titled_sub_items_after_a_decision_are_no_points_of_it() -> None:
    doc = parish_doc(
        "2. Chair's Remarks",
        "(i) Appointment of Vice-Chair",
        "Resolved: That Councillor Hamilton be appointed to the position of Vice-Chair for 2031/32.",
        "(ii) Thrive Mental Health Awards",
        "The Chair reminded the board of the awards ceremony on 31 January.",
    )
    assert [text for text, _ in points(doc)] == [
        "That Councillor Hamilton be appointed to the position of Vice-Chair for 2031/32."
    ]


def test_a_decision_notice_numbered_as_its_reports_paragraphs() -> None:
    doc = (
        "92 Scrutiny Stage 2 Responses to Recommendations\n"
        "Additional documents:\n"
        "1.1. Approve the responses and action plans attached to this report as Appendices 1 and 2; and\n"
        "1.2. Agree that the officers named in the Appendices report back to the Scrutiny Committee.\n"
        "The Executive Mayor introduced the report.\n"
    )
    assert texts(doc) == [
        "Approve the responses and action plans attached to this report as Appendices 1 and 2",
        "Agree that the officers named in the Appendices report back to the Scrutiny Committee.",
    ]
    assert texts(doc.replace("Additional documents:", "The report asked Cabinet to:")) == []


def test_noted_in_capitals_over_a_step_still_to_come() -> None:
    doc = extract_text(
        "7. Local Transport Strategy\n\n"
        "The Committee NOTED that arrangements would be made to hold a Members' workshop on the consultation.\n\n"
        "NOTED\n\n"
        "1. The background to the strategy as set out in the report.\n\n"
        "2. That the draft strategy would be presented to the Committee in March.\n"
    )
    assert [(r.text[:24], r.actionable) for r in doc.resolutions] == [
        ("That arrangements would ", True),
        ("The background to the st", False),
        ("That the draft strategy ", True),
    ]


def test_decision_points_opening_with_the_verb_in_capitals_and_no_header() -> None:
    doc = (
        "Corporate Parenting Strategy\n"
        "1. APPROVED the Corporate Parenting Strategy 2031-2034;\n"
        "2. AGREED for the Corporate Parenting Panel to oversee implementation of the strategy; and\n"
        "3. NOTED that an annual update should be provided to the Children's Scrutiny Sub-Committee.\n"
        "Homelessness Strategy\n"
    )
    assert [(r.text[:12], r.actionable) for r in extract_text(doc).resolutions] == [
        ("APPROVED the", False),
        ("AGREED for t", False),
        ("NOTED that a", True),
    ]


def test_a_body_stem_after_its_reasons() -> None:
    doc = parish_doc(
        "7. Public Realm Transformation",
        "For the reasons stated in the report and its appendices, Cabinet:",
        "1. Stop the integrated public realm services procurement;",
        "2. Extend the current waste and recycling contract to 2033.",
    )
    assert [text for text, _ in points(doc)] == [
        "Cabinet stop the integrated public realm services procurement",
        "Cabinet extend the current waste and recycling contract to 2033.",
    ]


def test_conditions_listed_under_a_decision_pages_point_are_no_decisions() -> None:
    page = (
        "Decision Maker: Neighbourhood Quality Portfolio\n"
        "Decision:\n"
        "1 officers can proceed with the Traffic Regulation Order in the above-named roads; and 2 officers can "
        "bring the proposed Order into force except where:\n"
        "a) a ward Councillor registers a request that the matter be dealt with by Cabinet; or\n"
        "b) ten or more representations are received which are in objection to the officer recommendation.\n"
        "Lead officer: A Officer\n"
    )
    assert not any(r.text.startswith(("A ward", "Ten or more")) for r in extract_text(page).resolutions)


def test_a_decision_page_with_votes_in_brackets_key_decision_label_and_recommendations_to_council() -> None:
    page = (
        "31/07/2031 - Corporate plan refresh\n\n"
        "This matter was proposed by Councillor Tutt on behalf of the Cabinet and seconded by Councillor Shah.\n\n"
        "Resolved: (By 14 votes to none)\n\n"
        "To agree the Council plan contents.\n\n"
        "13/07/2031 - Corporate plan refresh\n\n"
        "(Key decision):\n\n"
        "(1) That the progress made in the second year of the Corporate Plan be noted.\n\n"
        "(2) To approve the design changes to the Corporate Plan, set out at appendix A to the report.\n\n"
        "Recommended to Council (budget and policy framework):\n\n"
        "(3) To recommend that Council agree the Council Plan contents.\n\n"
    )
    got = [(r.text, r.due) for r in extract_text(page).resolutions]
    assert got == [
        ("To agree the Council plan contents.", None),
        ("That the progress made in the second year of the Corporate Plan be noted.", None),
        ("To approve the design changes to the Corporate Plan, set out at appendix A to the report.", None),
        ("To recommend that Council agree the Council Plan contents.", "Council"),
    ]


def test_agenda_titles_bulleted_after_a_decision_written_whole_are_the_next_items() -> None:
    doc = parish_doc(
        "1. Election of Chairman - Councillor Ash was proposed by Councillor Lee\n\n"
        "RESOLVED Councillor Ash accepted and took the chair for the meeting\n\n"
        "• Apologies for absence\n\n• Minutes of the meeting held 12th April 2025\n\n"
        "RESOLVED that the minutes be signed.\n\n• Financial Matters\n\nThe bank mandate was completed.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "RESOLVED Councillor Ash accepted and took the chair for the meeting",
        "That the minutes be signed.",
    ]


def test_a_decision_left_open_on_its_trigger_line_takes_the_bullets_under_it() -> None:
    doc = parish_doc(
        "7. Planning\n\nRESOLVED that subject to an agreement by 17 November 2025 to secure\n\n"
        "• Contributions as set out\n\n• Highways works\n\nPlanning permission to be granted.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That subject to an agreement by 17 November 2025 to secure",
        "Contributions as set out",
        "Highways works",
    ]


def test_an_issue_page_list_that_asks_for_a_report_is_not_an_account() -> None:
    doc = extract_text(
        "Issue - decisions\n\nRationalisation of Supported Bus Services\n\n"
        "17/09/2031 - Supported Local Bus Services - Budget Pressure\n\n"
        "1. That support be withdrawn from the poorer performing bus services.\n\n"
        "2. That the outcome of the review of service provision be reported to the Executive at the earliest "
        "opportunity.\n\n"
        "3. If cases of hardship are identified, that the Rural Transport Partnership be requested to assist.\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("That support be withdrawn from the poore", False),
        ("That the outcome of the review of servic", True),
        ("If cases of hardship are identified, tha", True),
    ]


def test_a_list_that_tells_what_was_reported_stays_an_account() -> None:
    doc = extract_text(
        "Issue - decisions\n\nBus Services\n\n17/09/2031 - Bus Services\n\n"
        "1. The outcome of the review was reported to the Executive.\n\n"
        "2. Members were advised that funding had been withdrawn.\n"
    )
    assert doc.resolutions == []


def test_an_american_action_summary_numbered_from_any_point_in_capital_verbs() -> None:
    doc = extract_text(
        "PROCEEDINGS OF THE COUNTY BOARD OF SUPERVISORS\n\nNOVEMBER 6, 2031\n\nACTION SUMMARY MINUTES\n\n"
        "5. Additions and Deletions to Regular Agenda\n\nCONSENT AGENDA\n\n"
        "6. APPROVED claims as submitted by the Auditor-Controller\n\n"
        "7. ACCEPTED AND FILED notification of continuing contracts\n\n"
        "8. REJECTED the claim of Jose Montes, No. 102-032 and referred to County Counsel\n"
    )
    assert [(r.text[:30], r.actionable) for r in doc.resolutions] == [
        ("APPROVED claims as submitted b", False),
        ("ACCEPTED AND FILED notificatio", False),
        ("REJECTED the claim of Jose Mon", True),
    ]


def test_a_numbered_agenda_from_a_later_point_is_not_a_decision_list() -> None:
    doc = extract_text(
        "County Board Agenda, 6 November 2031\n\n6. Claims submitted by the Auditor-Controller\n\n"
        "7. Notification of continuing contracts\n"
    )
    assert doc.resolutions == []


@pytest.mark.parametrize("manner", ["(by assent)", "(by acclamation)", "(without dissent)", "(nem con)"])
def test_the_manner_of_a_vote_in_brackets_is_not_a_point(manner: str) -> None:
    doc = extract_text(
        f"Council, 18 March 2031\n\n5. Leisure\n\nRESOLVED {manner}\n\n"
        "(i) That the Council extends its support to the leisure operator;\n\n"
        "(ii) That the Task and Finish Group review the support quarterly.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the Council extends its support to the leisure operator",
        "That the Task and Finish Group review the support quarterly.",
    ]


def test_a_numbered_list_run_into_one_line_after_the_movers_and_resolved() -> None:
    """A flattened meeting page: "Decision: Cllr Bell MOVED, Cllr Dacres SECONDED and it was RESOLVED
    to: 1. Note ... 2. Agree ... 3. Note ..."; the movers are no part of any point."""
    doc = extract_text(
        "Learning Disability Plan Additional documents:\nDecision: Cllr Bell MOVED, Cllr Dacres SECONDED and it was "
        "RESOLVED to: 1. Note the outcome of the consultation on the Plan 2. Agree the seven priority areas set out "
        "in the plan. 3. Note that Adult Social Care will identify a budget.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "Note the outcome of the consultation on the Plan",
        "Agree the seven priority areas set out in the plan.",
        "Note that Adult Social Care will identify a budget.",
    ]


def test_numbers_in_a_sentence_with_no_colon_before_them_are_no_list() -> None:
    doc = extract_text("RESOLVED that the grant of 2. 5 per cent be paid in 3. Instalments.\n")
    assert len(doc.resolutions) == 1


def test_a_that_clause_under_an_unpunctuated_title_is_its_own_decision() -> None:
    """A board's minutes set each decision as a "That ..." line under its title; the title has no
    stop, but the decision is not part of it."""
    doc = extract_text(
        "Election of Chair\nThat as no other nominations had been received Dee Wight be elected Chair.\n"
        "Appointment of Directors to Board Committees\nThat current Board Committee membership be retained until the "
        "review has been made.\n4. / Minutes of Board Meeting 28th July 2031\nThat the minutes be approved as a true "
        "record.\n"
    )
    assert [r.text[:40] for r in doc.resolutions] == [
        "That as no other nominations had been re",
        "That current Board Committee membership ",
        "That the minutes be approved as a true r",
    ]


def test_a_decision_word_with_nothing_after_it_is_no_decision() -> None:
    doc = extract_text(
        "To consider the Minutes of the meeting held on 10 March 2031. Minutes: It was AGREED -\nThat the Minutes of "
        "the meeting of the Panel held on 10 March 2031 be confirmed and signed by the Chair as a correct record. |\n"
    )
    assert [r.text[:30] for r in doc.resolutions] == ["That the Minutes of the meetin"]


def test_points_lettered_in_square_brackets() -> None:
    doc = extract_text(
        "5. Mains gas\n\nRESOLVED:\n\n[a] the letter being distributed to residents be posted on the website.\n\n"
        "[b] the farms be invited to join the campaign.\n\n6. Next\n\nText.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "The letter being distributed to residents be posted on the website.",
        "The farms be invited to join the campaign.",
    ]


def test_how_the_body_decided_in_brackets_is_not_part_of_the_point() -> None:
    doc = extract_text(
        "5. Enforcement Pilot\n\nAGREED (unanimously) that the report be noted.\n\n"
        "6. Fees\n\nRESOLVED (by 6 votes to 2) that:\n(a) the fee be approved; and\n"
        "(b) the Clerk write to the owner.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the report be noted.",
        "That the fee be approved",
        "That the Clerk write to the owner.",
    ]


def test_a_decision_printed_first_and_again_under_agreed_unanimously_is_one_decision() -> None:
    doc = extract_text(
        "21 Enforcement (Key Decision) PDF 263 KB\n"
        "1. That approval be given in principle to commence a procurement exercise; and\n"
        "2. That the current pilot be extended for a further three months.\n"
        "The Portfolio Holder presented the report on the pilot.\n"
        "AGREED (unanimously) that:\n"
        "(a) approval be given in principle to commence a procurement exercise; and\n"
        "(b) the current pilot be extended for a further three months.\n"
        "Reasons for Decision\nThe pilot has worked well.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That approval be given in principle to commence a procurement exercise",
        "That the current pilot be extended for a further three months.",
    ]


def test_a_decision_page_whose_points_are_numbered_with_a_tab_after_the_number() -> None:
    doc = extract_text(
        "Issue - decisions\n\nSt Johns Road\n\n22/09/2031 - St Johns Road\n\n"
        "1\tofficers proceed with the process of implementing a Traffic Regulation Order in St Johns Road and"
        " undertake the public consultation; and\n"
        "2            officers bring the proposed order into force except where:\n"
        "              a)           a ward councillor asks that the matter be dealt with by Cabinet; or\n"
        "              b)           ten or more objections are received.\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("Officers proceed with the process of imp", True),
        ("Officers bring the proposed order into f", True),
    ]
    assert "ten or more objections" in doc.resolutions[1].text


def test_elections_standing_alone_on_a_page_that_lost_its_labels_beside_a_later_that_line() -> None:
    doc = extract_text(
        "Agenda and minutes\n\nVenue: Conference Room, Parkside\n\nNo. Item\n\nElection of Chairman\n\n"
        "That Councillor Leonard Hale be elected as Chairman of the Committee for the ensuing Council year.\n\n"
        "Appointment of Vice Chairman\n\n"
        "That Councillor David Cole be elected as Vice Chairman of the Committee for the ensuing Council year.\n\n"
        "To approve the time of the meetings of the Committee for the ensuing year\n\n"
        "That the meetings of the Committee be held at 5.30pm for the ensuing Council year.\n"
    )
    assert [(r.text[:36], r.actionable) for r in doc.resolutions] == [
        ("That Councillor Leonard Hale be elec", False),
        ("That Councillor David Cole be electe", False),
        ("That the meetings of the Committee b", False),
    ]


def test_a_decision_pages_that_points_are_the_decision_in_any_mood() -> None:
    page = (
        "Decisions published\n\n"
        "14/05/2031 - COMMUNITY COMPACT ref: 512 Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nDecision published: 15/05/2031\n\n"
        "(i) That the Borough Council sign up to the Community Compact.\n\n"
        "(ii) That the Borough Council promotes the Compact to its partners.\n\n"
        "14/05/2031 - PARKING CHARGES ref: 513 Recommendations Approved\n"
    )
    assert texts(page) == [
        "That the Borough Council sign up to the Community Compact.",
        "That the Borough Council promotes the Compact to its partners.",
    ]
    assert texts(page.replace("Decision Maker: Cabinet\n\n", "")) == []


def test_numbered_points_run_on_after_the_label_on_one_line_are_points_of_their_own() -> None:
    doc = extract_text(
        "5. Local Plan\n\nRESOLVED: 1. That the Local Plan be approved for submission. "
        "2. That the Lead Councillor be asked to report progress to the next meeting.\n\n6. Close\n"
    )
    assert [(r.minute, r.actionable, r.text) for r in doc.resolutions] == [
        ("5", False, "That the Local Plan be approved for submission."),
        ("5", True, "That the Lead Councillor be asked to report progress to the next meeting."),
    ]


def test_a_decision_left_unfinished_on_would_takes_the_numbered_list_below_as_its_points() -> None:
    doc = parish_doc(
        "5. Flooding in Mill Lane",
        "Residents spoke about the flooding.\n\n"
        "It was decided the Parish Council would\n\n"
        "1. Ask the Highways Authority what it has done since the flooding was reported;\n\n"
        "2. Write again to the Water Company;\n\n"
        "3. Send copies of the letters to the County Councillor.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "That the Parish Council would ask the Highways Authority what it has done since the flooding "
            "was reported",
            True,
        ),
        ("That the Parish Council would write again to the Water Company", True),
        ("That the Parish Council would send copies of the letters to the County Councillor.", True),
    ]


_REASONS_AFTER_STEM = (
    "Decision details\n\nRiverside Depot Options\n\nDecision Maker: Cabinet\n\n"
    "Decision status: For Determination\n\nIs Key decision?: Yes\n\n\n"
    "RESOLVED:  That Cabinet:\n\n\n"
    "(1)   Noted the costs of each option.\n\n\n"
    "(2)   Approved use of £15k of the depot budget to survey Option B.\n\n\n"
    "(3)   Indicated that Options C and D should be pursued further.\n\n\n\n\n"
    "(1)   Officers cannot take every option to an advanced stage and early decisions are needed.\n\n\n"
    "(2)   A survey of Option B will need spending on external consultants.\n\n"
    "Report author: Dana Hale\n\nDate of decision: 02/04/2031\n"
)
_REASONS_AFTER_LOST_LABEL = (
    "Decision details\n\nFleet Procurement\n\nDecision Maker: Executive\n\n"
    "Decision status: Recommendations Approved\n\nIs Key decision?: Yes\n\n\n"
    "To consider the fleet procurement plan.\n\n\n\n"
    "1.        To approve the procurement procedures listed in Appendix 1.\n\n"
    "2.        To delegate authority to award the contracts listed in Appendix 2.\n\n\n"
    "1.        Executive authority is required for every key decision worth £200,000 or more.\n\n"
    "2.        Planning procurement ensures:\n\n"
    "·      effective stakeholder management\n\n"
    "·      compliance with the Contract Procedure Rules\n\n"
    "3.        As Executive authority is required for any award above £200,000, the report sets out three routes.\n"
)


@pytest.mark.parametrize(
    ("page", "decided"),
    [
        (
            _REASONS_AFTER_STEM,
            [
                "That Cabinet noted the costs of each option.",
                "That Cabinet approved use of £15k of the depot budget to survey Option B.",
                "That Cabinet indicated that Options C and D should be pursued further.",
            ],
        ),
        (
            _REASONS_AFTER_LOST_LABEL,
            [
                "To approve the procurement procedures listed in Appendix 1.",
                "To delegate authority to award the contracts listed in Appendix 2.",
            ],
        ),
    ],
)
def test_a_list_numbered_afresh_under_a_decision_page_list_is_its_reasons(
    page: str, decided: list[str]
) -> None:
    """The page lost the "Reasons for the decision" heading between the two lists."""
    assert texts(page) == decided
