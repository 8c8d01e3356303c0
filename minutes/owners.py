"""Who must act on a resolution, as the minutes word it."""

from __future__ import annotations

import re

from minutes.action_words import named_task
from minutes.actors import ACTOR_TO, actor_to, task_after_a_dash
from minutes.commitments import committed_who
from minutes.lead_in import TOLD_FIRST
from minutes.owner_tags import owner_tag, trailing_owner

_ROLE = (
    r"(?:officers?|director|head|manager|chief|executive|lead\s+member|cabinet\s+member|portfolio\s+holder|"
    r"member\s+for|council\b|cabinet\b|chair(?:man|person)?|vice[- ]chair|clerk|secretary|mayor|leader|team|"
    r"services|department|service|commissioner|lead\b|adviser|advisor|solicitor|treasurer|coordinator|co-ordinator|"
    r"analyst|councillor|cllr|group|partnership|board|icb|nhs|trust|directorate|authority|governance|members|unit|"
    r"convener|governors|administrator|attorney|engineer|superintendent|staff\b|pcso|constable|sergeant|warden)"
)
_ACT_VERB = (
    r"(?:be\s+in\s+(?:contact|touch)|manage|manages|provide|provides|circulate|circulates|share|shares|bring|brings|report|reports|write|writes|arrange|arranges|"
    r"investigate|investigates|explore|explores|prepare|prepares|produce|produces|send|sends|contact|contacts|liaise|"
    r"liaises|review|reviews|consider|considers|undertake|undertakes|update|updates|seek|seeks|ensure|ensures|take|"
    r"takes|look|looks|draft|drafts|submit|submits|invite|invites|feed|feeds|confirm|confirms|respond|responds|"
    r"include|includes|add|adds|develop|develops|publish|publishes|write|raise|raises|email|emails|forward|forwards|"
    r"obtain|obtains|present|presents|organise|organises|progress|progresses|agrees?(?!\s+to\s+(?:the|a|an|this|that|these|its|their)\s)|discuss|discusses|monitor|"
    r"negotiate|negotiates|place|places|notify|notifies|publicise|publicises|conclude|concludes|make|makes|"
    r"monitors|work|works|issue|issues|return|returns|come|comes|follow|follows|give|gives|check|checks|clarify|clarifies|"
    r"suggest|suggests|ask|asks|consult|consults|speak|speaks|recommend|recommends|hold|holds|enter|enters|inform|"
    r"informs|advise|advises|pursue|pursues|chase|chases|approach|approaches|visit|visits|engage|engages|attend|attends|"
    r"proceed|proceeds|order|orders|purchase|purchases|buy|buys|install|installs|replace|replaces)"
)
_DEPARTMENT = r"\s+[-–—]\s+(?-i:[A-Z])[\w'’&]*(?:\s+(?:(?:and|&|of|for)\s+)?(?-i:[A-Z])[\w'’&]*){0,5}"
"""A Scottish council's officer named with the service after a dash: "the Chief Officer – Corporate
Landlord", "Chief Officer - Early Intervention and Community Empowerment"."""
_SUBJECT_ACTOR = re.compile(
    rf"^(?:that\s+)?(?!(?:because|since|although|though|while|whilst|when|if|unless|after|before|appoint|recruit|employ|engage|thank|congratulate)\b)"
    rf"(?P<who>(?:the\s+)?[\w'’&,()\- ]{{0,80}}?\b{_ROLE}(?:\s+–\s+(?-i:[A-Z])\w+(?:\s+(?:and|&)\s+\w+)?)?(?:(?!\s(?:approves|notes|agrees|endorses|accepts|resolves|decides|supports|welcomes|receives?)\b)[\w'’&,()\- ]){{0,60}}?)\s+"
    rf"(?:(?:(?:be|was|were)\s+(?:therefore\s+|also\s+)?(?:asked|requested|required|instructed|directed|authorised|recommended|invited|delegated|encouraged|urged|supported)\b|(?:asked|requested|instructed|tasked)(?=\s+to\s))"
    r"(?!\s+to\s+(?:note|receive|accept|agree|approve|endorse|support|welcome)\b)|"
    rf"(?:(?:to\s+|will\s+|would\s+|should\s+|shall\s+|must\s+|agreed\s+to\s+|undertook\s+to\s+)(?:also\s+|then\s+|now\s+|continue\s+to\s+)?)?(?-i:{_ACT_VERB})\b)",
    re.I,
)
_BY_ACTOR = re.compile(
    r"(?<!\bquery\s)(?<!\bquestion\s)(?<!\brequest\s)(?<!\bcomment\s)(?<!\bsuggestion\s)(?<!\bproposal\s)"
    r"(?<!\bwas\ssigned\s)(?<!\bwere\ssigned\s)(?<!\bduly\ssigned\s)(?<!\bbeen\ssigned\s)"
    rf"\bby\s+(?![a-z]+ing\b)(?!(?:the\s+)?(?:next|end|time|date|close|deadline|start|following)\b)(?P<who>(?:the\s+)?[\w'’&\- ]{{0,60}}?\b{_ROLE}[\w'’&\-]*(?:\s+(?-i:Officer|Executive))?(?:\s+(?:of|for|and)\s+(?:the\s+)?(?-i:[A-Z])[\w'’&\-]*"
    r"(?:\s+(?:(?:and|&|of|the)\s+)?(?-i:[A-Z])[\w'’&\-]*){0,6}"
    rf"|{_DEPARTMENT})?)",
    re.I,
)
_DONE_BY_PERSON = re.compile(
    r"\bto\s+be\s+(?-i:[a-z]+)(?:ed|en)\s+(?:[^.;]{0,40}?\s)?by\s+"
    r"(?P<who>(?:mrs?|ms|miss|dr|cllr|councillor)\.?\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)",
    re.I,
)
""""Basket swing screws ... to be tightened by Mr Savage": a person named after the work does it."""
_ASK_ACTOR = re.compile(
    rf"\b(?:asks?|asked|requests?|requested|instructs?|instructed|directs?|directed|invites?|invited|recommends?|recommended|allow|allows|enable|enables|tasked|"
    rf"delegates?\s+(?:authority\s+)?to)\s+(?:that\s+)?(?!for\b|about\b|after\b)"
    rf"(?P<who>(?:the\s+)?[\w'’&\- ]{{0,60}}?\b{_ROLE}[\w'’&\-]*(?:\s+(?:of|for)\s+(?:this\s+|the\s+)?(?-i:[A-Z])[\w'’&\- ]{{0,50}}?|{_DEPARTMENT})?(?:\s*\([^)]{{1,40}}\))?)"
    rf"\s+(?:(?:to\s+|be\s+|should\s+|shall\s+)?(?:(?-i:{_ACT_VERB})|asked|requested)|to\s+(?!(?:be|a|an|the|its|their|this|that|our|his|her)\b)[a-z]+)\b",
    re.I,
)
_HAVE_PERSON = re.compile(
    r"\bto\s+have\s+(?P<who>(?:mrs?|ms|miss|dr|cllr|councillor)\.?\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|(?-i:[A-Z]{2,4})|the\s+(?:clerk|treasurer|secretary))\s+"
    r"(?:order|buy|purchase|contact|write|arrange|prepare|send|obtain|get|draft|book|inspect|repair|replace|install)\b",
    re.I,
)
""""It was the Commission's decision to have Mrs. Roberts order eight chairs": Mrs. Roberts acts."""
_DELEGATED_TO = re.compile(
    rf"\b(?:delegated|recommended)\s+to\s+(?P<who>(?:the\s+)?(?:[\w'’&\-]+\s+){{0,5}}?{_ROLE}[\w'’&\-]*"
    rf"(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w'’&\-]*(?:\s+(?:(?-i:[A-Z])[\w'’&\-]*|and|of))*)?(?:\s*\([^)]{{1,40}}\))?)"
    r"(?=\s*(?:,|\s(?:to|in|for|that|(?:delegated\s+)?(?:authority|powers?))\b|$))",
    re.I,
)
_AUTHORISED = re.compile(
    rf"\bauthori[sz]e[sd]?\s+(?P<who>(?:the\s+)?[\w'’&\- ]{{0,60}}?\b{_ROLE}[\w'’&\-]*"
    rf"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’&\-]*(?:\s+(?-i:[A-Z])[\w'’&\-]*)*)?)\s+to\s+\w+",
    re.I,
)
""""Council authorised the Deputy Chief Executive to finalise ...": the one authorised acts."""
_BE_AUTHORISED = re.compile(
    rf"(?:^|\band\s+that\s+|^that\s+)(?P<who>(?:the\s+)?[\w'’&\- ]{{0,60}}?\b{_ROLE}[\w'’&\-]*"
    rf"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’&\-]*(?:\s+(?-i:[A-Z])[\w'’&\-]*)*)?)"
    rf"(?:,\s+in\s+consultation\s+with\s+[^,]{{3,120}},)?\s+be\s+authori[sz]ed\s+to\b",
    re.I,
)
_OWNER_TAIL = re.compile(
    r"\s+(?:for\s+inclusion\b|in\s+order\s+to\b|with\s+a\s+view\s+to\b|so\s+that\b|"
    r"by\s+(?:the\s+end\s+of\s+|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|the\s+next\b)).*$",
    re.I,
)
"""What runs on past the actor: "officers for inclusion in part 6 of ...", "the Clerk by 1 May"."""
_AND_THAT = re.compile(
    rf"\b(?:and|also)\s+that\s+(?P<who>(?:the\s+)?[\w'’&\- ]{{0,60}}?\b{_ROLE}[\w'’&\-]*(?:\s*\([^)]{{1,40}}\))?|(?-i:[A-Z]{{2,4}}))\s+"
    rf"(?:to\s+|will\s+|would\s+|should\s+|shall\s+)?(?-i:{_ACT_VERB})\b",
    re.I,
)
_AND_ASKED = re.compile(
    rf"\band\s+(?:that\s+)?(?P<who>(?:the\s+)?(?:[\w'’&-]+\s+){{0,5}}?{_ROLE}[\w'’&\-]*)\s+be\s+"
    r"(?:asked|requested|instructed|directed|delegated|required|authori[sz]ed)\s+to\b",
    re.I,
)
""""That the update be noted and the Town Clerk be delegated to ...": the second clause names who acts."""
_REPORT_FROM = re.compile(
    r"\b(?:receive|have|consider|be\s+given|request)\s+(?:an?\s+|the\s+)?(?:further\s+|detailed\s+|progress\s+|update\s+)?"
    r"(?:report|update|briefing|presentation)\s+from\s+"
    rf"(?P<who>(?:the\s+)?(?:[\w'’&-]+\s+){{0,4}}?{_ROLE}[\w'’&\-]*(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){{0,4}})?)",
    re.I,
)
""""To receive a further report from the Director of Corporate Estates": the Director reports."""
_FROM_ACTOR = re.compile(
    rf"\b(?:comments?|views?|suggestions?|feedback|information|details|questions?)\s+from\s+"
    rf"(?P<who>(?:the\s+)?(?:[\w'’&-]+\s+){{0,4}}?{_ROLE}[\w'’&\-]*)\s+be\s+"
    r"(?:forwarded|sent|submitted|passed|provided|e-?mailed|given)\b",
    re.I,
)
""""that any further comments from Members be forwarded to the Service Lead": the members send them."""


