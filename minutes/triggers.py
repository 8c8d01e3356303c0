"""The words that open a decision: "RESOLVED that", "AGREED:", "Decision:", "The Committee
resolved to", "It was agreed that", and the same starting inside a paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.document_cache import per_document
from minutes.lead_in import MOTION_LEAD
from minutes.motion_stems import present_stem
from minutes.sentence_split import TITLES

_UPPER = "DELEGATED|RATIFIED|HOMOLOGATED|ENDORSED|ADOPTED|AUTHORI[SZ]ED|ACCEPTED|INSTRUCTED|SUPPORTED|DEFERRED|ORDERED"
"""Decision verbs in capitals at the start of a line under the body as header ("The Board:" over
"APPROVED the variation ...", "DELEGATED to the CFO ...", "RATIFIED the decision ...", the Scottish
"HOMOLOGATED the decision taken by the Chair ..."), and the North East's "ORDERED that the review be
continued by the Board."."""
_UPPER_WORDS = frozenset(_UPPER.replace("[SZ]", "S").split("|")) | {"AUTHORIZED"}
BODY = r"(?:committee|commission|panel|board|cabinet|sub-committee|council|executive|forum|group|meeting|members|scrutiny\s+\w+)"
_LABEL = (
    r"^(?P<label>(?:the\s+)?(?:(?:key|main|agreed)\s+)?decisions?(?:\s+(?:taken|made|agreed|reached))?"
    r"|decisions?\s*(?:/|and|&)\s*actions?|(?:(?:previous|outstanding|open|new)\s+)?actions?(?:\s+agreed|\s+items?|\s+required|\s+summary|\s+arising|\s+log|\s+tracker)?|agreed\s+actions?|outcomes?"
    r"|summary\s+of\s+(?:agreed\s+)?actions|(?:assigned|agreed|new|open|outstanding)\s+tasks|tasks\s+(?:assigned|agreed|allocated)"
    r"|resolutions?|actions?\s+points?|next\s+steps)\b(?:(?<=[nst])\s*(?:no\.?\s*)?#?\d{1,3}[a-z]?\b(?!\s*(?:%|am|pm|[/.]\d)))?\s*(?:\([^)]*\))?\s*(?P<sep>[:\-–—]|(?<=action)\.|(?<=action)\s+(?=(?-i:[A-Z]{2,4})(?:\s*[/&,]\s*(?-i:[A-Z]{2,4}))*\s+to\s)|$)\s*(?P<lrest>.*)$"
)
"""The labels over a decision or an action: "Decision:", "THE DECISION:", "Decisions taken:", "Key decisions", "Resolutions:",
"Outcome:", "Decisions and actions:", "Action:", "Actions required:", "Agreed actions:", "Action summary",
"Actions arising", "Action log", "Summary of actions" (the acts of an American body: decisions), "Next steps:",
"Assigned tasks", "Action point 3:" (numbered), and
an action given to initials without a colon ("Action PF to discuss the proposal with the trust")."""
TRIGGER = re.compile(
    r"^(?:(?:after|following|upon|on)\s+[^,.;:]{2,50},\s+)?(?:(?-i:UNANIMOUSLY)\s+)?(?:(?P<itwas>it\s+was\s+(?:further\s+|also\s+|then\s+|therefore\s+)?(?:unanimously\s+)?)"
    rf"|(?P<body>(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+|(?-i:and|&)\s+(?=(?-i:[A-Z]))){{0,4}}{BODY}(?:\s+\([^()]{{1,40}}\))?\s+(?:(?-i:is|are|has|have)\s+(?=(?-i:RESOLVED|AGREED|DECIDED)\b))?(?:then\s+|further\s+|also\s+|therefore\s+)?(?:unanimously\s+)?)"
    rf"|(?P<upper>(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?-i:and|&|of|for|the)\s+){{1,8}}(?=(?-i:RESOLVED|AGREED|DECIDED|NOTED|APPROVED|RECOMMENDED|{_UPPER})\b)))?"
    rf"(?P<kw>resolved|agreed|decided|(?-i:RECOMMENDED|NOTED|APPROVED|VOTED|{_UPPER})|(?-i:Recommended)(?=\s*[-–—:]\s*(?-i:That)\b))\b(?P<rest>.*)$"
    rf"|{_LABEL}",
    re.I,
)
"""Besides the keywords in capitals, "Recommended – That ..." is a decision in title case as some
councils print their minutes ("Resolved – That ..." beside it); a bare "Recommended" in a report is not."""
LABEL = re.compile(_LABEL, re.I)
_ACTION_LABEL = re.compile(r"(?:(?:previous|outstanding|open|new|agreed)\s+)?action|next\b")
"""A label alone ("Agreed actions:"), tried when the words also read as a keyword ("agreed")."""
REST_OK = re.compile(
    r"^\s*(?:[:\-–—.]|\(|that\b|to\b|not\s+to\b|,\s*(?:that|to)\b|,\s*(?:in\s+order\s+to|subject\s+to)\b[^.;:]{0,200}?,\s*(?:that|to)\b|unanimously\b|accordingly\b|as\s+follows\b|upon\b|on\b|$"
    r"|the\s+(?:[\w'’.-]+\s+){0,3}?(?:would|should|will|shall)\s"
    r"|in\s+terms\s+of\b|under\s+(?:section|the|paragraph|regulation)\b|in\s+accordance\s+with\b|without\s+(?:a\s+)?(?:vote|dissent|division)\b"
    r"|by\s+(?:\d+|a\s+majority|all(?:\s+members)?\s+(?:that|to)\b)|nem\.?\s*con)",
    re.I,
)
"""What may follow the keyword of a trigger: a clause, a list, a manner ("unanimously"), not an
object of an ordinary verb ("agreed the budget with partners")."""

