"""Motions: a proposal moved and seconded, and the vote that carried it.

Three shapes: a sentence ("It was MOVED by Cllr A, seconded by Cllr B, to approve the grant.",
"MOTION: Hale moved, seconded by Ross, to adopt the agenda.", "Mr A proposed that Mrs B be elected
..., seconded by Mr C"); a vote line under the proposal ("Proposed by: Alex" then "Unanimously
approved."); and the outcome line itself. A motion that failed is no decision."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.sentence_split import sentences
from minutes.tags import Hit, Tag, Tagged
from minutes.text import Line

_NAME = (
    r"(?:(?:cllr\.?|councillor|mrs?\.?|ms\.?|dr\.?|alderman|the)\s+)?(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:\s*\([^()]{1,60}\))?"
)
MOVER_NAME = _NAME
"""A mover or seconder as minutes name them ("Cllr Ward", "Mrs. Ortega", "Trustee Moore")."""
_PAIR = r"(?:councillors|cllrs\.?|commissioners|trustees|directors|members|crs\.?)\s+(?-i:[A-Z])[\w'’-]*\s*/\s*(?-i:[A-Z])[\w'’-]*"
""""Councillors Steer/MacIntyre": mover and seconder in the Canadian shorthand."""
_MOVED = re.compile(
    rf"(?:^|(?<=,\s)|(?<=[.;:]\s)|(?<=\d\s)|(?<=\s[-–]\s))(?:motion\s*:\s*)?"
    rf"(?:moved\s*,\s*(?:and\s+)?seconded\s+by\s+{_PAIR}|(?:it\s+was\s+)?moved\s*,?\s+(?:and\s+)?seconded"
    r"|(?:a\s+)?motion\s+(?:was\s+)?made\s*,?\s+(?:and\s+)?seconded|"
    rf"(?:(?:(?:it\s+was\s+)?moved\s+by\s+{_NAME}|(?:a\s+)?motion\s*,?\s+(?:was\s+)?(?:made\s+)?by\s+{_NAME}|{_NAME}\s+moved"
    rf"|{_NAME}\s+(?:made|offered)\s+(?:(?:a|the)\s+)?motion)"
    rf"\s*[,;]?\s+(?:and\s+)?(?:seconded|(?:a\s+)?second|2nd)\s+by\s+{_NAME})"
    r"|(?:a\s+)?motion\s+and\s+(?:a\s+)?second(?:ed)?"
    rf"|{_NAME}\s+(?:moved|moves|proposed|motioned|made\s+(?:(?:a|the)\s+)?motion)\s*,?\s+(?:and\s+)?{_NAME}\s+second(?:ed|s)"
    r"(?:\s+(?:a|the)\s+motion)?"
    r"|(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?-i:MOVED|moved)\s+and\s+it\s+was\s+(?:duly\s+)?(?:seconded|SECONDED))(?:\s*,?\s+[\"“]?|\s*[:,]\s*[\"“]?)"
    r"(?:and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:carried|agreed|resolved|voted|passed)(?:\s+unanimously|\s+\d{1,2}\s*[-–]\s*\d{1,2})?\s*,?\s+)?(?:to|that)\s+\S",
    re.I,
)
"""The American and Northern Irish form, where the motion is the sentence itself, with or without
a CARRIED after it: "MOVED by Councilman A, seconded by Councilman B, to approve the bills",
"Motion by Trustee A, seconded by Trustee B, to adjourn", "Motion made by E. Miller, 2nd by D. Franks to
accept ...", "Weidt made motion, Petryk seconded, to approve ...", the Canadian "14/174 - Moved, seconded by
Councillors A/B that ..." and "Moved by Councillor A, seconded by Councillor B, “That ...” CARRIED"; and the active voice, "Councillor A moved
and Councillor B seconded that ...", "Cllr A proposed, Cllr B seconded and it was agreed that ...",
"The Chairman of the Council MOVED and it was duly SECONDED that ...", "Diehl moves and Moline seconds
a motion to grant ..."; and, with nobody named, "Moved, seconded and voted 3-0 to ...", "A motion was
made, seconded, and passed to ..."."""
_SECONDED = re.compile(
    r"^(?:(?!\b(?:asked|whether|if)\b)(?:[^.?]|\.(?=\d))){0,300}?\b(?:proposed|proposes|nominated|nominates)\b[^?]{0,300}?"
    r"\bsecond(?:ed|s)\b",
    re.I,
)
""""Mr A proposed that Mrs B be elected, seconded by Mr C", "Payments proposed by Mr A seconded by
Mr B", the notes' present tense "Matt Hall proposes Scott Bell as Chairman and Ann Reid seconds": a
parish vote with no "carried" written after it."""
_SECOND_OF = re.compile(
    r"^(?:this|the\s+(?:proposal|motion|nomination))\s+was\s+(?:duly\s+)?seconded\b", re.I
)
""""This was seconded by Mr C and the proposal was agreed unanimously": the vote on the sentence before."""
_FAILED = re.compile(
    r"\b(?:motion|proposal|amendment|it)\s+(?:was\s+)?(?:failed|lost|defeated|fell|withdrawn|not\s+carried)\b"
    r"|^(?:failed|lost|defeated|not\s+carried)\b|\bwas\s+not\s+seconded\b",
    re.I,
)


