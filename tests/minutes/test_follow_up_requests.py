"""Narrative follow-ups (minutes/request_forms.py): every example of every form is a test, and
what a request must never be (a restatement of a formal point, a fragment, a question, a condition,
something done at the meeting itself)."""

from __future__ import annotations

import pytest

from minutes import service_process as process_forms
from minutes.extract import extract_text
from minutes.request_forms import FORMS, first_form
from minutes.requests import find_requests
from tests.minutes.helpers import requests_of, town_doc

POSITIVE = [(form.name, text) for form in FORMS for text in form.examples]
NEGATIVE = [(form.name, text) for form in FORMS for text in form.counter]


@pytest.mark.parametrize(("form", "text"), POSITIVE, ids=[f"{f}:{t[:40]}" for f, t in POSITIVE])
def test_form_example_is_a_request(form: str, text: str) -> None:
    found = first_form(text)
    assert found is not None and found[0] == form, found
    assert requests_of(text) == [text]


@pytest.mark.parametrize(("form", "text"), NEGATIVE, ids=[f"{f}:{t[:40]}" for f, t in NEGATIVE])
def test_form_counter_example_is_no_request(form: str, text: str) -> None:
    assert requests_of(text) == []


def test_every_form_has_examples_and_a_reason() -> None:
    for form in FORMS:
        assert form.examples and form.why, form.name


def test_a_request_restating_a_formal_point_of_its_item_is_not_proposed_twice() -> None:
    doc = extract_text(
        "6. LIBRARY OPENING HOURS\n\n"
        "The Chair requested that the consultation results on evening opening be brought to a future meeting.\n\n"
        "Members also asked that the mobile library timetable be published on the website.\n\n"
        "RESOLVED:\n\n"
        "1. That the report be noted.\n"
        "2. That the consultation results on evening opening be brought to a future meeting.\n"
    )
    assert [r.text for r in doc.requests] == [
        "Members also asked that the mobile library timetable be published on the website."
    ]


def test_a_suggestion_the_meeting_then_decided_is_not_proposed_again() -> None:
    doc = extract_text(
        "7. THE ROLE OF THE PANEL\n\n"
        "Councillor Hale suggested that a Task and Finish Group be established to consider the future role of "
        "the Panel in light of the Select Committee report on scrutiny.\n\n"
        "RESOLVED: That the report be noted and a Task and Finish Group be established to develop the Panel's "
        "work plan and consider its future roles.\n"
    )
    assert [r.text[:40] for r in doc.resolutions] == ["That the report be noted and a Task and "]
    assert doc.requests == []


def test_a_request_with_no_object_is_a_fragment() -> None:
    assert requests_of("There was a specific request to bring forward.") == []
    assert requests_of(
        "There was a specific request to bring forward quarterly figures on agency staff."
    ) == ["There was a specific request to bring forward quarterly figures on agency staff."]


@pytest.mark.parametrize(
    "text",
    [
        "It was requested that the letter be read out during the meeting and copies were handed round.",
        "The Chairman asked that it be noted that he would take no part in the debate.",
        "The Chair asked for nominations for the office of vice-chair.",
        "At the last meeting it was agreed to set up a task group.",
        "The Director will give a verbal update on the budget.",
        "The minute quoted “a briefing note would be provided to Members” and it had since been sent.",
    ],
)
def test_what_happens_at_the_meeting_or_before_it_is_no_request(text: str) -> None:
    assert requests_of(text) == []


def test_an_answer_after_a_question_is_a_request() -> None:
    text = (
        "Cllr Rudd asked whether the youth work review had been included in the report and the Scrutiny "
        "Lead informed the board that the review in question was still running, and that there would be "
        "a progress report coming to the Board in due course."
    )
    (req,) = requests_of(text)
    assert req.startswith("the Scrutiny Lead informed the board that the review")


