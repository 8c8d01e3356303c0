"""Is a resolution actionable? (Whether it feeds the work programme is minutes/work_programme.py.)

The labelling rule (shared/eval/README.md): actionable when somebody must do something after
the meeting (provide or circulate information, bring a report or update, write, arrange,
investigate, add a topic to the work programme, recommend that another body act). Noting a
report, confirming minutes, electing a chair and recording a view are not.
"""

from __future__ import annotations

import re

from minutes.action_words import ACTION_WORDS, PASSIVE_TASK, TASK_FIRST
from minutes.commitments import commits_someone, deferred
from minutes.delegations import delegates_only
from minutes.due import CONFIRMED_BY
from minutes.meeting_business import of_the_meeting_itself
from minutes.owners import committed_actor

_RECORD = re.compile(
    r"\b(?:be|were|was|are)\s+(?:confirmed|approved|agreed|signed|accepted|adopted)\b[^.]{0,40}?\b(?:as\s+)?(?:an?\s+|the\s+)?(?:correct|accurate|true|full)\s+record"
    r"|\b(?:confirm(?:ed)?|approved?|agreed?|sign(?:ed)?|adopt(?:ed)?)\s+(?:the\s+)?minutes\b"
    r"|\bsign(?:ed)?(?:\s*,|\s+(?:these|them|this|it|those))?\s+as\s+(?:an?\s+|the\s+)?(?:correct|accurate|true)\s+record\b"
    r"|\b(?:was|were|is|are|be)\s+(?:an?|the)\s+(?:true|correct|accurate|fair)(?:\s+and\s+(?:true|correct|accurate|complete|fair))?\s+record\b"
    r"|\bminutes\b[^.]{0,160}\b(?:be|were)\s+(?:confirmed|approved|agreed|signed|adopted|accepted)\b"
    r"|\bminutes\b[^.]{0,160}\bwere\s+(?:proposed|moved)\b[^.]{0,100}\b(?:agreed|approved|signed|accepted)\b"
    r"|\bnotes\b[^.]{0,80}\b(?:be|were)\s+(?:approved|adopted|agreed|accepted)\s+(?:[^.]{0,40}?\s)?as\s+(?:the\s+)?(?:[\w]+\s+){0,3}minutes\b"
    r"|\bminutes\b[^.]{0,200}\b(?:be|were|are)\s+(?:taken\s+as\s+read|correctly\s+recorded|(?:a\s+)?(?:true\s+and\s+)?(?:correct|accurate)\s*\.?$)"
    r"|\b(?:be|is|was|were)\s+(?:duly\s+)?(?:re-?)?elected\b|\belected\s+as\s+(?:the\s+)?(?:chair|vice|deputy|president|secretary|treasurer)"
    r"|\b(?:be|is|was)\s+(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:chair|vice|deputy)"
    r"|\bthe\s+public\s+(?:and\s+press\s+)?be\s+excluded\b|\bbe\s+excluded\s+from\s+the\s+meeting\b"
    r"|\b(?:enter|go|move|recess|adjourn)(?:s|ed)?\s+(?:(?:in|into|to)\s+)?(?:an?\s+)?(?:executive|closed|private)\s+session\b"
    r"|^(?:that\s+)?(?:the\s+)?(?:[\w,-]+\s+){0,8}?meeting\b[^.;]{0,60}?\b(?:be|was|is)\s+called\s+to\s+order"
    r"(?:\s+(?:at|by)\s+[\w:.\s]{1,30}?)?\s*\.?$",
    re.I,
)
_ACTOR_REPORTS = re.compile(
    r"\b(?:[A-Z][\w'’()]*|officers?)\s+(?:to\s+|will\s+|should\s+|shall\s+)?report\s+(?:on|the|back|to)\b"
)
"""A named actor who is to report ("the Director of Children's Services report on the take-up"); the
lower-case verb keeps "the Cabinet Report on Libraries" out."""


