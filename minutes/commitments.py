"""Decisions that commit somebody to act later, in the grammar rather than in a verb list:
"that the Vice-Chair should write to the trust", "the Committee would reply to the residents",
"that the Clerk contact the landowner" (after "it was agreed"), "the item was deferred to the
next meeting". A commitment to a state ("should be the sole signatory", "would remain open") or
to what the meeting itself does ("would note", "should consider") is none."""

from __future__ import annotations

import re

_DECIDED = re.compile(
    r"^(?:that\s+)?(?:(?:after|following)\s+(?:[\w'’/-]+\s+){1,20}?,?\s*)?"
    r"(?:it\s+was|the\s+(?:[\w'’-]+\s+){0,5}?(?:committee|commission|panel|board|council|group|meeting|cabinet|forum)"
    r"|all|members|we)\s+(?:(?:also|further|then|unanimously|therefore)\s+){0,2}"
    r"(?:agreed|resolved|decided|(?:was|were)\s+(?:content|happy|satisfied))\s+(?:unanimously\s+)?(?:that\s+)?",
    re.I,
)
"""The words that tell a decision ("It was agreed that", "The Committee was content that")."""
_BECAUSE = re.compile(
    r"^(?:due\s+to|owing\s+to|because\s+of|in\s+view\s+of|given)\s+[^,;]{1,80}?(?:,\s*(?:that\s+)?|\s+that\s+|\s+(?=(?:the|we)\s))",
    re.I,
)
_STATE_VERBS = (
    r"(?:be|not|never|need|remain|continue|note|receive|consider|accept|approve|endorse|support|agree|benefit"
    r"|like|wish|welcome|hope|expect|want|look\s+forward|appear|seem|become|keep|stay|comply|mean|prefer|feel"
    r"|believe|reaffirm|pledge|recognise|recognize|thank|congratulate|express|record|commend|acknowledge|reiterate"
    r"|regret|share|understand|appreciate|confirm|adopt|ratify|delegate|authorise|authorize|resolve|decide"
    r"|determine|grant|refuse|reject|elect|appoint|exclude|fix|set(?!\s+up\b)|hold"
    r"|meet(?!s?\s+(?:with\b|the\s+(?-i:[A-Z])))|sit)(?:s|es|d|ed)?\b"
    r"|take\s+effect\b|come\s+into\s+(?:effect|force)\b|(?:it|there)\b"
    r"|(?:shall|should|would|will|must|can|could|may|might|does|did|do)\b"
    r"|(?:has|have)(?!\s+an?\s+(?:\w+\s+)?(?:meeting|discussion|conversation|word))\b|applies\b|apply(?!\s+for)\b"
)
_PARTICIPLES = (
    r"(?:[a-z]+ed|withdrawn|drawn|taken|given|written|sent|made|sought|done|put|set\s+up|paid|sold|bought"
    r"|brought|told|shown|rewritten|undertaken|arranged)\b"
)
_STATE_PARTICIPLES = (
    r"(?:noted|accepted|approved|received|agreed|adopted|endorsed|held|kept|retained|signed|allowed|permitted"
    r"|required|expected|needed|used|based|scanned|carried\s+out|delayed|closed|considered|welcomed|pleased"
    r"|concerned|informed|aware|satisfied|interested|involved|delighted)\b"
)
_NOUN_PHRASE = (
    r"(?:(?!(?:that|which|who|whether|if|as|when|where|not|is|are|was|were|believes?|feels?|considers?|thinks?"
    r"|recognises?|welcomes?|notes?|hopes?|expects?|understands?|accepts?|supports?|emphasises?|regrets?|said"
    r"|stated|felt|noted|considered|should|would|shall|will|must|can|could|may|might)\b)(?:[\w'’&,()/£$-]+|(?-i:[A-Z][a-z]{0,3})\.)\s+){1,14}?"
)
"""Who is committed: a short noun phrase, not a clause reporting a view ("the Commission believes
tenants should be told ..." records a view). A title or an initial keeps its stop ("Ms. S. Carr")."""
_MODAL_ACT = re.compile(
    rf"^(?:that\s+)?(?P<who>{_NOUN_PHRASE})(?:should|would|shall|will|must|is\s+to|are\s+to)\s+"
    r"(?:(?:also|then|now|again|jointly|always|still|first|each|both|all)\s+|\w+ly\s+)?"
    rf"(?:(?!{_STATE_VERBS})[a-z]+\b|be\s+(?!{_STATE_PARTICIPLES}){_PARTICIPLES})",
    re.I,
)
"""A commitment written with a modal: "the Committee would respond to the letter", "the
notice should be erected", "the agenda would include the item"."""
_ROLE_WORD = (
    r"(?:clerk|officers?|members|councillors|chair(?:man|person)?|secretary|treasurer|director|manager"
    r"|head|lead|team|contractor|council)"
)
_SUBJUNCTIVE_ACT = re.compile(
    rf"^(?P<who>we\s+|(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+|{_ROLE_WORD}\s+|(?:and|&)\s+"
    r"|(?:of|for|the)\s+(?=(?-i:[A-Z])|the\s+(?-i:[A-Z]))|\d{1,4}\s+(?=(?-i:[A-Z]))){1,9})"
    rf"(?!{_STATE_VERBS}|(?:is|are|was|were|has|had|of|for|in|on|at|to|with|by|from|as|or|and|the|between|under|within"
    r"|into|over|about|against|among|across|through|without|upon|via|per)\b|[a-z]+ed\s+by\b"
    r"|[a-z]+(?:tion|ment|ness|ity|ance|ence|ship|ing|ism|al)s?\b)"
    r"(?-i:[a-z]{3,})\b(?!\s+(?:be|is|are|was|were|should|would|will|shall|must|of|and)\b|\s*/|[^.;,:]{0,40}?(?<!\bto)\sbe\s)(?=\s+\S)",
    re.I,
)
"""After "it was agreed that", a named actor and a bare verb: "the Clerk contact the owner", "the
Chairperson and Deputy Chairperson attend the event", "we ask our contractor", "the Head of Finance
and the Section 151 Officer review the reserves", "the Cabinet Member for Housing respond". A noun after the
name ("the Council Tax increase be approved") is told by what follows it, and a verb with nothing after
it may be a word cut short by the excerpt ("That the Board acknowle"); a word before a slash is the
other language's ("That the Local Board whakaae / accept the apology"), and the English verb says."""
_DEFERRED = re.compile(
    r"\b(?:defer(?:s|red)?|postpone[sd]?|continued|continue(?!\s+(?:to\s|\w+ing\b))|adjourned|carried\s+(?:forward|over)|held\s+over|delay(?:s|ed)?"
    r"|tabl(?:e|es|ed)(?=\s[^.;]{0,80}?\b(?:until|till)\s|\s[^.;]{0,80}?\bto\s+(?:the\s+|a\s+)?(?:next|future|later|following)\b))\b"
    r"[^.;]{0,120}?\b(?:(?:to|until|till)\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:next|future|later|subsequent|following|(?-i:[A-Z])|\d|meeting\s+(?:of|on)\s+(?:(?-i:[A-Z])|\d)"
    r"|(?<=\b(?:the|its)\s)(?:(?!(?:in|of|the|this)\b)[\w'’-]+\s+){1,3}?meeting\b"
    r"|(?:results?|outcome|findings|completion|receipt|conclusion)\s+of)"
    r"|(?:until|till|when|once)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){1,5}?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:complete[d]?|received|available|known|finalised|finali[sz]ed|published|agreed)\b"
    r"|pending\s+(?:the\s+)?(?:results?|outcome|findings|completion|receipt|conclusion)\s+of)"
    r"|\b(?:discussion|matter|item|consideration)\s+(?:to|would|should|will)\s+continue\s+(?:after|once|when)\s+the\s+"
    r"(?:results?|outcome|findings|completion|receipt)\b",
    re.I,
)
"""An item deferred to a later meeting comes back: "deferred to the next meeting", "This item was
continued to the next meeting of the Group", "to defer this item until 9 January", "to defer a
decision about the fence until the result of the questionnaire was known"."""