def role_action(sentence: str) -> re.Match[str] | None:
    """The '<actor> to <verb>' clause of a sentence, if it has one (minutes/actors.py)."""
    return actor_to(sentence)


_OFFICERS_ACT = re.compile(
    rf"(?:\band|,)\s+(?:[^,;]{{1,30}},\s+)?(?P<who>(?:the\s+)?(?:relevant\s+)?officers)\s+(?-i:{_ACT_VERB})\b",
    re.I,
)
""""That no visits take place until ... and, where appropriate, officers circulate information"."""
_PERSON_UNDERTAKES = re.compile(
    r"^(?!(?:all|everyone|everybody|both|each|some|it|this|they|we|members|officers|trusts|partners)\b)"
    r"(?P<who>(?-i:[A-Z]{2,4})|(?:(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+"
    r"(?:has\s+)?(?:agreed|undertook|volunteered|offered|promised)\s+to\b",
    re.I,
)
""""Dana Lee agreed to pass the complaint on": a named person's undertaking names its owner."""
_NOT_ACTOR = re.compile(
    r"^(?:to|authority)\b|\b(?:that|be|is|are|was|were|instruct\w*|direct(?:s|ed)|ask(?:s|ed)?|request\w*|agreed|noted?|resolved|decided|invited|recommended|moved|seconded"
    r"|delegated|approved|ratified|endorsed|unanimously|offered|volunteered|undertook|deferred|postponed|until)\b",
    re.I,
)
_SELF = re.compile(
    r"^(?:all\s+)?(?:the\s+)?(?:(?:scrutiny|overview|select|audit|standards|planning|licensing)\s+)?(?:committee|commission|panel|sub-committee|meeting|councillors|all\s+members)(?:'s)?$"
    r"|^(?!(?-i:[A-Z]{2,3})$)(?:cllrs?|councillor|mrs?|ms|dr)\.?$",
    re.I,
)
_THING = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:report|update|matter|information|details?|item|items|minutes?|data|comments?|recommendations?)\b",
    re.I,
)


