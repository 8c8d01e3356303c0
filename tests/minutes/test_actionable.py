"""Which resolution points are actions: somebody must do something after the meeting."""

from __future__ import annotations

import pytest

from minutes.classify import is_actionable
from minutes.extract import extract_text
from minutes.work_programme import feeds_work_programme
from tests.minutes.helpers import (
    one,
    parish_doc,
    points,
    town_doc,
)


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        (
            "That the request for a grant towards the fete be declined as it does not benefit the wider parish.",
            False,
        ),
        ("That the application be refused.", False),
        (
            "That the comments of the Scrutiny Committee be considered and incorporated into the scheduled report "
            "in February.",
            True,
        ),
        ("That the comments be included in the response to the consultation.", True),
        ("That the item be included in the minutes.", False),
        ("Cllr Ansley made a motion to have partition installed between the office and the hall.", True),
        (
            "That the Committee resolved not to pursue the first complaint but for officers to further pursue "
            "the second complaint with the Monitoring Officer.",
            True,
        ),
        ("That the Committee resolved not to pursue the complaint.", False),
        (
            "Authorised the Scrutiny Officer, in consultation with the Chair, to progress the work programme.",
            False,
        ),
        (
            "Authorised the Clerk to write to the Highways Authority and report back to the next meeting.",
            True,
        ),
        ("That an application be made to the Secretary of State for an order to stop up the lane.", True),
        ("That representations be made to the Highways Authority about the junction.", True),
        ("That the objections made to the scheme be noted.", False),
        ("That Ann Lee be re-appointed to the Panel, and the Home Secretary be notified accordingly.", True),
        ("That the decision be noted and the applicant be informed.", True),
        ("That the report and discussion be noted / actioned as appropriate.", True),
        ("That the report be noted.", False),
        ("It was agreed that safeguarding should be a standing item on the governors' agenda.", True),
        ("That the report be deferred to the next scheduled meeting.", True),
        ("That future meetings of the Cabinet would commence at 2 pm.", False),
        (
            "Approve the RAG status of all actions within the Work Programme, in accordance with the report.",
            False,
        ),
        ("That a review of parking be added to the Work Programme.", True),
        ("That the aims of the Working Group be discussed at its first meeting.", True),
        ("That the completed actions be removed from the Matters Arising sheet.", True),
        ("That the item be removed from the agenda as the applicant withdrew it.", True),
        ("That the matter was discussed at length.", False),
        ("That, in the meantime, the owners should be made aware of their liability.", True),
        ("It was agreed that a voluntary litter picking group could be organised.", True),
        ("That a site meeting be arranged with the highways officer.", True),
        ("to delete the item on the Housing Review, noting that a service update had been issued;", True),
        ("That the effect of the restructure on agency spend be explained in future reports.", True),
        (
            "That the Council agrees to the establishment of a Joint Health Scrutiny Committee with the city.",
            True,
        ),
        ("That the establishment of the Board be noted.", False),
        (
            "Agree the establishment of the Learning Disability Partnership Board and five delivery subgroups.",
            True,
        ),
        ("Continue discussion on the release process to clarify the details.", True),
        ("It was agreed that this needed to be picked up within the work planning session.", True),
        ("The group will continue discussing the methodology at its next call.", True),
        ("It was unanimously agreed Stoke Ferry would not be doing so.", False),
        ("It was agreed the Council would not pursue the matter.", False),
        ("That the Panel comprises not more than 5 councillors who have undertaken the training.", False),
        ("That the Working Group be made up of four Members and report back to the next meeting.", True),
        (
            "It was agreed that the Clerk would not only write to the school but also to the bus company.",
            True,
        ),
        ("That the report be received and the work programme progress noted;", False),
        ("That the report be noted and the Clerk write to the school.", True),
        ("That a commitment be made to undertaking a full review of the policy in 2033.", True),
        (
            "That the Chief Executive be authorised to make the necessary amendments to the Constitution.",
            False,
        ),
        ("That Cabinet authorises the Executive Director for Resources to enter into the agreements.", False),
        (
            "That the Chief Executive, in consultation with the Portfolio Holder for Finance, Town Centres and Growth, "
            "be authorised to complete the disposal of the land.",
            False,
        ),
        ("That the report be noted and the Clerk be authorised to write to the owner.", True),
        ("Agrees that Options 1 and 2 are issued for statutory consultation during May and June 2031.", True),
        ("That the draft plan be published for formal consultation.", True),
        ("That the Director be authorised to negotiate the lease and report back to the next meeting.", True),
        ("That the Clerk would arrange a meeting to start at 7pm with the residents.", True),
        ("That the Democracy Commission implementation plan set out in Appendix 1 be approved.", False),
        ("That the Democracy Commission be tasked with phase 2 of their work.", True),
        ("That a member briefing on the trust be scheduled early in the new year.", True),
        ("That the next meeting be scheduled to take place on 10 January 2031.", False),
        ("That the City Clerk be directed to file a notice against the title.", True),
        ("Alan made the motion to check on a higher rate for the CD that is up for renewal.", True),
        ("That the time extensions requested in the Audit Recommendation Tracker be approved.", False),
        ("That the information requested by the Committee be circulated.", True),
        ("That the revised terms of reference be endorsed for recommendation to the County Council.", True),
        ("That the terms of reference be endorsed and RECOMMENDED for approval by Council.", True),
        ("That an action plan be commissioned in response to the review.", True),
        ("That updated figures on the use of food banks be distributed to members of the Board.", True),
        ("That the faults reported with the booking app be looked into.", True),
        ("To respond to the consultation, thanking the airport for its noise action plan.", True),
        ("That the panel be kept informed of further progress.", True),
        ("To replace the heating system at the boat house.", True),
        ("Agree to consult on the levying of a local social care precept.", True),
        ("That the charging policy be subject to a review after one year.", True),
        ("That the decision be subject to the usual call-in period.", False),
        ("Agree that progress on the strategy is also reported annually to the Scrutiny Committee.", True),
        ("Council voted to refer item 3 back to the August Planning Committee meeting.", True),
        ("That the drawdown be supported, which shall be reflected in the budget report in February.", True),
        ("That the report be noted and Members' comments be factored into future plan updates.", True),
        ("That the terms of reference be changed to reflect the new membership.", True),
        ("Members noted that the terms of reference had been changed last year.", False),
        ("That members of the sub-committee would be attending the hearing.", True),
        ("That the report on training attended by members be noted.", False),
        (
            "Consider any resource implications as part of consideration of the Council budget for 2032-33.",
            True,
        ),
        ("Approve the recommendations of the review for implementation towards an improved service.", True),
        ("That the implementation report be noted.", False),
        ("In relation to item 45, to note that officers would ensure the contact centre was informed.", True),
        ("To note that work had commenced on the waste strategy.", False),
        ("Agree the consultation responses set out in the appendix.", False),
        ("Repair the bench on the green before the summer.", True),
        ("That a Member attend the regional conference on alcohol in March.", True),
        ("Members attended the training session on the code of conduct.", False),
        ("The Committee agreed to continue to receive quarterly updates on homelessness by email.", True),
        ("The Board agreed that the statement was ready to be considered for approval by NHS England.", True),
        (
            "It was agreed that a recommendation should be made to Council for the Clerk to record the hours.",
            True,
        ),
        (
            "That the results of the survey would be available for the March 2031 meeting of the Authority.",
            True,
        ),
        ("That the survey results had been distributed in March.", False),
        ("That the amendments to the Scheme of Delegation, as circulated, be approved.", False),
        ("That the Terms of Reference for the Shared Services Joint Committee be approved.", False),
        ("The Committee endorses the work undertaken by the External Auditor.", False),
        ("That the temporary changes implemented during the pilot be adopted.", False),
        ("That the Committee receive a further report in the spring.", True),
        ("That the scheme be implemented from April.", True),
        (
            "That a Working Group of the Children's Scrutiny Committee be established to review the strategy.",
            True,
        ),
        ("Agree that the delivery of the Plan and its actions is reported annually to the Board.", True),
        (
            "Members were asked to note that while the report provided an overview, more detail would follow.",
            False,
        ),
        ("That the Area Delivery Plans produced by the Area Committees be endorsed.", False),
        ("That the report prepared by the Director be noted.", False),
        ("That a report be prepared for the next meeting.", True),
        ("That officers produce a leaflet on the scheme.", True),
        (
            "Subject to the amendment of the minutes of 23 March 2031 to note that Councillor Lee was present;",
            True,
        ),
        ("That the payments listed below be authorised.", False),
        ("That the invoices be approved for payment.", False),
        ("That the report be referred to Cabinet for decision.", True),
        ("That the Board's meeting in March includes a report on the fees consultation.", True),
        ("That the Office of the Commissioner include members of the Board in its press circulation.", True),
        ("That the venue of future meetings be considered as part of the working group's review.", True),
        ("Motion by Ames and second by Bell to purchase two radios for the highway crew.", True),
        ("To buy a new mower for the green.", True),
        ("Mrs. Dalton to order six chairs for the hall.", True),
        ("Fenwick made the motion to get quotes for a new roof.", True),
        ("Ask Corty, Gisela, and Peg to be on the joint committee.", True),
        ("That the purchase price of the land be noted.", False),
        ("That the items be taken in order to save time.", False),
        ("That the order of business be approved.", False),
        ("Resolved – to defer the decision on progressing the village map board.", True),
        ("It was agreed for this discussion to continue after the results of the questionnaire.", True),
        ("This was agreed and an advert be placed in the village shop.", True),
        ("Agreed: Members agreed to request further information from the Department.", True),
        ("The Committee agreed to forward a list of key stakeholders to the Committee for Finance.", True),
        ("The Committee agreed to schedule a briefing on the issue alongside the budget briefing.", True),
        (
            "That the quote from Hall Joinery of £3,936 be accepted (to be confirmed by the full committee).",
            True,
        ),
        ("That the new meeting room be monitored for three months to gauge its use.", True),
        ("The Group agreed the Committee's request to hold an away day.", False),
        ("That the approach being taken to update the Health and Care Plan for 2031-32 be supported.", False),
        ("That the progress made on the refresh of the Integrated Care Strategy be noted.", False),
        ("That the list of key decisions and items to be considered in private be noted.", False),
        (
            "That the Joint Committee formally receives and notes the letter from the Secretary of State.",
            False,
        ),
        ("That the report be accepted and officers be asked to update the plan.", True),
        ("That the Joint Committee receives the letter and asks officers to draft a reply.", True),
        ("That an informal Committee workshop be convened before the Annual Council meeting.", True),
        ("That the draft Statement of Licensing Policy be the subject of public consultation.", True),
        ("The Committee agreed to return to this issue next week.", True),
        ("That the meeting be held in the village hall.", False),
        (
            "Noted that the draft assessment would be issued on 19 December for a 60 day public consultation.",
            True,
        ),
        ("The Board noted the final draft will be presented to the Board at its March meeting.", True),
        ("The Group noted that press cuts would continue to be provided to Conveners.", False),
        ("Noted that since the referral three responses had been provided.", False),
        ("To note that the project report would be reviewed at the Culture Sounding Board.", True),
        ("Noted that the policy had been reviewed last year.", False),
        ("Resolved to reject the temporary event notices and to serve a counter notice.", True),
        (
            "The Cabinet had before it, and NOTED, a report providing it with a quarterly update on the risks.",
            False,
        ),
        ("That the quote from Hall Joinery of £3,936 be accepted.", False),
        ("That a formal response be made to Health Scrutiny Committee in due course.", True),
        (
            "Agreed: To forward all relevant correspondence on road openings to the Public Accounts Committee.",
            True,
        ),
        ("To note the feedback from the Housing Overview and Scrutiny Committee.", False),
        ("Note the feedback from the tenants' panel.", False),
        (
            "To note that in relation to the taxi policy review, that officers would publicise the amended date.",
            True,
        ),
        ("To note that officers would continue to monitor the car park.", False),
        (
            "That a briefing session on the implications of the Francis Inquiry be held in the spring.",
            True,
        ),
        ("Note the overspend and that a further report shall be presented to Cabinet in October.", True),
        ("Approve each of the following elements and recommend them to Cabinet for formal adoption.", True),
        ("Recommendation to Full Council for the Parish Council to fund 11 cuts.", True),
        ("To agree that a submission be made to the Home Secretary for a fourth member.", True),
        ("Agree that Officers should enter into negotiations with the Church with a view to a lease.", True),
        ("That the amended draft policy be approved for consultation.", True),
        ("Agreed the revised Transport Policy Statement being consulted on.", True),
        ("That the results of the public consultation be noted.", False),
        ("To discuss how to help at a subsequent Parish Council meeting.", True),
        ("To note the feedback and ask officers to circulate it to ward members.", True),
        ("To note the survey results and approve the Clerk to write to the landowner.", True),
        (
            "That the minutes of the Allotments Committee held on 3 May, as circulated, be noted by the Town Council",
            False,
        ),
        ("The Executive Forward Plan was received.", False),
        ("That the Forward Plan be noted.", False),
        ("That the Forward Plan be noted subject to the addition of a report on parking.", True),
        ("That the Committee agreed to receive a further progress report in September.", True),
        ("That the Panel receive an annual written report from the Trust.", True),
        ("That an extra meeting be held on 3 May to consider the budget.", True),
        ("That the Borough's Members of Parliament be called upon to support the campaign.", True),
        (
            "The Council calls upon the Secretary of State for Environment, Food and Rural Affairs to act.",
            True,
        ),
        ("That Cabinet pledges to stand up for the independence of the Borough.", False),
        ("The special meeting was called on 3 May to discuss the bid.", False),
        ("Christmas toy appeal; to be posted on the website and social media.", True),
        ("The poster was displayed on the notice board last month.", False),
        ("That congratulations be passed to those concerned.", True),
        ("That the thanks of the Council be conveyed to the volunteers.", True),
        (
            "That the appreciation of the Board for how the winter was managed be extended to the hospital staff.",
            True,
        ),
        ("The Committee recorded its thanks to the retiring Chair.", False),
        (
            "That the Council's comments on the applications below are placed before the Planning Committee.",
            True,
        ),
        ("The Business Committee agreed to schedule a 30 minute debate on the two petitions.", True),
        ("That the delivery plan be developed in more detail.", True),
        ("That Panel Members consider and raise any issues with the Commissioner.", True),
        ("Members raised concerns with the state of the road.", False),
        ("To have the next newsletter printed and delivered door to door.", True),
        ("To award a prize of £50 to the winning class.", True),
        ("spend £5k on bug fixing in advance", True),
        ("It was decided that rather than spend £3,000 on new signs, the old ones would be kept.", False),
        ("The Council did not have the sign repaired last year.", False),
    ],
)
def test_resolution_forms_actionable(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


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


def test_work_programme_agreed_is_not_an_action_but_changed_or_brought_is() -> None:
    doc = extract_text(
        "7. WORK PROGRAMME\n\n"
        "RESOLVED:\n\n"
        "1. That the Panel agrees its work programme.\n\n"
        "2. That, subject to the addition of a session on bus services, the work programme be approved.\n\n"
        "3. That at the next meeting a work programme for the new year be agreed by the Panel.\n"
    )
    assert [a for _, a in points(doc)] == [False, True, True]
    assert doc.resolutions[2].due == "next meeting"


def test_shall_commits_a_named_officer_with_a_month_as_due() -> None:
    doc = town_doc(
        "(a) That the draft calendar of meetings be approved; and",
        "(b) That the Head of Member Services shall survey councillors on meeting times. A report on "
        "the results will go to the Standards Committee in November.",
    )
    survey = one(doc, "shall survey")
    assert survey.actionable
    assert survey.owner == "the Head of Member Services"
    assert survey.due == "November"
    assert not one(doc, "draft calendar").actionable


def test_shall_remain_is_no_commitment() -> None:
    doc = town_doc("RESOLVED that the Chair shall remain a member of the panel.")
    assert not one(doc, "shall remain").actionable


@pytest.mark.parametrize(
    "text",
    [
        "That the Vice-Chair should write to the trust board setting out members' concerns.",
        "The Committee would reply to the residents' association in writing.",
        "The Committee agreed that two members would visit the new depot.",
        "It was agreed that the clerk chase the contractor about the broken gate.",
        "It was agreed that we ask the hall trustees for a copy of the lease.",
        "It was resolved that owing to the rising fees the Council ends its contract with the cleaning firm.",
        "After a short debate it was agreed that the parking charge should be scrapped.",
        "That the agenda for the March meeting would include the bus station survey.",
        "To defer the choice of a new auditor to the next ordinary meeting.",
        "The matter was carried over to the following meeting of the Forum.",
        "That the resident be supplied with a copy of the survey.",
        "That the finance team be required to set out the savings in a note.",
        "A revised action log would be received at each meeting.",
        "Approved the design brief subject to further information on running costs.",
        "The Board agreed the bid subject to the project team seeking match funding.",
        "To call for bids for resurfacing the tennis courts.",
        "That the outcome be communicated to the head teachers of all schools.",
        "To amend Item 6 to read, 'The Panel heard that the depot would close in May.'",
        "To amend the terms of reference to add a quorum of three.",
        "That a marked-up copy showing the agreed changes be made publicly available.",
        "The group should make the notes of its meetings publicly available on the website.",
        "That the report be noted and that further reports be made as information becomes available.",
        "That the Panel receive further reports as the project progresses.",
        "That the post be advertised.",
        "To keep the hall committee updated.",
        "A motion was made by Councilman Crane, seconded by Councilwoman Cook to refer the matter to the Planning Board.",
    ],
)
def test_a_commitment_to_act_is_actionable(text: str) -> None:
    assert is_actionable(text)


@pytest.mark.parametrize(
    "text",
    [
        "That the Secretary should remain the main contact for the hall.",
        "The Forum agreed to make no comment on the consultation for now.",
        "Resolved that we do not proceed with the bid.",
        "The board agreed to not continue with the request for damages as the insurer had paid.",
        "The Board did not agree the request to hire a consultant.",
        "That the working group lead be authorised to call extra sessions as required.",
        "That authority be delegated to the Head of Legal to make any minor wording changes which may arise.",
        "The Mayor and the Town Clerk are authorised by the Council to represent it on regional forums.",
        "The Board approved the school's request to run trips to two museums to support its history course.",
        "Noted that two replies had already been sent to the residents.",
        "Cllr Moss was elected as Vice Chairman.",
        "A letter from the bus operator said that the new timetable would start in May.",
        "That the Commission believes tenants should be told the outcome of every survey.",
        "That the Project Officer be authorised to vary the programme between meetings, as the need arises.",
        "That the Chair be approved to continue to invite expert witnesses on a topic by topic basis.",
        "Agree to delegate the functions set out in Appendix 2 to the Director of Place.",
        "That authority be delegated to the Town Clerk to sign the lease.",
        "The Governing Body DELEGATED to the CFO and CEO jointly the right to extend this variation.",
        "To delegate to the Area Highway Manager, in consultation with the Chairman, the ability to resolve"
        " any problems encountered.",
        "The Forum considered the outline of topics for the away day to be arranged.",
        "Members agreed that the additional meeting would take place on 11 January 2032.",
        "That the next meeting be held on 4 March at 7pm in the Village Hall.",
        "It was resolved to hold the next meeting on the 03 October 2031 at 18:00hrs.",
        "To hold an extra meeting on 5 May 2031.",
        "Nothing to report at present.",
        "The Clerk had nothing further to report.",
    ],
)
def test_a_state_a_refusal_a_standing_permission_or_a_view_is_not(text: str) -> None:
    assert not is_actionable(text)


def test_an_agreed_way_of_working_is_not_an_action() -> None:
    doc = extract_text(
        "### Bookings\n\n* All agreed to follow the new booking rules in future.\n"
        "* It was agreed to compile a list of the rooms each group uses.\n"
    )
    assert [(r.text[:20], r.actionable) for r in doc.resolutions] == [
        ("All agreed to follow", False),
        ("It was agreed to com", True),
    ]


def test_amending_a_motion_at_the_meeting_is_no_later_step() -> None:
    assert not is_actionable("It was moved and seconded to amend the motion so that the grant is halved.")


def test_a_report_to_the_committee_in_a_named_month_is_on_the_programme() -> None:
    assert feeds_work_programme("That the Licensing Manager report the outcome to the Committee in June.")
    assert not feeds_work_programme(
        "That the Licensing Manager report the outcome to the Committee in writing."
    )


def test_the_wording_of_an_amendment_asks_for_no_report() -> None:
    assert not feeds_work_programme("To amend Item 3 to include 'and report to the Board meeting on 2 June'.")
    assert feeds_work_programme("That a report on the depot come to the Board meeting on 2 June.")


@pytest.mark.parametrize(
    ("text", "feeds"),
    [
        ("That an additional meeting be arranged for early March to consider the waste contract.", True),
        (
            "That a special meeting of the Committee is held on 8 December to consider both applications.",
            True,
        ),
        ("That an extra meeting be arranged with the residents' association.", False),
        ("That the special meeting held in May be noted.", False),
    ],
)
def test_a_meeting_called_for_a_matter_puts_it_on_the_programme(text: str, feeds: bool) -> None:
    assert feeds_work_programme(text) is feeds


@pytest.mark.parametrize(
    ("text", "feeds"),
    [
        ("That the item on allotment rents be deleted from the work programme.", False),
        (
            "That the Scrutiny Officer contact the Mayor regarding the new work programme item on volunteering.",
            False,
        ),
        ("That an item on allotment rents be added to the work programme.", True),
    ],
)
def test_the_work_programme_named_with_nothing_coming_to_a_meeting(text: str, feeds: bool) -> None:
    assert is_actionable(text)
    assert feeds_work_programme(text) is feeds


def test_approving_the_work_programme_open_to_change_is_no_action() -> None:
    text = (
        "That the proposed Work Programme for 2025/26 be approved, whilst acknowledging that it be subject to"
        " change should urgent issues arise."
    )
    assert not is_actionable(text)
    assert is_actionable(
        "That the proposed Work Programme be approved, subject to the addition of an item on parks."
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("That the decision of 3 March to hold site visits on 12 and 19 March be revoked.", False),
        (
            "Cllr Hale proposed that the decision to close the car park be rescinded. This was seconded.",
            False,
        ),
        (
            "That the decision to close the car park be revoked and officers write to the season ticket holders.",
            True,
        ),
    ],
)
def test_revoking_an_earlier_decision_is_no_action(text: str, acts: bool) -> None:
    assert is_actionable(text) is acts


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("It was agreed to include the lateral view only if asked for.", False),
        ("It was agreed that the extra sequence is added when asked for by the surgeon.", False),
        ("It was agreed to ask for the list of codes from the supplier.", True),
        ("That the Clerk ask for three quotes.", True),
        ("That for children, skeletal surveys were carried out if requested by the coroner.", False),
        ("That the Panel requested a report on the survey results.", True),
    ],
)
def test_asked_for_as_a_condition_asks_nobody(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("It was agreed to defer discussion on the Minutes to later in the Meeting.", False),
        ("It was agreed to defer the item to later in the Meeting.", False),
        ("It was agreed to defer the item to a later meeting.", True),
    ],
)
def test_an_item_put_off_to_later_in_the_same_meeting_does_not_come_back(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("That the Regular Council Meeting held on May 27, 2031 be called to order at 6:04 p.m.", False),
        (
            "The meeting was called to order at 7pm and it was agreed that the Clerk write to the County Council.",
            True,
        ),
    ],
)
def test_a_meeting_called_to_order_is_procedure(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


def test_a_council_that_would_no_longer_pursue_an_issue_has_nothing_to_do() -> None:
    assert not is_actionable("That the council would no longer pursue this issue.")


@pytest.mark.parametrize("tense", ["has been", "had been", "was"])
def test_a_discussion_deferred_until_a_report_comes_is_to_come_back(tense: str) -> None:
    assert is_actionable(
        f"It was agreed to defer discussion until a report {tense} received from the Ranger."
    )


def test_a_decision_deferred_until_a_result_comes_back_and_a_donation_is_a_payment() -> None:
    e = parish_doc(
        "3. It was agreed to donate £25 to the Citizens Advice Bureau.",
        "6. Play area. It was agreed to defer a decision about the fence around the children's play area "
        "until the result of the questionnaire was known.",
    )
    assert [(r.text[:30], r.actionable) for r in e.resolutions] == [
        ("It was agreed to donate £25 to", False),
        ("It was agreed to defer a decis", True),
    ]


@pytest.mark.parametrize(
    ("paragraph", "actionable"),
    [
        ("It was agreed the precept will raise from £12,825 to £16,025.", False),
        ("That the Clerk’s pay rate be set at SCP 27.", False),
        ("That the Clerk’s salary be set at SCP 24 and the Clerk write to the payroll provider.", True),
        ("A discussion took place. It was agreed to increase the payments by 10%.", False),
        ("It was unanimously agreed to allow the allotment tenant permission to erect a greenhouse.", False),
        ("The Council agreed to a start time of 18:00 for future meetings of the Council.", False),
        (
            "The play area is finished. It was agreed to make the final payment of £6,748.00 to the installer.",
            False,
        ),
        ("It was agreed to assist with the printing costs up to a sum of £200.", False),
        ("A letter asked for a donation. It was decided to contribute £100.00.", False),
        ("It was agreed to plant two oaks on the green.", True),
        ("After a short debate it was agreed that the parking charge should be scrapped.", True),
    ],
)
def test_sums_permissions_and_settings_commit_nobody(paragraph: str, actionable: bool) -> None:
    [res] = parish_doc("4. Business", paragraph).resolutions
    assert res.actionable is actionable


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("That a working group be set up to identify the litter problem areas.", True),
        ("That a Legal Agreement be drawn up between the University and the City Council.", True),
        ("That the four standing Scrutiny Panels be established, as set out in the report.", False),
        ("That a review of the Streetscape Guidance take place as planned.", True),
        ("That an additional meeting of the Panel be scheduled to take place on 10 January.", False),
        (
            "APPROVED the extension of the agreement and directed the County Administrative Officer to return it.",
            True,
        ),
        (
            "The Board agreed to advise the Planning Committee that applications should be determined now.",
            True,
        ),
        ("That discussions with the Town Council continue on the use of the office space.", True),
        ("Agreed that the mitigating actions in section 5 are progressed;", True),
        ("To note the capital works being progressed during the year.", False),
        ("Members resolve to maintain regular updates to the Committee on enforcement action.", True),
        (
            "It was resolved to approve the quote of £140 and issue the appropriate invoice to the tenant.",
            True,
        ),
        ("If agreed, the Clerk has authority to issue the permit.", False),
        ("It was agreed that members of the Council should hold a site meeting with the residents.", True),
        ("It was resolved to object to the application on the grounds of overlooking.", True),
        ("That the application for a premises licence be approved.", False),
        (
            "That officers be asked to work up the detail of the governance arrangements, the scope of delegated "
            "authority to be exercised by each committee and the frequency of meetings.",
            True,
        ),
        ("That authority be delegated to the Director to consent to minor changes.", False),
    ],
)
def test_a_step_named_by_what_is_set_up_drawn_up_or_continued(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("Resolved that we join.", False),
        ("That the Local Board acknowle", False),
        ("That the Local Board whakaae / accept the apology from Member Tolefoa for absence", False),
        ("It was agreed that the Clerk contact the landowner about the hedge.", True),
    ],
)
def test_a_bare_verb_after_the_actor_needs_what_it_acts_on(text: str, actionable: bool) -> None:
    """A word the excerpt cut short, or the other language's word before a slash, is no task."""
    assert is_actionable(text) is actionable


