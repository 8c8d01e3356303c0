"""Minutes of an earlier meeting confirmed: a decision of the meeting, and no action unless
something is left to do. Confirmed "subject to the following amendments:", the amendments listed
under it are part of that one decision. Told in a sentence ("The minutes ... were approved subject
to the following amendments"), the amending is left to do, for nobody named (the labels of unseen
minutes, 6 of 6); under RESOLVED ("RESOLVED that ... subject to the following amendment, the
minutes be agreed") it stays no action (the one dev2 label)."""

from __future__ import annotations

import pytest

from minutes.classify import is_actionable
from minutes.extract import extract_text
from minutes.records import minutes_record
from tests.minutes.helpers import parish_doc, points
from tests.minutes.test_fixture_minutes import read


def test_members_approved_the_minutes() -> None:
    doc = (
        "20/2031-32\n\nCONFIRMATION OF MINUTES\n\n"
        "Members APPROVED the minutes of the meeting held on 4 May 2031 as a correct record.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 1 and not res[0].actionable


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The minutes of the Allotments Forum held on Monday, 3 May 2021 were agreed and signed by the Chair.",
            "The minutes of the Allotments Forum held on Monday, 3 May 2021 were agreed and signed by the Chair.",
        ),
        (
            "The minutes were ACCEPTED as a true record. They will be sent to the Chair to sign.",
            "The minutes were ACCEPTED as a true record.",
        ),
        (
            "That the minutes of the meeting held on 9 May 2021 be approved as a correct record and signed by the Chair.",
            "That the minutes of the meeting held on 9 May 2021 be approved as a correct record and signed by the Chair.",
        ),
        (
            "The Forum approve the minutes of the meeting held on 2 May 2021 as a correct record.",
            "The Forum approve the minutes of the meeting held on 2 May 2021 as a correct record.",
        ),
        (
            "2. Minutes of the Annual Meeting of 9th May 2021 were read and agreed.",
            "Minutes of the Annual Meeting of 9th May 2021 were read and agreed.",
        ),
        (
            "The minute of meeting of this Committee of 14th June, 2021 was held as read.",
            "The minute of meeting of this Committee of 14th June, 2021 was held as read.",
        ),
        (
            "4. Minutes of the Meeting of 12th April 2021: Signed as a correct record of the meeting.",
            "Minutes of the Meeting of 12th April 2021: Signed as a correct record of the meeting.",
        ),
        (
            "Minutes: The draft minutes of the adjourned meeting held on 22 September were noted.",
            "The draft minutes of the adjourned meeting held on 22 September were noted.",
        ),
        (
            "Accordingly, the minutes of the meeting of Cabinet held on 16 November 2031 were agreed as a correct record.",
            "Accordingly, the minutes of the meeting of Cabinet held on 16 November 2031 were agreed as a correct record.",
        ),
        (
            "With no comments or questions, the minutes were approved.",
            "With no comments or questions, the minutes were approved.",
        ),
        (
            "The last minutes were read and signed as correct.",
            "The last minutes were read and signed as correct.",
        ),
        (
            "The decisions and minutes of the last Cabinet meeting held on 12 February 2031 were agreed as a correct "
            "record.",
            "The decisions and minutes of the last Cabinet meeting held on 12 February 2031 were agreed as a correct "
            "record.",
        ),
        (
            "RESOLVED: That the Minutes of the Meeting held on the 2nd September, 2031 be adopted as circulated.",
            "That the Minutes of the Meeting held on the 2nd September, 2031 be adopted as circulated.",
        ),
        (
            "The minutes of the meeting held on 3 March 2031 were accepted as circulated.",
            "The minutes of the meeting held on 3 March 2031 were accepted as circulated.",
        ),
    ],
)
def test_minutes_confirmed_in_other_wording_are_listed_not_actionable(line: str, expected: str) -> None:
    doc = f"Minutes of the previous meeting\n\n{line}\n\nFootpaths\n\nThe warden reported on the stiles.\n"
    res = extract_text(doc).resolutions
    assert [(r.text, r.actionable) for r in res] == [(expected, False)]


def test_an_agenda_asking_for_minutes_to_be_confirmed_is_not_a_confirmation() -> None:
    doc = (
        "Minutes of the previous meeting\n\n"
        "The minutes of the meeting of the Forum held on 2 May 2021 have been circulated and the Forum "
        "is asked to confirm them as a correct record.\n"
    )
    assert extract_text(doc).resolutions == []


