"""Action lines and action logs: "ACTION: <role>" under a decision, "Action: Clerk to ...", role
action clauses in parish paragraphs, and numbered logs under an "Actions" heading."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from tests.minutes.helpers import parish_doc
from tests.minutes.test_fixture_minutes import read


def test_action_tag_names_the_owner_of_the_decision_block_above_it() -> None:
    doc = extract_text(
        "Decision details\n\nResolved –\n\n"
        "(1) That the draft scheme be noted.\n\n"
        "(2) That the scheme be referred to Council for endorsement.\n\n"
        "ACTION: Chief Executive\n"
    )
    noted, referred = doc.resolutions
    assert (noted.actionable, noted.owner) == (False, None)
    assert (referred.actionable, referred.owner, referred.due) == (True, "Chief Executive", "Council")


def test_action_label_with_its_task_is_one_point() -> None:
    doc = parish_doc(
        "7. Any Other Business",
        "b. Lorries on the bridge",
        "Cllr Dale said lorries were ignoring the weight limit.",
        "Action. Dana Lee agreed to take the lorry complaint to the Highways Authority.",
        "c. Hedge on Mill Road",
    )
    (action,) = doc.resolutions
    assert action.text == "Dana Lee agreed to take the lorry complaint to the Highways Authority."
    assert (action.actionable, action.owner) == (True, "Dana Lee")


@pytest.mark.parametrize("label", ["Action PF", "ACTION PF", "Action: PF"])
def test_an_action_given_to_initials_with_or_without_a_colon(label: str) -> None:
    doc = parish_doc(
        "3. Performance update", f"{label} to discuss the proposal with the trust.", "4. Burglary"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("PF to discuss the proposal with the trust.", True, "PF")
    ]


def test_action_log_states_and_owners() -> None:
    doc = extract_text(
        "### Actions\n\n"
        "1. Circulate the audit template \\[closed]\n\n"
        "2. Members to send their local protocols to the mailbox \\[new for members]\n\n"
        "3. To organise a training day within the next 3 months \\[On Hold pending a budget]\n\n"
        "4. Draft a patient leaflet \\[new for Lewis Pratt]\n"
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [
        (False, None),
        (True, "Members"),
        (True, None),
        (True, "Lewis Pratt"),
    ]
    assert doc.resolutions[2].due == "within the next 3 months"


@pytest.mark.parametrize("heading", ["Action log", "ACTION LOG", "Action Log:", "Action tracker"])
def test_an_action_log_heading_over_a_numbered_list_is_read_as_the_log(heading: str) -> None:
    doc = extract_text(
        "5. Budget monitoring\n\nThe Committee considered the report.\n\n"
        f"{heading}\n\n"
        "1. Circulate the revised budget to members - Head of Finance\n"
        "2. Arrange a workshop on reserves - Clerk\n\n"
        "6. Any other business\n\nNone.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("Circulate the revised budget to members - Head of Finance", True, "Head of Finance"),
        ("Arrange a workshop on reserves - Clerk", True, "Clerk"),
    ]


def test_role_action_clauses_are_decisions_where_the_item_has_no_formal_list() -> None:
    doc = parish_doc(
        "Correspondence: Highways - the gateway signs are faded - clerk to ask for them to be replaced. "
        "The chairman is to contact the school about parking."
    )
    assert [(r.owner, r.actionable) for r in doc.resolutions] == [("clerk", True), ("The chairman", True)]
    assert doc.requests == []


def test_under_a_formal_list_a_role_action_is_a_follow_up_and_initials_always_are() -> None:
    doc = parish_doc(
        "4. Meeting venues",
        "The Town Clerk to look into booking the library for meetings and tell the Chair.",
        "Survey of the hall heating - KC to action",
        "RESOLVED that the venue rota be agreed.",
    )
    assert [r.text for r in doc.resolutions] == ["That the venue rota be agreed."]
    assert [q.text for q in doc.requests] == [
        "The Town Clerk to look into booking the library for meetings and tell the Chair.",
        "Survey of the hall heating - KC to action",
    ]


def test_agenda_business_for_members_is_not_an_action() -> None:
    doc = parish_doc(
        "13. WORK PROGRAMME", "Members to consider the draft scope for the next review (Chair to introduce)."
    )
    assert doc.resolutions == [] and doc.requests == []


def test_action_log_entries_with_references_states_and_initials() -> None:
    doc = extract_text(
        "Notes of the Friends of Larkhill Surgery group held on Monday 3rd March 2031\n\n"
        "Review of action points:\n\n"
        "AP210 TK to ask the doctors whether the group could help with the flu clinics - ONGOING.\n\n"
        "AP211 RM to put the meeting dates on the website and the waiting-room board, done - CLOSED\n\n"
        "AP212 JT to write to the pharmacy about opening hours - ON HOLD\n\n"
        "AP213 RM to order the new leaflets, completed - CLOSED.\n"
    )
    assert [(r.text[:12], r.actionable, r.owner) for r in doc.resolutions] == [
        ("TK to ask th", True, "TK"),
        ("RM to put th", False, None),
        ("JT to write ", True, "JT"),
        ("RM to order ", False, None),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Staff to book the auditors for the spring.",
        "Member to act as the contact for the newsletter and work with the editor.",
        "Dana Lee to send the photographs to the Highways Authority.",
        "KP to chase the contractor about the play area fence.",
        "The practice team to put the new leaflet in the waiting room.",
        "PA was to raise the missing sign with the County Council.",
    ],
)
def test_any_actor_given_a_task_is_an_action_where_the_item_has_no_formal_list(line: str) -> None:
    doc = parish_doc("6. Village matters", line, "7. Any other business", "None.")
    (res,) = doc.resolutions
    assert (res.text, res.actionable) == (line, True)
    assert res.owner is not None and res.owner in line


def test_actions_listed_under_a_bulleted_label() -> None:
    doc = extract_text(
        "Minutes – Finance Committee (FC) Meeting 4 June 2031\n\n"
        "1. Audit: Discussed the options for an internal audit.\n"
        "    • Actions:\n"
        "      • Staff to engage the audit firm.\n"
        "      • Staff to agree a first set of topics with the FC chair.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Staff to engage the audit firm.", "Staff"),
        ("Staff to agree a first set of topics with the FC chair.", "Staff"),
    ]


def test_a_wingdings_arrow_bullet_opens_each_action_point() -> None:
    doc = extract_text(
        "Leisure Working Group, 4 June 2031\n\n"
        "5. Leisure centre review\n"
        "Action Points\n"
        "Ø  An officer from the Finance team to be invited to the next meeting to advise on costs.\n"
        "Ø  The Clerk to circulate the draft brief to all members.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("An officer from the Finance team to be invited to the next meeting to advise on costs.", True),
        ("The Clerk to circulate the draft brief to all members.", True),
    ]


def test_initials_tag_after_a_decision_name_its_owners() -> None:
    doc = parish_doc(
        "5. Chairman's report",
        "Report attached. It was agreed to look for a cheaper mowing contract before the summer. (AB/CD)",
    )
    (res,) = doc.resolutions
    assert res.text == "It was agreed to look for a cheaper mowing contract before the summer. (AB/CD)"
    assert (res.actionable, res.owner) == (True, "AB/CD")


def test_an_action_tag_closing_a_paragraph_names_who_does_its_last_sentence() -> None:
    doc = parish_doc(
        "4. HALL\nThe boiler was serviced in February. The hall door sticks in wet weather. ACTION: JK/TC\n"
        "Cllr Reid reported on the lettings."
    )
    [res] = doc.resolutions
    assert (res.text, res.actionable, res.owner) == ("The hall door sticks in wet weather.", True, "JK/TC")


def test_an_owner_only_action_tag_does_not_turn_the_item_into_a_formal_list() -> None:
    doc = parish_doc(
        "4. HALL\nThe Clerk and the Treasurer to compare the two cleaning quotes.\n"
        "The hall door sticks in wet weather.\nACTION: Clerk"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("The Clerk and the Treasurer to compare the two cleaning quotes.", "The Clerk and the Treasurer"),
        ("The hall door sticks in wet weather.", "Clerk"),
    ]


def test_a_decision_tagged_with_a_post_is_that_posts_task() -> None:
    doc = parish_doc(
        "25/105 Grass cutting",
        "Resolved unanimously to accept the quote from Green Cuts Ltd. (Clerk)",
    )
    (quote,) = doc.resolutions
    assert quote.text == "To accept the quote from Green Cuts Ltd. (Clerk)", (
        "the label and its manner are not the point"
    )
    assert (quote.actionable, quote.owner) == (True, "Clerk")


@pytest.mark.parametrize(
    "entry",
    [
        "1. Circulate the review of the fluoroscopy protocols [closed]",
        "1. Book the venue for the spring study day [On Hold]",
        "1. Draft the audit template [new for Dana Lee]",
    ],
)
def test_a_first_log_entry_with_its_state_is_no_item_heading(entry: str) -> None:
    e = extract_text(
        "---\ndate: 2025-03-04\n---\n# Imaging Network Paediatric Group\n\n### Actions\n\n"
        f"{entry}\n\n2. Members to send their scoliosis protocols to the network\n"
    )
    assert e.resolutions[0].text == entry.split(". ", 1)[1]
    assert len(e.resolutions) == 2


def test_an_action_tag_naming_who_makes_the_sentence_before_it_a_task_one_with_its_task_stands_alone() -> (
    None
):
    doc = extract_text(
        "Minutes of the Sub-group, 24 April 2031\n\n"
        "2. Members reviewed the tasks. Particular points included:\n"
        "- the need for drafting instructions. These should build on the draft. Action: secretariat;\n"
        "- the terms of the approach to other committees. Action: secretariat to prepare draft letter;\n"
        "- the timetable for the report.\n\n"
        "3. Park bench\n- The bench is broken and needs replacing. Action: Clerk\n"
        "- The Action Plan was discussed.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("These should build on the draft. Action: secretariat;", "secretariat"),
        ("the terms of the approach to other committees. Action: secretariat to prepare draft letter;", "secretariat"),
        ("The bench is broken and needs replacing. Action: Clerk", "Clerk"),
    ]  # fmt: skip
    assert all(r.actionable for r in doc.resolutions)


def test_an_owner_to_action_tag_takes_the_sentence_before_it() -> None:
    doc = parish_doc(
        "5. Reports",
        "5.1. The County Councillor had sent a report to be read out and put on the website. Clerk to action.",
        "5.2. Residents asked about the speed checks on the main road. Clerk to speak to the police. Clerk to action",
    )
    assert [(r.text, r.owner, r.actionable) for r in doc.resolutions] == [
        ("The County Councillor had sent a report to be read out and put on the website. Clerk to action.", "Clerk", True),
        ("Clerk to speak to the police. Clerk to action", "Clerk", True),
    ]  # fmt: skip


async def test_an_items_action_points_after_its_narrative() -> None:
    """Fixture 52: "Matters arising and action points" reviews its log after a few lines of
    narrative; entries carry their state in capitals, and the narrative decision still counts."""
    e = await read("52_parish_action_points_review.txt")
    got = [(r.text, r.actionable, r.minute) for r in e.resolutions if r.minute == "31/41"]
    assert got == [
        ("Matters arising – The Clerk is to write to the highway authority about the verge at Mill Corner.", True, "31/41"),
        ("Ask the garage owners whether they can screen the bin store. COMPLETED – NO REPLY", False, "31/41"),
        ("Ask the district council whether the kiosk needed consent. NO REPLY – CHASE", True, "31/41"),
        ("Source a list of valid planning objections. ONGOING", True, "31/41"),
        ("Send the June minutes to the developers. COMPLETED", False, "31/41"),
        ("Draft terms of reference for the working group. COMPLETED", False, "31/41"),
    ]  # fmt: skip


def test_an_action_review_written_as_plain_lines_one_entry_a_line() -> None:
    """A community council's review of its actions with no bullets and no full stops: each line that
    opens with initials and "to", or ends with its state after a dash, is one entry."""
    doc = extract_text(
        "Minutes of the Council Meeting 6th February 2031\n"
        "4) Recruitment of replacement clerk\n"
        "It was agreed that the Chair will meet with the employment panel.\n"
        "5) Update on Actions arising from previous meetings\n"
        "BE to sign Code of conduct - still in progress, to be completed by next meeting\n"
        "SH and RE\n"
        "DC to Transfer balances to savings account – Complete\n"
        "Map of defib units to be obtained – Not necessary as DC has updated the website\n"
        "KW to add voucher scheme to agenda – completed.\n"
        "6) Finance\n"
        "The bank statements were presented.\n"
    )
    got = [(r.minute, r.text.split(" – ")[0].split(" - ")[0], r.actionable) for r in doc.resolutions]
    assert got == [
        ("4", "That the Chair will meet with the employment panel.", True),
        ("5", "BE to sign Code of conduct", True),
        ("5", "DC to Transfer balances to savings account", False),
        ("5", "Map of defib units to be obtained", False),
        ("5", "KW to add voucher scheme to agenda", False),
    ]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        (
            "Cllrs Max Gough and Ken Downham to visit the allotments and report back on the condition.",
            "Cllrs Max Gough and Ken Downham",
        ),
        ("Cllr Max Gough to visit the allotments.", "Cllr Max Gough"),
        ("The Locality Steward to confirm where the resurfacing works will be done.", "The Locality Steward"),
        ("The Lengthsman to clear the ditch at the culvert.", "The Lengthsman"),
    ],
)
def test_named_councillors_and_parish_posts_given_a_task(line: str, owner: str) -> None:
    doc = parish_doc("5. Allotments business and information and agree any actions.", line)
    assert [(r.text, r.owner, r.actionable) for r in doc.resolutions] == [(line, owner, True)]


def test_an_action_label_holding_its_task_stands_beside_the_items_resolved_line() -> None:
    doc = extract_text(
        "Area Committee, 9 January 2031\n\nResolved: The Area Committee noted the Terms of Reference.\n\n"
        "Minutes: The officer presented the report. A query was raised about funding for the footpath, which "
        "appeared to be missing from the table. Action: Charlotte to review the progress report and provide an "
        "update on the footpath project.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("The Area Committee noted the Terms of Reference.", False, None),
        (
            "Action: Charlotte to review the progress report and provide an update on the footpath project.",
            True,
            "Charlotte",
        ),
    ]


def test_an_action_label_holding_an_infinitive_makes_the_sentence_before_it_the_task() -> None:
    doc = parish_doc(
        "47. Public time\n\nThe church asked for help deciding the future use of the building. "
        "Action: To discuss how to help at a subsequent Parish Council meeting."
    )
    [res] = doc.resolutions
    assert res.text.startswith("The church asked for help") and res.actionable


@pytest.mark.parametrize(
    ("paragraph", "task", "owner"),
    [
        (
            "Drains on the village green; there is now a loose stone on one of them. J.B to take a photo to send to DCC.",
            "J.B to take a photo to send to DCC.",
            "J.B",
        ),
        (
            "The ruts on the Village Green are still an issue. R.T. to raise this with DCC.",
            "The ruts on the Village Green are still an issue. R.T. to raise this with DCC.",
            "R.T.",
        ),
    ],
)
def test_initials_written_with_stops_name_who_acts(paragraph: str, task: str, owner: str) -> None:
    doc = parish_doc("4. Matters Arising", paragraph)
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [(task, True, owner)]


def test_a_topic_named_before_its_action_label_is_one_task() -> None:
    doc = parish_doc(
        "3. Draft report",
        "Members discussed:\n- the timetable for the final report;\n- the terms of the approach to ACRE and other "
        "advisory committees. Action: secretariat to prepare draft letter;",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "the terms of the approach to ACRE and other advisory committees. Action: secretariat to prepare draft "
            "letter;",
            True,
        )
    ]


def test_a_sentence_telling_what_was_done_is_not_the_topic_of_the_action_after_it() -> None:
    doc = parish_doc(
        "5. Woodland plan",
        "Quotes for remedial work. Tree application 142710 submitted to the district council. "
        "Action: Clerk to obtain quotes for the agreed works.",
    )
    assert [(r.text, r.owner) for r in doc.resolutions if r.actionable] == [
        ("Action: Clerk to obtain quotes for the agreed works.", "Clerk")
    ]


def test_a_bare_action_line_of_initials_names_who_does_the_paragraph_above() -> None:
    """Community councils tag an item with "Action SH" or "Action ALL" on its own line, no colon;
    after a paragraph that decided, the tag names who carries out the decision."""
    doc = extract_text(
        "4) Councillor vacancies\nThere are two vacancies for Councillors, and the positions will be advertised.\n"
        "Action SH\n5) Website update\nThe work on the website is still progressing. Business emails to be set "
        "up by each Councillor.\nAction ALL\n6) Recruitment of clerk\nIt was agreed that Kerry Wilcox will meet "
        "with the employment panel with a view to filling the vacancy.\nAction CB, JH and KW\n7) Correspondence\nA letter from the "
        "Action Group was noted.\nAction NONE\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions if r.actionable] == [
        ("There are two vacancies for Councillors, and the positions will be advertised.", "SH"),
        ("Business emails to be set up by each Councillor.", "ALL"),
        (
            "It was agreed that Kerry Wilcox will meet with the employment panel with a view to filling the vacancy.",
            "CB, JH and KW",
        ),
    ]


@pytest.mark.parametrize(
    "tag",
    ["Action JL", "– Action JL.", "JL Action.", "– action JL"],
)
def test_an_action_tag_with_no_colon_closing_a_paragraph_names_who_does_its_last_sentence(tag: str) -> None:
    """Parish and community councils close a paragraph with "Action JL", "– Action JL", "JL
    Action." (the initials first): no colon, and the next line is not more names."""
    doc = extract_text(
        "4. Publication of minutes\n"
        "JB said members wanted the minutes published more widely. The minute secretary will provide copies "
        f"to the administrator for publication. {tag}\n"
        "Matters Arising: There were no matters arising.\n"
    )
    assert [(r.text, r.owner, r.actionable) for r in doc.resolutions] == [
        ("The minute secretary will provide copies to the administrator for publication.", "JL", True)
    ]