def test_narrative_follow_ups() -> None:
    doc = (
        "Play Area\n\n"
        "Horses had strayed onto the play area and their keeper would be asked to move them.\n\n"
        "Complaints\n\n"
        "The Chair said she was supportive of requesting that the Town Clerk send a written answer.\n\n"
        "As the Ombudsman had not yet finished reviewing the two cases, which had been delayed by the holidays "
        "and by staff absence over the summer months, the findings would be reported on at the next meeting "
        "of the Committee.\n"
    )
    reqs = [r.text for r in extract_text(doc).requests]
    assert reqs[0] == "Horses had strayed onto the play area and their keeper would be asked to move them."
    assert reqs[1].startswith("The Chair said she was supportive of requesting")
    assert reqs[2].startswith("As the Ombudsman had not yet finished")
    assert len(reqs) == 3


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


def test_narrative_follow_ups_by_name_and_agreed_to() -> None:
    doc = extract_text(
        "5. HEALTH STRATEGY\n\n"
        "The Board discussed the draft strategy.  Mira Patel and Tom Ashe to produce a note on links to the "
        "local partnerships.\n\n"
        "A Member raised low screening rates and it was agreed to refer to the screening work in the "
        "final strategy.\n\n"
        "During the ensuing discussion –\n\n"
        "· agreed to invite the Cabinet Member to a future meeting\n\n"
        "Members agreed to note the update.\n\n"
        "RESOLVED – That the draft strategy be noted.\n"
    )
    texts = [r.text for r in doc.requests]
    assert any(t.startswith("Mira Patel and Tom Ashe to produce") for t in texts), texts
    assert any("agreed to refer to the screening work" in t for t in texts), texts
    assert any("agreed to invite the Cabinet Member" in t for t in texts), texts
    assert not any("note the update" in t for t in texts), texts


def test_members_urging_officers_is_a_follow_up() -> None:
    doc = extract_text(
        "The following points were raised:-\n\n"
        "· Councillors urged officers to include scrutiny comments within reports taken to the Executive.\n"
    )
    assert [r.text for r in doc.requests] == [
        "Councillors urged officers to include scrutiny comments within reports taken to the Executive."
    ]


def test_officer_would_check_is_a_follow_up_but_a_minutes_correction_is_not() -> None:
    doc = town_doc(
        "7. Board Membership",
        "A member asked when the changes would take effect. The Board was told they could start soon "
        "but the Governance Manager said that she would check on any further approvals needed.",
        "Members asked for the following amendment to be made: on page 2 of the minutes, "
        '"recieve" to be changed to "receive".',
    )
    requests = [q.text for q in doc.requests]
    assert len(requests) == 1
    assert "she would check on any further approvals" in requests[0]


@pytest.mark.parametrize(
    "text",
    [
        "Action: Cllr Penrose to post the signed minutes on the noticeboard.",
        "ACTION – Clerk to order two replacement litter bins.",
        "The Clerk will make a bank transfer for £42.50 to the hall trust.",
        "Cllrs Amberley and Stroud will prepare a draft tenancy for the pavilion.",
        "Minutes will be signed by the chairman in due course.",
        "The Officer confirmed that the draft would be circulated to the Sub-Panel for comment.",
        "It was noted that the matter would be discussed further with the Head of Parks.",
        "Bench repairs to be decided at a future meeting.",
        "The Monitoring Officer was asked to clarify the rules on private briefings.",
        "At the May meeting Cllr Denholm indicated that she would approach the rugby club again.",
        "She would also liaise with the Communications Team on the wording.",
        "Councillor Vane welcomed the plan but asked that consideration be given to a rural member.",
        "Members were unhappy with the draft, and requested that it be brought back in the autumn.",
        "The Treasurer advised that a costed list of repairs would be presented at the next meeting of the Forum.",
    ],
)
def test_follow_up_forms_arerequests_of(text: str) -> None:
    assert requests_of(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Members were asked to note the contents of the quarterly report.",
        "Cllr Rudd enquired whether the closed reviews would be reported back to the Board.",
        "If complaints rose again, officers would speak to the operator about the contract.",
        "This was the last meeting of the year and further meeting dates would be circulated shortly.",
        "Action RG/GP",
    ],
)
def test_questions_conditions_and_admin_are_notrequests_of(text: str) -> None:
    assert requests_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bus timetable update would now be brought to the Panel quarterly.",
        "The complaints log would be reported to all future meetings.",
        "Large print copies of the plan will be provided if requested.",
        "A further meeting of the group would be arranged if required.",
        "After approval the notes will be posted on the village website.",
        "Consideration was given to a report which explained that the depot would be sold in the spring.",
    ],
)
def test_a_standing_practice_or_an_offer_on_a_condition_is_no_request(text: str) -> None:
    assert requests_of(text) == []