_STOP_AFTER = (r"\b[A-Z]", *(rf"\b{title}" for title in TITLES))
"""What a full stop inside a name follows: an initial or a title ("Councillor J. Gildea", "Cllr. Ward",
"Mrs. Hale")."""
NAME_CHAR = "(?:[^.;]|" + "|".join(f"(?<={after})\\." for after in _STOP_AFTER) + ")"
"""A character of who moved or seconded: a full stop only after what `_STOP_AFTER` lists."""
_INITIAL_STOP = re.compile("(?:" + "|".join(f"(?<={after})" for after in _STOP_AFTER) + r")\.")


def without_initial_stops(text: str) -> str:
    """The text with the full stops of initials and titles taken out ("Cllr. A. B. Ward" as "Cllr A B
    Ward"), for patterns that stop at a full stop and only ask whether they match."""
    return _INITIAL_STOP.sub("", text) if "." in text else text


MIDLINE = re.compile(
    rf"(?P<proposed>)(?:\bit\s+was\s+|(?<=[.!?]\s)|^)proposed\s+by\s+{NAME_CHAR}{{1,80}}?,?\s+seconded\s+by\s+{NAME_CHAR}{{1,80}}?\s+and\s+"
    r"(?:was\s+)?(?:unanimously\s+)?(?=(?:resolved|agreed|carried)\b)"
    rf"|(?:\bit\s+was\s+|^)moved\s+by\s+{NAME_CHAR}{{1,80}}?,?\s+seconded\s+by\s+{NAME_CHAR}{{1,80}}?,?\s+and"
    r"(?:\s+(?=(?:resolved|agreed)\s*[:\-–—]?\s*$)|(?P<lost>)\s*$)"
    r"|(?<=[.!?]\s)(?:(?P<it_was>it\s+was\s+)(?=(?-i:RESOLVED|AGREED|DECIDED)\s+(?:that|to)\b)|(?=(?-i:RESOLVED|AGREED|DECIDED)\b))|(?<=minutes:\s)(?=(?-i:RESOLVED|AGREED|DECIDED|Resolved|Agreed)\b)"
    r"|(?<=,\s)(?=(?-i:RESOLVED|AGREED)\s*[:\-–—]?\s*(?:that|to)\b)"
    r"|(?<=\s[-–—]\s)(?=(?-i:RESOLVED|AGREED|Resolved|Agreed)\s+(?:unanimously\s+)?(?:that|to)\b)"
    r"|(?<=\w:\s)(?=(?-i:RESOLVED|AGREED)\s+(?:unanimously\s+)?(?:that|to)\b)"
    r"|(?<=\s)(?<!\bwhere\s)(?<!\bwhen\s)(?<!\bwhich\s)(?P<lower>it\s+was\s+(?:unanimously\s+)?(?=resolved\s+(?:unanimously\s+)?(?:that|to)\b)"
    r"|(?:members|councillors|the\s+(?:committee|council|board|panel))\s+(?=(?-i:RESOLVED)\s+(?:unanimously\s+)?(?:that|to)\b))"
    r"|(?<=[.!?]\s)(?=(?-i:DECISION|Decision|OUTCOME|Outcome)S?\s*[:\-–—]\s*\S|(?-i:Agreed|Resolved)\s*:\s*\S)"
    r"|(?<=[.!?)]\s)(?P<bare>)(?=(?-i:Decision|DECISION)\s+(?-i:The)\s+(?:sub-)?(?:committee|council|board|panel|cabinet)\b)"
    r"|(?<=\s)(?P<label>)(?=(?-i:RESOLUTION|DECISION)\s*:\s*(?:(?:No\.?\s*)?\d[\d./]*\s+)?(?-i:That)\s)"
    r"|(?<=\s)(?=(?-i:RESOLVED)\s*[:\-–—]\s*(?:\(?(?:[a-z1-9]|[ivx]{2,4})\)\s*)?(?-i:THAT|That|that)\s)"
    r"|(?<=\s)(?=(?-i:RESOLVED)\s+(?-i:THAT|That)\s)|(?<=\s)(?<!\band\s)(?=(?-i:RESOLVED\s+that)\s)"
    r"|(?<=\s)(?=(?-i:RESOLVED)\s*:\s*(?-i:The|To)\s)|(?<=[.!?]\s)(?=(?-i:Resolved)\s*:\s*(?-i:That|The|To)\s)"
    r"|(?<=\s)(?=(?-i:Resolution|RESOLUTION)\s+(?:number|no\.?)\s*[\w/.-]+\s+(?-i:MOVED|Moved)\s+by\s)"
    r"|(?<=\s)(?=(?-i:MOVED|Moved)\s*\(\s*[^()/]{2,50}/[^()/]{2,50}\)\s*:\s*(?-i:That|THAT)\s)"
    r"|(?<=[.!?]\s)(?=(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}|it\s+was|members|councillors)"
    r"\s+(?:unanimously\s+)?(?:resolved|agreed|decided)(?:\s+(?:to|that|the\s+following))?\s*:\s*$)",
    re.I,
)
"""A resolution that starts inside a paragraph: "It was proposed by Cllr X, seconded by Cllr Y and
RESOLVED to ...", or "... the railway station. AGREED – (a) ..." (capitals mark the formal words), or
"The report was considered. Decision: That ..." (a label after the discussion), or "The
Committee having considered the matter carefully ..., RESOLVED that ..." (capitals after a comma), or
"Cllr Lacy – RESOLVED unanimously to accept the apology" (after a dash), or "..., however members
RESOLVED that further information be requested" (the body, then its capital label), or "It was moved by
Councillor Hayes, seconded by Councillor J. Walsh and resolved –" over the resolution below (or "... and"
at the end of its line, where a web page lost the bold "RESOLVED"), or the
capital label and its clause after anything at all ("40. Minutes RESOLVED : (a) THAT the Minutes
...", a PDF whose lines were run together, or "... Development Committee 1 17 April 2014 RESOLVED
That ...", where its page footer did), or a motion's number after the item's title ("4 Confirmation
of Minutes Resolution number MR/2022/173 MOVED by ...: That the Board: a) confirm ..."; not "the call-in
meeting where it was resolved that ...", which reports another meeting's decision), or the stem
that ends a paragraph over its list ("It studied the budgets. The Council agreed to:")."""