def test_an_initials_tag_ends_a_lettered_paragraph_where_the_next_letter_runs_on() -> None:
    doc = extract_text(
        "Item 4. Matters arising. (1) Tree planting on the hill. Much discussion of the lack of consultation. "
        "BW will put together a draft proposal for members to comment on. BW Action. (2) Bridge update. "
        "The Secretary will contact the MP about the bridge. MT Action.\n"
        "Item 5. Chair's report.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("BW will put together a draft proposal for members to comment on.", "BW"),
        ("The Secretary will contact the MP about the bridge.", "MT"),
    ]


def test_an_action_point_in_brackets_names_who_does_a_numbered_paragraph() -> None:
    doc = extract_text(
        "6 Speed Indicators\n6.1 Cllr Mould has produced statistics on traffic speeds. Cllr Goody to assist with "
        "the statistics. (Action Point Cllr Mould & Cllr Goody)\n6.2 Initial contact needs to be sought to "
        "clarify usage. (Action Point Cllr Sharp)\n7 Gateways into the village\n7.1 Cllr Sharp gave options "
        "for gateway calming.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Cllr Goody to assist with the statistics.", "Cllr Mould & Cllr Goody"),
        ("Initial contact needs to be sought to clarify usage.", "Cllr Sharp"),
    ]


