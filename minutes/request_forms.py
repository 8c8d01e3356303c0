"""The forms a narrative follow-up takes, as a table: each with sentences it must and must not
find (tests/minutes/test_follow_up_requests.py runs them). minutes/requests.py applies them. The
forms of what will be done are in minutes/request_future.py; this module holds the requests and
undertakings before them and the suggestions after them, and the order of the whole table."""

from __future__ import annotations

import re

from minutes.gated import Form, GatedPattern
from minutes.request_future import FUTURE_FORMS
from minutes.request_words import FOLLOW_UP_VERB, WHO, RequestForm

_ASKED: tuple[RequestForm, ...] = (
    RequestForm(
        "asked_or_requested",
        Form(
            rf"{WHO}\s+(?:also\s+|further\s+|therefore\s+|then\s+)?(?:requested|requests?\s+(?:that|sight\s+of)\b|did\s+ask\s+that"
            r"|asked\s+(?:cllr\.?|councillor|mr\.?|mrs\.?|ms\.?|dr\.?)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+to\s+(?!note\b|consider\b|comment\b|speak\s+on\b|introduce\b|present\s+(?:the|his|her)\s+report\b)"
            rf"|asked\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+to\s+{FOLLOW_UP_VERB}"
            r"|asked\s+(?:that|for|if\s+officers"
            r"|whether\s+officers|officers|staff|(?:the|him|her|them)(?!\s+(?:[\w'’-]+\s+){0,3}?(?:if|whether)\b))"
            r"|called\s+for|urged\s+(?:officers|staff|the))\b"
            r"|\b(?:and|but|also|though|although)\s+(?:requested|asked)\s+that\b"
            rf"|\b(?:and|but|also|then)\s+asked\s+(?:everyone|everybody|all\s+(?:members|councillors)|members|him|her|them)\s+to\s+{FOLLOW_UP_VERB}"
            r"|\b(?:and|but|also)\s+(?:requested|asked\s+for)\s+(?:further|more|additional)\s+(?:information|details|data|figures|clarification)\b",
            words=("request", "ask", "called", "urged"),
            hint=r"\b(?:requested|requests?\s|asked\s|did\s+ask\s|called\s+for|urged\s)",
        ),
        examples=(
            "The Chair requested that an item on bus services be added to the work programme.",
            "Members noted the delay and requested that the Clerk prepare a timetable.",
            "Mr Hale asked the clerk to press the solicitors for a reply.",
            "The Chairman asked Cllr Lord to pass the Committee's thanks to the panel.",
            "Members request sight of the survey before it is sent to residents.",
            "The Chair did ask that members on outside bodies submit a short report.",
            "Glen asked Paul to send the owners a copy of our resolution.",
            "Members were happy with the policy but requested further information on three items.",
            "NN had made some corrections but asked everyone to check the website before the April meeting.",
            "NM thanked NN for his work and asked him to pass over the passwords to the Clerk.",
        ),
        counter=(
            "Cllr Rudd enquired whether the closed reviews would be reported back to the Board.",
            "MW asked the Board if they were content for him to publish the minutes of each meeting.",
            "He asked the Board whether they would be willing to take a view on how to proceed.",
            "The Chair asked Councillor Hale to introduce the report.",
            "The Chair asked Priya Shah to introduce herself to the Board.",
        ),
        why="Somebody at the meeting asks for something to be done.",
    ),
    RequestForm(
        "asked_of_officer",
        Form(
            r"\b(?:(?:officers?|clerk|chair(?:man)?|manager|director|members?|governors|councillors|trustees|staff)\s+(?:was|were|as)|and|also|but"
            r"|(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+(?:(?-i:[A-Z])\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+was)\s+"
            r"(?:asked|directed|instructed|tasked)\s+to\s+(?!note|consider|agree|approve|comment|declare|leave|attend)"
            r"|\b(?:members|councillors|governors|trustees|officers|everyone|all)\s+(?:were|was)\s+(?:also\s+)?reminded\s+to\s+"
            r"(?:complete|return|submit|send|provide|update|sign|forward|register|book)\b",
            words=("asked", "reminded", "directed", "instructed", "tasked"),
        ),
        examples=(
            "The Monitoring Officer was asked to clarify the rules on private briefings.",
            "Officers were asked to circulate the figures.",
            "Governors were asked to complete and return the form to the Clerk within seven days.",
            "Councillor Longdon was asked to look into this.",
            "The chair was directed to put out a revised draft for the meeting tomorrow.",
            "Councillors were reminded to complete their register of interests forms and submit them to the Clerk.",
        ),
        counter=(
            "Members were asked to note the contents of the quarterly report.",
            "Members were reminded that the office would be closed over Christmas.",
        ),
        why="An officer asked, in the passive, to do something.",
    ),
    RequestForm(
        "was_requested",
        Form(
            r"\b(?:was|were|is|are)\s+(?:also\s+|further\s+)?requested\b(?!\s+(?:by|to\s+attend))",
            words=("requested",),
        ),
        examples=("Figures on repeat visits were also requested.",),
        why="A request told in the passive.",
    ),
    RequestForm(
        "it_was_requested",
        Form(
            r"\bit\s+was\s+(?:also\s+|further\s+)?(?:requested|suggested)\b|\bit\s+was\s+(?:also\s+|further\s+)?agreed\s+(?:that|to)\b",
            words=("requested", "suggested", "agreed"),
        ),
        examples=(
            "It was suggested the Tree Warden should be approached for advice.",
            "It was agreed that a note be circulated to members.",
        ),
        counter=("It was agreed that one meeting would be enough.",),
        why="The meeting's own request or agreement, told in the discussion of an item that has formal points.",
    ),
    RequestForm(
        "a_request",
        Form(
            r"(?<!noted\s)(?<!acknowledged\s)(?<!received\s)(?<!considered\s)(?<!declined\s)(?<!refused\s)"
            r"\b(?:a|the|one|specific|further)\s+(?:specific\s+|further\s+|formal\s+)?request\s+(?:to|for|that)\b"
            r"|(?:^|(?<=[.!?]\s))requests?\s+to\s+be\s+(?:made|sent)\b",
            words=("request",),
        ),
        examples=(
            "There was a specific request to bring forward quarterly updates on the care market.",
            "Request to be made to the Highways Authority for a speed survey.",
        ),
        counter=("There was a specific request to bring forward.",),
        why="A request named as a noun.",
    ),
    RequestForm(
        "undertaking",
        Form(
            rf"{WHO}\s+(?:,[^,]{{1,80}},\s+)?(?:has\s+|have\s+)?(?:also\s+|then\s+)?(?:agreed|undertook|offered|promised"
            r"|volunteered|took\s+(?:away\s+)?(?:an?\s+|the\s+)?action)\s+to\s+(?!(?:be|stand|note|receive|accept|approve|agree|endorse|support|welcome|adopt)\b"
            r"|consider\b(?![^.;]{0,80}?\band\s+(?:report|come|feed)\s+back\b))[a-z]+"
            r"|\b(?:officers?|he|she|they)\s+(?:confirmed|said|indicated)\s+(?:that\s+)?(?:he|she|they)\s+would\b"
            r"|\band\s+(?:also\s+)?(?:agreed|undertook|offered|promised|volunteered)\s+to\s+(?!(?:be|note|receive|accept|approve|agree|endorse|support|stand|consider|discuss)\b)[a-z]+"
            r"|(?:^|[-–:]\s*)agreed\s+to\s+(?!be\b|note\b)[a-z]+",
            words=("agreed", "undertook", "offered", "promised", "volunteered", "would", "action"),
            hint=r"\b(?:agreed|undertook|offered|promised|volunteered|action)\s+to\s|\b(?:confirmed|said|indicated)\s+(?:that\s+)?(?:he|she|they)\s+would\b",
        ),
        examples=(
            "Dana agreed to check the figures with the hospital.",
            "The Treasurer agreed to move the savings to the new account.",
            "Mr Hale volunteered to speak to the landowner about the stile.",
            "The Chair agreed to raise the matter with officers.",
            "The Chairman undertook to consider the matter further and report back to the Committee.",
            "Mr Hale took an action to review the signage on the footpath.",
            "The Director took away an action to check the figures with the trust.",
            "The Chairman referred to the notice boards and agreed to get an estimate for their repair.",
        ),
        counter=(
            "The bus company had agreed to report to its own board in the spring.",
            "The Chairman agreed to consider the points raised.",
        ),
        why="A person's own undertaking: theirs to do, not the meeting's decision.",
    ),
)
_SUGGESTED: tuple[RequestForm, ...] = (
    RequestForm(
        "welcome_or_happy",
        Form(
            r"\bwould\s+welcome\s+(?:an?\s+|further\s+)?(?:update|report|further|briefing|information)"
            r"|\b(?:were|was|are|is)\s+(?:happy|willing)\s+to\s+(?!be\b|stand\b|serve\b|continue\b)[a-z]+"
            r"|\b(?:were|was|are|is)\s+happy\s+for\s+this\s+to\s+happen",
            words=("welcome", "happy", "willing"),
        ),
        examples=(
            "The Chair noted that the Commission would welcome an update on the results when assessed.",
            "The nurses present were happy to run sessions at the open day.",
        ),
        counter=("He was willing to stand.", "She was happy to continue as Treasurer."),
        why="Willingness offered at the meeting, to be taken up afterwards (not to stand for election or to serve).",
    ),
    RequestForm(
        "suggested",
        Form(
            r"\b(?:chair(?:man|person)?|vice[- ]chair(?:man)?|members?"
            r"|(?:councillors?|cllr\.?)(?:\s+(?:(?-i:[A-Z])\.\s*){0,2}(?-i:[A-Z])[\w'’-]+)?)\s+suggested\b"
            r"(?!\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:additional\s+|further\s+|new\s+)?(?:recommendation|amendment|resolution"
            r"|wording)s?\b)",
            words=("suggested",),
        ),
        examples=(
            "The Chair suggested that the work programme be brought back to the next meeting.",
            "Councillor A. Roberts suggested any new issues should be brought up at the next meeting.",
            "Cllr Munro suggested that the Clerk should write to the bus company.",
        ),
        counter=("Glenn Hale suggested the figure be increased to $2000 to buy the equipment.",),
        why="A suggestion that something be done, by the Chair or members (a named person's is as often a view).",
    ),
    RequestForm(
        "recommended_or_added",
        Form(
            r"\b(?:chair\w*|members?|committee|commission|panel|board)\s+(?:also\s+)?recommended\s+that\b"
            r"|\b(?:addition|inclusion)\s+of\s+[^.;]{3,80}?\b(?:was|were)\s+(?:also\s+)?(?:supported|agreed)\b"
            r"|\b(?:supportive\s+of|support(?:s|ed)?|in\s+favour\s+of)\s+(?:requesting|asking)\s+that\s+(?:the\s+)?(?-i:[A-Z])",
            words=("recommended", "addition", "inclusion", "requesting", "asking"),
        ),
        examples=(
            "The Panel recommended that ward members be copied in.",
            "The Chair was supportive of requesting that the Town Clerk send a written answer.",
        ),
        why="A recommendation or support for asking, told in the discussion.",
    ),
)

FORMS: tuple[RequestForm, ...] = (*_ASKED, *FUTURE_FORMS, *_SUGGESTED)
"""In the order they are tried: a sentence takes the first form it holds."""
PATTERN = GatedPattern([f.form for f in FORMS], re.I | re.M)
NAMES = tuple(f.name for f in FORMS)


def first_form(sentence: str) -> tuple[str, re.Match[str]] | None:
    """The first form (in table order) a sentence holds, and where."""
    found = PATTERN.search(sentence, sentence.lower())
    if found is None:
        return None
    index, m = found
    return NAMES[index], m
