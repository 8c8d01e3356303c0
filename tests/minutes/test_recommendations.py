"""Recommendations to another body written on the trigger's own line ("RECOMMENDED to Council that
...", "RESOLVED to recommend to Full Council that ...") or with the body as the subject ("That
Council be recommended to approve ..."): someone must act (the body decides later), and the point
is due at that body. Under a lead-in that names the body ("RECOMMENDED to Council:", "The Committee
RECOMMENDS to Full Council that:") every listed point is due there; a point that names who acts
is owned by them."""

from __future__ import annotations

import pytest

from minutes.due import find_due
from minutes.extract import extract_text
from tests.minutes.helpers import only
from tests.minutes.test_fixture_minutes import read


def _cabinet(*lines: str) -> str:
    return "Cabinet\nMinutes of the meeting held on 4 November 2025\n\n" + "\n\n".join(lines) + "\n"


def test_recommended_to_a_body_on_the_trigger_line() -> None:
    doc = extract_text(
        _cabinet(
            "15. Council Tax Support Scheme 2026/27",
            "RECOMMENDED to Council that the Council Tax Support Scheme for 2026/27 be adopted.",
            "16. Treasury strategy",
            "RESOLVED to recommend to Full Council that the treasury strategy be approved.",
        )
    )
    scheme = only(doc, "Council Tax Support Scheme for 2026/27 be adopted")
    assert (scheme.actionable, scheme.due, scheme.minute) == (True, "Council", "15")
    treasury = only(doc, "treasury strategy be approved")
    assert (treasury.actionable, treasury.due) == (True, "Full Council")


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (("Recommendation to Council: That the revised constitution be adopted.",), "Council"),
        (("RECOMMENDED TO COUNCIL – That the revised constitution be adopted.",), "Council"),
        (
            (
                "The report was discussed.",
                "RECOMMENDATION TO CABINET",
                "That the revised constitution be adopted.",
            ),
            "Cabinet",
        ),
    ],
)
def test_a_recommendation_labelled_with_the_body_it_goes_to_is_due_there(
    lines: tuple[str, ...], body: str
) -> None:
    doc = extract_text(_cabinet("15. Constitution", *lines))
    res = only(doc, "revised constitution be adopted")
    assert (res.actionable, res.due, res.minute) == (True, body, "15")


def test_a_bare_recommendation_label_is_the_reports_and_the_decision_follows() -> None:
    doc = extract_text(
        _cabinet(
            "15. Strategy",
            "Recommendation: That the strategy be approved.",
            "RESOLVED: That the strategy be approved.",
        )
    )
    assert [(r.text, r.due) for r in doc.resolutions] == [("That the strategy be approved.", None)]


def test_recommended_without_a_body_is_not_sent_anywhere() -> None:
    doc = extract_text(
        _cabinet(
            "15. Minutes", "RECOMMENDED – That the minutes of the meeting held on 7 October be approved."
        )
    )
    minutes = only(doc, "minutes of the meeting held on 7 October")
    assert (minutes.actionable, minutes.due) == (False, None)


def test_a_body_recommended_to_act_is_due_at_that_body() -> None:
    assert find_due("That Council be recommended to approve the revised fees and charges.") == "Council"
    assert find_due("That Full Council be recommended to adopt the plan.") == "Full Council"
    assert find_due("That the Council be recommended and supported to take all necessary steps.") is None
    assert find_due("That officers be recommended to attend the training.") is None
    assert find_due("That Cabinet be requested to set up a cross party working group.") == "Cabinet"


def test_a_report_submitted_to_council_or_brought_back_to_committee() -> None:
    assert (
        find_due("To NOTE that a report and proposals will be submitted to Council on the budget.")
        == "Council"
    )
    assert find_due("Note a report will be brought back to Committee at the earliest opportunity.") == (
        "future meeting"
    )
    assert find_due("That officers write to the Minister at the earliest opportunity.") is None


def test_a_choice_to_be_confirmed_by_the_full_committee_is_due_there() -> None:
    assert find_due(
        "That the quote from Hall Joinery be accepted (to be confirmed by the full committee)"
    ) == ("full committee")
    assert find_due("That the grant be approved, subject to it being ratified by the Parish Council.") == (
        "Parish Council"
    )


def test_recommending_the_approval_of_a_plan_to_a_body_is_due_there() -> None:
    assert find_due(
        "That Cabinet recommends the approval of the Council Plan (Appendix A) to Full Council."
    ) == ("Full Council")
    assert (
        find_due("That the Committee recommends the adoption of the revised policy to Cabinet.") == "Cabinet"
    )
    assert find_due("That the Committee recommends the approval of the plan, subject to two changes.") is None