def test_a_proposal_that_the_minutes_were_a_true_record_is_no_action() -> None:
    doc = (
        "3.1 Minutes of the Meeting held on 9 August 2021\n\n"
        "Cllr Rowe proposed that they were a true record and should be signed; the proposal was seconded "
        "by Cllr Pike and unanimously agreed by the council.\n"
    )
    (res,) = extract_text(doc).resolutions
    assert (res.actionable, res.owner) == (False, None)


@pytest.mark.parametrize(
    "line",
    [
        "29.1/31 The minutes of the meeting held on 19 May 2031 were proposed as a correct record by Cllr H Field"
        " and seconded by Cllr W Blaze.",
        "It was proposed by Cllr. W. Lane, seconded by Cllr. K. Dee and unanimously agreed that the minutes of the"
        " last meeting held on the 14th October 2030 as typed and circulated were correct.",
    ],
)
def test_minutes_proposed_as_correct_name_the_mover_not_an_owner(line: str) -> None:
    (res,) = extract_text(f"29/31 Minutes\n\n{line}\n").resolutions
    assert (res.actionable, res.owner) == (False, None)


async def test_the_amendments_listed_under_a_confirmation_are_part_of_it() -> None:
    e = await read("40_committee_recommendation_lead_ins.txt")
    first, second = (r for r in e.resolutions if r.minute in ("1", "2"))
    assert "Minute 14 – Councillor Tait to be added" in first.text
    assert "Item 7 – Councillor Moss was present" in second.text
    assert (first.actionable, second.actionable) == (False, False)


@pytest.mark.parametrize(
    "line",
    [
        "The minutes of the Working Group held on 1 July 2025 were approved with the amendment that item 6 "
        'read "Cllr Vine" not "Cllr Vale".',
        "The minutes of the Estates Board were agreed subject to amendments and signed by the Chair.",
        "Subject to the following amendments, the minutes were agreed as a true record: item 3 to read May.",
        "The minutes of the meetings of 5 and 16 March were approved with minor amendments.",
        "RESOLVED that the minutes of the meeting held on 1 July be approved subject to the amendment of "
        "minute 4 to record Cllr Moss's apologies.",
        "The minutes of the Estates Board were agreed and signed by the Chair.",
    ],
)
def test_minutes_confirmed_with_an_amendment_are_one_point_with_nothing_left_to_do(line: str) -> None:
    """The amendment is part of the decision that confirms the minutes, however it is told."""
    doc = extract_text("Minutes of the Housing Panel held on 9 September 2025\n\n2. Minutes\n" + line + "\n")
    [res] = doc.resolutions
    assert (res.actionable, res.owner) == (False, None)


@pytest.mark.parametrize(
    "line",
    [
        "The Committee confirmed the exempt minutes of the meeting held on 4 May 2031 as a true record.",
        "The decisions and minutes of the last meeting were approved as a correct record.",
        "The Sub-Panel noted and approved the records of its meetings held on 2 and 9 May 2031.",
    ],
)
def test_minutes_confirmed_in_wording_of_their_own(line: str) -> None:
    doc = extract_text("Minutes of the Housing Panel held on 9 September 2031\n\n2. Minutes\n" + line + "\n")
    [res] = doc.resolutions
    assert (res.text, res.actionable) == (line, False)


@pytest.mark.parametrize("them", ["these", "them", "the minutes"])
def test_the_chair_to_sign_them_as_a_correct_record_is_no_task(them: str) -> None:
    doc = extract_text(
        "Minutes of the Parish Council held on 9 September 2031\n\n5. Minutes of the meeting held 2nd April 2031\n"
        f"It was resolved that the Chairman sign {them} as a correct record of that meeting.\n"
    )
    [res] = doc.resolutions
    assert (res.text, res.actionable) == (
        f"That the Chairman sign {them} as a correct record of that meeting.",
        False,
    )