_MOTIONED = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=,\s))(?:{_NAME}\s+(?P<verb>motioned|(?:made|offered)\s+(?:a|the)\s+motion|moved|moves)"
    rf"|(?:a\s+)?motion\s+was\s+made\s+by\s+{_NAME})\s+(?:(?:not\s+to|to|that)\s+(?!the\s+next\b)\S"
    r"|(?:approval|adoption|acceptance)\b(?!\s+(?:was|were|had)\b))",
    re.I,
)
"""The American sentence that names the mover first: "Dan Blake motioned to approve the minutes and it
was seconded", "Commissioner Craighead made a motion to approve the minutes, seconded by Commissioner
Morris", "Ramona Faith moved to approve the agenda and it was seconded", the present-tense notes "KM
moves to adopt the report. SK seconds.", "Trustee Moore moved approval; second. Vote unanimous; motion
carried.", and a motion not to act. "Moved to" counts only with
a seconder ("the library moved to new premises" is no motion); "motioned" is never anything else."""


_ADJOURN = re.compile(r"adjourn(?:\s+the\s+meeting)?\s*[.;]?$", re.I)
"""A motion to adjourn ends the meeting; it is no decision to follow up."""


def moved_at(sentence: str) -> int | None:
    """Where a moved-and-seconded motion starts in a sentence, or None."""
    low = sentence.lower()
    seconded = "second" in low or "2nd by" in low
    m = None
    if seconded and ("moved" in low or "motion" in low or "proposed" in low):
        m = _MOVED.search(sentence)
    if m is None and ("motion" in low or ("moved" in low and seconded)):
        m = _MOTIONED.search(sentence)
        if m is not None and (m.group("verb") or "").lower() == "moved" and not seconded:
            m = None
    if m is None or failed(sentence[m.end() :]) or _ADJOURN.match(sentence, m.end() - 1):
        return None
    return m.start()


def seconded_proposal(sentence: str) -> bool:
    low = sentence.lower()
    if "second" not in low or ("propose" not in low and "nominate" not in low):
        return False
    return (
        _SECONDED.search(sentence) is not None
        and _FAILED.search(sentence) is None
        and _NOMINATION.search(sentence) is None
    )


_NOMINATION = re.compile(
    rf"\bproposed\s+{_NAME}\s*,?\s+seconded(?:\s+by)?\s+{_NAME}\s*,?\s*(?:\d+\s+votes?)?\s*\.?$", re.I
)
""""Cllr A proposed Cllr B, seconded Cllr C, 5 votes": a nomination; the election is the decision."""