LEAD_INS = [
    ("RECOMMENDED to Council:", "Council"),
    ("RESOLVED to recommend to Cabinet:", "Cabinet"),
    ("The Committee RECOMMENDS to Full Council that:", "Full Council"),
    ("RESOLVED to recommend to the Executive that:", "Executive"),
    ("The Panel recommends to Cabinet:", "Cabinet"),
    ("RECOMMENDED TO COUNCIL", "Council"),
    ("RESOLVED TO RECOMMEND TO COUNCIL THAT:", "Council"),
    ("It was RESOLVED to RECOMMEND to Council that:", "Council"),
    ("RESOLVED that it be RECOMMENDED to Cabinet that:", "Cabinet"),
    (
        "RESOLVED that the Executive recommends the proposals to Council for decision, which have been "
        "considered by the Scrutiny Board, that:",
        "Council",
    ),
]


@pytest.mark.parametrize(("lead_in", "body"), LEAD_INS)
def test_every_point_under_a_lead_in_naming_the_body_is_due_there(lead_in: str, body: str) -> None:
    doc = extract_text(
        _cabinet(
            "7. Fees and charges",
            "\n".join(
                [
                    lead_in,
                    "(a) that the fees and charges for 2026/27 be approved;",
                    "(b) that the Director of Finance publish the new charges on the website.",
                ]
            ),
        )
    )
    fees, publish = doc.resolutions
    assert fees.text.startswith(("That the fees", "the fees", "The fees")), fees.text
    assert (fees.actionable, fees.due, fees.owner) == (True, body, body)
    assert (publish.actionable, publish.due, publish.owner) == (True, body, "the Director of Finance")


async def test_recommendation_lead_ins_fixture() -> None:
    e = await read("40_committee_recommendation_lead_ins.txt")
    got = [(r.minute, r.actionable, r.due) for r in e.resolutions if r.minute in ("3", "4", "5")]
    assert got == [
        ("3", True, "Council"),
        ("3", True, "Council"),
        ("4", True, "Cabinet"),
        ("4", True, "Cabinet"),
        ("5", True, "Full Council"),
        ("5", True, "Full Council"),
    ]
    assert not any(r.text.startswith("That to ") for r in e.resolutions)


def test_the_next_numbered_item_after_a_closed_list_is_no_point_of_it() -> None:
    doc = extract_text(
        _cabinet(
            "2. Budget\nRESOLVED TO RECOMMEND TO COUNCIL THAT:\n1. the budget be approved;\n2. the precept be set.",
            "3. Local plan\nIt was RESOLVED that:\n(i) the plan be adopted;\n(ii) the Head of Planning publish it.",
        )
    )
    got = [(r.minute, r.due) for r in doc.resolutions]
    assert got == [("2", "Council"), ("2", "Council"), ("3", None), ("3", None)]
    assert not any(r.text.rstrip(".") in ("That Local plan", "Local plan") for r in doc.resolutions)


def test_a_numbered_list_going_on_past_a_full_stop_stays_one_list() -> None:
    doc = extract_text(
        _cabinet("4. Parks\nRESOLVED that:\n1. the report be noted.\n2. Officers circulate the figures.")
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("4", False), ("4", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Conveners agreed to recommend to their committees that annual reports follow last year's format.",
        "Members agreed to recommend to their committees that annual reports follow last year's format.",
    ],
)
def test_members_of_a_group_recommending_to_their_committees(sentence: str) -> None:
    doc = extract_text(
        "Conveners Group\nNote of the meeting held on 3 March 2025\n\n4. Annual reports\n" + sentence + "\n"
    )
    [rec] = doc.resolutions
    assert (rec.text, rec.actionable) == (sentence, True)


@pytest.mark.parametrize("label", ["RECOMMENDED:  1)  ", "RECOMMENDED:\n\n1) ", "RECOMMENDED –\n(a) "])
def test_points_listed_under_a_bare_recommended_are_for_another_body_to_act_on(label: str) -> None:
    second = "2)" if "1)" in label else "(b)"
    doc = extract_text(
        "Issue - decisions\n\n20/06/2031 - Amendments to the Scheme of Delegation\n\n"
        f"{label}That Council approve the amended Scheme of Delegation.\n\n"
        f"{second} That the consultation responses be noted.\n"
    )
    assert only(doc, "approve the amended Scheme").actionable is True
    assert only(doc, "consultation responses be noted").actionable is False