def test_a_follow_up_whose_subject_is_only_this_names_nothing() -> None:
    assert requests_of("This will be decided at the next meeting of the Trust.") == []
    long = (
        "Members heard that the boiler in the hall had been serviced twice this year and that the contractor "
        "had found no fault with the pump or the controls on either visit, but this would be checked."
    )
    assert requests_of(long) == []
    assert requests_of("The Clerk said that this would be sent to every member.") == [
        "The Clerk said that this would be sent to every member."
    ]


PROCESS = [(form.name, text) for form in process_forms.FORMS for text in form.examples]
NOT_PROCESS = [(form.name, text) for form in process_forms.FORMS for text in form.counter]


@pytest.mark.parametrize(("form", "text"), PROCESS, ids=[f"{f}:{t[:40]}" for f, t in PROCESS])
def test_how_a_service_works_is_no_request(form: str, text: str) -> None:
    assert process_forms.describes_process(text) == form
    assert first_form(text) is not None, "the example must read like a follow-up to test anything"
    assert requests_of(text) == []


@pytest.mark.parametrize(("form", "text"), NOT_PROCESS, ids=[f"{f}:{t[:40]}" for f, t in NOT_PROCESS])
def test_a_follow_up_for_the_committee_is_no_process_description(form: str, text: str) -> None:
    assert process_forms.describes_process(text) is None
    assert requests_of(text) == [text]


def test_process_description_in_a_presentation_summary_beside_a_real_follow_up() -> None:
    doc = town_doc(
        "7. INSPECTION OF ADULT SOCIAL CARE",
        "In response to questions from Members it was noted that:",
        "- The regulator asks for forty case examples. Case files are not sent; instead a summary of"
        " each case will be provided to inspectors. The CQC will also speak to a sample of carers.",
        "- Officers reported that the booking line would be reviewed to improve access.",
        "The Director would circulate the inspection report to Members when it was published.",
        "RESOLVED: That the report be noted.",
    )
    assert [r.text for r in doc.requests] == [
        "The Director would circulate the inspection report to Members when it was published."
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Statistics: Dana said a sixth-form class could help build the incident map. Will report back at"
        " the next meeting.",
        "A query was raised as to why the grants report does not come to this committee. Chair will"
        " consider this.",
    ],
)
def test_a_follow_up_leaning_on_the_sentence_before_takes_it_along(paragraph: str) -> None:
    assert requests_of(paragraph) == [paragraph]


def test_a_follow_up_with_its_own_subject_and_object_stands_alone() -> None:
    assert requests_of("The figures were discussed. Helen agreed to check this with the treasurer.") == [
        "Helen agreed to check this with the treasurer."
    ]


def test_a_doer_after_but_is_the_follow_up() -> None:
    e = extract_text(
        "Fire Authority\n\nMinutes of the meeting held on 16 December 2031\n\n45/31 Chair's Welcome\n\n"
        "The Chair confirmed that only 3 members from each authority could attend each course, but Democratic "
        "Services would ascertain if there was a reserve list.\n"
    )
    assert [q.text for q in e.requests] == [
        "Democratic Services would ascertain if there was a reserve list."
    ]


def test_a_follow_up_told_with_this_keeps_the_sentence_it_leans_on() -> None:
    e = extract_text(
        "Village Hall Committee\n\nSummary of the Meeting Held 10th March 2031\n\n"
        "• Some of the curtains are in need of cleaning and possibly new fire retardant treatment. This will be "
        "checked and quotes obtained.\n"
        "• An up-to-date job description was agreed with the caretaker.\n"
    )
    assert [q.text for q in e.requests] == [
        "Some of the curtains are in need of cleaning and possibly new fire retardant treatment. This will be "
        "checked and quotes obtained."
    ]
    assert [r.text for r in e.resolutions] == ["An up-to-date job description was agreed with the caretaker."]