def test_a_bare_action_tag_after_a_decision_and_its_consequence_names_who_carries_out_the_decision() -> None:
    doc = extract_text(
        "9/20 Accounts\nSam Farrow proposed acceptance of the accounts and the submission of a Certificate of "
        "Exemption, seconded by Cal Cook and unanimously agreed. The Certificate would be signed by the Chairman "
        "and posted by the Clerk.\n\nAction RG/GP\n\n10/20 Public rights\nThe dates were noted.\n"
    )
    assert [(r.text[:40], r.actionable, r.owner) for r in doc.resolutions] == [
        ("Sam Farrow proposed acceptance of the ac", True, "RG/GP")
    ]
    assert [r.text for r in doc.requests] == [
        "The Certificate would be signed by the Chairman and posted by the Clerk."
    ]


@pytest.mark.parametrize("label", ["ACTION:  Officers to provide:", "Action: Officers to -"])
def test_an_action_label_over_a_numbered_list_gives_each_point_to_the_one_it_names(label: str) -> None:
    doc = extract_text(
        "5. Highways schemes\n\nThat the decision on this item be deferred to the next meeting.\n\n"
        f"{label}\n\n1.  An update on the highways schemes agreed in the last two years\n\n"
        "2.  Information on who decided on the feasibility of the proposals.\n\nSupporting documents:\n"
    )
    assert [(r.text, r.owner, r.actionable) for r in doc.resolutions][1:] == [
        ("An update on the highways schemes agreed in the last two years", "Officers", True),
        ("Information on who decided on the feasibility of the proposals.", "Officers", True),
    ]