def decided_clause(text: str) -> tuple[str, bool]:
    """The clause a decision records, and whether decision words were cut off it."""
    m = _DECIDED.match(text)
    if m is None:
        return text, False
    rest = text[m.end() :]
    because = _BECAUSE.match(rest)
    return (rest[because.end() :] if because else rest), True


_RESOLVED_THAT = re.compile(r"^that\s+", re.I)
_STANDING_PRACTICE = re.compile(
    r"\b(?:every|always|routinely|in\s+future|from\s+now\s+on|when\s+able|as\s+long\s+as"
    r"|if\s+(?:asked|requested|required|needed|necessary|possible|appropriate))\b"
    r"|\bmeetings?\b[^.;]{0,60}?\b(?:would|will|should|shall|to)\s+(?:now\s+)?(?:commence|start|begin)\s+at\b",
    re.I,
)
"""An agreed way of working ("every scan would include the chest", "include the extra view
only if asked for", "future meetings of the Cabinet would commence at 2 pm"), not a task to be done
once."""


def _commitment(text: str) -> re.Match[str] | None:
    """A resolution clause ("That the Clerk contact ...") reads like a decided one."""
    clause, decided = decided_clause(text)
    if not decided and _RESOLVED_THAT.match(clause):
        clause, decided = clause[5:], True
        because = _BECAUSE.match(clause)
        if because:
            clause = clause[because.end() :]
    return _MODAL_ACT.match(clause) or (_SUBJUNCTIVE_ACT.match(clause) if decided else None)