PARA_NUMBER = re.compile(r"^\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+(?=[A-Z])")
"""A numbered paragraph ("1.4 RESOLVED: That ...", "2.1 The minutes of ... were approved")."""

RECOMMEND_STEM = re.compile(
    r"^\s*to\s+recommend\b\s*(?:to\s+(?:the\s+)?(?P<to2>(?:(?!\bthat\b)[^:().£$\d]){2,60}?)\s*)?:?\s*"
    r"(?:\(\s*(?:to\s+)?(?P<to>[^)]{2,60})\)\s*)?[:\-–—]*\s*$",
    re.I,
)
""""Resolved to RECOMMEND: (to Council)", "RESOLVED TO RECOMMEND TO COUNCIL:": the points that
follow ask another body to act. Not a sentence that says what it recommends ("to recommend to Full
Council a precept of £412,000.")."""
RECOMMENDED_TO = re.compile(
    r"^\s*[:\-–—]?\s*(?:to\s+recommend\s+|that\s+it\s+be\s+recommended\s+)?to\s+(?:the\s+)?"
    r"(?P<to>(?:full\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){0,4}?"
    r"(?:(?-i:Council|Cabinet|Executive|Committee|Board|Panel|Authority|Assembly)"
    r"|(?-i:COUNCIL|CABINET|EXECUTIVE|COMMITTEE|BOARD|PANEL|AUTHORITY|ASSEMBLY)))\s*(?:,\s*|\s[-–—]\s*)?(?:that\b|:|$)",
    re.I,
)
""""RECOMMENDED to Council that the scheme be adopted", "RESOLVED to recommend to Full Council that
...", "RESOLVED that it be RECOMMENDED to Cabinet that:", "RECOMMENDED TO COUNCIL": the point,
written on the trigger's line or listed under it, asks another body to act."""
STEM_RECOMMENDS_TO = re.compile(
    r"^\s*that\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){1,4}recommends?\s+(?:[^:;]{1,80}?\s+)?to\s+(?:the\s+)?"
    r"(?P<to>(?:full\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){0,3}?(?-i:Council|Cabinet|Executive|Assembly))\b[^:;]{0,240}:\s*$",
    re.I,
)
""""RESOLVED that the Executive recommends the proposals to Council for decision, ..., that:" over
points: each point is for that body to act on."""
BODY_BE_RECOMMENDED = re.compile(
    r"^\s*[:\-–—]?\s*that\s+(?:the\s+)?(?P<to>(?:full\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){0,3}?"
    r"(?-i:Council|Cabinet|Executive|Assembly))\s+be\s+recommended\s*(?:to\s*)?[:\-–—]\s*(?P<after>.*)$",
    re.I,
)
""""RESOLVED – That Full Council be recommended:" over the points (or with them run on after it):
each point is for that body to act on, as under "RECOMMENDED to Full Council:"."""
_RECOMMENDS_HEAD = (
    r"^(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}|it\s+was\s+(?:unanimously\s+)?)?(?:(?-i:RECOMMENDS?|RECOMMENDED|Recommended)\s+|recommend(?:s|ed)\s+)to\s+(?:the\s+)?"
    r"(?P<to>[^:()]{2,80}?)(?:\s*\([^()]{1,60}\))?(?:\s*,?\s+that)?\s*:\s*[-–—]?\s*"
)
RECOMMENDS_TO = re.compile(_RECOMMENDS_HEAD + "$", re.I)
""""RECOMMENDS TO THE PROJECT BOARD:", "The Committee RECOMMENDS to Full Council that:", "It was
recommended to the WMCA Board that:",
"Recommended to Council (budget and policy framework):" over the
points another body is asked to act on."""
RECOMMENDS_TO_RUN_ON = re.compile(
    _RECOMMENDS_HEAD + r"(?P<points>1\.\s+(?-i:[A-Z]).*?\s2\.\s+(?-i:[A-Z]).*)$", re.I
)
"""The same with its numbered points run on after the colon, as a decision page prints them ("The
Executive recommended to Full Council (at its meeting on 9 June): 1. That ... 2. That ...")."""