_SUBORDINATE = re.compile(
    r"^(?:since|as|because|although|though|while|whilst|given\s+that|once|if|when|until)\s.{0,120}?\s"
    r"(?=(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*$)",
    re.I,
)
""""It was agreed that since the mower had broken the Clerk would ...": the actor follows the clause."""


_DECIDED_TO = re.compile(r"\b(?:agreed|decided|resolved)\s+to\b", re.I)
"""An actor read across the body's own decision ("The Committee agreed to write to the Minister, and
Chief Whip to ...", or its clause "to write to ...") is no actor: the body that agreed acts."""


_AS_NEEDED = re.compile(r",\s+(?:as|where|if)\s+(?:appropriate|necessary|required),?", re.I)
_IT_WAS_AGREED = re.compile(
    r"^(?:[^,]{0,40},\s+)?it\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided)\s+that\s+", re.I
)


def _tidy(who: str) -> str | None:
    if _DECIDED_TO.search(who) or who[:3].lower() == "to ":
        return None
    who = re.sub(r"^(?:that|and|also)\s+", "", _IT_WAS_AGREED.sub("", who.strip(" ,;:")), flags=re.I).strip()
    if who[:2].lower() in ("si", "as", "be", "al", "th", "wh", "gi", "on", "if", "un"):
        who = _SUBORDINATE.sub("", who)
    who = _OWNER_TAIL.sub("", _AS_NEEDED.sub("", who)).strip(" ,;:")
    who = re.sub(r"\s+(?:be|to|will|would|should)$", "", who, flags=re.I)
    if len(who.split()) > 8 and ", " in who:
        who = who.rsplit(", ", 1)[1]
    if not who or len(who.split()) > 14 or _SELF.match(who) or _THING.match(who) or _NOT_ACTOR.search(who):
        return None
    if re.search(r"\b(?:the|a|an|its|their|this|these|his|her|our|and|or)$", who, re.I):
        return None
    if re.search(r"\b(?:committee|commission|panel)\b", who, re.I) and not re.search(
        r"\b(?:officer|director|head|manager|chair|clerk|member\s+for|members?\s+of|lead)\b|\bmembers$",
        who,
        re.I,
    ):
        return None
    return who