def standing_practice(text: str) -> bool:
    return _STANDING_PRACTICE.search(text) is not None


def commits_someone(text: str) -> bool:
    if _STANDING_PRACTICE.search(text):
        return False
    return _commitment(text) is not None and _SUM_CHANGES.search(text) is None


_SUM_CHANGES = re.compile(
    r"\b(?:precept|payments?|fees?|charges?|rents?|budget|costs?|prices?|balance|income|grant|(?:pay\s+)?rates?|salary|wages?)\s+"
    r"(?:(?:would|will|should|shall|is\s+to|are\s+to)\s+(?:be\s+)?|be\s+)(?:raise[sd]?|rise|increased?|decreased?|reduced?|fall"
    r"|go\s+(?:up|down)|change|remain|stay|set)\b",
    re.I,
)
""""It was agreed the precept will raise from £12,825 to £16,025", "That the Clerk's pay rate be set at
SCP 27": a sum changing commits nobody
("the parking charge should be scrapped" still does)."""


def committed_who(text: str) -> str | None:
    """Who a commitment names ("the Committee" in "the Committee would respond to the letter")."""
    m = _commitment(text)
    if m is None or _PASSIVE_END.search(m.group(0)) is not None:
        return None
    who = _AGREED_FIRST.sub("", m.group("who").strip(" ,"))
    if len(who.split()) > 8 or not (who[:1].isupper() or who.lower().startswith(("the ", "all "))):
        return None
    if who.lower() in _PRONOUNS:
        return None
    return None if _THING_HEAD.search(who) else who


_AGREED_FIRST = re.compile(r"^(?:it\s+was\s+)?agreed\s+(?:that\s+)?", re.I)
_PRONOUNS = frozenset({"we", "they", "he", "she", "it", "i", "you"})
"""A terse "Agreed we will ask her to invoice us": the meeting agreed, and "we" names nobody to chase."""
_PASSIVE_END = re.compile(r"\bbe\s+\w+$", re.I)
"""In "the sign would be relocated" the sign is what is acted on, not who acts."""
_THING_HEAD = re.compile(
    r"\b(?:agenda|reports?|items?|meetings?|matters?|information|updates?|papers?|list|schedule|plan|documents?"
    r"|minutes|budget|policy|notices?|letters?|breakdown|details|responses?|figures|data|copies|quotes?"
    r"|precept|payments?|fees?|charges?|rents?|grants?)$",
    re.I,
)
"""A thing is committed to happen ("the January agenda would include ..."), but it is not who acts."""