@dataclass(frozen=True)
class Trigger:
    kind: str
    """"resolved" (a formal block), "noted" (a block of points noted, "NOTED"), "said" (a decision
    told in a sentence), "action" or "decision"
    (a label such as "Action:" or "Decision:")."""
    rest: str


_CLOSING_STEM = re.compile(
    rf",\s+(?P<stem>(?:it\s+was\s+|(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?-i:and|&)\s+){{0,6}}{BODY}\s+)(?:unanimously\s+)?"
    r"(?:resolved|agreed|decided)\s*(?:that|to)?\s*[:\-–—]\s*)$",
    re.I,
)
"""A lead-in that runs to the body's decision over a list: "Having considered an officer report and a
presentation by the Cabinet Member, the Mayor and Cabinet agreed that:", "Following the consideration
of the report ..., it was RESOLVED:"."""


_AND_STEM = re.compile(
    rf"^(?P<body>(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?-i:and|&)\s+){{0,6}}{BODY})\s+"
    r"(?!(?:unanimously\s+)?(?:resolved|agreed|decided)\b)[^.;:]{3,200}?\s+and\s+(?:then\s+|also\s+|further\s+)?"
    r"(?:unanimously\s+)?(?P<kw>resolved|agreed|decided)(?P<to>\s+(?:that|to(?:\s+write\s+to)?))?"
    r"(?:\s+the\s+following)?\s*[:\-–—]\s*$",
    re.I,
)
"""The body, what it did first, then its decision over a list: "The Committee considered the
petition for the first time and agreed to:", "The Panel reviewed the evidence and agreed the
following:"."""