@pytest.mark.parametrize(
    "text",
    [
        "That the report be noted and that further reports be made as information becomes available.",
        "That a further report be submitted on the charges and their effect.",
    ],
)
def test_further_reports_asked_for_come_to_a_future_meeting(text: str) -> None:
    assert feeds_work_programme(text)


def test_an_update_at_the_next_forum_is_on_the_programme() -> None:
    """A forum's own meeting is named after it ("the next Area Forum"), not "the next meeting"."""
    assert feeds_work_programme("That an update be provided at the next Area Forum.")


def test_a_policy_to_return_to_the_committee_is_on_the_programme() -> None:
    assert feeds_work_programme(
        "Following the consultation, the Licensing Policy return to the Licensing Committee."
    )


@pytest.mark.parametrize(
    ("text", "actionable", "feeds"),
    [
        (
            "That the addition of the Depot Review to the Community Scrutiny programme be approved.",
            True,
            True,
        ),
        ("That Flood Resilience would be an item for overview and scrutiny.", True, True),
        (
            "That member training on planning appeals be included in the member development programme.",
            True,
            False,
        ),
        (
            "That the draft Licensing Policy 2031, as set out in appendix A, be agreed and published.",
            True,
            False,
        ),
        ("That the proposal to consult on the future of the day centre be approved.", True, False),
        ("That the Licensing Policy, published in May, be noted.", False, False),
        ("That the revised standing orders be approved.", False, False),
    ],
)
def test_an_approval_with_its_next_step_in_it(text: str, actionable: bool, feeds: bool) -> None:
    """An approval that names what follows it: an addition to a programme, publishing, a consultation."""
    assert (is_actionable(text), feeds_work_programme(text)) == (actionable, feeds)


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        (
            "Motion by Dana Lowe, second by Ray Hart to have Carrie sign up for the clerk training classes.",
            True,
        ),
        ("Moved by Lee, seconded by Park, to have the Clerk send a letter to the county engineer.", True),
        ("Agreed to have Council tax frozen for the year.", False),
        (
            "THAT the minutes of Council Meeting No. 31-02, March 3, 2031 be approved as printed and circulated.",
            False,
        ),
        ("THAT the minutes be adopted as presented and circulated.", False),
        ("That the report be noted and circulated to the parishes.", True),
    ],
)
def test_a_motion_to_have_someone_act_and_minutes_approved_as_printed(text: str, actionable: bool) -> None:
    """An American motion "to have Carrie sign up" gives a task; a Canadian council's minutes "approved
    as printed and circulated" were circulated before the meeting."""
    assert is_actionable(text) is actionable


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("That the application be supported provided that the hedge is retained.", False),
        (
            "Members agreed the budget could be held over into the next financial year provided they supply quotes.",
            False,
        ),
        ("That officers provide the figures to members.", True),
        (
            "It was agreed to transfer £12000 from deposit account to charity account to fund purchase of equipment.",
            False,
        ),
        (
            "Motion by A. Lowe, second by R. Hart to transfer $32,500 from the general fund to the fire fund.",
            False,
        ),
        (
            "It was agreed to transfer £500 from reserves to the play area fund and the Clerk to order the swings.",
            True,
        ),
    ],
)
def test_a_condition_and_money_moved_between_accounts_are_no_tasks(text: str, actionable: bool) -> None:
    """ "provided that" is a condition, not "provide"; moving money between the council's own
    accounts is approved there and then, as a payment is."""
    assert is_actionable(text) is actionable