def test_what_follows_the_amendments_is_not_swallowed() -> None:
    doc = extract_text(
        "Minutes of the Housing Panel held on 9 September 2025\n\n"
        "2. Minutes of the last meeting\n"
        "The minutes of the last meeting were approved subject to the following amendments:\n"
        "Item 4 – the date should read 5 May\n\n"
        "3. Rents\n"
        "RESOLVED that the Director of Housing report on arrears to the next meeting.\n"
    )
    minutes, rents = doc.resolutions
    assert minutes.text.endswith("Item 4 – the date should read 5 May")
    assert (rents.minute, rents.actionable) == ("3", True)


def test_minutes_confirmed_in_a_later_sentence_of_a_paragraph_that_names_them() -> None:
    doc = extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n"
        "Minutes: It was agreed that the Parish Meeting minutes be agreed as correct. The minutes of the "
        "Annual Parish Council meeting were agreed and signed as a correct record.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That the Parish Meeting minutes be agreed as correct.", False),
        (
            "The minutes of the Annual Parish Council meeting were agreed and signed as a correct record.",
            False,
        ),
    ]


def test_the_minutes_then_agreed_after_matters_arising_restate_the_confirmation() -> None:
    doc = extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n"
        "1. Minutes of the meeting of 9 January were read and agreed.\n"
        "2. Matters arising: the verge had been cut. The minutes were then agreed and signed by the chairman.\n"
    )
    assert len([r for r in doc.resolutions if "minutes" in r.text.lower()]) == 1


def test_the_minutes_cell_of_a_flattened_agenda_row() -> None:
    doc = extract_text(
        "Cabinet\nMinutes of the meeting held on 17 November 2025\n\n"
        "To approve as a correct record the Minutes of the meeting held on 20 October 2025. Contact: A Clerk "
        "01234 567890 Minutes: That the Minutes of the meeting held on 20 October 2025 were approved as a "
        "correct record and signed by the Chairman. |\n"
    )
    [res] = doc.resolutions
    assert res.text.startswith("That the Minutes of the meeting held on 20 October 2025 were approved")
    assert res.actionable is False


@pytest.mark.parametrize(
    ("line", "actionable"),
    [
        ("Agreed to be an accurate record and passed for publication on the surgery website.", True),
        (
            "The minutes were approved as a correct record and are to be published on the council's website.",
            True,
        ),
        ("Agreed to be an accurate record.", False),
    ],
)
def test_minutes_confirmed_then_published_leave_the_publishing_to_do(line: str, actionable: bool) -> None:
    doc = extract_text(
        "Notes of the Patient Group meeting held on 3 March 2025\n\nMinutes of the last meeting\n\n"
        + line
        + "\n"
    )
    [res] = doc.resolutions
    assert res.actionable is actionable


def test_confirmed_after_no_objection() -> None:
    doc = (
        "Board Meeting\n\nJanuary 21, 2031\n\nAgenda Item 1: Approve Minutes of Last Meeting.\n"
        "- There being no objection, the minutes of the last meeting were accepted.\n"
        "Agenda Item 2: Minutes of Last Meeting - Approval\n"
        "- Since there were no objections or questions, the Minutes were considered ratified as correct.\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.text, r.actionable) for r in res] == [
        ("There being no objection, the minutes of the last meeting were accepted.", False),
        (
            "Since there were no objections or questions, the Minutes were considered ratified as correct.",
            False,
        ),
    ]


def test_approved_alone_under_a_minutes_heading() -> None:
    doc = (
        "PARISH COUNCIL MEETING 27th February 2031\n\n"
        "4. MINUTES OF THE LAST MEETING HELD 30th January 2031\n\nApproved and signed.\n\n"
        "5. BUS SHELTER\n\nApproved.\n\n"
        "6. APPROVAL OF MINUTES\n\nAgreed as a true record.\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.text, r.minute, r.actionable) for r in res] == [
        ("Approved and signed.", "4", False),
        ("Agreed as a true record.", "6", False),
    ]


def test_a_resolution_point_on_the_minutes_stays_a_point() -> None:
    doc = (
        "Minutes of the Greyfield Parish Council held on 3 March 2031\n\n"
        "RESOLVED:\n• the minutes of the meeting held on 4 February be approved as a correct record;\n"
        "• the Clerk write to the school about parking.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.text for r in res] == [
        "The minutes of the meeting held on 4 February be approved as a correct record",
        "The Clerk write to the school about parking.",
    ]