_BARE_VOTE = re.compile(
    rf"^{_NAME}\s+proposed\s*,?\s+(?:and\s+)?{_NAME}\s+seconded\s*[,;]?"
    r"(?:\s*(?:and\s+)?(?:all\s+in\s+favou?r|carried|agreed|unanimous(?:ly)?|nem\.?\s*con)\b[^.;]{0,30})?\s*[.;]?$"
    rf"|^{_NAME}\s+(?:offered|made)\s+the\s+motion\s*,?\s+(?:and\s+)?(?:seconded\s+by\s+{_NAME}|{_NAME}\s+seconded)"
    r"(?:\s*,?\s*and\s+[^.;]{0,80}?\b(?:approved|carried|agreed|passed)\b[^.;]{0,60})?\s*[.;]?$"
    rf"|^(?:proposed|moved)\s+by\s+{_NAME}\s*[,;]?\s+(?:and\s+)?seconded\s+by\s+{_NAME}\s*[,;]?"
    r"(?:\s*(?:and\s+)?(?:unanimously\s+)?(?:all\s+in\s+favou?r|carried|agreed|unanimous(?:ly)?|nem\.?\s*con)\b[^.;]{0,80})?"
    r"\s*[.;]?$",
    re.I,
)
""""Cllr A proposed, Cllr B seconded." on its own, or under an election "Cllr A proposed Cllr B
seconded" (A nominated), or "Commissioner A offered the motion, seconded by Commissioner B and
approved by all members", or "Proposed by Cllr A; Seconded by Cllr B; unanimously agreed by all those in
attendance": a vote on what is written before it, never a decision by itself."""


def bare_vote(sentence: str) -> bool:
    return "econded" in sentence and _BARE_VOTE.match(sentence) is not None


_SECONDER = re.compile(
    rf"^(?:{_NAME}\s+(?:second(?:ed|s)|support(?:ed|s))(?:\s+(?:the|that)\s+motion)?"
    rf"|(?:(?:the\s+)?motion\s+)?(?:second(?:ed)?|supported)\s+by\s+{_NAME}"
    rf"|second(?:ed)?\s*:\s*{_NAME})\s*[.;]?$",
    re.I,
)
""""Selectman Hale seconded.", "Seconded by Tom Baker.", "SK seconds.", and as Michigan townships write it
"Leach supported.": the seconder in a sentence of its own, after "Selectman Grant moved to approve the
minutes."."""


def seconds_the_sentence_before(sentence: str, before: str = "") -> bool:
    if _SECOND_OF.match(sentence) is not None:
        return True
    low = sentence.lower()
    if ("second" not in low and "support" not in low) or _SECONDER.match(sentence) is None:
        return False
    moved = _MOTIONED.search(before)
    return moved is not None and not _ADJOURN.match(before, moved.end() - 1)


def failed(sentence: str) -> bool:
    return _FAILED.search(sentence) is not None


_TITLED = (
    r"(?:proposed|moved|seconded)\s+by\s+(?:councillor|cllr|cr|mayor|deputy\s+mayor|alderman|trustee|commissioner"
    rf"|supervisor|member|director)\.?\s+{_NAME}"
)
_TITLED_MOVER = re.compile(rf"^{_TITLED}\s*[.;,:]?$", re.I)
"""The mover named by title on a line of their own, over the motion ("MOVED BY Mayor Owen:")."""
_VOTE_LINE = re.compile(
    rf"^(?:(?:proposed|moved|nominated)(?:\s+by)?\s*:\s*{_NAME}(?:\s*[,;.]?\s*(?:and\s+)?seconded(?:\s+by)?\s*:?\s*{_NAME})?"
    rf"|(?-i:Proposed|Moved|PROPOSED|MOVED)\s+(?-i:by|BY)\s+{_NAME}"
    rf"|{_TITLED}"
    rf"|(?:(?:the\s+)?motion\s+)?second(?:ed)?(?:\s+by\s*:?|\s*:)\s*{_NAME}(?:,?\s+and)?)\s*[.;,]?$",
    re.I,
)
_OUTCOME_LINE = re.compile(
    r"^(?:the\s+)?(?:(?:motion|proposal|resolution)\s+)?(?:was\s+)?(?:unanimously\s+|duly\s+)?"
    r"(?P<how>approved|carried|agreed|passed|adopted|lost|defeated|failed|fell)"
    r"(?:\s+unanimously|\s+by\s+[^.]{1,40}|\s+nem\.?\s*con\.?|,\s+with\s+[^.]{1,80}"
    r"|\s*\(?\s*\d{1,2}\s*(?:[-/–:]|\s+to\s+)\s*\d{1,2}\s*\)?)?\.?$",
    re.I,
)
"""Also with its count ("CARRIED 5/2", "Carried (7-0)", "LOST 3 to 4")."""


