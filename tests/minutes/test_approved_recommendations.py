"""A review's recommendations approved "as set out below", each point opening with the work to be
done ("Review fees and charges ...", "Increase engagement with ..."), typed with its number against
it ("1.Review") or its stop astray ("2 .Increase"): each point is a task."""

from __future__ import annotations

from minutes.extract import extract_text


def test_approved_recommendations_that_open_with_the_work_are_tasks() -> None:
    doc = extract_text(
        "Decision status: Recommendations Approved\n"
        "RESOLVED - That the recommendations of the review into play areas by the Scrutiny Committee be "
        "approved as set out below:\n"
        "1.Review the charges for the play schemes, reporting the outcome to committee.\n"
        "2 .Increase the opening hours of the two larger play areas during the school holidays.\n"
        "3. Develop a survey of families who do not use the play areas.\n"
        "REASONS FOR DECISION – The review had shown where the service could improve.\n"
        "Date of decision: 23/01/2032\n"
    )
    got = [(r.text[:24], r.actionable) for r in doc.resolutions]
    assert got == [
        ("Review the charges for t", True),
        ("Increase the opening hou", True),
        ("Develop a survey of fami", True),
    ]


def test_a_review_or_an_increase_named_as_a_noun_is_no_task() -> None:
    doc = extract_text(
        "Minutes of the Resources Committee held on 4 March 2032\n\n5. Fees\nRESOLVED:\n"
        "1. Increase in the allotment rents of 3% be approved.\n"
        "2. Review of the charging policy be noted.\n"
    )
    assert [r.actionable for r in doc.resolutions] == [False, False]