def test_confirmed_subject_to_an_insertion_asks_nothing_more() -> None:
    doc = (
        "Cabinet\n\nMinutes of the meeting held on 17 September 2031\n\n"
        "Minutes: The Minutes of the meeting held on 18 June 2031 were agreed and signed subject to the insertion "
        "of the word Shadow before the words Cabinet Member in Minute 62/31.\n"
    )
    [res] = extract_text(doc).resolutions
    assert not res.actionable and res.owner is None


@pytest.mark.parametrize(
    ("paragraph", "actionable"),
    [
        ("Proposed by Councillor Cole and Seconded by Councillor Russell and RESOLVED by all that the notes be "
         "approved as minutes and signed by the Chairman.", False),
        ("The meeting agreed the minutes represented a true record of the meeting, authorizing they be signed as "
         "such and placed in the public domain.", True),
        ("Members received and noted the minutes.", False),
    ],
)  # fmt: skip
def test_parish_wordings_of_minutes(paragraph: str, actionable: bool) -> None:
    [res] = extract_text(
        f"Minutes of the Greyfield Parish Council held on 3 March 2031\n\n5. MINUTES\n\n{paragraph}\n"
    ).resolutions
    assert res.actionable is actionable


def test_minutes_told_approved_subject_to_amendments_under_a_decision_label() -> None:
    [res] = extract_text(
        "Overview Select Committee\n\nMinutes of the meeting held on 10 March 2031\n\nDecision:\n\n"
        "The Minutes from the meeting of the Committee held on 28 January 2031 were approved by the Committee as "
        "a correct record and signed by the Chairman, subject to the following amendments:-\n"
    ).resolutions
    assert "subject to the following amendments" in res.text and not res.actionable


def test_a_pages_voting_record_is_furniture() -> None:
    e = extract_text(
        "Agenda, decisions and minutes\n\nItems\nNo. Item\n\n3.\n\nMinutes\n\nDecision:\n\n"
        "RESOLVED that the minutes of the Cabinet meeting held on 5 September 2031 be approved as a correct record.\n\n"
        "Voting Record\n\n5 For, 0 Against, 1 Abstention\n\nMinutes:\n\n"
        "RESOLVED: That the minutes of the Cabinet meeting held on 5 September 2031 be approved as a correct record.\n"
    )
    assert [r.minute for r in e.resolutions] == ["3"]


def test_a_proposal_to_confirm_the_minutes_is_no_action() -> None:
    doc = extract_text(
        "Minutes of previous meetings\n\nProposed by Councillor M. Lyons Seconded by Councillor M. Fleming "
        "“To confirm the minutes of the Annual Budget Meeting held on 17th December, 2031.”\n"
    )
    assert [r.actionable for r in doc.resolutions] == [False]


def test_these_were_accepted_under_an_approve_the_minutes_title() -> None:
    doc = parish_doc(
        "3. Approve the Minutes of the Meeting Held on 12th October 2031",
        "These were accepted and signed by the Vice Chairman, subject to the date in the heading being changed.",
        "4. Allotments",
        "These were inspected by the Chairman.",
    )
    assert [text for text, _ in points(doc)] == [
        "These were accepted and signed by the Vice Chairman, subject to the date in the heading being changed."
    ]


def test_a_numbered_item_run_on_after_a_decision_in_a_flattened_document_is_not_part_of_it() -> None:
    """A PDF flattened into one line runs its numbered items together ("... be confirmed. 41.
    Declarations of Interest Councillor ..."); times and sums ("at 7.30", "£1.50") are no numbers."""
    present = " ".join(f"Member{n} Surname{n}, Chair Group{n}, Town{n}" for n in range(20))
    doc = extract_text(
        f"SCRUTINY COMMITTEE Tuesday 9 January 2031 Present: {present} 40. Minutes RESOLVED: (a) THAT the tea "
        "fund of £1.50 be noted. (b) THAT the Minutes of the meeting held on 3 January 2031 be confirmed. 41. "
        "Declarations of Interest Councillor Kirk declared an interest in Minute 43 at 7.30 The meeting went on. "
        "42. Public Question Time There were no questions.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the tea fund of £1.50 be noted.",
        "That the Minutes of the meeting held on 3 January 2031 be confirmed.",
    ]