def test_a_task_after_a_capitals_heading_run_into_its_text() -> None:
    doc = extract_text(
        "ITEM 6 (263) POLICE REPORT The police emailed that no crimes had taken place.\n\n"
        "ITEM 7 (264) HIGHWAYS AND FOOTPATHS Clerk to request progress reports on overgrown hedges at Penfordd Fawr. "
        "A resident was told the lane was private.\n"
    )
    assert [(r.text, r.owner, r.minute) for r in doc.resolutions] == [
        ("Clerk to request progress reports on overgrown hedges at Penfordd Fawr.", "Clerk", "7")
    ]


def test_an_initials_task_stays_a_task_below_a_decision_of_the_same_item() -> None:
    """Community council notes run items together under unmarked titles; a task given by initials is
    as formal as an action line even where a list below it makes the item formal."""
    doc = extract_text(
        "AMC to send to SL to coordinate\nMemorial Hut\nThe trustee has reported water running off the road. "
        "He has contacted SEPA.\nIJ suggested he contact the Times\n\nCar parking at school\n"
        "AB is to organise a site visit\n\nTREASURERS STATEMENT\n£1005.50\n\nCORRESPONDENCE\n"
        "1. The Seafood Cafe has applied for a variation in their license to include changes to hours.\n\n"
        "Cycle Bridge\nPlanning has gone through\nIJ to speak to SUSTRANS\n"
        "AB to arrange letter from HC stating sweeping of Cycleway is BEARS responsibility\n\nAOB\n"
        "1. The road end is breaking up again after repair in November\n"
        "2. The Buyout Group is to hold an open day in April after which IJ will notify HC and there will be a ballot\n"
        "3. The fish farm have changed their name. The manager attended to give an update.\n"
    )
    tasks = [(r.text, r.owner) for r in doc.resolutions if r.actionable]
    assert ("IJ to speak to SUSTRANS", "IJ") in tasks
    assert (
        "AB to arrange letter from HC stating sweeping of Cycleway is BEARS responsibility",
        "AB",
    ) in tasks