def test_funds_moved_in_a_narrative_agreement_are_no_task() -> None:
    doc = parish_doc(
        "6. Finance",
        "In accordance with financial standing orders it was agreed to transfer £12000 from deposit account to "
        "charity account to fund purchase of equipment pending grant monies.",
    )
    assert points(doc) == [
        (
            "In accordance with financial standing orders it was agreed to transfer £12000 from deposit account to "
            "charity account to fund purchase of equipment pending grant monies.",
            False,
        )
    ]


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("Limestone goals to be taken down and taken to the rangers' store.", True),
        ("The hedge by the bus shelter to be cut back.", True),
        ("Basket swing screws at Church Park to be tightened by Mr Hale.", True),
        ("The next meeting to be held on 5 May.", False),
        ("Minutes to be signed by the Chairman.", False),
        ("That the offer from the county to be involved in the pilot be welcomed.", False),
    ],
)
def test_a_notes_task_in_the_passive(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


def test_a_task_resolved_for_someone() -> None:
    doc = parish_doc(
        "5. Lengthsman",
        "5.2. The Council RESOLVED for Terry to carry out the usual maintenance days before the end of the year.",
    )
    assert [r.actionable for r in doc.resolutions] == [True]


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        (
            "That authority to take the necessary steps to implement the next steps be delegated to the Corporate "
            "Director for Place.",
            False,
        ),
        (
            "Motion was made by Commissioner Hart and seconded by Commissioner Lowe to postpone a discussion regarding "
            "the radio system (Item C-6).",
            True,
        ),
        (
            "Commissioner Park moved that the Planning Commission continue S 31-27 to the meeting of February 9, 2031, "
            "seconded by Commissioner Hale and unanimously adopted.",
            True,
        ),
        ("That the scheme continue to operate until March.", False),
    ],
)
def test_a_delegated_authority_and_a_matter_put_off_to_a_named_meeting(text: str, actionable: bool) -> None:
    """An American commission "continues" an application to a dated meeting: it comes back then."""
    assert is_actionable(text) is actionable


