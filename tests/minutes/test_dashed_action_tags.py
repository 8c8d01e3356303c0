"""Action tags written with a dash instead of a colon: a matters-arising log whose numbered entries
end "Action – The Clerk", with the entry's state on the line below ("Action ongoing – ...", "Action
complete"), a forum's note ending "- Action - Stuart", and an "Actions" heading over plain lines
each ending with who does it ("Purchase a marquee - Rowan")."""

from __future__ import annotations

from minutes.action_lines import trailing_names
from minutes.extract import extract_text
from tests.minutes.helpers import parish_doc


def test_log_entries_tagged_with_a_dash_are_tasks_open_until_marked_complete() -> None:
    doc = parish_doc(
        "5. Actions arising from the minutes.",
        "1. Write to the Highways Authority about the verge. Action – The Clerk",
        "Action ongoing – The Clerk had written twice and had no reply.",
        "2. Circulate the monthly financial statement. Action – The Clerk",
        "Action complete",
        "3. Obtain a quote for the noticeboard. Action – The Clerk Action complete.",
        "4. Ask the County about the salt bin. Action – Cllr Grey",
        "6. Planning",
        "No applications had been received.",
    )
    got = [(r.text, r.actionable, r.owner) for r in doc.resolutions]
    assert got == [
        ("Write to the Highways Authority about the verge. Action – The Clerk Action ongoing.", True, "The Clerk"),
        ("Circulate the monthly financial statement. Action – The Clerk Action complete.", False, None),
        ("Obtain a quote for the noticeboard. Action – The Clerk Action complete.", False, None),
        ("Ask the County about the salt bin. Action – Cllr Grey", True, "Cllr Grey"),
    ]  # fmt: skip


def test_an_undertaking_tagged_with_a_dashed_action_is_an_action_line() -> None:
    doc = parish_doc(
        "4. Treasurer",
        "The bank had asked for new signatories. Sharon agreed to follow up with the bank about the "
        "account. - Action - Sharon",
        "Stuart agreed to follow up with June Ward. - Action - Stuart",
    )
    got = [(r.text, r.actionable, r.owner) for r in doc.resolutions]
    assert got == [
        ("Sharon agreed to follow up with the bank about the account. - Action - Sharon", True, "Sharon"),
        ("Stuart agreed to follow up with June Ward. - Action - Stuart", True, "Stuart"),
    ]
    assert all("Action - " not in q for q in doc.requests)


_PTA_ACTIONS = """Friends of Brook School PTA
Meeting held 3 June 2031

School picnic
The picnic replaces the disco this year. The PTA decided to buy a marquee.

Actions

Confirm the date of 17 July with the Head - Jane

Ask Mr Wilson if he could help us organise school bands - Vicky and Jenni

Purchase a marquee - Rowan

Stock the bar - Jenni

AOB
1. The PTA intends to buy another table tennis table next year.
"""


def test_plain_lines_under_an_actions_heading_each_owned_by_the_names_after_the_dash() -> None:
    e = extract_text(_PTA_ACTIONS)
    assert [(r.text, r.owner, r.actionable) for r in e.resolutions] == [
        ("Confirm the date of 17 July with the Head - Jane", "Jane", True),
        (
            "Ask Mr Wilson if he could help us organise school bands - Vicky and Jenni",
            "Vicky and Jenni",
            True,
        ),
        ("Purchase a marquee - Rowan", "Rowan", True),
        ("Stock the bar - Jenni", "Jenni", True),
    ]


def test_a_dash_before_a_topic_or_a_note_names_nobody() -> None:
    assert trailing_names("Grass cutting contract - Maintenance") is None
    assert trailing_names("Get quote for repair/replace – Rich Roper") == "Rich Roper"
    assert trailing_names("Closed - Done") is None
    assert trailing_names("Update - Ongoing") is None