def test_initials_tags_inside_a_paragraph_run_into_one_line() -> None:
    """A community council's minutes run into one line: each "MG Action." closes the sentence
    before it, and the minutes approved earlier in the paragraph do not take the tag."""
    doc = extract_text(
        "Item 2. Minutes of June meeting. The minutes of the June meeting were approved as a true record; "
        "proposed: Russell Hale, seconded: Ron Moore (1) Invitation to the Roads Manager. This is now proposed "
        "for the October meeting and invitations will be issued. MG Action. GF will advise MG of the contact "
        "details. GF Action. Item 3. Regular updates: (i) Planning. RS will draft a letter to the planners. "
        "RS/MG Action. (ii) Roads. The Clerk said he would write to the contractor about the potholes.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions if r.actionable] == [
        ("This is now proposed for the October meeting and invitations will be issued.", "MG"),
        ("GF will advise MG of the contact details.", "GF"),
        ("RS will draft a letter to the planners.", "RS/MG"),
    ]
    assert [q.text for q in doc.requests] == [
        "The Clerk said he would write to the contractor about the potholes."
    ]


def test_an_owner_tag_takes_the_last_sentence_and_leaves_the_rest_of_the_paragraph() -> None:
    doc = extract_text(
        "5. Website\nThe Clerk said he would write to the host about the outage. Approved minutes to be posted "
        "on the website. Action: Clerk/Webmaster\n6. Planning\nNo applications.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Approved minutes to be posted on the website.", "Clerk/Webmaster")
    ]
    assert [q.text for q in doc.requests] == ["The Clerk said he would write to the host about the outage."]


def test_action_complete_under_a_decision_log_entry_says_it_is_done() -> None:
    doc = extract_text(
        "Governing body decision log: April 2031\n\nDate: 2 April, 2031\n"
        "Item discussed: Quoracy during the emergency\n\n"
        "The Governing Body RATIFIED the decision made by the Finance and Audit Committee to raise the limits.\n"
        "Action: Complete\n\n"
        "Date: 16 April, 2031\nItem discussed: Membership\n\n"
        "The Constitution will be updated to include the new lay member. Action: Complete\n"
    )
    assert [(r.text[:40], r.actionable, r.owner) for r in doc.resolutions] == [
        ("The Governing Body RATIFIED the decision", False, None),
        ("The Constitution will be updated to incl", False, None),
    ]


@pytest.mark.parametrize("body", ["The Board", "The Governing Body"])
def test_a_body_stem_over_decisions_in_capitals(body: str) -> None:
    doc = extract_text(
        f"Minutes of the meeting held on 3 June 2031.\n5. Budget\n{body}:\n"
        "- APPROVED the variation to the budget.\n- RATIFIED the decision of the Audit Committee.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (f"{body} APPROVED the variation to the budget.", False),
        (f"{body} RATIFIED the decision of the Audit Committee.", False),
    ]