_NOT_AN_ACT = (
    r"(?:be|not|have|need|remain|note|receive|consider|accept|approve|endorse|support|agree|defer|continue|"
    r"keep|meet|adopt|await|look\s+forward|welcome|wish|like|expect|want|hope)\b"
)
_COMMITTED = re.compile(
    rf"^(?:that\s+)?(?!(?:because|since|although|though|while|whilst|when|if|unless|after|before|appoint|recruit|employ|engage|thank|congratulate)\b)"
    rf"(?P<who>(?:the\s+)?[\w'’&,()\- ]{{0,80}}?\b{_ROLE}(?:\s+–\s+(?-i:[A-Z])\w+(?:\s+(?:and|&)\s+\w+)?)?(?:(?!\s(?:approves|notes|agrees|endorses|accepts|resolves|decides|supports|welcomes|receives?)\b)[\w'’&,()\- ]){{0,60}}?)\s+"
    rf"(?:shall|will|must|is\s+to|are\s+to)\s+(?:also\s+|then\s+|now\s+)?(?!{_NOT_AN_ACT})[a-z]+\b",
    re.I,
)
"""A point that commits a named officer to act: "the Head of Planning is to write to the applicant"."""
_BODY_ACTS = re.compile(
    r"^(?:that\s+)?(?P<who>(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
    r"(?:committee|commission|panel|board|sub-committee|working\s+group|council))\s+"
    r"(?:(?:would|will|shall)\s+|(?:also\s+|then\s+|further\s+)?(?:agreed|decided|resolved)\s+(?:that\s+it\s+would\s+|to\s+))"
    rf"(?!{_NOT_AN_ACT})[a-z]+\b",
    re.I,
)
"""The meeting body as the actor of a later act: "that the Committee would issue a letter of
support", "The Panel decided to issue an annual report". Only asked once a point is known to be
actionable, and after every other actor, so "the Committee asks officers to ..." names officers."""

