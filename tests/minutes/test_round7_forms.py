"""Forms found on a seventh round of real minutes (unpunctuated "That ..." points one a line, a
fact "be noted", a body noting someone's work, suggestions and support told in the discussion), in
fictional wording."""

from __future__ import annotations

from minutes.extract import extract_text


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


def test_it_be_noted_that_a_plan_is_coming_asks_nothing() -> None:
    doc = (
        "12. Executive Forward Plan\n"
        "RESOLVED: That it be noted the revised Forward Plan would be available on Monday 3 March 2031.\n\n"
        "13. Allotments\n"
        "RESOLVED: That it be noted that officers will circulate the waiting list figures to members.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.actionable for r in res] == [False, True]


def test_obtain_is_a_follow_up_verb() -> None:
    doc = (
        "5. Noticeboard\nIt was agreed that the Clerk obtain three quotes for a new noticeboard.\n\n"
        "6. Hall Roof\nRESOLVED: That three quotes be obtained for the hall roof.\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.actionable, r.owner) for r in res] == [(True, "the Clerk"), (True, None)]


def test_a_body_noting_work_done_by_a_group_names_nobody_to_act() -> None:
    doc = (
        "20. Annual Report\n"
        "Councillor Fenwick introduced the report.\n"
        "Council noted the progress made by the Play Areas Working Group on the new skate park.\n"
    )
    res = extract_text(doc).resolutions
    assert all(not r.actionable and r.owner is None for r in res)


def test_recommended_that_and_support_for_an_addition_are_follow_ups() -> None:
    doc = (
        "9. Work Programme\n"
        "Members reviewed the programme. The Panel recommended that ward members be copied into flood "
        "alerts.\n"
        "(ii) Existing items were kept. Addition of quarterly reports on fly-tipping was supported.\n"
    )
    reqs = [r.text for r in extract_text(doc).requests]
    assert any(r.startswith("The Panel recommended that ward members") for r in reqs)
    assert any(r.startswith("Addition of quarterly reports on fly-tipping") for r in reqs)


def test_chair_suggestion_is_a_follow_up_only_when_it_asks_for_something() -> None:
    doc = (
        "10. Work Programme\n"
        "(iii) Chair suggested members list their priorities from the new Corporate Plan and that she and "
        "the Vice-chair then redraft the programme after the meeting with those priorities in mind, with the "
        "redrafted programme to be brought back to the next meeting of the Panel.\n"
        "(iv) The Chair suggested the debate had been a useful one.\n"
        "(v) The Chair suggested an additional recommendation that the minutes be shared with parishes.\n"
    )
    reqs = [r.text for r in extract_text(doc).requests]
    assert len(reqs) == 1
    assert reqs[0].startswith("Chair suggested members list their priorities")


def test_would_receive_an_update_and_report_in_due_course_are_follow_ups() -> None:
    doc = (
        "11. Liaison\n"
        "A meeting of the two chairs had been arranged. The Board would receive an update on the outcome "
        "when available.\n"
        "Members were told that the Task Group would report in due course on the parking review.\n"
    )
    reqs = [r.text for r in extract_text(doc).requests]
    assert "The Board would receive an update on the outcome when available." in reqs
    assert any("would report in due course" in r for r in reqs)