def test_tasks_given_to_a_name_before_a_colon_under_resolved() -> None:
    """Meeting notes give each task to who does it before a colon; a point that is not work to do
    ("Priya: The budget is fine") stays a plain point."""
    doc = extract_text(
        "## Members' meeting 2031-03-04\n\n### Finances\n\n**Resolved**\n\n"
        "- Priya: Prepare the monthly book-keeping by the 7th of each month\n"
        "- Tom/Ana: Sort out the questions for the open evening.\n"
        "- Ana: Make two more shelves for the tool room\n"
        "- Priya: The budget is fine as it stands\n"
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [
        (True, "Priya"),
        (True, "Tom/Ana"),
        (True, "Ana"),
        (False, None),
    ]


def test_a_dashed_list_flattened_into_one_line_with_action_labels() -> None:
    """Each "- The Council ..." entry starts again where a PDF ran them into one line, and what an
    "ACTION:" label gives is a task whatever its verb ("Signage ... to be displayed")."""
    entries = [
        "The Council were asked to source new bus timetables for the stops. ACTION: The Clerk was directed to "
        "contact the Borough Council for the timetables.",
        "The Council were told that the sign for the playing fields is out of stock. ACTION: Signage for the "
        "playing fields to be displayed once received from the stockist",
        "The Council were made aware that the cemetery sign had fallen. ACTION: Chair to visit site",
    ]
    doc = parish_doc("Member of Public issues:", "- " + " - ".join(entries))
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("ACTION: The Clerk was directed to contact the Borough Council for the timetables.", True),
        ("ACTION: Signage for the playing fields to be displayed once received from the stockist", True),
        ("ACTION: Chair to visit site", True),
    ]


def test_a_bulleted_entry_that_closes_with_its_task_is_the_task() -> None:
    doc = parish_doc(
        "Matters arising:",
        "• Highland Cross invite – John Stewart and his wife to attend. MG to reply.",
        "• Sub-station noise. JS said the noise is still there. It was decided to write to the operator.",
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Highland Cross invite – John Stewart and his wife to attend. MG to reply.", "MG"),
        ("It was decided to write to the operator.", None),
    ]


def test_a_bulleted_entry_that_closes_with_a_bare_command_is_a_task() -> None:
    doc = parish_doc(
        "Chairman's Report:",
        "• Toll path cleared of leaves but moss makes it slippery. Ask contractor for advice on moss killer.",
        "• Sub-station noise. JS said the noise is still there. THC are monitoring.",
        "• Ditch on left needs clearing. Contact THC.",
        "• Email received from the County Council about the plan.",
        "• Report of missing road sign in Mill Road",
        "• Request for donation from the village show.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "Toll path cleared of leaves but moss makes it slippery. Ask contractor for advice on moss killer.",
            True,
        ),
        ("Ditch on left needs clearing. Contact THC.", True),
    ]


def test_a_markdown_action_heading_labels_the_paragraph_under_it() -> None:
    e = extract_text(
        "Minutes of the meeting held 01 June 2032\n\n### Fundraising\n\nThere was optimism about the year.\n\n"
        "#### Action\n\nTo be discussed at next meeting.\n\n### Handbook\n\nThe handbook had errors.\n\n"
        "#### Action\n\nKL to send MK the list of amendments.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in e.resolutions] == [
        ("To be discussed at next meeting.", True, None),
        ("KL to send MK the list of amendments.", True, "KL"),
    ]


@pytest.mark.parametrize(
    ("line", "owner"),
    [("S. Hannant to contact contractors.", None), ("C Woods to ask the Police for an update.", "C Woods")],
)
def test_a_task_for_a_person_named_by_initial_and_surname_is_an_action(line: str, owner: str | None) -> None:
    """A dotted initial is read as a list label when the owner is looked for, so that owner is not named."""
    doc = parish_doc("5. Drains", f"The drain by the school is blocked. {line}")
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [(line, True, owner)]


@pytest.mark.parametrize(
    "sentence", ["A Meeting to discuss the hall was held in May.", "A. Meeting to discuss the hall."]
)
def test_an_article_before_a_capitalised_noun_names_nobody(sentence: str) -> None:
    doc = parish_doc("5. Village hall", sentence)
    assert doc.resolutions == []


@pytest.mark.parametrize("title", ["6. REGISTER OF ACTIONS", "6. Actions Register"])
def test_a_register_of_actions_lists_its_entries_as_tasks(title: str) -> None:
    doc = parish_doc(
        title,
        "- Tree Felling – Clerk obtaining one quote & Cllr. Jones to obtain a further quote.\n"
        "- War Memorial – Awaiting response from the Legion\n"
        "- Bench – Completed",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Tree Felling – Clerk obtaining one quote & Cllr. Jones to obtain a further quote.", True),
        ("War Memorial – Awaiting response from the Legion", True),
        ("Bench – Completed", False),
    ]


def test_a_label_naming_the_action_log_over_bullets_reads_them_as_its_entries() -> None:
    doc = extract_text(
        "Friends of Elm Park – Meeting Minutes, November 2031\n\nPresent: LB, SM, NR, PE\n\n"
        "Matters arising from Action Log:\n\n"
        "  • Neil to ask the council what the long term plan is with the drains\n"
        "  • Thanks to Neil for the progress made with the drains\n"
        "  • Lindsay to check with Liz if we can paint the gable end\n"
    )
    assert [(r.text[:20], r.owner, r.actionable) for r in doc.resolutions] == [
        ("Neil to ask the coun", "Neil", True),
        ("Thanks to Neil for t", None, False),
        ("Lindsay to check wit", "Lindsay", True),
    ]