def test_decimal_paragraphs_run_into_one_short_line_are_read_apart() -> None:
    """A community council's "12.2 ... 12.3 ..." paragraphs run into one line, however short: each
    starts a line of its own, also where it opens with initials ("12.3 CR has put up ...")."""
    doc = extract_text(
        "12. Matters arising\n"
        "12.2 The work on the cemetery gate has not been done. CR to get in touch with GE. "
        "12.3 CR has put up the new signs in the cemetery. 12.4 The English rules are ready.\n"
    )
    assert [r.text for r in doc.resolutions] == ["CR to get in touch with GE."]


def test_a_decision_stem_recurring_under_each_item_is_no_running_title() -> None:
    """A Scottish council writes "The Committee resolved:-" over each item's decision; a short line
    that recurs is usually a PDF's running title, but not a decision stem."""
    items = "".join(
        f"Minute of Meeting of the {group} Group of 3 June 2031\n\nThe Committee had before it the minute of the "
        f"{group} Group for approval.\n\nThe Committee resolved:-\n\nto approve the minute as a correct record.\n\n"
        f"{title}\n\nThe Committee had before it a report on {title.lower()}.\n\nThe Committee resolved:-\n\n"
        f"to ask the Director to report back on {title.lower()} in March.\n\n"
        for group, title in (("Disability", "Bus Passes"), ("Older People", "Lunch Clubs"))
    )
    doc = extract_text(items)
    assert [r.text for r in doc.resolutions if r.actionable] == [
        "To ask the Director to report back on bus passes in March.",
        "To ask the Director to report back on lunch clubs in March.",
    ]


def test_minutes_resolved_inside_a_flattened_page_stop_at_the_next_minute_number() -> None:
    present = " ".join(f"Cllr A{n} Surname{n}" for n in range(40))
    doc = extract_text(
        f"88/31 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20th SEPTEMBER 2031 PRESENT: {present} "
        "1358 DECLARATIONS OF INTEREST None were made. 1359 MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED: "
        "The minutes of the Full Council meeting held on 19 th July 2031 were confirmed and signed as a true record "
        "1360 MATTERS ARISING FROM THE MINUTES There were none.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "The minutes of the Full Council meeting held on 19 th July 2031 were confirmed and signed as a true record"
    ]


def test_a_boards_minute_reference_starts_the_next_paragraph_of_a_flattened_page() -> None:
    present = " ".join(f"Professor A{n} Surname{n}, Non-Executive Director" for n in range(15))
    doc = extract_text(
        f"TRUST BOARD MEETING Present: {present} TB64/31 Apologies were received from Professor Mant. No "
        "declarations of interest were made. TB65/31 Minutes of the meeting held on 13 March 2031 The minutes were "
        "approved and signed as a correct record. TB66/31 Chief Executive's Report The report was noted.\n"
    )
    assert doc.resolutions[0].text.startswith("Minutes of the meeting held on 13 March 2031 The minutes")


def test_a_lettered_resolved_confirms_the_minutes_and_the_next_letter_is_its_sibling() -> None:
    doc = extract_text(
        "a) To adopt and sign as a correct record the minutes of the meeting held on 13 January 2031.\n"
        "b) Matters arising from the minutes.\nMinutes:\nThe Committee considered the minutes.\n"
        "a) RESOLVED: that the Minutes of the meeting held on 13 January 2031 be agreed as a correct record and signed "
        "by the Chair.\nb) MATTERS ARISING:\n1. The Town Clerk advised that the pillars would be repaired from reserves;\n"
    )
    assert doc.meeting_date is None
    assert [r.text for r in doc.resolutions] == [
        "That the Minutes of the meeting held on 13 January 2031 be agreed as a correct record and signed by the Chair."
    ]


def test_minutes_confirmed_with_the_year_run_into_the_verb() -> None:
    doc = extract_text(
        "2. Minutes\nMinutes of meeting on 15th June 2031were accepted and signed.\n3. Matters\nNone.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Minutes of meeting on 15th June 2031 were accepted and signed.", False)
    ]


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("2. Minutes of the meeting held on 17th February, 2021", "Minutes accepted as correct."),
        (
            "2. Minutes of the previous meeting and matters arising that were not included on the Agenda",
            "Minutes were accepted as correct.",
        ),
        ("2. Approval of Minutes", "b)  Minutes of the Annual Meeting were also approved and signed."),
        (
            "3. Minutes of previous meetings.",
            "The minutes of 27 April 2031 (issued) were submitted and approved.",
        ),
        (
            "17/4 Approve the minutes of the previous meeting",
            "The minutes of the meeting held 12th December were approved.",
        ),
    ],
)
def test_minutes_told_on_the_line_under_their_item_title(title: str, told: str) -> None:
    e = parish_doc(f"{title}\n{told}", "3. Declaration of Interest\nNone.")
    assert points(e) == [(told.removeprefix("b)").strip(), False)]