_PROGRAMME_AGREED = re.compile(
    r"\b(?:work\s+programme|forward\s+plan)\b[^.;]{0,80}?(?<!\bto\s)\b(?:be|is|was|were)\s+(?:agreed|approved|noted|endorsed|adopted|received)\b"
    r"|\b(?:agree[sd]?|approve[sd]?|note[sd]?|endorse[sd]?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+\s+){0,2}(?:work\s+programme|forward\s+plan)\b"
    r"|^(?:that\s+)?(?:agree[sd]?|approve[sd]?|note[sd]?|endorse[sd]?)\s+the\s+(?:[\w'’]+\s+){1,3}of\s+(?:all\s+)?(?:[\w'’]+\s+){0,2}"
    r"(?:within|in|on)\s+the\s+(?:work\s+programme|forward\s+plan)\b",
    re.I,
)
_PROGRAMME_CHANGED = re.compile(
    r"\b(?:subject\s+to(?!\s+(?:change|revision)\b)|addition|add|adding|added|amend\w*|include\w*|updated?|remov\w*"
    r"|with\s+the\s+following)\b",
    re.I,
)


_NOTED_THAT = re.compile(
    r"^(?:that\s+)?(?:the\s+(?:[\w'’-]+\s+){0,4}?(?:committee|commission|panel|board|cabinet|council|group|then)\s+)?"
    r"(?:then\s+|also\s+|further\s+)?not(?:ed|es|e)\s+that\b(?![^.;]{0,200}\band\s+(?:that\s+|to\s+)?"
    r"(?:request|ask|instruct|agree|refer|recommend)\w*)",
    re.I,
)
"""Noting a fact ("Noted that since the referral three responses had been provided") asks nobody to
act, whatever the fact says was done."""
_NOTED_STEP = re.compile(
    r"\b(?:would|will|should|shall|(?:is|are)\s+to)\s+(?:now\s+|then\s+|also\s+)?be\s+(?:made|issued|shared|presented|circulated|considered|brought"
    r"|reported|provided|sent|arranged|submitted|reviewed|published|updated)\b"
    r"|\bthat\s+(?:the\s+)?(?:relevant\s+)?(?:officers?|clerk|director|chair(?:man)?|manager|secretary)\s+(?:would|will|(?:is|are)\s+to)\s+"
    r"(?:now\s+|then\s+|also\s+)?(?!be\b|not\b|have\b|need\b|continue\b|remain\b)[a-z]+",
    re.I,
)
"""Noting a step still to come ("Noted that the draft assessment would be issued for consultation
on 19 December", "NOTED that arrangements would be made to hold a workshop", "to note ... that
officers would publicise the amended date", "to note that the project report would be reviewed at the
Culture Board"): someone is to take it."""


def notes_a_step(text: str) -> bool:
    return _NOTED_STEP.search(text) is not None