def test_an_action_label_over_several_tasks_gives_each_its_own_point() -> None:
    doc = parish_doc(
        "7. Play area. The donation of a rope ladder was welcomed.",
        "Action: Clerk to order the rope ladder from Playdale. Clerk to write to the donors to thank them. "
        "DD to make the fence safe until it is repaired.",
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Clerk to order the rope ladder from Playdale.", "Clerk"),
        ("Clerk to write to the donors to thank them.", "Clerk"),
        ("DD to make the fence safe until it is repaired.", "DD"),
    ]


def test_action_labels_run_together_without_stops_are_each_a_task() -> None:
    doc = parish_doc(
        "4. Police Matters No police report as yet. The last report was received on 6 May ACTION: C Woods following "
        "up on Police reports for May and June ACTION: C Woods to ask Police for an update on the new officer"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("ACTION: C Woods following up on Police reports for May and June", True),
        ("ACTION: C Woods to ask Police for an update on the new officer", True),
    ]


@pytest.mark.parametrize("title", ["### ACTION SUMMARY", "Action Summary:"])
def test_an_action_summary_over_bullets_lists_the_actions(title: str) -> None:
    doc = extract_text(
        "Committee meeting, 20 April 2031\n\n### General\n\n-   Dan has dropped off his key.\n\n"
        f"{title}\n\n-   Agenda mailout a week in advance again\n-   Dan to make a list of software needs\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("Agenda mailout a week in advance again", True, None),
        ("Dan to make a list of software needs", True, "Dan"),
    ]


def test_an_owner_tag_under_a_paragraph_takes_its_task_not_a_closing_record() -> None:
    doc = parish_doc(
        "21/31 Clerk's Report - hard copies were circulated to those present. The Clerk would forward "
        "electronic copies with the minutes. The report was discussed and accepted.\nAction GP",
        "22/31 Matters outstanding",
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("The Clerk would forward electronic copies with the minutes.", True, "GP")
    ]


