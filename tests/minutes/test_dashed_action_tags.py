"""Action tags written with a dash instead of a colon: a matters-arising log whose numbered entries
end "Action – The Clerk", with the entry's state on the line below ("Action ongoing – ...", "Action
complete"), and a forum's note ending "- Action - Stuart"."""

from __future__ import annotations

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