_NOT_TO_ACT = re.compile(
    r"\b(?:agreed|decided|resolved)\s+(?:that\s+(?:it|we|the\s+\w+)\s+(?:would|should)\s+)?(?:not\s+to|to\s+not)\b"
    r"|\b(?:agreed|decided|resolved|proposed)\s+(?:that\s+)?(?:it|we|the\s+\w+(?:\s+\w+)?|(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})"
    r"\s+(?:would|should|will|shall|(?:were|was|are|is)(?=\s+not\s+to\s))\s+not\s+(?!only\b)\w+"
    r"|\bto\s+(?:make|take|give|seek|raise|offer)\s+no\b(?!\s+objections?\s+to\b)|\bno\s+further\s+action\b"
    r"|\b(?:did|do|does)\s+not\s+(?:agree|approve|support|apply|proceed|accept)\b"
    r"|\b(?:would|will|should|shall|to)\s+no\s+longer\s+(?:pursue|proceed|continue|progress|take\s+forward)\b"
    r"|^(?:that\b)?(?:(?!\b(?:be|is|are|was|were|should|would|will|shall|must|if|which|who|when|unless|until|that)\b)[^;:])"
    r"{0,300}?\b(?:is|are|be)\s+not\s+(?:[\w-]+ed|sent|made|put|taken|given|held)\b"
    r"|^(?:that\s+|to\s+)?(?:\w+\s+){0,3}?not\s+to\s+(?!mention\b)\w+"
    r"|\bdecision\b[^.;]{0,200}?\bbe\s+(?:revoked|rescinded)\b(?!\s+and\b)",
    re.I,
)
"""An instruction not to act, or a refusal: "agreed to make no recommendations", "agreed to not continue", "it was
agreed Stoke Ferry would not be doing so", "proposed that Draft Minutes should not be released", "Resolved that
we do not apply", "The Group did not agree the request", "the council would no longer pursue this issue", "that the minutes are not submitted to
the Council", "moved not to defer"."""
_PROCURE = re.compile(
    r"\bcall\s+for\s+(?:an?\s+)?(?:rfps?|rfqs?|tenders?|bids?|proposals?|quotes?|quotations?)\b|\bgo\s+out\s+to\s+tender\b"
    r"|\binvite\s+(?:tenders|bids|quotes|quotations)\b",
    re.I,
)
_CONSULTEE_VIEW = re.compile(
    r"(?:\b(?:agreement|agreed|resolved|decided)\s+(?:unanimously\s+)?|^(?:that\s+)?)to\s+(?:(?:support|object\s+to|oppose)\s+"
    r"(?:this|the)\s+(?:following\s+)?(?:planning\s+)?applications?\b|(?:offer|raise|make)\s+no\s+objections?\s+to\b)"
    r"|[,–—-]\s*(?:the\s+)?application\s+(?:was\s+)?(?:supported|not\s+supported|opposed)\b",
    re.I,
)
"""A parish agreeing "to support this application" (or its "Resolved: to object to the application", "to
offer no objections to the numbered plan", "to support the following applications")
answers the planning authority, which someone
must send (the conventions' "recommend approval"); a committee that approves an application
decides it."""
_APPROVED_REQUEST = re.compile(
    r"\b(?:approved?|agreed?|grant(?:ed)?|support(?:ed)?|accept(?:ed)?|refused?|declined?|reject(?:ed)?)\s+(?:the\s+)?(?:(?!to\b)[\w’'-]+\s+){0,4}?"
    r"(?:requests?|applications?)\b(?:\s+(?:by|of|from)\s+[^.;]{1,80}?)?(?:\s+(?:to|for)\b[^.;]{0,300})?",
    re.I,
)
"""Granting somebody's request ("The Group approved the Committee's request to hold an away day")
leaves the acting to them."""
_SUBJECT_TO_MORE = re.compile(
    r"\bsubject\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:further\s+(?:clarification|information|consultation|work|details?|report)"
    r"|clarification|confirmation|receipt\s+of|(?:the\s+)?(?:committee|council|panel|board|officers?|team|group|applicant"
    r"|trust|school)\s+\w+ing)\b",
    re.I,
)
"""An approval that waits on a further step ("subject to further clarification as to the budget",
"subject to the Committee exploring other funding", a sub-committee's choice "to be confirmed by the
full committee"): someone must take it."""
_DECLINED = re.compile(r"\bbe\s+(?:declined|refused|rejected|not\s+supported)\b", re.I)
"""Turning a request down asks nobody to act: the word "request" in it is no follow-up."""
_PAYMENT_APPROVED = re.compile(
    r"\bpayments?\b[^.;]{0,80}\b(?:be|are)\s+(?:authori[sz]ed|approved|agreed)\b"
    r"|\b(?:be|are)\s+(?:authori[sz]ed|approved|agreed)\s+for\s+payment\b",
    re.I,
)


