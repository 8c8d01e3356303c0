"""An item as a meeting page gives it (ModernGov's "Agenda and minutes", "Agenda item" and "Issue -
meetings" pages): its title, the agenda's description of it, its papers, then "Minutes:" over what
the meeting did."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text

_ISSUE_PAGE = (
    "Issue - meetings\n\nCommunity Grants Review\n\nMeeting: 14/03/2031 - Resources Scrutiny Panel (Item 12)\n\n"
    "12 Community Grants Review pdf icon PDF 90 KB\n\n{description}\n\nMinutes:\n\n{minutes}\n"
)


@pytest.mark.parametrize(
    "description",
    [
        "The Head of Finance to report on the review of community grants.",
        "The Panel Chair to report.",
        "Councillor Ames will introduce the report and officers will answer questions.",
    ],
)
def test_the_agenda_description_above_minutes_is_not_what_was_done(description: str) -> None:
    doc = extract_text(
        _ISSUE_PAGE.format(
            description=description,
            minutes="The Panel considered the review and thanked officers for the report.",
        )
    )
    assert doc.resolutions == []
    assert doc.requests == []


def test_what_the_minutes_record_under_the_label_is_read() -> None:
    doc = extract_text(
        _ISSUE_PAGE.format(
            description="The Head of Finance to report on the review of community grants.",
            minutes="It was agreed that the Head of Finance would circulate the list of grants refused to members.",
        )
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(True, "the Head of Finance")]
    assert "circulate the list of grants refused" in doc.resolutions[0].text


def test_a_decision_given_above_the_minutes_is_kept() -> None:
    """An "Agenda, decisions and minutes" page gives the decision above "Minutes:" too."""
    doc = extract_text(
        _ISSUE_PAGE.format(
            description="Decision:\n\nRESOLVED that officers report the grants refused to the next meeting.",
            minutes="RESOLVED that officers report the grants refused to the next meeting.",
        )
    )
    assert [(r.actionable, r.due) for r in doc.resolutions] == [(True, "next meeting")]


def test_the_minutes_copy_of_a_decision_worded_a_little_differently_is_not_a_second_decision() -> None:
    doc = extract_text(
        _ISSUE_PAGE.format(
            description="Decision:\n\n1. That the Leader write to the Minister in the terms of the draft letter; and\n\n"
            "2. That Cabinet refer this report to Council on 30 May 2031.",
            minutes="Decisions:\n\n1. That the Leader write to the Minister in terms of the draft letter, at "
            "Appendix 2; and\n\n2. That Cabinet refer this report to full Council on 30 May 2031.",
        )
    )
    assert [r.text for r in doc.resolutions] == [
        "That the Leader write to the Minister in the terms of the draft letter",
        "That Cabinet refer this report to Council on 30 May 2031.",
    ]


def test_the_next_items_decision_after_a_minutes_copy_is_read() -> None:
    doc = extract_text(
        "Minutes of the Previous Meeting\n\nDecision:\n\nRESOLVED that the minutes of 15 June 2031 be approved.\n\n"
        "Minutes:\n\nRESOLVED that the minutes of the meeting held on 15th June 2031 be approved as a record.\n\n"
        "Pre meeting update: this item has been deferred. Decision: Cabinet NOTED that the library review had "
        "been deferred to the meeting on 7 September 2031.\n"
    )
    assert [(r.text[:30], r.due) for r in doc.resolutions] == [
        ("That the minutes of 15 June 20", None),
        ("Cabinet NOTED that the library", "2031-09-07"),
    ]


def test_a_description_line_above_minutes_is_not_a_new_item() -> None:
    """ "Report by the Leader" sits where an unnumbered title would, over "Minutes:", but the item
    it describes has not had its minutes yet: the decision stays under minute 5."""
    doc = extract_text(
        "Agenda and minutes\n\nHarbour Council - Thursday, 27 November 2031 11:00 am\n\nItems\nNo. Item\n\n"
        "4.\n\nAPOLOGIES FOR ABSENCE\n\nMinutes:\n\nApologies were intimated from Councillor Rae.\n\n"
        "5.\n\nLEADER'S REPORT pdf icon PDF 121 KB\n\nReport by Leader of the Council\n\nMinutes:\n\n"
        "The Council considered a report by the Leader.\n\nDecision\n\n1. Noted the contents of the report.\n\n"
        "2. Elected Members were also asked to note that further papers could be provided on request.\n"
    )
    assert [(r.minute, r.owner) for r in doc.resolutions] == [("5", None), ("5", None)]


def test_the_next_items_agenda_text_after_a_decision_told_whole_is_not_its_point() -> None:
    doc = extract_text(
        "Election of Chair\n\nResolved: Councillor Toby Wells was elected as Chair.\n\n"
        "To note the terms of reference approved at Full Council on 9th January 2031.\n\n"
        "Minutes: The Chair asked for comments on the terms of reference.\n\n"
        "Resolved: The Area Committee noted the Terms of Reference.\n\n"
        "Budget\n\nRESOLVED: To note the report.\n\nTo approve the budget.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "Councillor Toby Wells was elected as Chair.",
        "The Area Committee noted the Terms of Reference.",
        "To note the report.",
        "To approve the budget.",
    ]


def test_a_resolution_run_on_after_the_minutes_label_is_read() -> None:
    """A council's motions page keeps each item's resolution on the "Minutes:" line itself."""
    page = (
        "Venue: Council Chamber - Town Hall No. | Item\n\n"
        "Declarations of Interest\n\nMinutes: No declarations of interest were reported.\n\n"
        "Harbour Lighting\n\nMinutes: That the Motion be referred to the Council for debate.\n\n"
        "Street Cleansing Standards\n\n"
        "Minutes: That the motion be referred, in the first instance, to the Place and Environment Committee.\n"
    )
    got = [(r.text, r.actionable, r.due) for r in extract_text(page).resolutions]
    assert got == [
        ("That the Motion be referred to the Council for debate.", True, "Council"),
        (
            "That the motion be referred, in the first instance, to the Place and Environment Committee.",
            True,
            "Place and Environment Committee",
        ),
    ]


def test_a_decision_in_an_item_whose_minutes_were_inline_is_kept_when_the_next_item_has_a_label() -> None:
    """A page flattened to rows gives one item's minutes on its title's line and the next item's
    under a "Minutes:" label of its own: the title line before that label starts the next item, so
    the decision above it is not forgotten as agenda text."""
    page = (
        "Election of Chair Minutes: Councillor Lucas was elected, proposed by Councillor Dymock and seconded by "
        "Councillor Brown. |\n|\n"
        "Public Open Forum Minutes: A member of the public spoke about the night shelter.\n"
        "A letter about Goldwire Lane was read out by the Scrutiny Manager. Following a discussion by members, "
        "it was agreed that a response would be sought from officers and the Cabinet Member.\n|\n"
        "Petitions received - to recommend actions to Cabinet Additional documents:\nMinutes:\n"
        "Following a discussion, the committee agreed that Petition 6a should be referred to Council for a full "
        "debate. The Chair thanked the petitioners.\n"
    )
    got = [(r.text, r.actionable) for r in extract_text(page).resolutions]
    assert got == [
        (
            "Councillor Lucas was elected, proposed by Councillor Dymock and seconded by Councillor Brown.",
            False,
        ),
        (
            "Following a discussion by members, it was agreed that a response would be sought from officers and "
            "the Cabinet Member.",
            True,
        ),
        ("That Petition 6a should be referred to Council for a full debate.", True),
    ]
