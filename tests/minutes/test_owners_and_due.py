"""Who must act (owner) and by when (due), as the minutes word them."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.classify import is_actionable
from minutes.due import find_due
from minutes.extract import extract_text
from minutes.owners import find_owner
from minutes.work_programme import feeds_work_programme
from tests.minutes.helpers import (
    one,
    parish_doc,
    town_doc,
)


def test_owner_after_also() -> None:
    assert find_owner("That the clerk would also ask the ranger to inspect the bridge") == "the clerk"


def test_owner_of_an_authorisation() -> None:
    assert find_owner("Council authorised the Head of Parks to sign the lease.") == "the Head of Parks"
    assert (
        find_owner(
            "That the Director of Housing, in consultation with the Portfolio Holder, be authorised to "
            "agree the final terms."
        )
        == "the Director of Housing"
    )


def test_owner_stops_before_purpose_or_deadline() -> None:
    assert find_owner("That officers for inclusion in the spring newsletter prepare a note.") == "officers"
    assert find_owner("That the Clerk by 30 June write to the bus operator.") == "the Clerk"


def test_deadline_set_by_the_next_step() -> None:
    assert find_due("To authorise the Treasurer to make minor changes before submission to the Council.") == (
        "before submission to the Council"
    )
    assert find_due("To make changes before the end of the consultation.") is None


def test_report_submitted_to_the_committee_is_due_at_a_future_meeting() -> None:
    doc = extract_text(
        "RESOLVED – That a report on the options for the depot be submitted to the Committee for consideration.\n"
    )
    (res,) = doc.resolutions
    assert res.actionable and res.work_programme and res.due == "future meeting"


def test_body_asking_an_officer_names_the_officer_not_the_body() -> None:
    doc = town_doc("RESOLVED that the Committee asks the Director of Place to write to the bus operator.")
    assert one(doc, "bus operator").owner == "the Director of Place"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Request Officers to compare the waiting times with other councils and update the Committee.", "Officers"),
        ("officers proceed with the Traffic Regulation Order and undertake the public consultation; and", "officers"),
        ("Ask Officers to review the grants policy and report the findings back to Members.", "Officers"),
        ("requests Members of this Panel to send any concerns to the Chair.", "Members of this Panel"),
        ("That the plan be noted and that any suggestions from Members be sent to the Project Manager.", "Members"),
        ("That no new bookings be taken until the repairs are done and, where possible, officers notify the groups.",
         "officers"),
        ("The hedge is overgrown - clerk to contact the owner.", "clerk"),
        ("that clerk would continue to ask for a meeting between the Trust and Councillors to discuss the verges.",
         "clerk"),
        ("That the Vice-Chair should write to the trust board.", "the Vice-Chair"),
        ("That the Director of Place be asked to consult the unions.", "the Director of Place"),
        ("Dana Lee agreed to take the complaint to the Parish Council.", "Dana Lee"),
        ("That Mrs V Lane to contact members and confirm their interest.", "Mrs V Lane"),
        ("Instructed the Committee Services Officer to ask for an update on the survey.", "the Committee Services Officer"),
        ("That the plan be noted by the Corporate Staffing Unit and be required to draft a timetable.",
         "the Corporate Staffing Unit"),
        ("TK to ring the surgery about the flu clinic dates - ONGOING", "TK"),
        ("AP41 JT/RM to draft the newsletter article - OPEN", "JT/RM"),
        ("Staff to brief the auditors on the new ledger.", "Staff"),
        ("Cllr Graves moved and Cllr Butler seconded to direct staff to bring back a revised lighting policy.", "staff"),
        ("The Deputy Monitoring Officer was therefore directed to respond to the complainant.",
         "The Deputy Monitoring Officer"),
        ("The Committee directed the Town Clerk to write to the bus operator.", "the Town Clerk"),
        ("The Clerk was asked to write to the District Council about the footpath.", "The Clerk"),
        ("Clerk asked to clarify the hydrant's upkeep with Highways.", "Clerk"),
        ("That the Director of Place, in consultation with the Leader, be asked to review the charges.",
         "the Director of Place"),
        ("That the Head of Finance, in consultation with the Chair, to agree the final wording.", "the Head of Finance"),
        ("That the Clerk, after consulting the Chairman, write to the landowner.", "the Clerk"),
        ("RFO to pay the invoice from the grass-cutting contractor.", "RFO"),
        ("That the Strategic Director – Place to report back on the options.", "the Strategic Director – Place"),
        ("That the Corporate Director – Resources be asked to review the policy.", "the Corporate Director – Resources"),
        ("Finance team to check the grant claim before it is sent.", "Finance team"),
        ("Volunteer Member to act as the contact for the newsletter.", "Volunteer Member"),
        ("Dana Lee to send the photographs to the Highways Authority.", "Dana Lee"),
        ("MW was to pursue the broken sign with the district council.", "MW"),
        ("It was agreed to look for a cheaper mowing contract. (AB/CD)", "AB/CD"),
        ("To replace the broken swing seat. Action: Clerk", "Clerk"),
        ("Officers to write to the residents of Mill Lane (ACTION: Head of Planning).", "Head of Planning"),
        ("That a site visit to the depot be arranged – Democratic Services", "Democratic Services"),
        ("That the leaflet be reprinted - the Communications Team.", "the Communications Team"),
        ("That the Head of Finance and the Section 151 Officer review the reserves.",
         "the Head of Finance and the Section 151 Officer"),
        ("That the Cabinet Member for Housing respond in writing to the tenants.", "the Cabinet Member for Housing"),
        ("That the Chair of the Panel sign the letter to the Minister.", "the Chair of the Panel"),
        ("That the Chair and Vice-Chair meet the Head of Planning.", "the Chair and Vice-Chair"),
        ("That the Clerk and RFO arrange the repair of the swings.", "the Clerk and RFO"),
        ("Dog bin – Cllrs Vine and Moore to choose a location.", "Cllrs Vine and Moore"),
        ("Resolved to accept the quote from Green Cuts Ltd. (Clerk)", "Clerk"),
        ("It was agreed to replace the swing seats. (Clerk/Chairman)", "Clerk/Chairman"),
        ("The Committee agreed to write to the Deputy Minister for Arts, and Chief Whip to raise its concerns.",
         "The Committee"),
        ("The Committee agreed to ask the department for any information on applicants declining an offer.",
         "The Committee"),
        ("The Committee asked the Head of Service for Housing to provide figures.", "the Head of Service for Housing"),
        ("That officers speak to the head teacher about parking outside the school.", "officers"),
        ("That the Chief Officer (Governance) recommend to Council the protocol on webcasting.",
         "the Chief Officer (Governance)"),
        ("That members of the council should hold a site meeting with residents.", "members of the council"),
        ("Cllr. Body to investigate prices for planters and gates.", "Cllr. Body"),
        ("Mrs. Hale to ask the school about the crossing patrol.", "Mrs. Hale"),
        ("The Joint Assistant Director (Environmental Health) be required to make a report to Council.",
         "The Joint Assistant Director (Environmental Health)"),
        ("That the Parish Council invite the police commissioner to a meeting of councillors.", "the Parish Council"),
        ("C Woods to ask the Police for an update on the new officer.", "C Woods"),
        ("Clr. Legg to report this issue to the borough council.", "Clr. Legg"),
    ],
)  # fmt: skip
def test_owner_as_written(text: str, owner: str) -> None:
    assert find_owner(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        "The minutes were approved, proposed by Cllr Pryor and seconded by Cllr Bram.",
        "That the March agenda would include the bus station survey.",
        "That the application be refused – Planning Committee",
        "That the grant be paid – subject to funding",
        "That the grant be paid – Chair",
        "That the policy be adopted. Action: None",
        "Budget - Director of Finance",
        "The report was noted. (Appendix)",
        "That the Combined Authority approves the proposals outlined in the submitted report for changes to be made.",
        "In response to a query by Cllr Healy on the housing policy it was agreed to look again.",
        "That the Bledisloe Cup sign would be relocated to the allotments.",
        "That the window frames would be purchased before the winter.",
        "it was RESOLVED unanimously to OBJECT Cllrs Shaw & Cllr Teague offered to draft a letter of objection.",
        "A motion was made by Councilman Crane, seconded by Councilwoman Cook to refer the matter to the Planning Board.",
        "Cabinet agrees to the removal of food caddies from collection rounds on a phased approach.",
        "Appoint a Project Development Officer to progress the lottery bid.",
    ],
)
def test_movers_and_things_are_not_owners(text: str) -> None:
    assert find_owner(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("That the budget be referred to Council for approval.", "Council"),
        ("That the terms of reference be endorsed and RECOMMENDED for approval by Council.", "Council"),
        ("It was resolved to recommend to full council to amend the allotment rules.", "full council"),
        ("Recommendation to Full Council for the Parish Council to fund 11 cuts.", "Full Council"),
        ("To approve each of the following elements and recommend them to Cabinet for adoption.", "Cabinet"),
        ("That a formal response be made to Health Scrutiny Committee in due course.", "Health Scrutiny Committee"),
        ("The report would come back to a future Overview & Scrutiny Committee meeting.", "future meeting"),
        ("To discuss how to help at a subsequent Parish Council meeting.", "future meeting"),
        ("To receive a further report from the Director of Estates following the review.", "future meeting"),
        ("To note that a further report will be provided to Cabinet setting out the options.", "future meeting"),
        ("That officers be authorised to present a report to Full Council on the changes.", "Full Council"),
        ("To RECOMMEND the Youth Justice Plan to Council for adoption.", "Council"),
        ("That Cabinet approves and recommends to Council the revised Corporate Plan.", "Council"),
        ("Recommend to Council that the said Policy be adopted.", "Council"),
        ("That a further report be submitted on the charges and their effect.", "future meeting"),
        ("That a scoping paper be submitted to this Scrutiny Committee.", "future meeting"),
        ("That a further update on void times be brought to the March 2032 meeting.", "March 2032"),
        ("To be put on the next agenda", "next meeting"),
        ("That an update be provided at the next Area Forum.", "next meeting"),
        ("An interim note should come to the next meeting on 26 November.", "2031-11-26"),
        ("to be raised at the next meeting of the Regional Board to be held on 21st November 2031.", "2031-11-21"),
        ("That the parking review be added to the agenda for 20 March 2032.", "2032-03-20"),
        ("That the 23 January 2032 agenda would include the bus station survey.", "2032-01-23"),
        ("A revised action log would be presented at each meeting.", "each meeting"),
        ("The constitution be updated at the next available opportunity.", "next available opportunity"),
        ("The Clerk would chase the county council for a reply within the next fortnight.",
         "within the next fortnight"),
        ("That the survey results be reported back to the Estates Committee.", "future meeting"),
        ("to defer the choice of auditor to the next regular Audit Committee meeting.", "next meeting"),
        ("Ask Officers to review the policy agreed on 26 March 2031 and report back.", "future meeting"),
        ("To amend Item 4 to read, 'the survey would go to the meeting on 12 December'.", None),
        ("That an extra meeting be arranged for early February 2032 to consider the depot.", "early February 2032"),
        ("That a special meeting of the Committee is held on the 8 December 2031 to consider the plans.",
         "2031-12-08"),
        ("That the minutes of the meeting held on 1 November 2031 be signed and the Clerk write to the bank.", None),
        ("That the hall be booked for the fair.", None),
    ],
)  # fmt: skip
def test_due_as_written(text: str, due: str | None) -> None:
    assert find_due(text, dt.date(2031, 11, 5)) == due


def test_a_point_due_at_another_body_takes_the_date_the_minutes_give_its_meeting() -> None:
    doc = extract_text(
        "Overview and Scrutiny Committee - 20 April 2025\n\n"
        "7. SCRUTINY ANNUAL REPORT\n\n"
        "The annual report would be presented to the Annual Meeting of Council on 21 May.\n\n"
        "RESOLVED – That the draft annual report be referred to Council, subject to any updates.\n"
    )
    [res] = doc.resolutions
    assert (res.actionable, res.due) == (True, "2025-05-21")


def test_a_body_with_no_dated_meeting_or_two_dates_stays_the_due_point() -> None:
    undated = extract_text(
        "Overview and Scrutiny Committee - 20 April 2025\n\n7. ANNUAL REPORT\n\n"
        "RESOLVED – That the draft annual report be referred to Council.\n"
    )
    two = extract_text(
        "Overview and Scrutiny Committee - 20 April 2025\n\n7. ANNUAL REPORT\n\n"
        "It could go to Council on 21 May or to Council on 16 July.\n\n"
        "RESOLVED – That the draft annual report be referred to Council.\n"
    )
    assert [r.due for r in undated.resolutions] == [r.due for r in two.resolutions] == ["Council"]


@pytest.mark.parametrize(
    "text",
    [
        "That the Committee meet on 5 May.",
        "That the Council Tax increase be approved.",
        "That the Terms of Reference be agreed.",
        "That the Minutes of the meeting held on 3 May be approved.",
    ],
)
def test_a_named_subject_with_no_task_is_not_actionable(text: str) -> None:
    assert not is_actionable(text)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("It was agreed that a transcript of the message should be sent to members, and Nancy volunteered to do this.", "Nancy"),
        ("It was agreed that the hedge be cut and the Clerk agreed to do so.", "the Clerk"),
        ("It was agreed that the hedge be cut, and it was agreed to do so in May.", None),
    ],
)  # fmt: skip
def test_who_took_the_task_on(text: str, owner: str | None) -> None:
    assert find_owner(text) == owner


def test_resolved_written_straight_before_who_acts() -> None:
    doc = parish_doc("507. Speed watch", "RESOLVED Councillor Gritton to purchase the camera.")
    [res] = doc.resolutions
    assert (res.text, res.actionable, res.owner) == (
        "Councillor Gritton to purchase the camera.",
        True,
        "Councillor Gritton",
    )


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("That the changes be submitted to the county council's Constitution Committee.", "Constitution Committee"),
        ("That the plan be submitted to the Planning Committee.", "Planning Committee"),
        ("That the report be submitted to the Committee.", "future meeting"),
        ("That the report be accepted and the approach be presented to Cabinet (Option 1).", "Cabinet"),
        ("That the findings be reported to the Health and Wellbeing Board.", "Health and Wellbeing Board"),
        ("That a report be presented to the next Council meeting.", "next meeting"),
        ("That the update be reported to the Committee in June.", "June"),
        ("That the water company be invited to attend the January meeting of the Council.", "January meeting of the Council"),
        ("This Council resolves to task the Transport and Environment Committee with exploring a 20mph limit.", "Transport and Environment Committee"),
        ("That the task of the working group be completed with care.", None),
    ],
)  # fmt: skip
def test_submitted_to_another_body(text: str, due: str | None) -> None:
    assert find_due(text) == due


def test_an_action_tag_after_the_task_without_a_stop() -> None:
    assert find_owner("£16,025 Final precept to be requested Action: Clerk") == "Clerk"
    assert find_owner("The Action Plan was discussed.") is None


def test_due_by_no_later_than() -> None:
    assert (
        find_due("That the Statement be approved for publication by no later than 31 December 2031.")
        == "2031-12-31"
    )


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Board requested a deep dive into cancer pathways at the March Board (COO).", "COO"),
        ("That the Clerk contact the school (JS/AB).", "JS/AB"),
        ("That officers write to the Integrated Care Board (ICB).", "officers"),
        ("That the clerk write to Highways England (HE)", "the clerk"),
    ],
)
def test_initials_in_brackets_name_who_acts_unless_they_spell_the_words_before(text: str, owner: str) -> None:
    assert find_owner(text) == owner


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("To receive a further report from the Director of Corporate Estates following a review.", "the Director of Corporate Estates"),
        ("That the Panel receive a report from the Police and Crime Commissioner.", "the Police and Crime Commissioner"),
        ("Clerk to arrange a meeting in August and report back by the next Full Council Meeting.", "Clerk"),
    ],
)  # fmt: skip
def test_who_reports_and_a_deadline_is_not_an_owner(text: str, owner: str) -> None:
    assert find_owner(text) == owner


def test_who_signed_a_report_is_not_named_to_act() -> None:
    e = parish_doc(
        "The meeting resolved to accept the Financial report, which was duly signed by the Chairman."
    )
    assert [(r.actionable, r.owner) for r in e.resolutions] == [(False, None)]
    assert (
        find_owner("That the letter be signed by the Chairman and sent to the County Council.")
        == "the Chairman"
    )


@pytest.mark.parametrize(
    "text",
    [
        "That the clerk would order a notice board for the shelter, and to arrange for it to be installed.",
        "That the clerk would purchase two new bins for the green, and to arrange for their installation.",
    ],
)
def test_ordering_or_buying_names_who_acts(text: str) -> None:
    assert find_owner(text) == "the clerk"


def test_we_in_a_terse_agreement_names_nobody() -> None:
    e = parish_doc("4. Cleaning", "Agreed we will ask her to invoice us.")
    assert [(r.actionable, r.owner) for r in e.resolutions] == [(True, None)]


def test_asking_a_named_persons_advice_is_a_follow_up() -> None:
    assert is_actionable("Agreed to ask John Hewson's advice about how best to clean the floor.")
    assert not is_actionable("Agreed that John Hewson's advice had been helpful.")


def test_an_order_or_a_purchase_names_its_actor() -> None:
    assert find_owner("That the Clerk would order new signs for the green.") == "the Clerk"
    assert find_owner("That the Clerk would purchase a new mower for the cemetery.") == "the Clerk"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("This was agreed and the Clerk was asked to write to the owner.", "the Clerk"),
        (
            "The meeting noted the damage and the Town Clerk was asked to write to the owner.",
            "the Town Clerk",
        ),
        ("The meeting noted the damage and officers were asked to report back.", "officers"),
    ],
)
def test_who_is_asked_after_what_the_meeting_noted(text: str, owner: str) -> None:
    assert find_owner(text) == owner


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "That officers bring a progress report to Cabinet no later than six months from this meeting.",
            "no later than six months from this meeting",
        ),
        ("That officers provide update reports in 6- and 12-months’ time.", "in 6- and 12-months’ time"),
        ("That the charging policy be reviewed after one year.", "after one year"),
        (
            "Share the draft contract with the group for review by the end of the week.",
            "by the end of the week",
        ),
        ("It was agreed that Cllr Taylor would meet the residents at a later date.", "at a later date"),
        ("That the Committee continue to receive quarterly updates on the scheme.", "quarterly"),
        ("That the Committee receive updates on the scheme in 2032.", None),
        ("Refer the report to the Planning Committee for its information.", "Planning Committee"),
        ("That the Board report annually to full Council on its progress.", "full Council"),
        ("RESOLVED TO RECOMMEND TO FULL COUNCIL to make a budget virement.", "FULL COUNCIL"),
        ("That the findings be reported back to the Scrutiny Committee.", "future meeting"),
        ("That Full Council be recommended that the community safety plan be adopted.", "Full Council"),
    ],
)
def test_a_time_from_now_or_a_period_is_when_a_task_is_due(text: str, due: str | None) -> None:
    assert find_due(text) == due


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("TW offered to paint the interior of the pavilion for £600. This was agreed.", "TW"),
        (
            "The Board agreed that a website would be set up, and that MW would manage the process for six months.",
            "MW",
        ),
        (
            "After discussion, it was agreed that the National Secretary should be in contact with the leaders.",
            "the National Secretary",
        ),
        (
            "It was agreed that the Head of Housing and the Director of Finance, as appropriate, would follow this up.",
            "the Head of Housing and the Director of Finance",
        ),
        ("That Panel Members consider and raise any issues with the Commissioner.", "Panel Members"),
        ("Moved, seconded and voted 3-0 to have CEO purchase a phone for town business.", "CEO"),
    ],
)
def test_who_took_on_or_was_given_the_task_in_a_told_decision(text: str, owner: str) -> None:
    assert find_owner(text) == owner


def test_a_person_named_after_a_passive_task_does_it() -> None:
    assert find_owner("Basket swing screws at Church Park to be tightened by Mr Hale.") == "Mr Hale"
    assert find_owner("The swings to be painted by the end of May.") is None


@pytest.mark.parametrize(
    ("text", "due", "programme"),
    [
        (
            "Council directed staff to bring back a revised plan with cost estimates at the April 15 meeting.",
            "2031-04-15",
            True,
        ),
        ("Staff to bring the proposal back to Council in June.", "June", True),
        ("Staff were directed to return with options at the next regular meeting.", "next meeting", True),
        ("That the Board bring back the old logo for the anniversary.", None, False),
    ],
)
def test_a_report_brought_back_to_a_meeting_named_month_first(
    text: str, due: str | None, programme: bool
) -> None:
    """American minutes write the meeting's day month first ("the April 15 meeting") and ask staff to
    "bring back" what is to come to it."""
    assert (find_due(text, dt.date(2031, 3, 4)), feeds_work_programme(text)) == (due, programme)


def test_a_day_written_month_first_before_a_bodys_meeting() -> None:
    text = "Staff to report on the bids at the March 18 City Council meeting."
    assert find_due(text, dt.date(2031, 3, 4)) == "2031-03-18"


@pytest.mark.parametrize(
    "text",
    [
        "Motion by Council Member Ortiz, seconded by Council Member Patel, to adopt Resolution 2031-14 approving the "
        "purchase of a street sweeper. Motion carried unanimously.",
        "Motion by Council Member Lee, seconded by Mayor Hanson, to table the sidewalk program until the May 6 meeting.",
        "Motion by Commissioner Jensen, second by Commissioner Galyon, to recommend approval of the Ordinance Text "
        "Amendment.",
    ],
)
def test_who_made_or_seconded_a_motion_is_not_named_to_act(text: str) -> None:
    assert find_owner(text) is None


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "to instruct the Chief Officer - Finance to report back to the next meeting;",
            "the Chief Officer - Finance",
        ),
        (
            "to request that the Chief Officer – Corporate Landlord circulate a briefing note to all members;",
            "the Chief Officer – Corporate Landlord",
        ),
        (
            "to instruct the Chief Officer – Corporate Landlord to report back to Committee on the options;",
            "the Chief Officer – Corporate Landlord",
        ),
        (
            "to instruct a report be brought back to this committee by the Chief Officer – Early Intervention and "
            "Community Empowerment after two cycles;",
            "the Chief Officer – Early Intervention and Community Empowerment",
        ),
        ("Millennium Wood is in a poor state – TD & AV to inspect", "TD & AV"),
    ],
)
def test_an_officer_named_with_the_service_after_a_dash(text: str, owner: str) -> None:
    """Scottish councils name officers "Chief Officer – <service>" on every page."""
    assert find_owner(text) == owner


def test_a_recommendation_with_its_movers_told_inside_it_goes_to_the_council() -> None:
    text = (
        "AGREED TO RECOMMEND, on the proposal of Councillor Adair, seconded by Alderman Boyle, that the Council "
        "approves the extension of the pilot."
    )
    doc = extract_text(f"Minutes of the Environment Committee held on 5 March 2031\n\n6. Litter\n\n{text}\n")
    assert [(r.actionable, r.due) for r in doc.resolutions] == [(True, "Council")]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Dave to get two more quotes by end of June.", "end of June"),
        ("Get quotes by the end of June.", "the end of June"),
    ],
)
def test_the_end_of_a_month_with_or_without_the(text: str, due: str) -> None:
    assert find_due(text, dt.date(2031, 6, 10)) == due


def test_an_update_to_come_at_a_meeting_named_by_its_month_is_due_then() -> None:
    assert (
        find_due("To receive a progress update at the December meeting.", dt.date(2031, 5, 22))
        == "December meeting"
    )


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Highland Council consultation on winter gritting routes - MR to draft a response and circulate it.",
            "MR",
        ),
        ("DR and JB to check the accounts before the audit.", "DR and JB"),
        ("Mr to write to the owner.", None),
    ],
)
def test_initials_that_spell_a_title_are_initials(text: str, owner: str | None) -> None:
    """ "MR to draft a response": in capitals, Margaret Ross's initials; "Mr" alone names nobody."""
    assert find_owner(text) == owner