_FUNDS_MOVED = re.compile(
    r"\btransfer(?:red)?\s+(?:of\s+)?(?:the\s+sum\s+of\s+)?[£$€]\s?\d[\d,.]*\s*[km]?\s+from\s+(?:the\s+)?[^.;]{1,60}?\s+to\s+(?:the\s+)?"
    r"[^.;]{0,60}?\b(?:account|fund|reserves?)\b(?:\s+to\s+(?:fund|cover|pay\s+for|meet|bring)\b[^.;]*)?",
    re.I,
)
"""Money moved between the council's own accounts ("transfer £12000 from deposit account to charity
account to fund purchase of equipment", "transfer $32,500 from the general fund to the fire fund"):
a treasury step taken by approving it, as a payment is."""


_IT_BE_NOTED = re.compile(r"^\s*(?:that\s+)?it\s+be\s+noted\s+(?:that\s+)?", re.I)
_PLAN_NOUNS = re.compile(r"\b(?:work\s+programme|forward\s+(?:work\s+)?plan)\b", re.I)
"""'That it be noted the updated Forward Plan would be available from Friday': a fact recorded,
so naming the plan or the programme is no follow-up; only a real action verb after it is."""


_TOOK_PART = re.compile(
    r"^(?:that\s+)?(?:the\s+(?:[\w'’&-]+\s+){0,5}?(?:committee|commission|panel|board|cabinet|council|group|members"
    r"|forum|executive|sub-committee)\s+(?:also\s+|then\s+|formally\s+)?)?(?:considered|received|discussed|debated|welcomed|noted"
    r"|(?<=\s)(?:receives|notes|welcomes)(?:\s+and\s+(?:notes|receives|welcomes))?"
    r"(?!\s+(?:an?\s+)?(?:further|progress|regular|six-monthly|quarterly|annual)\s+(?:update|report|briefing)s?\b"
    r"|\s+an?\s+(?:update|report|briefing)\b[^.;]{0,80}?\b(?:next|future|following|in\s+\w+\s+months?|at\s+its\s+\w+\s+meeting)\b)"
    r"|(?<![\w\s])(?:to\s+)?note(?:\s+and\s+welcome)?"
    r"|had\s+before\s+(?:it|them),?\s+and\s+(?:noted|received),?)\s(?![^.;]{0,300}\b(?:and|but)\s+"
    r"(?:that\s+|to\s+)?(?:request|ask|instruct|agree|refer|recommend|decide|resolve|approve|authori[sz]e|delegate)\w*"
    r"|[^.;]{0,300}\band\s+(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,5}?be\s+(?:requested|asked|instructed|directed)\s+to\b)",
    re.I,
)
"""A point that tells what the body did at the meeting ("(b) considered the framework of items for
the development session to be arranged"): nobody is asked to act, whatever the object says; unless
it goes on to ask ("To note the report and Officers be requested to report back ..."), or what it
receives is still to come ("That the Board receives a further report in March")."""


_THEN_PUBLISHED = re.compile(
    r"\b(?:passed|sent|forwarded|released)\s+(?:for|to)\s+(?:publication|publishing|the\s+(?:web\s*site|website|newsletter))\b"
    r"|\b(?:be|is|are|to\s+be)\s+(?:published|posted|put)\s+(?:on|in)\s+the\b|\bplaced\s+in\s+the\s+public\s+domain\b"
    r"|\b(?:place|put|post|publish|upload|display)\s+(?:[\w'’-]+\s+){0,5}?(?:on|onto|to|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:web\s*site|noticeboards?|notice\s*boards?|newsletter)\b",
    re.I,
)
"""Minutes confirmed and then to be published ("Agreed to be an accurate record and passed for
publication on the surgery website"): the publishing is left to do."""


def then_published(text: str) -> bool:
    """Minutes confirmed with something left to do: publishing them. Confirmed "subject to the
    following amendments", they ask nothing more: the amendment is part of the decision (the
    conventions' label, and that of every council's minutes read so far)."""
    return _THEN_PUBLISHED.search(text) is not None


