"""Labels over a decision or an action in their other wordings ("Decisions taken:", "Key
decisions", "Resolutions:", "Decisions and actions:", "Outcome:"), a label after the discussion
inside a paragraph ("... clinics. DECISION – That ..."), and a partnership's "notes of the meeting"
confirmed (fixture 41)."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.extract import extract_text
from minutes.triggers import trigger
from tests.minutes.helpers import texts
from tests.minutes.test_fixture_minutes import read

Row = tuple[str, bool, str | None, str | None, str | None]

EXPECTED: list[Row] = [
    ("The notes of the meeting held on 14 May 2031 were agreed", False, None, None, "1"),
    ("The Board endorsed the recovery plan.", False, None, None, "2"),
    ("The Board asked the Director of Operations to bring a progress report", True, "the Director of Operations", "September meeting", "2"),
    ("The pharmacy needs assessment was approved for publication.", True, None, None, "3"),
    ("The Board agreed to write to the Minister about rural dispensing.", True, "The Board", None, "3"),
    ("That the carers strategy be adopted.", False, None, None, "4"),
    ("That the Carers Lead circulate the delivery plan to partners.", True, "the Carers Lead", None, "4"),
    ("That the Chief Executive consult partners on closing the Mill Street clinic.", True, "the Chief Executive", None, "5"),
    ("The Board noted the update.", False, None, None, "6"),
    ("The Board approved the workforce plan.", False, None, None, "7"),
    ("The Workforce Lead to report vacancy rates to the next meeting.", True, "The Workforce Lead", "next meeting", "7"),
]  # fmt: skip


async def test_board_decision_labels() -> None:
    e = await read("41_board_decision_labels.txt")
    assert e.meeting_date == dt.date(2031, 6, 11)
    got = [
        (r.text, r.actionable, r.owner if r.actionable else None, r.due if r.actionable else None, r.minute)
        for r in e.resolutions
    ]
    assert len(got) == len(EXPECTED), [g[0] for g in got]
    for (fragment, *want), (text, *have) in zip(EXPECTED, got, strict=True):
        assert fragment in text, (fragment, text)
        assert have == want, text


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Decisions taken:", "decision"),
        ("Decisions made:", "decision"),
        ("Key decisions", "decision"),
        ("Resolutions:", "decision"),
        ("Outcomes:", "decision"),
        ("Decisions and actions:", "decision"),
        ("Decision/Action:", "decision"),
        ("Actions required:", "action"),
        ("Agreed actions:", "action"),
    ],
)
def test_label_opens_a_block(label: str, kind: str) -> None:
    found = trigger(label)
    assert found is not None and found.kind == kind


def test_words_of_a_label_inside_a_sentence_open_nothing() -> None:
    assert trigger("Agreed the budget with partners") is None
    assert trigger("Decisions taken by officers under delegation were listed for information.") is None


def test_a_label_after_the_discussion_starts_the_decision() -> None:
    doc = (
        "Minutes of the Parks Board held on 3 March 2031\n\n5. Pavilion\n"
        "Members discussed the pavilion roof. Decision: That the Parks Manager obtain three quotes.\n"
    )
    assert texts(doc) == ["That the Parks Manager obtain three quotes."]


def test_decisions_of_other_bodies_told_in_passing_are_not_a_label() -> None:
    doc = (
        "Minutes of the Parks Board held on 3 March 2031\n\n6. Other business\n"
        "Decisions made by other boards were listed for information.\n"
        "The key decisions of the Health Board in 2029 were summarised.\n"
    )
    assert texts(doc) == []


def test_the_sentence_under_a_bare_label_is_its_decision() -> None:
    e = extract_text(
        "Fire Authority\n\nMinutes of the meeting held on 2 June 2031\n\n"
        "1.\n\nElection of Chairman\n\nMinutes:\n\n"
        "It was proposed and seconded that Councillor Clarke be elected Chairman of the Authority for 2031/32.\n\n"
        "RESOLVED –\n\nThat Councillor Clarke be elected Chairman of the Authority for 2031/32.\n\n"
        "2.\n\nFire Services update\n\nAction:\n\nOfficers noted members' comments.\n\n"
        "Decision:\n\nThe Board agreed to invite a representative of the fire committee to attend its meetings.\n"
    )
    assert [(r.minute, r.text, r.actionable) for r in e.resolutions] == [
        ("1", "That Councillor Clarke be elected Chairman of the Authority for 2031/32.", False),
        ("2", "Officers noted members' comments.", False),
        (
            "2",
            "The Board agreed to invite a representative of the fire committee to attend its meetings.",
            True,
        ),
    ]


def test_a_lead_in_that_runs_to_the_bodys_agreement_over_a_list() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "5. Local Democracy Review",
        "Having considered an officer report and a presentation by the Cabinet Member for Democracy,\n"
        "Councillor Kevin Bonavia, the Mayor and Cabinet agreed that:",
        "(1) the recommendations of the Working Group as outlined be endorsed; and",
        "(2) the report be referred to Council for agreement and endorsement.",
    )
    assert points(doc) == [
        ("That the recommendations of the Working Group as outlined be endorsed", False),
        ("That the report be referred to Council for agreement and endorsement.", True),
    ]


@pytest.mark.parametrize(
    "stem",
    [
        "The Committee considered the petition for the first time and agreed to:",
        "The Committee reviewed the evidence session held on 18 February and agreed to:",
        "The Panel considered the consultation response and agreed the following:",
    ],
)
def test_a_body_that_considered_something_and_agreed_to_over_a_list(stem: str) -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "5. Petition: safer crossings on the high street",
        stem,
        "1. Write to the Minister seeking his views on the petition; and",
        "2. Invite the highway authority to give evidence.",
        "6. Any other business",
        "None.",
    )
    assert points(doc) == [
        ("Write to the Minister seeking his views on the petition", True),
        ("Invite the highway authority to give evidence.", True),
    ]


def test_a_body_that_considered_something_and_heard_is_no_stem() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "5. Petition: safer crossings on the high street",
        "The Committee considered the petition and heard that:",
        "1. Traffic counts had risen by a fifth; and",
        "2. Two accidents had been reported.",
    )
    assert points(doc) == []


def test_resolved_unanimously_in_brackets_on_its_own_line() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "5. Minutes",
        "RESOLVED: (Unanimously)",
        "That the minutes of the meeting held on 25 November be approved.",
    )
    assert points(doc) == [("That the minutes of the meeting held on 25 November be approved.", False)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Following the consideration of the report of the Director, Corporate Estates, containing exempt "
            "information (as amended), it was RESOLVED:",
            ["To note the content of the report", "To receive a further report from the Director."],
        ),
        (
            "The Local Committee (Waverley) resolved to AGREE:",
            ["To note the content of the report", "To receive a further report from the Director."],
        ),
    ],
)
def test_a_long_lead_in_or_a_named_body_over_imperative_points(lead: str, expected: list[str]) -> None:
    from tests.minutes.helpers import parish_doc

    doc = parish_doc(
        "6. Estates",
        lead,
        "1. To note the content of the report; and",
        "2. To receive a further report from the Director.",
    )
    assert [r.text for r in doc.resolutions] == expected


def test_a_decision_label_with_no_colon_inside_a_run_together_minute() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "484. MINUTES The Committee considered the following Minutes:(a) Area Services Committee of 14th June, "
        "2031. Decision The Committee approved the Minute as a correct record. (b) Town Centre Working Group of "
        "22nd June, 2031. Decision The Committee approved the Minute."
    )
    assert points(doc) == [
        ("The Committee approved the Minute as a correct record.", False),
        ("The Committee approved the Minute.", False),
    ]


def test_the_decision_in_capitals_over_a_that_stem_and_numbered_points() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "22 Policy Review - Enforcement Policy on Fly-Tipping",
        "The Committee was satisfied with the information provided so far.",
        "THE DECISION:",
        "That:-",
        "(1) the information provided so far be received; and",
        "(2) the Director of Environment be invited to attend the next meeting of the Committee.",
    )
    assert points(doc) == [
        ("That the information provided so far be received", False),
        ("That the Director of Environment be invited to attend the next meeting of the Committee.", True),
    ]


def test_ordered_in_capitals_is_a_resolution_label() -> None:
    doc = extract_text(
        "Homelessness Review\n\nMembers were advised of the new structure of the panels.\n\n"
        "ORDERED that the homelessness review be continued by the Board. A work plan for the review be "
        "submitted to the next meeting of the Board.\n\n"
        "Library Visit\n\nThe Chair ordered that the room be cleared.\n"
    )
    assert [(r.text[:40], r.actionable, r.due) for r in doc.resolutions] == [
        ("That the homelessness review be continue", True, "next meeting")
    ]


def test_a_decision_label_over_the_discussion_and_then_the_decision_in_a_sentence() -> None:
    """A decision page lists its fields one a line, the "Decision:" label among them, and under the
    label tells the discussion before the sentence that decides."""
    e = extract_text(
        "Decision Maker: Resources Committee\n"
        "Decision published: 14/07/2031\n"
        "Decision:\n"
        "The Committee welcomed the chance to plant more trees. The cost of upkeep was discussed.\n"
        "It was resolved that the Council apply to the Woodland Fund, with a final decision to "
        "follow a further report to the Committee in September 2031.\n"
    )
    assert [(r.text[:44], r.actionable) for r in e.resolutions] == [
        ("That the Council apply to the Woodland Fund,", True)
    ]


def test_a_numbered_resolution_label_run_into_its_title_opens_the_resolution_without_its_number() -> None:
    doc = extract_text(
        "BARRA SHIRE COUNCIL\n\nMINUTES OF THE ORDINARY MEETING HELD ON MONDAY 10 NOVEMBER 2031\n\n"
        "CONFIRMATION OF MEETING MINUTES\n"
        "RESOLUTION: 2031.11.1 That the minutes of the General Meeting held on 13 October 2031 be confirmed.\n"
        "Moved: Cr Hale Seconded: Cr Ross CARRIED: 5/0\n"
        "Business Development in the Shire RESOLUTION: 2031.11.2 That the Chief Executive Officer obtain legal"
        " advice on supporting local business.\n"
        "Moved: Cr Ross Seconded: Cr Hale CARRIED: 5/0\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("That the minutes of the General Meeting held on 13 October 2031 be confirmed.", False, None),
        (
            "That the Chief Executive Officer obtain legal advice on supporting local business.",
            True,
            "the Chief Executive Officer",
        ),
    ]


def test_two_decisions_a_pdf_ran_into_one_paragraph_are_read_apart() -> None:
    from tests.minutes.helpers import points, town_doc

    doc = town_doc(
        "540 COMMUNICATIONS The Mayor reported. 541 Rail Company LAND AT THE PICNIC AREA It was moved by Cllr M "
        "Hale Seconded by Cllr D Tremayne RESOLVED: i) that the correspondence be received. ii) that the site "
        "is reinstated at the end of the works. 542 TWINNING VISIT It was moved by Cllr C Potter Seconded by "
        "Cllr D Tate RESOLVED: i) that the correspondence be received. ii) that Cllr Potter writes to the Mayor."
    )
    assert points(doc) == [
        ("That the correspondence be received.", False),
        ("That the site is reinstated at the end of the works.", False),
        ("That the correspondence be received.", False),
        ("That Cllr Potter writes to the Mayor.", True),
    ]


def test_a_decision_shouted_in_capitals_ends_with_its_sentence() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "1. Apologies. Apologies were received from Cllr Hyde. RESOLVED: TO ACCEPT THE APOLOGIES. Cllr. D. "
        "Leys had also sent in his apologies for the meeting."
    )
    assert points(doc) == [("TO ACCEPT THE APOLOGIES.", False)]


def test_the_body_and_its_capital_label_inside_a_sentence_open_the_decision() -> None:
    from tests.minutes.helpers import parish_doc, points

    doc = parish_doc(
        "99 APOLOGIES",
        "An apology was also received from Councillor Bell, however members RESOLVED that, before accepting "
        "it, further information be requested. The Chair thanked members.",
    )
    assert points(doc) == [("That, before accepting it, further information be requested.", True)]


def test_a_decision_ends_before_the_next_lettered_sub_item_run_into_it() -> None:
    from tests.minutes.helpers import parish_doc

    doc = parish_doc(
        "3. PUBLIC SPEAKING TIME. A resident raised concerns: i)Castle Lane: Road surface severely rutted. "
        "Resolved: To report it to Highways again. ii)Broadband: Poor connectivity continued to be a major issue."
    )
    assert [r.text for r in doc.resolutions] == ["To report it to Highways again."]


def test_recommended_in_title_case_before_that_is_the_meetings_decision() -> None:
    doc = extract_text(
        "Local Access Forum - Tuesday 8th November 2031 2.00 pm\n\nItems\n\n"
        "69.\n\nTerms of Reference (reviewed)\n\nMinutes:\n\n"
        "Mrs K Lane advised the forum the Terms of Reference had been reviewed.\n\n"
        "Recommended – That the Terms of Reference be circulated for comments and approval.\n\n"
        "70.\n\nFootpath reports\n\nMinutes:\n\n"
        "Officers recommended that members walk the new route before the next meeting.\n"
    )
    assert [(r.minute, r.actionable, r.text) for r in doc.resolutions] == [
        ("69", True, "That the Terms of Reference be circulated for comments and approval.")
    ]


def test_a_delegated_decision_sets_out_the_recommendations_it_approved() -> None:
    e = extract_text(
        "25/11/2031 - Local Development Scheme ref: 1548    Recommendations Approved\n\n"
        "Decision Maker: Cabinet Member for Planning\n\n"
        "Decision:\n\n"
        "1.0      Recommendation\n\n"
        "1.1      That the Cabinet Member approves the publication of the attached Local Development Scheme.\n\n"
        "2.0      Reasons for Decision\n\n"
        "2.1      To meet the requirements of the Planning Act.\n\n"
        "Lead officer: Ann Reed\n"
    )
    (decision,) = e.resolutions
    assert (
        decision.text
        == "That the Cabinet Member approves the publication of the attached Local Development Scheme."
    )
    assert decision.actionable