_AUTHORISE_IMPERATIVE = re.compile(
    rf"^(?:that\s+)?(?:to\s+)?(?:authori[sz]es?|delegates?\s+(?:its\s+)?(?:authority|powers?)\s+to)\s+"
    rf"(?P<who>(?:the\s+)?[\w'’&\- ]{{0,60}}?\b{_ROLE}[\w'’&\-]*"
    rf"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’&\-]*(?:\s+(?-i:[A-Z])[\w'’&\-]*)*)?)"
    rf"(?:,\s+in\s+consultation\s+with\s+[^,]{{3,120}},)?\s+to\s+\w+",
    re.I,
)
""""Authorise the Monitoring Officer to ...", "Delegate authority to the Director to ...": an imperative."""


_POINT_LABEL = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s*(?!(?-i:[A-Z])(?:\.|\s+to\s))", re.I)
"""A point's label ("2.", "(b)", "(iv)"), not the initial of who acts ("J.B to take a photo", "R.T to
raise this") nor a title ("Cllr. Body to investigate ...")."""


def _acting_part(text: str) -> str:
    """The point without its label, lead-in, who voted, or "for" before who acts: where the actor is named."""
    body = TOLD_FIRST.sub("", _POINT_LABEL.sub("", text.strip(), count=1), count=1)
    if body[:4].lower() == "for ":
        body = _FOR_WHOM.sub("", body, count=1)
    if "voted" in body:
        body = _VOTED_TO.sub("", body, count=1)
    return body


def committed_actor(text: str) -> str | None:
    """Who a "shall / will / is to" point commits to act, when it names an officer or role."""
    body = _acting_part(text)
    m = _COMMITTED.match(body)
    return _tidy(m.group("who")) if m else None