_DECLARED = re.compile(
    r"^(?:[^.;]{0,200}?\b)?(?:it|this(?:\s+proposal)?|the\s+(?:motion|proposal|amendment|recommendation|resolution))\s+was"
    r"(?:,?\s+(?:accordingly|then|therefore|upon\s+being\s+put\s+to\s+the\s+meeting|on\s+being\s+put\s+to\s+the\s+vote),?)*"
    r"\s+declared\s+(?P<how>carried|lost)\.?$",
    re.I,
)
"""The outcome told in a sentence of its own: "When put to the vote, this proposal was declared CARRIED.",
"On a vote by show of hands, eight Members voted for the proposal and four against and it was
accordingly declared carried.", "The motion was, upon being put to the meeting, declared CARRIED."."""


_VOTE_AFTER = re.compile(
    rf"^(?:{_NAME}\s+motioned\s*,?\s+(?:and\s+)?{_NAME}\s+seconded|(?:{_NAME}\s+)?seconded(?:\s+by\s+{_NAME})?"
    rf"|(?:(?:the\s+)?motion\s+)?second(?:ed)?\s+by\s+{_NAME})"
    r"(?:\s*[,.;]\s*|\s+)(?:and\s+)?(?:(?:the\s+)?(?:board|committee|council|commission|group|members|motion|it)\s+"
    r"(?:was\s+)?)?(?:unanimously\s+)?(?P<how>approved|carried|passed|adopted|agreed|failed|defeated|lost)"
    r"(?:\s+(?:it\s+)?unanimously)?(?:\s+by\s+(?:the\s+)?[\w ]{1,30}|\s+\d+\s*[-–]\s*\d+)?\s*\.?$",
    re.I,
)
"""The vote written under the motion's own line, as American boards write it: "Carol motioned, Gisela
seconded and the board approved unanimously.", "Seconded by Mary. Approved unanimously by the
board.", "David seconded. Approved unanimously by the board."."""


_MOTION_NUMBER = re.compile(r"^\d{1,4}[./-]\d{1,4}\s+(?=\D)")
"""The motion's number before its mover ("20.52 Moved by Grant Peters"), as a library board numbers them."""


def vote_line(line: Line) -> Hit | None:
    """ "Proposed by: Alex" on a line of its own, under the proposal it moves; "• Moved by Councillor
    Craven" may be bulleted (a meeting system lists each motion as a bullet)."""
    if len(line.text) > 160:
        return None
    if _TITLED_MOVER.match(line.text):
        return Hit(kind="mover")
    if line.bullet:
        return None
    if _VOTE_LINE.match(_MOTION_NUMBER.sub("", line.text, count=1)):
        return Hit(kind="vote")
    after = _VOTE_AFTER.match(line.text) if "second" in line.text.lower() else None
    if after is None:
        return None
    return Hit(kind="lost" if after.group("how").lower() in ("failed", "defeated", "lost") else "vote")


def outcome_line(line: Line) -> Hit | None:
    """ "Unanimously approved.", "Motion carried unanimously.", "Lost." on a line of their own, also
    set between dashes as Canadian boards print it ("- Carried -")."""
    text = line.text
    if line.bullet and line.glyph in ("-", "–", "—") and text.endswith(("-", "–", "—")):
        text = text.rstrip(" -–—")
    elif line.bullet:
        return None
    if len(text) > 160:
        return None
    m = _OUTCOME_LINE.match(text) or _DECLARED.match(text)
    if m is None:
        return None
    how = m.group("how").lower()
    return Hit(kind="lost" if how in ("lost", "defeated", "failed", "fell") else "carried")


