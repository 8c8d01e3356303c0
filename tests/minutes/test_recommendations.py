"""Recommendations to another body written on the trigger's own line ("RECOMMENDED to Council that
...", "RESOLVED to recommend to Full Council that ...") or with the body as the subject ("That
Council be recommended to approve ..."): someone must act (the body decides later), and the point
is due at that body."""

from __future__ import annotations

from minutes.due import find_due
from minutes.extract import extract_text
from tests.minutes.helpers import only


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