_NOTED_POINT = re.compile(
    r"\bbe\s+(?:received\s+and\s+)?noted\b|^(?:that\s+)?(?:to\s+)?(?:note|notes|noted|receive)\b", re.I
)


def recommended_action(text: str) -> bool:
    """A point a committee RECOMMENDED ("RECOMMENDED that the Cabinet approve the scheme") is for
    another body or an officer to act on, unless it only notes or confirms (some councils write
    RECOMMENDED for every decision: "RECOMMENDED - THAT the minutes be approved as a correct record")."""
    return not refuses(text) and _NOTED_POINT.search(text) is None


_ONLY_NOTED = re.compile(
    r"^(?:that\s+)?(?!it\b)[^;:]{3,400}?\bbe\s+(?:noted|received|supported|welcomed)"
    r"(?:\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:council|committee|board|panel|commission|cabinet|members))?"
    r"(?:\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:be\s+)?(?:noted|received|welcomed))?\s*[.;]?(?:\s*and)?$",
    re.I,
)
"""Noting to the end of the point; a second thing noted may leave out its "be" ("That the report be
received and the work programme progress noted;")."""
_BE_VERB = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bmay\s)\bbe\s+(\w+)", re.I)
"""The decision's own verbs: not those of a clause inside what is noted ("items to be considered in
private", "resources that will be funded from the contingency")."""


def only_noted(text: str) -> bool:
    """ "That the approach being taken to update the Health and Care Plan be noted.": what is noted
    may speak of updates and requests, but noting it asks nobody to act; unless another clause
    ("... be accepted and officers be asked to ...") does."""
    if _ONLY_NOTED.match(text) is None:
        return False
    return all(
        v.lower() in ("noted", "received", "accepted", "supported", "welcomed")
        for v in _BE_VERB.findall(text)
    )


_REPORT_ACCEPTED = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:report|accounts|statement|summary|budget|update)s?\s+(?:was|were)\s+"
    r"(?:presented|circulated|received|considered|tabled)\b[^.;]{0,80}?\band\s+(?:was\s+|were\s+)?(?:duly\s+)?"
    r"(?:approved|accepted|agreed|noted|adopted)\s*\.?$",
    re.I,
)
""""The Clerk's report was presented and approved.": a report taken, nothing to do (the Clerk named
in it owns no task)."""


_BUT_TO = re.compile(
    r"\bnot\s+to\s+[^;]{3,200}?\bbut\s+(?:rather\s+|instead\s+)?(?:for\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?to\s+(?:further\s+|instead\s+)?(?-i:[a-z])",
    re.I,
)
"""Not to do one thing but to do another ("RESOLVED not to pursue the first matter but for officers to
further pursue the second"): the second is still to do."""


def refuses(text: str) -> bool:
    """A record, a refusal, an instruction not to act, a delegation or a membership: never an action."""
    return (
        only_noted(text)
        or _REPORT_ACCEPTED.match(text) is not None
        or (_RECORD.search(text) is not None and _THEN_PUBLISHED.search(text) is None)
        or (_NOT_TO_ACT.search(text) is not None and _BUT_TO.search(text) is None)
        or (delegates_only(text) and _TO_ANOTHER_BODY.search(text) is None)
        or (
            (_NOTED_THAT.match(text) is not None or _TOOK_PART.match(text) is not None)
            and _NOTED_STEP.search(text) is None
        )
        or _APPLICATION_REFUSED.match(text) is not None
        or _RATIFIED.search(text) is not None
        or _RECEIVE_AND_FILE.match(text) is not None
        or of_the_meeting_itself(text)
    )