_COUNCIL_MOTION = re.compile(
    rf"^(?P<amend>as\s+an\s+amendment\s*,\s*)?(?:{_NAME}\s*,\s*seconded\s+by\s+{_NAME}\s*,\s*moved"
    rf"|{_NAME}\s+moved\s*,\s*seconded\s+by\s+{_NAME}\s*,)\s+(?:as\s+an\s+amendment\s*,?\s+)?"
    r"(?P<what>that|to|not\s+to|approval|acceptance|rejection|refusal|deferral|the\s+recommendations?)\b",
    re.I,
)
"""The British council form: "Bailie A, seconded by Councillor B, moved that ...", "As an
amendment, the Convener, seconded by Councillor C, moved not to defer.": a motion, and amendments
to it, whose fate a division further down decides."""
_DIVISION = re.compile(
    r"\b(?:the\s+)?(?P<which>motion|amendment)\s+(?:was\s+)?(?:(?:declared|accordingly|duly|then)\s+)?"
    r"(?P<how>carried|agreed|passed|adopted|lost|defeated|fell|failed)\b",
    re.I,
)


def council_motion(line: Line) -> Hit | None:
    if line.bullet or "moved" not in line.text or len(line.text) > 2000:
        return None
    m = _COUNCIL_MOTION.match(line.text)
    if m is None:
        return None
    kind = "amendment" if m.group("amend") or " as an amendment" in line.text.lower() else "motion"
    what = m.group("what").lower()
    return Hit(kind=kind, rest=line.text[m.end() :].strip() if what == "that" else "")


def division(text: str) -> tuple[str, bool] | None:
    """Which of a motion and its amendment the vote decided, and whether it carried ("... whereupon
    the amendment was declared carried" -> ("amendment", True))."""
    if "motion" not in text.lower() and "amendment" not in text.lower():
        return None
    outcomes = list(_DIVISION.finditer(text))
    if not outcomes:
        return None
    last = outcomes[-1]
    return last.group("which").lower(), last.group("how").lower() not in (
        "lost",
        "defeated",
        "fell",
        "failed",
    )


MOTION_LEAD = re.compile(
    rf"^(?:motion\s*:\s*)?(?:(?:it\s+was\s+)?moved\s+by\s+{_NAME}|(?:a\s+)?motion\s*,?\s+(?:was\s+)?(?:made\s+)?by\s+{_NAME}"
    rf"|{_NAME}\s+moved)\s*,?\s+(?:and\s+)?(?:seconded|(?:a\s+)?second)\s+by\s+{_NAME}(?:\s*,?\s+|\s*:\s*[\"“]?)"
    rf"|^{_NAME}\s+(?:motioned|(?:made|offered)\s+(?:a|the)\s+motion|moved)\s+(?=to\s|that\s)"
    rf"|^motion\s+(?:made\s+)?by\s+{_NAME}\s*:\s*",
    re.I,
)
"""Who moved and seconded a motion ("Motion by Park, seconded by Hart, "): not who acts on it."""


_MOTION_LABEL = re.compile(rf"^motion\s+(?:made\s+)?by\s+{_NAME}\s*:\s*(?=\S)", re.I)


_MOVED_ALONE = re.compile(
    rf"(?:^|\s)(?:it\s+was\s+)?moved\s+by\s+{_NAME}\s*,?\s+(?:that|to)\s+\S|^{_NAME}\s+moved\s+(?:that|to)\s+\S",
    re.I,
)


_MOTION_SECONDED = re.compile(r"^motion\s+(?:to|by|that)\b[^.;]{0,200}?\bseconded\s+by\s+\S", re.I)