_VOTED_BY = re.compile(
    r",?\s*\b(?:proposed|moved|seconded|nominated|(?:made|motion|second)(?=\s+by\b))(?:\s+by)?\s+"
    r"(?:(?:cllr\.?|councillor|council(?:man|woman|member|\s+member)|commissioner|supervisor|trustee|alderman|mrs?\.?|ms\.?|dr\.?"
    r"|(?:vice[- ]|deputy\s+)?mayor|board\s+member|director)\s+)?"
    r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}|(?<=^it\swas\s)(?:proposed|moved)(?:,?\s+seconded)?,?\s+and\s+",
    re.I,
)
"""Who moved or seconded a motion voted for it; they are not named to act."""


def dashed_task(text: str) -> str | None:
    """Who a notes-style task after a dash names, at the end of a line or a sentence: "Millennium
    Wood is in a poor state – TD & AV to inspect", "pothole on mill lane - Clerk to report it"."""
    found = task_after_a_dash(text)
    return _tidy(found.group("who")) if found is not None else None


_CONSULTED = re.compile(
    r",\s*(?:in\s+consultation|after\s+consulting|having\s+consulted)\s+(?:with\s+)?[^,;]{3,120},", re.I
)
"""Whom the actor consults ("the Director, in consultation with the Leader, be asked to"): not an actor."""


_VOTED_TO = re.compile(
    r"^(?:[\w'’,-]+\s+){0,8}?voted\s+(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+|unanimously\s+)?(?=to\s)", re.I
)
"""Who voted is not who acts: "The Council voted 7-0 to authorize the Town Manager to ..."."""
_TOOK_IT_ON = re.compile(
    r"(?:,\s*|\s)and\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+"
    r"(?:volunteered|offered|agreed|undertook)\s+to\s+(?:do\s+(?:this|so|that|it)|action\s+(?:this|it)"
    r"|take\s+(?:this|it)\s+(?:on|forward))\b",
    re.I,
)
""""It was agreed that a transcript be sent, and Nancy volunteered to do this": who took the task on."""


_FOR_WHOM = re.compile(r"^for\s+(?=(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){1,6}?to\s+(?-i:[a-z]))", re.I)
"""What follows "it was agreed for": "the Clerk to write to the landowner"."""


def find_owner(text: str) -> str | None:
    """The person or body the resolution names to act, as written; None when not stated."""
    body = _acting_part(text)
    if "consult" in body:
        body = _CONSULTED.sub("", body)
    tagged_to = owner_tag(body)
    if tagged_to is not None:
        return tagged_to
    tagged = trailing_owner(body)
    if tagged is not None:
        return tagged
    took_on = _TOOK_IT_ON.search(body) if "to " in body else None
    if took_on is not None:
        return took_on.group("who")
    entry = ACTOR_TO.match(body)
    if entry is not None:
        who = _tidy(entry.group("who"))
        if who:
            return who
    task_of = dashed_task(body) or named_task(body)
    if task_of is not None:
        return task_of
    if "second" in body or "proposed" in body or "moved" in body.lower():
        body = _VOTED_BY.sub("", body).lstrip(" ,;:")
    for pattern in (
        _AUTHORISE_IMPERATIVE,
        _BE_AUTHORISED,
        _ASK_ACTOR,
        _SUBJECT_ACTOR,
        _HAVE_PERSON,
        _DELEGATED_TO,
        _AUTHORISED,
        _AND_THAT,
        _AND_ASKED,
        _BY_ACTOR,
        _DONE_BY_PERSON,
    ):
        m = pattern.search(body)
        if m:
            who = _tidy(m.group("who"))
            if who:
                return who
    who = committed_actor(body)
    if who:
        return who
    for pattern in (_FROM_ACTOR, _REPORT_FROM, ACTOR_TO, _OFFICERS_ACT, _PERSON_UNDERTAKES):
        m = pattern.search(body)
        if m:
            who = _tidy(m.group("who"))
            if who:
                return who
    who = committed_who(body)
    if who:
        return who
    acts = _BODY_ACTS.match(body)
    return acts.group("who").strip() if acts else None