def test_an_owner_tag_under_a_paragraph_of_no_task_takes_the_last_sentence() -> None:
    doc = parish_doc(
        "21/31 Verges - the verges on Mill Lane were overgrown. Members discussed who cuts them.\nAction GP",
        "22/31 Close",
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [("Members discussed who cuts them.", "GP")]


def test_presenting_to_a_later_meeting_or_another_body_is_an_action_but_presenting_here_is_not() -> None:
    doc = parish_doc(
        "6. Governor business",
        "TM and RS to present the revised admissions policy to FGB2.",
        "AB to present her report on attendance at the next meeting following further work.",
        "7. Finance",
        "Treasurer to present the accounts.",
        "8. Annual report",
        "Chair to present the report to the meeting.",
    )
    assert [(r.owner, r.text[:24]) for r in doc.resolutions if r.actionable] == [
        ("TM and RS", "TM and RS to present the"),
        ("AB", "AB to present her report"),
    ]


def test_a_bulleted_note_closed_by_an_action_tag_is_the_named_persons_task() -> None:
    doc = extract_text(
        "Tenants' Association committee meeting, 3 March 2031\n\n"
        "Present: Kate Hale: KH, Jon Ives: JI\n\n"
        "- When the planters arrived they were fixed in the wrong place. This has been put right, "
        "but the filler has not been painted. ACTION: GREENWAYS\n"
        "- Most of the points are done, and the website should be live before the next meeting. ACTION: JI\n"
        "- The lobby lights were fitted last week.\n"
    )
    assert [(r.actionable, r.owner, r.text[-17:]) for r in doc.resolutions] == [
        (True, "GREENWAYS", "ACTION: GREENWAYS"),
        (True, "JI", "eting. ACTION: JI"),
    ]


def test_a_tag_under_a_paragraph_that_closes_on_a_noted_fact_gives_the_task_told_before_it() -> None:
    doc = parish_doc(
        "22/31 Matters outstanding",
        "a) Banking arrangements – the Chairman was still in discussion with the bank. The process was slow "
        "but he would continue to seek a practical way forward. It was noted that all banks were reluctant "
        "to take on such small accounts.\nAction RG",
        "b) Broadband – no progress had been made.",
    )
    assert [(r.actionable, r.owner, r.text) for r in doc.resolutions] == [
        (True, "RG", "The process was slow but he would continue to seek a practical way forward.")
    ]


def test_a_logged_decision_tagged_action_complete_is_done_and_owned_by_nobody() -> None:
    doc = extract_text(
        "Governing body decision log, 4 March 2031\n\n"
        "• APPROVED the revised conflicts of interest policy. Action: Complete\n"
        "• RATIFIED the audit committee's terms of reference. Action – Complete.\n"
        "• The website should be updated with the new policy. ACTION: JI\n"
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(False, None), (False, None), (True, "JI")]


@pytest.mark.parametrize(
    "lines",
    [
        ("Action Point 1", "Papers to be issued to members with the minutes.", "Owner: Lorna Forbes"),
        ("Action point 1: Papers to be issued to members with the minutes.", "Owner: Lorna Forbes"),
        ("Action 1 - Papers to be issued to members with the minutes.", "Owner: Lorna Forbes"),
        ("Action: Papers to be issued to members with the minutes.", "Owner: Lorna Forbes"),
    ],
)
def test_a_numbered_action_point_with_its_owner_on_the_line_below(lines: tuple[str, ...]) -> None:
    doc = extract_text(
        "Road Safety Forum - West - 22 November 2031\n"
        "Welcome and Introductions\n"
        "The Chair explained that no papers were issued for this introductory meeting.\n"
        + "\n".join(lines)
        + "\nOverview of the Framework\nThe group discussed the framework.\n"
    )
    (action,) = doc.resolutions
    assert (action.text, action.actionable, action.owner) == (
        "Papers to be issued to members with the minutes.",
        True,
        "Lorna Forbes",
    )


def test_a_numbered_label_is_not_a_time_or_a_share() -> None:
    doc = extract_text("Actions 10.30 am coffee was served and the meeting resumed.\n")
    assert doc.resolutions == []


_ACTION_SUMMARY = (
    "ACTION SUMMARY MINUTES - REGULAR MEETING BOARD OF DIRECTORS\n"
    "CEDAR VALLEY WATER DISTRICT\n"
    "Thursday, March 13, 2031\n\n"
    "CONSENT ITEMS\n"
    "Action: Moved by Ruiz, seconded by Park, and carried unanimously by members present to adopt the Consent Calendar as follows:\n"
    "1. Action Summary Minutes\n"
    "Recommendation: Approve the Action Summary Minutes for the Regular Board meeting of February 27, 2031.\n"
    "Action: Approved Action Summary Minutes.\n"
    "2. Surplus Vehicles\n"
    "Recommendation: Adopt a resolution declaring two pickup trucks surplus.\n"
    "Action: Adopted Resolution No. 2031-014.\n"
    "ACTION ITEMS\n"
    "1. Well Rehabilitation Grant\n"
    "Recommendation: Adopt the grant acceptance resolution for the well rehabilitation.\n"
    "Action: On a motion by Park, seconded by Lowe, and carried unanimously by members present to adopt Resolution No. 2031-015.\n"
    "PRESENTATION ITEMS\n"
    "1. Rate Study\n"
    "Recommendation: Receive presentation, no action required.\n"
    "Action: Presentation received, no action taken.\n"
)


def test_an_american_boards_action_lines_record_how_each_item_was_disposed_of() -> None:
    """Under each item, "Action:" tells the vote's outcome: no task, and nobody named by it."""
    got = [(r.text, r.actionable, r.owner) for r in extract_text(_ACTION_SUMMARY).resolutions]
    assert got == [
        (
            "Moved by Ruiz, seconded by Park, and carried unanimously by members present to adopt the Consent "
            "Calendar as follows",
            False,
            None,
        ),
        ("Approved Action Summary Minutes.", False, None),
        ("Adopted Resolution No. 2031-014.", False, None),
        (
            "On a motion by Park, seconded by Lowe, and carried unanimously by members present to adopt "
            "Resolution No. 2031-015.",
            False,
            None,
        ),
        ("Presentation received, no action taken.", False, None),
    ]


def test_an_action_agreed_to_come_off_the_tracker_is_closed() -> None:
    doc = parish_doc(
        "4. Review of outstanding actions",
        "It was noted that the business case had been approved. It was agreed that this action could be removed "
        "from the tracker.",
    )
    assert [r.actionable for r in doc.resolutions] == [False]


def test_the_same_task_given_under_two_topics_is_two_tasks() -> None:
    """A PTA's notes give the same action line after two topics of one meeting; a line repeated with
    nothing between is one task."""
    doc = (
        "Minutes of the PTFA meeting held on 23 June 2031\n\n"
        "Notice boards - quotes of around £800 were thought a lot of money; laminated notices were suggested.\n\n"
        "ACTION – AW agenda item for next meeting.\n\n"
        "The bistro evening was cancelled as too few tickets were sold.\n\n"
        "ACTION – AW agenda item for next meeting.\n\n"
        "Open day - volunteers are still needed for teas.\n\n"
        "ACTION – DW to buy milk for the event.\n"
        "ACTION – DW to buy milk for the event.\n"
    )
    assert [r.text for r in extract_text(doc).resolutions] == [
        "AW agenda item for next meeting.",
        "AW agenda item for next meeting.",
        "DW to buy milk for the event.",
    ]


def test_a_notes_decision_closed_by_a_task_given_by_first_name_is_an_action() -> None:
    doc = extract_text(
        "Meeting of the Trustees of Greenbank Community Association\nDate: 10 June 2031\n"
        "Present: Sarah (chair), Tom, Priya, Dave, Helen (minutes)\n\n"
        "3. Summer fair\nAgreed to hold the fair on Saturday 12 July. Helen and Sarah to organise stalls.\n"
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(True, "Helen and Sarah")]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Action: Dave – get two more quotes for the boiler", "Dave"),
        ("Action: Paul – Balance sheet to be placed on the website", "Paul"),
        ("Action – James McQ – these are obtained through the league", "James McQ"),
        ("Action: Fencing – get quotes for the boundary", None),
    ],
)
def test_an_action_given_as_a_name_a_dash_and_the_task(line: str, owner: str | None) -> None:
    doc = extract_text(
        f"Meeting of the Trustees\nDate: 10 June 2031\n\n2. Boiler\nThe boiler failed in May.\n{line}\n"
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(True, owner)]