def carried_below(lines: Sequence[Tagged], i: int) -> bool:
    """A motion over its outcome line ("MOTION CARRIED"): one with no seconder ("C-540/05 MOVED BY
    COUNCILLOR C. VERMEEREN that we adopt the agenda as amended.", as councils that need none write
    it), or a US committee's "Motion to approve vouchers by Stoeckmann, seconded by Burri."."""
    if not (
        i + 1 < len(lines) and lines[i + 1].rule == "outcome_line" and lines[i + 1].hit.kind == "carried"
    ):
        return False
    text = lines[i].text
    return ("moved" in text.lower() and _MOVED_ALONE.search(text) is not None) or (
        _MOTION_SECONDED.match(text) is not None
    )


def proposal(text: str) -> tuple[str, str]:
    """The motion a line puts, without its label, and what the line goes on to say: "Motion by Carol:
    Ask Peg to join. Peg will call the others." -> ("Ask Peg to join.", "Peg will call the others.").
    A labelled motion is one sentence; an unlabelled line is the motion whole."""
    label = _MOTION_LABEL.match(text)
    if label is None:
        return text, ""
    said = sentences(text[label.end() :])
    return said[0], " ".join(said[1:])


_BARE_MOTION = re.compile(
    r"\b(?:to|that\s+(?:it|they|the\s+same)\s+be)\s+(?:accept(?:ed)?|approve[d]?|adopt(?:ed)?|receive[d]?)"
    r"(?:\s+(?:it|them|the\s+same|as\s+(?:presented|written|read|amended|circulated)))?\s*[.;]?$",
    re.I,
)


def accepts_what_was_presented(text: str) -> bool:
    """A decision whose motion only accepts what the sentence before it presented: nothing to do."""
    return "motion" in text.lower() and any(bare_motion(s) for s in sentences(text))


def bare_motion(text: str) -> bool:
    """A motion that names nothing to decide on ("Motion by A and a second by B to accept."): it
    decides what the sentence before it presented ("Donna presented her Treasurer's report.")."""
    return _BARE_MOTION.search(text) is not None


_MOTION_CARRIED = re.compile(
    r"^(?:(?:a|the)\s+)?motions?\s+(?:to|for|that)\s+(?!adjourn\b)[^.;]{3,300}?\s+(?:(?:was|were)\s+)?(?:duly\s+|then\s+)?"
    r"(?:carried|approved|passed|adopted|agreed)\b(?:\s+(?:unanimously|\d{1,2}\s*[-–/]\s*\d{1,2}))?\s*[.;]?$"
    r"|^motions?\s+(?:were\s+|was\s+)?passed\s+(?:unanimously\s+|\d{1,2}\s*[-–/]\s*\d{1,2}\s+)?to\s+(?!adjourn\b)\S",
    re.I,
)
"""A motion told with its outcome: "A motion to approve the budget was carried.", "A motion for a
follow-up letter to the owners was approved.", "Motion to purchase two radios passed 4-1.",
"Motions passed 5-0 to approve the levy certification."; adjourning leaves nothing to do."""


def carried_motion(sentence: str) -> bool:
    return _MOTION_CARRIED.match(sentence) is not None


def council_motion_carried(lines: Sequence[Tagged], i: int) -> bool:
    """Whether the motion or amendment moved in council at `i` carried: the division below it says
    which of the motion and its amendments won (with no amendment and no division written, it
    carried unless something says it fell)."""
    motions = [i]
    outcome = None
    j = i + 1
    while j < len(lines) and j < i + 12 and lines[j].tag is not Tag.HEADING:
        if lines[j].rule == "council_motion":
            if lines[j].hit.kind != "amendment":
                break
            motions.append(j)
        elif (outcome := division(lines[j].text)) is not None:
            break
        j += 1
    k = i - 1
    while k >= 0 and k > i - 12 and lines[k].rule == "council_motion" and lines[i].hit.kind == "amendment":
        motions.insert(0, k)
        k -= 1
    if outcome is None:
        return len(motions) == 1
    which, won = outcome
    chosen = motions[0] if which == "motion" else motions[-1]
    return won and chosen == i