def test_going_on_with_a_task_puts_nothing_off() -> None:
    assert not feeds_work_programme("The group agreed to continue circulating minutes to IT.")


def test_a_proposal_not_to_release_draft_minutes_is_no_task() -> None:
    doc = parish_doc(
        "5. Minutes",
        "Cllr Mrs Clements proposed that Draft Minutes should not be released into the public domain only minutes "
        "approved by full council at the following meeting, seconded by Cllr Mrs Hull.",
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(False, None)]


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("The Cabinet agreed to withdraw this item.", False),
        ("It was resolved to withdraw the report from the agenda.", False),
        ("The Cabinet agreed to withdraw this item and asked officers to report back in June.", True),
    ],
)
def test_an_item_withdrawn_from_the_meeting_leaves_nothing_to_do(text: str, actionable: bool) -> None:
    doc = extract_text(f"Cabinet - Tuesday, 5 January 2031\n\n4. Gun Wharf Masterplan\n\n4/2031 {text}\n")
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(text, actionable)]


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        (
            "To note the report and Officers be requested to report back at a later date on the protocols.",
            True,
        ),
        ("To note the update and that the Director be asked to circulate the figures to Members.", True),
        ("Noted the report and the progress made by the partnership.", False),
        ("To note the report.", False),
    ],
)
def test_noting_a_report_and_asking_an_officer_in_the_same_point(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable


@pytest.mark.parametrize(
    ("text", "actionable", "programme"),
    [
        ("That a further update be provided to the Committee in six months' time.", True, True),
        ("That a progress report be presented in the new year.", True, True),
        ("That the item be revisited in six months.", True, True),
        ("That the matter be reconsidered in March.", True, True),
        ("That the Board receives a further report in March.", True, True),
        ("That the Board receives an update on the action plan at its March meeting.", True, True),
        ("That the Board receives the report.", False, False),
        ("That the update provided in June be noted.", False, False),
    ],
)
def test_a_report_or_a_matter_to_come_back_months_away(text: str, actionable: bool, programme: bool) -> None:
    """Council resolutions ask for the next look at a subject by time as often as by meeting."""
    assert (is_actionable(text), is_actionable(text) and feeds_work_programme(text)) == (
        actionable,
        programme,
    )


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("That the results of the consultation be reported to Cabinet in the autumn.", True),
        ("That a report on the new school be presented to Cabinet in advance of contract award.", True),
        (
            "Agreed that a further review of virtual meetings will be undertaken and reported to Council.",
            True,
        ),
        ("That the outcome be reported to the Health and Wellbeing Board.", True),
        ("That the Working Group's recommendations be submitted to Cabinet for approval.", False),
    ],
)
def test_a_report_to_come_to_a_named_body_is_on_its_programme(text: str, programme: bool) -> None:
    """dev2's rule: a report or topic to come to this body's, or a named body's, future agenda."""
    assert is_actionable(text)
    assert feeds_work_programme(text) is programme


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            "That the Leisure Manager be invited to attend the October meeting to present the annual report.",
            True,
        ),
        ("That the Public Health Consultant bring an action plan to the January meeting.", True),
        ("That the item be considered at the March meeting.", True),
        ("That a report on dog off-leash areas be presented to the May 2031 Ordinary Meeting.", True),
        ("That the Clerk circulate the notes of the October meeting to members.", False),
        ("The Chief Executive agreed to bring the outline business case to the April Board.", True),
        ("That the revised policy be taken to the September Cabinet for approval.", True),
        ("That the Clerk send the March Board papers to the auditors.", False),
    ],
)
def test_a_matter_coming_to_a_meeting_named_by_its_month(text: str, programme: bool) -> None:
    assert is_actionable(text)
    assert feeds_work_programme(text) is programme


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("To delegate sign-off of the quarterly returns to the Director of Adult Social Care.", False),
        ("That the Board delegates approval of the final plan to the Chief Executive.", False),
        ("To delegate sign-off of the returns to the Director and to report back to the next meeting.", True),
    ],
)
def test_a_decision_handed_to_an_officer_is_a_delegation(text: str, actionable: bool) -> None:
    """dev2's convention: a delegation is no action, unless a report back is asked for."""
    assert is_actionable(text) is actionable


@pytest.mark.parametrize(
    "text",
    [
        "That planning permission be REFUSED for the following reasons: 1. The proposal would result in an "
        "unacceptable loss of employment land. 2. Insufficient parking is provided.",
        "That listed building consent be refused for the reason given in the report.",
    ],
)
def test_permission_refused_is_the_decision_not_a_task(text: str) -> None:
    """The reasons given for a refusal ("parking is provided") name no task."""
    assert not is_actionable(text)


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        ("That Council endorse the draft Community Strategic Plan for public exhibition for 28 days.", True),
        ("That the draft plan be placed on public exhibition.", True),
        ("That Council note the public exhibition closed on 3 March.", False),
    ],
)
def test_a_plan_put_on_public_exhibition_is_a_step_to_take(text: str, actionable: bool) -> None:
    """Australian councils "exhibit" a draft as British ones put it out "for consultation"."""
    assert is_actionable(text) is actionable