def test_an_officers_undertaking_keeps_who_gave_it_across_its_clauses() -> None:
    text = (
        "In respect of item 5 (the provision of changing rooms at the sports ground), the City Surveyor "
        "advised that further survey work in this area would be done during the summer recess and a "
        "further report would be submitted to the Projects Sub Committee in September."
    )
    (req,) = requests_of(text)
    assert req.startswith("the City Surveyor advised that further survey work")


def test_updates_to_be_included_in_a_standing_report_are_a_follow_up() -> None:
    text = (
        "The Asset Management Director advised that future progress updates on these projects would be "
        "included in the standard Planned Maintenance Progress Reports."
    )
    assert requests_of(text) == [text]


def test_taking_forward_the_decisions_from_this_meeting_is_a_follow_up() -> None:
    text = "The Clerk would meet with the Mayor to ascertain how he wishes to take forward the decisions from this meeting."
    assert requests_of(text) == [text]
    assert requests_of("The Clerk would read the letter out at this meeting.") == []


def test_a_request_on_the_line_under_an_unstopped_resolution_stays_apart() -> None:
    doc = town_doc(
        "4. Village hall kitchen",
        "Resolved: That the quote from Hall Joinery of £3,936 be accepted (to be confirmed by the full committee)\n"
        "It was also requested the clerk look into buying the kitchen through the framework to recover VAT.",
    )
    assert [r.text for r in doc.resolutions] == [
        "That the quote from Hall Joinery of £3,936 be accepted (to be confirmed by the full committee)"
    ]
    assert [r.text for r in doc.requests] == [
        "It was also requested the clerk look into buying the kitchen through the framework to recover VAT."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chairperson asked for any declarations of interest.",
        "Attendance register to be signed.",
        "Questions must be relevant to items on the agenda and will be taken in the order received.",
        "Appointment of Substitute Members To be notified of the appointment of any Substitute Members.",
        "Urgent items of Business, if any (24 hours notice to be provided to the Chairman).",
        "Councillors to answer questions asked in accordance with Procedure Rule 9.",
        "The decision may be called in if a ward councillor registers a request that the matter be dealt with by Cabinet.",
    ],
)
def test_the_standing_business_of_an_agenda_is_no_follow_up(sentence: str) -> None:
    assert find_requests([(sentence, "1")], None) == []


def test_substitutes_invited_to_a_later_meeting_is_a_follow_up() -> None:
    sentence = (
        "It was confirmed that Panel substitute Members would be invited to attend the training session."
    )
    assert [r.text for r in find_requests([(sentence, "1")], None)] == [sentence]


def test_bullets_run_into_one_line_are_each_a_sentence() -> None:
    """A page flattened to text runs its bullets into one line: each bullet is its own sentence, so
    the follow-up is proposed without its neighbours."""
    doc = extract_text(
        "Minutes\n\n4. Chair's remarks\n\n"
        "• The Chair asked that a letter of thanks be sent to the retiring Clerk. • The Chair welcomed "
        "two new members to the committee. • The Chair noted the good attendance at the fair.\n"
    )
    assert [q.text for q in doc.requests] == [
        "The Chair asked that a letter of thanks be sent to the retiring Clerk."
    ]


def test_lettered_matters_arising_run_together_are_read_one_by_one() -> None:
    paragraph = (
        "a) Paragraph 4: Copies of the letters were available to Members if they wished to see them. "
        "b) Paragraph 9: The audit of both offices had been completed. "
        "c) Paragraph 12: Proposals on advisory forums would be brought to the next Board meeting in October. "
        "d) Paragraph 16: Discussions were ongoing."
    )
    assert requests_of(paragraph) == [
        "c) Paragraph 12: Proposals on advisory forums would be brought to the next Board meeting in October."
    ]