_BE_IT_RESOLVED = re.compile(
    r"^(?:(?:now|and)\s*,?\s+)?(?:therefore\s*,?\s+)?be\s+it\s+(?:further\s+|also\s+|finally\s+|hereby\s+)?resolved\s*,?\s*"
    r"(?:by\s+[^:;]{3,150}?,?\s+(?=that\b)"
    r"|by\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,12}?(?:council|board|commission(?:ers)?|committee|trustees|supervisors|directors"
    r"|selectmen|aldermen|authority|legislature)(?:\s+of\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,6}?[\w'’&.-]+)??\s+(?=(?-i:[a-z])))?"
    r"(?:(?P<that>that)\s*:\s*|(?=that\b|:|$|(?-i:[a-z])))",
    re.I,
)
"""The American form of a resolution after its "Whereas" clauses: "NOW, THEREFORE, BE IT RESOLVED by
the City Council of the City of Ames, that ...", "Now Therefore Be It Resolved by the County Board
of Commissioners authorizes the hire ...", "BE IT FURTHER RESOLVED that ..."."""


_MOVED_COLON = re.compile(
    r"^(?:resolution\s+(?:number|no\.?)\s*[\w/.-]+\s+)?(?:moved|proposed)\s+(?:(?:by\s+)?"
    r"(?:[^\W\d][\w'’.-]*\s+){0,5}[^\W\d][\w'’.-]*,?\s+(?:and\s+)?seconded\s+(?:by\s+)?(?:[^\W\d][\w'’.-]*\s+){0,5}[^\W\d][\w'’.-]*"
    r"|\(\s*[^()/]{2,50}/[^()/]{2,50}\))\s*:\s*(?=(?-i:That|THAT)\b|$)",
    re.I,
)
"""A motion carried as written below it, New Zealand and Australian style: "Resolution number
MR/2022/172 MOVED by Chairperson G Murphy, seconded by Member A Cunningham-Marino: That the Manurewa
Local Board: a) accept the apology ... b) approve ...", "Moved (Mayor Dave Cull/Cr Chris Staynes): That the
Council: Accepts the apology ...": the motion opens the decision like RESOLVED."""


_RECOMMENDATION_TO = re.compile(
    r"^(?:the\s+)?recommendations?\s+(?=to\s+(?:the\s+)?(?:full\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){0,4}?"
    r"(?-i:Council|Cabinet|Executive|Committee|Board|Panel|Authority|Assembly"
    r"|COUNCIL|CABINET|EXECUTIVE|COMMITTEE|BOARD|PANEL|AUTHORITY|ASSEMBLY)\s*(?:[:\-–—]|$))",
    re.I,
)
"""The body's recommendation to another, labelled as such ("Recommendation to Council: That the
revised constitution be adopted", "RECOMMENDATION TO CABINET" over its points): read as "RECOMMENDED
to Council"; a bare "Recommendation:" is as often the report's, which the body then decides on."""


