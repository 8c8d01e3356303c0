"""What the state machine reads into, and how decisions told as sentences settle into it.

A narrative paragraph may tell decisions ("It was agreed that the Clerk would write ..."). They
are read here into resolutions but kept aside (`Said`) until the whole document is read: under an
item with a formal RESOLVED list they are discussion (their follow-ups become requests); where the
item has no list of its own they are its resolutions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from minutes.action_lines import DONE, closed, lead_owner, restated_clause
from minutes.body_decisions import FORMAL_BODY
from minutes.classify import is_actionable, recommended_action, refuses, then_published
from minutes.closing_agreement import granted_request
from minutes.commitments import commits, standing_practice
from minutes.decided_clause import decided_clause
from minutes.list_labels import Points, split_inline
from minutes.lists import collect
from minutes.model import Item, Resolution
from minutes.motions import MOTION_LEAD, accepts_what_was_presented, moved_at
from minutes.owners import find_owner
from minutes.page_text import without_number
from minutes.planning_views import answers_the_application, own_planning_view
from minutes.point import Where, make_resolution, says_nothing, without_votes
from minutes.sentence_split import sentences
from minutes.stem_join import that
from minutes.text import INITIALS_TASK
from minutes.triggers import trigger

_BODY_NOTED = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}(?:committee|commission|panel|board|cabinet|council|members)\s+"
    r"(?:also\s+)?not(?:ed|es)\b",
    re.I,
)
""""Council noted the difference made by the Working Group": a body noting names nobody to act, even
when somebody is named after "by"."""
_NON_WORD = re.compile(r"\W+")


def point_key(res: Resolution) -> tuple[str | None, str]:
    """The same point under the same minute, however it was spaced or punctuated."""
    return (res.minute, _NON_WORD.sub(" ", res.text).strip().lower())


@dataclass
class Said:
    """Decisions found in one narrative paragraph."""

    item: tuple[str | None, str | None]
    at: int
    """Where they go in the resolutions, and where the paragraph sits in the narrative."""
    narrative_at: int
    decisions: list[Resolution]
    rest: list[str]
    sentences: list[str] = field(default_factory=list)
    """The sentences the decisions were read from ("Minute 43 refers - It was RESOLVED that ..."), as
    formal as they were written before "That ..." was cut from them."""


@dataclass
class Reading:
    items: list[Item] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    narrative: list[tuple[str, str | None]] = field(default_factory=list)
    """Lines outside formal resolutions, with the minute they sit under (for requests)."""
    seen: set[tuple[str | None, str]] = field(default_factory=set)
    formal: set[tuple[str | None, str | None]] = field(default_factory=set)
    """Items (minute, title) with a formal resolution list, a table or a labelled decision."""
    said: list[Said] = field(default_factory=list)

    def mark(self) -> tuple[int, int, int]:
        return len(self.narrative), len(self.said), len(self.resolutions)

    def forget_agenda_text(self, mark: tuple[int, int, int]) -> None:
        """What an item of a meeting page says above its "Minutes:" label is the agenda's
        description ("The Director to report on the review"), not what the meeting did: the
        narrative read since `mark` is forgotten, unless a decision was read there."""
        narrative, said, resolutions = mark
        if len(self.resolutions) == resolutions:
            del self.narrative[narrative:]
            del self.said[said:]


_KEYWORD_ONLY = re.compile(
    r"^(?:minutes\s*:\s*)?(?:it\s+was\s+)?(?:resolved|agreed|decided)\s*[:\-–—]*\s*$", re.I
)
"""A decision word over the points on the next lines ("It was AGREED -"), with nothing decided in it."""
_LED_IN = re.compile(r"^(?:after|following)\s+[^,.;:]{2,80}?,?\s+it\s+was\s", re.I)
"""A decision told after what led to it ("Following discussion, it was agreed that the report be
noted"): the sentence is the decision as the minutes record it, lead-in and all."""


_CLAUSE_WORDS = 10


def nested_under_clause(stem: str) -> bool:
    """Whether a list run into a decision's sentence hangs off a clause of its own ("agreed to
    recommend to full Council that the land is declared surplus and authority is delegated to the
    Assistant Director to: a) advertise ... b) dispose of it ..."): its letters are the parts of that
    one decision, not decisions of their own as under "It was agreed: (a) ... (b) ..."."""
    return len(stem.split()) > _CLAUSE_WORDS


def told_decisions(decisions: list[str], where: Where, meeting_date: dt.date | None) -> list[Resolution]:
    """The resolution points of decisions told as sentences: a sentence may hold an inline list
    ("It was agreed (a) ... (b) ..."); a body noting something names nobody to act."""
    found: list[Resolution] = []
    for decision in decisions:
        if _KEYWORD_ONLY.match(decision):
            continue
        trig = trigger(decision)
        points: Points = [(None, decision)]
        stem, inline = split_inline(trig.rest) if trig is not None else ("", [])
        if trig is not None and inline and not nested_under_clause(stem):
            points = collect([], 0, trig.rest, decision)[0]
        elif trig is not None and re.match(r"\s*that\b", trig.rest, re.I) and not _LED_IN.match(decision):
            points = [(None, that(trig.rest))]
        for label, point in points:
            point = without_votes(point)
            if says_nothing(point):
                continue
            clause = trigger(point)
            owner = find_owner(
                clause.rest.lstrip(" :-–—") if clause is not None else MOTION_LEAD.sub("", point)
            )
            if owner is None and clause is not None and clause.kind == "action":
                owner = lead_owner(clause.rest.lstrip(" :-–—"))
            decided = decided_clause(point)
            if owner is None and decided is not None:
                owner = find_owner(decided)
            actionable = (
                not refuses(point)
                and not closed(point)
                and not own_planning_view(point)
                and not granted_request(point)
                and not accepts_what_was_presented(point)
                and (
                    is_actionable(point)
                    or _ACTION_LABEL.match(point) is not None
                    or then_published(point)
                    or answers_the_application(point)
                    or (decided is not None and is_actionable(decided))
                    or (commits(point) and not standing_practice(point))
                    or (owner is not None and not _BODY_NOTED.match(point))
                )
            )
            found.append(
                make_resolution(
                    point,
                    label,
                    where,
                    meeting_date,
                    owner=owner if actionable else None,
                    actionable=actionable,
                )
            )
    return found


_CARRIED = re.compile(r"\b(?:carried|passed)\b", re.I)


def _formal_in_itself(text: str) -> bool:
    """A decision in a paragraph that is labelled as formally as the item's list ("8.3 Parking is an
    issue. Resolved – to contact the school"): it stays a resolution beside the list. (A task after
    a dash under a formal list stays a follow-up.) So is a motion told with its mover and seconder
    ("Motion was made by Brian to ... Motion second by Larry. Motion carried.") beside motions set out
    on lines of their own, and a task under an "Action:" label."""
    trig = trigger(text)
    return (
        (trig is not None and trig.kind == "resolved" and text[:1].isupper())
        or _CAPITAL_DECISION.match(text) is not None
        or ("second" in text.lower() and moved_at(text) == 0 and _CARRIED.search(text) is not None)
        or text.startswith(("Resolved", "RESOLVED"))
        or _ACTION_LABEL.search(text) is not None
        or (("esolved" in text or "ESOLVED" in text) and _RESOLVED_INSIDE.search(text) is not None)
        or INITIALS_TASK.match(text) is not None
    )


_RESOLVED_INSIDE = re.compile(
    r"\bit\s+was\s+(?-i:Resolved|RESOLVED)\s+(?:unanimously\s+)?(?:that|to)\b", re.I
)
""""After discussions it was Resolved to install a fence.": the capital says the meeting resolved
formally, as its RESOLVED list beside it does."""


_ACTION_LABEL = re.compile(r"(?:^|[.;]\s+)(?-i:ACTION|Action)(?:\s+(?:by|owner))?\s*:\s*\S")
""""... from the table. Action: Charlotte to review the minutes ...": a task labelled as formally as
the item's RESOLVED list."""


_CAPITAL_DECISION = re.compile(
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{FORMAL_BODY}\s+"
    r"(?-i:NOTED|APPROVED|ENDORSED|AGREED|RESOLVED|DECIDED|RATIFIED|ADOPTED|HOMOLOGATED)\b",
    re.I,
)
"""The body's decision with its verb in capitals ("The committee NOTED the requirement for an annual
report."): as formal as a RESOLVED list beside it."""


_PARAGRAPH_NUMBER = re.compile(r"^(\d{1,3}\.\d{1,2})\s")
"""A numbered paragraph of an item ("3.2 Meeting of 22 November – It was RESOLVED to agree and sign
the minutes", "3.3 Meeting of 4 January – It was RESOLVED to agree and sign the minutes") is a
decision of its own however like its neighbour it reads."""


def settle(out: Reading) -> None:
    """Decisions written as sentences count where the item has no formal list of its own;
    under an item with a RESOLVED list they stay narrative (discussion that led to the points)."""
    for said in reversed(out.said):
        decisions = said.decisions
        if said.item in out.formal:
            formal = [sentence.lower() for sentence in said.sentences if _formal_in_itself(sentence)]
            decisions = [
                r
                for r in said.decisions
                if _formal_in_itself(r.text) or any(restated_clause(r.text) in f for f in formal)
            ]
            if not decisions:
                continue
        fresh = []
        numbered = _PARAGRAPH_NUMBER.match(out.narrative[said.narrative_at][0])
        for res in decisions:
            key = point_key(res)
            if numbered is not None:
                key = (f"{key[0]} {numbered.group(1)}", key[1])
            if key not in out.seen:
                out.seen.add(key)
                fresh.append(res)
        out.resolutions[said.at : said.at] = fresh
        out.narrative[said.narrative_at : said.narrative_at + 1] = [(r, said.item[0]) for r in said.rest]


def name_owner(
    out: Reading,
    last_block: tuple[int, int] | None,
    minute: str | None,
    who: str,
    *,
    labelled: bool = False,
    due: str | None = None,
) -> str | None:
    """ "ACTION: Chief Executive" names who acts: on the block just above, its actionable points
        with no owner; after discussion, the last sentence (returned, to be the point), or the
        paragraph's told decisions when one asks for something. "Action by: Clerk" under one decision
        makes it an action unless it only notes or confirms, and under a paragraph names who carries out the
    decisions it told ("The Board agreed to consult tenants." / "Action by: Aisha Khan"); "Action:
    Complete" says the decision is done."""
    done = DONE.match(who) is not None
    if last_block is not None:
        start, end = last_block
        for k in range(start, end):
            res = out.resolutions[k]
            if done:
                out.resolutions[k] = replace(res, actionable=False, owner=None, due=None)
            elif labelled and end - start == 1 and not res.actionable and recommended_action(res.text):
                out.resolutions[k] = replace(res, actionable=True, owner=who, due=res.due or due)
            elif res.actionable and res.owner is None:
                out.resolutions[k] = replace(res, owner=who, due=res.due or due)
        return None
    if not out.narrative or out.narrative[-1][1] != minute:
        return None
    if not labelled:
        return tagged_sentence(out, who)
    told = out.said[-1] if out.said and out.said[-1].narrative_at == len(out.narrative) - 1 else None
    if told is not None and any(r.actionable for r in told.decisions):
        told.decisions[:] = [
            replace(r, owner=who, due=r.due or due) if r.actionable else r for r in told.decisions
        ]
    return None


def tagged_sentence(out: Reading, who: str) -> str | None:
    """The sentence an owner tag under a paragraph makes a task of, taken out of the paragraph (the
    rest stays discussion); or None when the tag names who carries out an actionable decision the
    paragraph told (minutes approved earlier in it ask nothing, so the tag takes the last sentence)."""
    told = out.said[-1] if out.said and out.said[-1].narrative_at == len(out.narrative) - 1 else None
    said = sentences(without_number(out.narrative[-1][0]))
    last = said[-1] if said else ""
    if told is not None and told.decisions:
        kept = [r for r in told.decisions if restated_clause(r.text) not in last.lower()]
        if len(kept) == len(told.decisions) and any(r.actionable or recommended_action(r.text) for r in kept):
            told.decisions[:] = [
                replace(r, owner=who, actionable=True) if r.actionable or recommended_action(r.text) else r
                for r in kept
            ]
            return None
        told.decisions[:] = kept
    at = _tagged_at(said)
    first = _continued_from(said, at)
    if first > 0 or at < len(said) - 1:
        out.narrative[-1] = (" ".join(said[:first] + said[at + 1 :]), out.narrative[-1][1])
    else:
        out.narrative.pop()
    return " ".join(said[first : at + 1]) if said else last


_CONTINUES = re.compile(
    r"^(?:it|this|these|they|that)\s+(?:will|would|can|could|should|is\s+to|are\s+to)\b", re.I
)
"""A sentence that goes on from the one before ("It will then go out with the village newsletter", "This
will then be on the Agenda for March 2020"): the task is told from the sentence it continues."""


def _continued_from(said: list[str], at: int) -> int:
    first = at
    while first > 0 and _CONTINUES.match(said[first]):
        first -= 1
    return first


def _tagged_at(said: list[str]) -> int:
    """Which sentence of the paragraph an owner tag under it makes a task of: the last, unless the
    last only records ("The report was discussed and accepted.") and one before it tells a task
    ("The Clerk would forward electronic copies with the minutes.")."""
    last = len(said) - 1
    if last < 1 or not (refuses(said[last]) or _RECORDED.match(said[last]) or _NOTED_FACT.match(said[last])):
        return max(last, 0)
    return next((k for k in range(last - 1, -1, -1) if _task_like(said[k])), last)


_RECORDED = re.compile(
    r"^(?:the\s+|this\s+)?(?:report|update|item|information|accounts?|correspondence)?\b[^.;]{0,60}?\b(?:was|were)\s+"
    r"(?:(?:discussed|considered|read)\s+and\s+)?(?:noted|accepted|received|approved|agreed)\s*\.?$",
    re.I,
)


_NOTED_FACT = re.compile(
    r"^it\s+was\s+(?:also\s+|further\s+)?(?:noted|reported|stated|explained)\s+that\b", re.I
)
"""A fact the paragraph closes on ("It was noted that all banks were reluctant to take on such small
accounts"): the tag under it names who does what was told before it."""


def _task_like(sentence: str) -> bool:
    return not refuses(sentence) and (is_actionable(sentence) or commits(sentence))