@pytest.mark.parametrize(
    ("tag", "owner", "due"),
    [
        ("Action by: Aisha Khan", "Aisha Khan", None),
        ("Action by: Aisha Khan – by 31 August", "Aisha Khan", "2031-08-31"),
        ("Action by: Clerk (by end of June)", "Clerk", "end of June"),
        ("Lead officer: Head of Housing", "Head of Housing", None),
    ],
)
def test_an_owner_tag_under_a_paragraph_names_who_carries_out_its_decision(
    tag: str, owner: str, due: str | None
) -> None:
    """A board's notes put "Action by:" under a decision told in a sentence, as under a formal one."""
    doc = extract_text(
        "Greenfields Housing Association\nMinutes of the Board meeting held on 10 July 2031\n\n"
        f"2. Rent setting\nThe Board agreed to consult tenants on the proposed 3% increase.\n{tag}\n\n"
        "3. Any other business\nNone.\n"
    )
    assert [(r.text, r.actionable, r.owner, r.due) for r in doc.resolutions] == [
        ("The Board agreed to consult tenants on the proposed 3% increase.", True, owner, due)
    ]


def test_an_owner_tags_deadline_is_the_due_date_of_the_decision_above() -> None:
    doc = extract_text(
        "Greenfields Housing Association\nMinutes of the Board meeting held on 10 July 2031\n\n"
        "2. Rent setting\nRESOLVED: That tenants be consulted on the proposed increase.\n"
        "Action by: Head of Housing – by 31 August\n"
    )
    assert [(r.owner, r.due) for r in doc.resolutions] == [("Head of Housing", "2031-08-31")]