@per_document(16_384)
def trigger(text: str) -> Trigger | None:
    if text[:1] in "NnBbAaTt" and (be_it := _BE_IT_RESOLVED.match(text)) is not None:
        return Trigger("resolved", ("that " if be_it.group("that") else "") + text[be_it.end() :])
    if text[:1] in "MmPpRr" and (moved := _MOVED_COLON.match(text)) is not None:
        return Trigger("resolved", text[moved.end() :])
    if text[:1] in "RrTt" and (recommendation := _RECOMMENDATION_TO.match(text)) is not None:
        return Trigger("resolved", text[recommendation.end() :])
    m = TRIGGER.match(text)
    if not m:
        if text[:2].lower() in ("on", "up") and (lead := MOTION_LEAD.match(text)) is not None:
            said = trigger(text[lead.end() :])
            return said if said is not None and said.kind == "said" else None
        if text.endswith((":", "-", "–", "—", "·", "•")):
            if (present := present_stem(text)) is not None:
                return trigger(present)
            if (stem := _CLOSING_STEM.search(text)) is not None:
                return trigger(stem.group("stem"))
            if (lead := _AND_STEM.match(text)) is not None:
                return trigger(f"{lead.group('body')} {lead.group('kw')}{lead.group('to') or ''}:")
        return None
    if m.group("kw"):
        said = _keyword(m, text)
        if said is not None or text[:6].lower() != "agreed":
            return said
        m = LABEL.match(text)
        if m is None:
            return None
    label = m.group("label")
    if not m.group("sep") and not label.isupper() and len(text) > 24:
        return None
    low = label.lower()
    kind = "action" if _ACTION_LABEL.match(low) or "task" in low else "decision"
    return Trigger(kind, m.group("lrest"))


def _keyword(m: re.Match[str], text: str) -> Trigger | None:
    """A trigger opened by its keyword: "RESOLVED that", "It was agreed", "The Board NOTED"."""
    rest = m.group("rest")
    kw = m.group("kw")
    told = m.group("itwas") or m.group("body") or m.group("upper")
    if not told and not kw.isupper() and not REST_OK.match(rest):
        return None
    if (m.group("body") or m.group("upper")) and not REST_OK.match(rest):
        return None
    if kw == "NOTED":
        return Trigger("noted", rest)
    if kw.isupper() and kw in _UPPER_WORDS and kw != "ORDERED" and not (told and not m.group("upper")):
        return Trigger("resolved", text[m.start("kw") :])
    if m.group("body") and re.match(r"^(?:members)\s", m.group("body"), re.I) and not kw.isupper():
        return None
    if told and not kw.isupper():
        if m.group("body") and re.match(r"\s*:", rest):
            return Trigger("resolved", rest)
        return Trigger("said", rest)
    return Trigger("resolved", rest)


_CLAUSE_AFTER_PROPOSAL = re.compile(
    r"(?:resolved|agreed|carried)\s+(?:unanimously\s+)?(?:that|to)\s+(?![^\n]*[:\-–—]\s*$)\S", re.I
)


def proposal_with_clause(mid: re.Match[str]) -> bool:
    """ "It was proposed by Cllr. J. Davies, seconded by Cllr. W. Loynton and unanimously agreed that
    a £100 donation be made": a decision told in one sentence, proposer and all, as "On a proposition
    by Mr James, seconded by Mrs Bratt it was agreed that ..." is; only a proposal over a resolution
    set out below it ("... and RESOLVED:") opens one."""
    return (
        mid.group("proposed") is not None and _CLAUSE_AFTER_PROPOSAL.match(mid.string, mid.end()) is not None
    )


_NOTES_AGREED = re.compile(r"^(?-i:Agreed)\s+(?:to|that|we)\s+\w")


def notes_agreement(text: str) -> bool:
    """ "Agreed to ask John Hewson's advice about the floor.": a notes-style decision, no more formal
    than "It was agreed to appoint her" beside it, so the sentences of its item still count as
    decisions; "AGREED –", "Agreed:" and "RESOLVED that" are the formal labels."""
    return _NOTES_AGREED.match(text) is not None


def may_start_inside(text: str) -> bool:
    """Cheap test before MIDLINE: most narrative lines hold none of its words."""
    if len(text) <= 20:
        return False
    low = text.lower()
    return (
        "RESOLVED" in text
        or ". Resolved:" in text
        or "RESOLUTION:" in text
        or "AGREED" in text
        or "DECIDED" in text
        or "seconded" in low
        or "Moved (" in text
        or "MOVED (" in text
        or "was resolved" in low
        or "minutes: resolved" in low
        or (text[-1] == ":" and ("agreed" in low or "resolved" in low or "decided" in low))
        or "minutes: agreed" in low
        or "– Agreed " in text
        or "– Resolved " in text
        or "- Agreed " in text
        or "- Resolved " in text
        or any(label in text for label in _LABELS_AFTER_STOP)
    )


_LABELS_AFTER_STOP = (
    ". Decision",
    ". DECISION",
    ". Outcome",
    ". OUTCOME",
    "? Decision",
    "! Decision",
    ") Decision",
    ". Agreed:",
    ". Agreed :",
)