def test_a_task_in_the_sentence_after_the_confirmation_leaves_it_a_confirmation() -> None:
    e = parish_doc(
        "MINUTES OF THE MEETING 25th August 2031\n\n"
        "Minutes for this meeting were approved. Clerk asked to clarify the fire hydrant item."
    )
    assert points(e)[0] == ("Minutes for this meeting were approved.", False)


def test_minutes_proposed_seconded_agreed_and_signed_by_the_chairman_leave_nothing_to_do() -> None:
    e = parish_doc(
        "31/132 MINUTES OF THE ORDINARY MEETING held on Monday 21st February 2031 were proposed Cllr Weston, "
        "seconded Cllr Seddon, agreed unanimously and signed by the Chairman"
    )
    assert [(r.actionable, r.owner) for r in e.resolutions] == [(False, None)]


def test_minutes_deemed_a_true_and_correct_record_after_being_circulated() -> None:
    e = parish_doc(
        "047 The Minutes having been circulated previously it was proposed by Cllr Walsh and seconded Cllr "
        "Nicholas that the minutes were deemed to be a true and correct record, carried unanimously."
    )
    assert [r.actionable for r in e.resolutions] == [False]


def test_minutes_also_approved_and_an_agenda_asking_for_approval() -> None:
    assert minutes_record("The minutes were also approved.") is not None
    assert minutes_record("2. The minutes were asked to be approved.") is None


def test_minutes_confirmed_before_a_task_in_the_same_paragraph_are_both_read() -> None:
    e = parish_doc(
        "MINUTES OF THE MEETING 25th August 2031\n\n"
        "Minutes for this meeting were approved. Clerk asked to clarify the fire hydrant item with Highways."
    )
    assert points(e) == [
        ("Minutes for this meeting were approved.", False),
        ("Clerk asked to clarify the fire hydrant item with Highways.", True),
    ]


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("Cllr Leone to place the approved minutes on the website.", True),
        ("Clerk to publish the signed minutes on the village website.", True),
        ("The minutes were approved and displayed on the noticeboard.", False),
    ],
)
def test_approved_minutes_still_to_be_put_on_the_website(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


def test_a_lost_list_whose_first_point_confirms_the_minutes_keeps_its_other_points() -> None:
    doc = extract_text(
        "Eastfield Township Committee\nMinutes of the meeting held on 8 November 2031\n\n"
        "Minutes To approve the minutes of the meeting held on 13 September 2031. Minutes: In relation to "
        "Minute No. 15 it was noted that members had not yet received a note of the delays.\n"
        "1. That the minutes of the meeting held on 13 September 2031 be approved as a correct record.\n"
        "2. That the Democratic Services Officer be requested to contact Highways to provide a note of the "
        "delays to the footpath order.\n"
        "Open Forum Members of the public raised the state of the play area.\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("That the minutes of the meeting held on ", False),
        ("That the Democratic Services Officer be ", True),
    ]
    assert doc.resolutions[1].owner == "the Democratic Services Officer"


@pytest.mark.parametrize("number", ["2.\n\n", ""])
def test_an_item_title_asking_to_agree_the_minutes_is_no_confirmation(number: str) -> None:
    doc = extract_text(
        "Agenda and draft minutes\n\nVenue: County Hall\n\nItems\nNo. Item\n\n1.\n\nAppointment of Chairman\n\n"
        "Minutes:\n\nResolved –\n\nThat Councillor Ann Hale be appointed Chairman for the year.\n\n"
        f"{number}Minutes of the Meeting held on 23rd March 2031 - to agree as an accurate record pdf icon PDF 441 KB\n\n"
        "Minutes:\n\nResolved - That the Minutes of the meeting held on 23 March 2031 be confirmed and signed by "
        "the Chairman as a correct record.\n"
    )
    assert [r.text[:30] for r in doc.resolutions] == [
        "That Councillor Ann Hale be ap",
        "That the Minutes of the meetin",
    ]