_TO_ANOTHER_BODY = re.compile(
    r"\brecommend(?:s|ed)?\s+(?:to\s+(?:the\s+)?|that\s+(?:the\s+)?)(?:(?i:full)\s+)?(?-i:Council|Cabinet|Executive|Assembly)\b",
    re.I,
)
"""A delegation the body recommends another to make ("agreed to recommend to full Council that ...
authority is delegated to the Assistant Director to ..."): that body has yet to decide it."""
_RECEIVE_AND_FILE = re.compile(r"^(?:that\s+)?(?:to\s+)?receive\s+and\s+file\b(?![^.;]*\band\s+direct)", re.I)
"""The Canadian "Receive and file finance department report F-34-18 ...": the report noted."""


_RATIFIED = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:ratif(?:y|ies|ied)|homologat(?:e|es|ed))\s+the\s+(?:decisions?|actions?)"
    r"\s+(?:taken|made|agreed)\b[^.;]*\.?$",
    re.I,
)
""""The Board HOMOLOGATED the decision taken by the Chair to approve the offer": a decision taken
already, confirmed; the "Chair to approve" inside it names no task."""


_APPLICATION_REFUSED = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:application|request|appeal|licence|proposal"
    r"|(?:planning\s+|listed\s+building\s+|advertisement\s+)?(?:permission|consent))s?\b[^.;]{0,60}?\bbe\s+"
    r"(?:refused|declined|rejected|dismissed)\b",
    re.I,
)
""""That the application be refused on the basis of the evidence provided at the hearing": the
decision is the refusal; "provided" there names no task."""


_AGENDA_SETTLED = re.compile(
    r"\bthe\s+agenda\s+(?:for\s+(?:this|the|tonight['’]s)\s+meeting\s+)?be\s+(?:amended|adopted|approved|accepted)\b",
    re.I,
)
"""The meeting's own agenda amended or adopted there and then ("That the agenda be amended by adding
the following items ... and adopted as so amended"): nothing is left to do."""


_PUT_OFF_OUTCOME = re.compile(
    r"(?:\s[-–—]|:-?)\s*(?:defer(?:red)?|postponed|held\s+over)\b[^.;:]{0,100}\.?$", re.I
)
"""A notes line's outcome that puts its topic off ("Play equipment: deferred.", "Clock battery:- Defer."):
it comes back to a later meeting."""


def is_actionable(text: str) -> bool:
    if refuses(text):
        return False
    if _PUT_OFF_OUTCOME.search(text) is not None:
        return True
    if _RECORD.search(text) is not None:
        return True  # a record refuses() let through is one still to publish
    if _PROCURE.search(text) or _CONSULTEE_VIEW.search(text):
        return True
    noted = _IT_BE_NOTED.match(text)
    if noted is not None:
        text = _PLAN_NOUNS.sub(" ", text[noted.end() :])
    if _SUBJECT_TO_MORE.search(text) or CONFIRMED_BY.search(text):
        return True
    if _APPROVED_REQUEST.search(text):
        text = _APPROVED_REQUEST.sub(" ", text)
    if _DECLINED.search(text):
        text = re.sub(r"\brequests?\b|\bapplications?\b", " ", text, flags=re.I)
    if _PAYMENT_APPROVED.search(text):
        text = _PAYMENT_APPROVED.sub(" ", text)
    if "transfer" in text:
        text = _FUNDS_MOVED.sub(" ", text)
    if "agenda" in text:
        text = _AGENDA_SETTLED.sub(" ", text)
    if _PROGRAMME_AGREED.search(text) and not _PROGRAMME_CHANGED.search(text):
        rest = re.sub(r"\bwork\s+programme\b|\bforward\s+plan\b", " ", text, flags=re.I)
        return ACTION_WORDS.search(rest) is not None or _ACTOR_REPORTS.search(rest) is not None
    return (
        ACTION_WORDS.search(text) is not None
        or TASK_FIRST.match(text) is not None
        or PASSIVE_TASK.match(text) is not None
        or _ACTOR_REPORTS.search(text) is not None
        or committed_actor(text) is not None
        or commits_someone(text)
        or deferred(text)
    )