_DEFERRAL = re.compile(
    r"\b(?:be|is|are|was|were|been)\s+(?:\w+ly\s+)?(?:deferred|postponed|adjourned|held\s+over)\b"
    r"|\b(?:deferment|deferral|postponement)\s+of\s+(?:the|this|that|an?|its)\b"
    r"|\bto\s+(?:defer|postpone)\s+(?:for\s+(?:one|two|three|four|six|a|\d{1,2})\s+(?:weeks?|months?|cycles?)\s+)?"
    r"(?:(?:the|this|that|a|its)\s+)?(?:decision|item|matter|consideration|discussion)\b"
    r"|^(?:[^.;:–—-]{2,80}?\s[-–—:]\s*)?(?-i:Deferred|DEFERRED|Postponed|POSTPONED)\s+(?:until|till)\s",
    re.I,
)
""""That the application be DEFERRED for the following reasons", "agree to the deferment of the
report", "agrees to defer for one month consideration of the minute": the item comes back to a
later meeting, whichever; and a notes line's outcome "Deferred until we have more directors present"."""
IN_MONTHS = (
    r"in\s+(?:(?:\w+|\d{1,2})\s+(?:months?|years?)['’]?(?:\s+time)?|(?:the\s+)?new\s+year|(?:the\s+)?(?:spring|summer|autumn)\b"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
"""A time to come, months away: "in six months", "in 12 months' time", "in the new year", "in March"."""
_TAKEN_UP_AT = re.compile(
    r"\b(?:to|be)\s+(?:further\s+)?(?:discuss(?:ed)?|consider(?:ed)?|debated?|revisit(?:ed)?|reconsider(?:ed)?)\s+"
    r"(?:[^.;]{0,60}?\s)?at\s+(?:the|an?)\s+(?:extraordinary|special|additional|reconvened|adjourned|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?)\s+meeting\b"
    r"|\b(?:to|be)\s+(?:revisit(?:ed)?|reconsider(?:ed)?|re-considered?|reviewed\s+again|looked\s+at\s+again)\s+"
    rf"(?:[^.;]{{0,60}}?\s)?{IN_MONTHS}",
    re.I,
)
""""It was RESOLVED to discuss this further at the extraordinary meeting", "the benches be discussed at
the June meeting", "the matter be revisited in six months": the matter is put to a later meeting,
as a deferral puts it."""
_NOT_DEFERRED = re.compile(
    r"\bnot\s+to\s+(?:defer|postpone)|\bnot\s+(?:be\s+)?(?:deferred|postponed)\b"
    r"|\b(?:deferred|postponed|held\s+over|adjourned)\s+(?:until|till|to)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m|p\.?m)\b"
    r"|later\s+(?:in|on)\s+(?:the|this)\s+(?:meeting|agenda|evening|day)|after\s+(?:the\s+)?(?:break|interval|lunch|recess))"
    r"|\b(?:until|till|to)\s+later\s+(?:in|on|during)\s+(?:the|this)\s+(?:meeting|agenda|evening|day)\b"
    r"|\b(?:until|till|to)\s+the\s+end\s+of\s+(?:the|this)\s+(?:meeting|agenda)\b"
    r"|\b(?:held\s+over|carried\s+(?:forward|over)|rolled\s+(?:over|forward))\s+(?:in)?to\s+(?:the\s+)?next\s+(?:financial\s+)?year\b",
    re.I,
)
"""Put off within the meeting itself ("deferred until 7.00pm for the ceremonial part of this meeting",
"until later in the meeting"), or money put off, not business ("the sum ... held over into the next
financial year"): nothing comes back at a later one."""


def deferred(text: str) -> bool:
    if _NOT_DEFERRED.search(text):
        return False
    return (
        _DEFERRED.search(text) is not None
        or _DEFERRAL.search(text) is not None
        or _TAKEN_UP_AT.search(text) is not None
    )


def deferred_to_a_meeting(text: str) -> bool:
    """A deferral that names no meeting: it is due at a future one."""
    return (
        _DEFERRAL.search(text) is not None
        and _DEFERRED.search(text) is None
        and not _NOT_DEFERRED.search(text)
    )


_COMMITS = re.compile(
    r"\b(?:agreed|decided|resolved)\s+(?:unanimously\s+)?to\s+(?!(?:note|accept|approve|receive|endorse|confirm|"
    r"co-opt|adopt|support|defer|pay|donate|reject|decline|refuse|grant|award|ratify|agree|exclude|move|proceed|elect|"
    r"appoint|discuss|consider|meet|take|hold|keep|leave|continue|re-?elect|allow|permit|suspend|cease|discontinue|stop"
    r"|contribute|fund|transfer\s+(?:the\s+sum\s+of\s+)?[£$€]|make\s+(?:the\s+|a\s+)?(?:final\s+|further\s+)?(?:payment|donation|contribution)"
    r"|assist\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?costs?|a|an|the|this|these|its|their)\b)"
    r"(?!(?:increase|raise|reduce|set|uplift)\s+(?:(?:the|a|its)\s+)?(?:\d{4}(?:/\d{2,4})?\s+)?(?:payments?|precept|fees?|charges?|grants?|rents?|budget"
    r"|donations?|salar(?:y|ies)|allowances?)\b)[a-z]+"
    r"|\b(?:agreed|decided|resolved)\s+for\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?to\s+(?!(?:be|note|attend|chair|stand|serve)\b)(?-i:[a-z]+)"
    r"|\b(?:would|should|will|shall|must)\s+(?:now\s+|then\s+)?be\s+(?!(?:noted|accepted|approved|received|agreed|"
    r"adopted|endorsed|deferred|held|kept|retained|signed)\b)[a-z]+ed\b",
    re.I,
)
"""A decision that commits somebody to act later: "agreed to plant two trees", "it was agreed
that these entries should be changed", "RESOLVED for Terry to carry out the usual maintenance days" (not "resolved to co-opt Mr Barber", done at the meeting, nor
"agreed to suspend all new projects", a decision not to act)."""


def commits(text: str) -> bool:
    return _COMMITS.search(text) is not None