@pytest.mark.parametrize("gap", ["\n", "   "])
def test_that_a_body_be_recommended_over_that_points_sends_each_point_there(gap: str) -> None:
    doc = extract_text(
        "Decision\n\nCommunity Governance Review\n\nDecision Maker: Cabinet\n\nOutcome: Decision Made\n\n"
        "Date of Decision: May 7, 2031\n\n"
        f"Content: RESOLVED – That Full Council be recommended:{gap}That a Community Governance Review of the"
        f" unparished areas be conducted be approved.{gap}That the Terms of Reference, as set out in Appendix A to"
        f" the report, be approved.{gap}That the Working Group be authorised to develop options for the review be"
        " approved.\n"
    )
    assert [(r.text[:30], r.actionable, r.due) for r in doc.resolutions] == [
        ("That a Community Governance Re", True, "Full Council"),
        ("That the Terms of Reference, a", True, "Full Council"),
        ("That the Working Group be auth", True, "Full Council"),
    ]


def test_that_points_run_into_one_line_after_resolved_are_each_a_point() -> None:
    doc = extract_text(
        "Cabinet\nMinutes of the meeting held on 7 May 2031\n\n5. Parks\n"
        "RESOLVED: That the parks strategy be adopted. That officers report progress to the Committee in"
        " March. That the Chair of the Panel, Dr. Hale, be thanked.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That the parks strategy be adopted.", False),
        ("That officers report progress to the Committee in March.", True),
        ("That the Chair of the Panel, Dr. Hale, be thanked.", False),
    ]


def test_points_run_on_after_a_recommendation_to_a_body_on_a_decision_page() -> None:
    doc = extract_text(
        "Decision Maker: Executive, Council\nDecision status: Recommendations approved\n"
        "Is Key decision?: Yes\nIs subject to call in?: Yes\n"
        "The Executive recommended to Full Council (at its extraordinary meeting on 9 June 2031): "
        "1. That the Local Plan (Appendix 1) be approved for submission to the Secretary of State. "
        "2. That the Lead Councillor be authorised to make minor changes as they may deem necessary. "
        "Reason(s): 1. To enable the plan to be examined. 2. To keep to the timetable.\n"
        "Report author: Sam Hale\n"
    )
    assert [(r.actionable, r.due, r.text) for r in doc.resolutions] == [
        (True, "Full Council", "That the Local Plan (Appendix 1) be approved for submission to the Secretary of State."),
        (True, "Full Council", "That the Lead Councillor be authorised to make minor changes as they may deem necessary."),
    ]  # fmt: skip


def test_a_decision_recommending_a_delegation_to_council_keeps_its_lettered_parts() -> None:
    """The letters hang off the delegation the Cabinet recommends, so they are parts of one
    decision; and the delegation is Council's to make, so it is due there and not a standing one."""
    doc = extract_text(
        _cabinet(
            "7. Temple Waterfront",
            "7/2031 The Cabinet agreed to recommend to full Council that the development land is declared surplus to "
            "the Council's requirements and authority is delegated to the Assistant Director, in consultation with "
            "the Portfolio Holder, to: a) advertise the loss of existing open space, b) dispose of the land at the "
            "best consideration reasonably obtainable.",
            "8. Airport",
            "8/2031 The Cabinet agreed to recommend that Full Council reaffirm its opposition to the airport.",
        )
    )
    assert [(r.text[:44], r.actionable, r.due) for r in doc.resolutions] == [
        ("The Cabinet agreed to recommend to full Coun", True, "full Council"),
        ("The Cabinet agreed to recommend that Full Co", True, "Full Council"),
    ]


def test_points_lettered_straight_after_the_agreement_are_decisions_of_their_own() -> None:
    doc = extract_text(
        _cabinet(
            "7. Parks", "The Cabinet agreed: (a) to note the report; (b) that officers report back in June."
        )
    )
    assert [r.text for r in doc.resolutions] == ["To note the report", "That officers report back in June."]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was RESOLVED to recommend to Full Council a precept of £412,000 for 2031/32.",
        "It was RESOLVED to RECOMMEND to Full Council the adoption of the plan.",
    ],
)
def test_a_recommendation_to_another_body_written_whole_on_its_line(sentence: str) -> None:
    """What is recommended is in the sentence itself: it is the point, not a stem over the next item."""
    doc = extract_text(
        "Westbury Town Council\nMinutes of the Finance Committee held on 21 January 2031\n\n"
        f"7. Budget\nMembers considered the draft budget.\n{sentence}\n\n"
        "8. Christmas lights\nIt was RESOLVED that the Town Clerk obtain three quotations.\n"
    )
    assert [(r.minute, r.actionable, r.due) for r in doc.resolutions] == [
        ("7", True, "Full Council"),
        ("8", True, None),
    ]
    assert doc.resolutions[0].text.endswith(sentence.split(" to ", 2)[2])
