"""Decisions recorded as sentences inside the discussion rather than under a RESOLVED heading:
"It was agreed that the Clerk obtain three quotes.", "The Panel decided to issue an annual
report.", "Council resolved to co-opt Mr Barber.", "... and it was agreed that a note would be
circulated.", "Mr A proposed ..., seconded by Mr B and unanimously agreed."

Only the meeting body (committee, panel, council, members, ...) or an impersonal "It was" can
decide: "the officer agreed to look into it" is a follow-up (a request), "as agreed at the last
meeting" and "it was agreed by the Cabinet in 2019" report older decisions, and a question
decides nothing.
"""

from __future__ import annotations

import re

from minutes.action_tags import (
    ACTION_TAG,
    TAGGED_TASK,
    TASK_ON_THE_LAST,
    TO_ACTION,
    TOPIC_BEFORE_TASK,
)
from minutes.actors import ENTRY_LABEL
from minutes.bare_tasks import bare_task
from minutes.body_decisions import (
    ADVERBS,
    BODY_ASKS,
    BODY_DECIDES,
    CONSENSUS,
    INSTRUCTED,
    MOTION_BODY_ACTS,
    REFERRED,
    TALKED_AGREED,
)
from minutes.closing_agreement import (
    CLOSES_DECISION,
    VOTE_ONLY,
    agreed_in_the_sentence,
    agreed_outcome_line,
    agrees_the_sentence_before,
)
from minutes.decision_cues import PASSIVE_WORDS, may_decide
from minutes.deferrals import put_off
from minutes.document_cache import per_document
from minutes.lead_in import ASIDE, EARLIER, LEAD_IN, MOTION_LEAD_IN, ON_A_MOTION, REASON_HEAD, label_end
from minutes.motion_labels import motion_label_end, put_to_the_vote
from minutes.motions import (
    bare_motion,
    bare_vote,
    carried_motion,
    failed,
    moved_at,
    seconded_proposal,
    seconds_the_sentence_before,
)
from minutes.next_agenda import sent_to_next_agenda
from minutes.owners import role_action
from minutes.planning_views import own_planning_view, planning_view, view_closes_application
from minutes.proposal_forms import (
    CO_OPTED,
    ELECTED,
    NOMINATION,
    PROPOSAL,
    PROPOSED,
    PROPOSED_ALL_IN_FAVOUR,
    VOTE,
)
from minutes.records import minutes_record
from minutes.sentence_split import sentences
from minutes.triggers import without_initial_stops
from minutes.whole_notes import closed_by_its_decision

_BODY = (
    r"(?:(?:sub-)?(?:committee|commission|panel|board|cabinet|council|executive|forum|group|meeting|cmte|cttee|ctte)"
    r"|members|councillors|cllrs\.?|trustees|governors|conven[eo]rs|(?-i:[A-Z]{1,4}[CBPG])\b|(?-i:(?:[A-Z]\.){1,3}[CBPG]\.)(?=\s))"
)
_SUBJECT = (
    r"(?:it\s+was|it"
    rf"|(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?:and|&)\s+(?=(?-i:[A-Z]))){{0,5}}{_BODY}(?:\s+of\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+present)?"
    rf"|all(?:\s+(?:the\s+)?{_BODY}(?:\s+present)?)?)"
)
_VERB = (
    r"(?P<kw>agreed|resolved|decided|determined(?=\s+(?:to\b|that\s+[^.;]{0,80}?\b(?:should|would|will|shall|be)\b))|voted(?=\s+(?:unanimously\s+|\d{1,2}\s*[-–]\s*\d{1,2}\s+)?to\s)"
    r"|voted(?=\s+(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2})\b[^;]{0,150}?\sto\s+(?!adjourn\b)(?-i:[a-z]))"
    r"|voted(?=\s+(?:unanimously\s+)?in\s+favou?r\s+of\s+(?:the\s+(?:proposal|motion|recommendations?)\b|(?-i:[a-z]+ing)\s)))\b"
)
""""voted" with its count and manner before what was decided ("voted in favour of ordering a new bench"): "voted 4-1, with Wilson voting against,
to authorize the Town Administrator", "voted unanimously at 7:01 p.m. on a roll call vote (...) to
enter executive session"."""
_REST = re.compile(
    r"\s*(?:that\b|to\b|not\s+to\b|(?:that\s+)?if\s+(?=[^.;]{3,150}?\b(?:would|will|should|to)\s)"
    r"|for\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){1,6}?to\s+(?-i:[a-z])"
    r"|:|[-–—]|\(|unanimously\b|in\s+favou?r\s+of\b|(?:the|its|their|a|an|this|these|those|all)\s|$"
    r"|(?:two|three|four|five|six|several|some|further|more|\d{1,3}(?!\s+(?:votes?|to|for|against|in)\b))\s+(?:more\s+)?[a-z]+s\b|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s+to\b|\s*,)"
    r"|by\s+(?:\d+|a\s+majority|all)\b|by\s+(?:the\s+)?(?:parish\s+|town\s+)?(?:councillors|members)\s+(?=that\b|to\b)"
    r"|(?<=agreed\s)by\s+(?:the\s+)?(?:parish\s+|town\s+)?(?:council|committee|board|meeting|trustees|(?-i:PC|P\.C\.))\s+(?=that\b|to\b)|nem\.?\s*con|(?:[a-z'’-]+\s+){1,6}?to\s+be\s+[a-z]+(?:ed|en|wn|t)\b"
    r"|(?:(?:cllr|councillor|mrs?|ms|dr)\.?\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+(?:would|should|will|shall)\s"
    r"|(?:we|they|he|she|it)\s+(?:would|should|will|shall)\s)",
    re.I,
)
"""What may follow the verb: a clause or an object ("agreed not to change ...", "agreed for the Clerk
to write ...", "agreed we would write to ...", "agreed four more posts should be purchased", "agreed by the PC that they will write ...", "agreed if the sign had not been replaced the clerk would ...",
the notes' "agreed formal letter of support to be provided by CC"), never "with the
comments" or "by the Cabinet in 2019" or "at the last meeting"."""
_OPENS = re.compile(rf"^{LEAD_IN}(?P<subject>{_SUBJECT}){ASIDE}\s+{ADVERBS}{_VERB}", re.I)
_CLAUSE = re.compile(
    rf"(?:(?:,\s*|\s)(?:and|so|but)\s+|\s[-–]\s+(?:(?:after|following)\s+(?:[\w'’/-]+\s+){{1,8}}?)?"
    r"|(?:,\s*|\s)(?:and\s+)?(?:since|because|as)\s+(?!it\s+was\b)[^.;]{3,150}?,?\s+|,\s+(?=(?-i:It)\s)"
    r"|(?P<spliced>,\s+(?=it\s+was\s)|^(?:since|because|as)\s+(?!it\s+was\b)[^.;]{3,150}?,\s+(?=it\s+was\s))"
    r"|^(?-i:[A-Z])[\w'’&/-]*(?:\s+[\w'’&/-]+){0,5}?\s+(?=(?-i:It)\s))"
    rf"(?P<start>(?:it\s+was|(?<=and\s)(?:the\s+(?:members|councillors|committee|council|board|panel)"
    rf"|(?-i:Members|Councillors|Committee|Council|Board|Panel)))\s+{ADVERBS}{_VERB})",
    re.I,
)
"""... a discussion highlighted the need, and it was agreed that public relations be added; "Grass
Cutting, It was agreed the Clerk would ..." and "Footpath posts It was agreed that ..." (a title run
into its minute); "A lengthy discussion took place and the Members resolved to invite ..." ("... was unwell and Council
agreed to write to him"); "The low
turnout was noted but it was agreed that the survey go ahead"; "A letter
asked for a footpath - after a discussion it was agreed that the clerk contact the Highways Authority"."""


_VERB_FIRST = re.compile(
    r"^(?:(?-i:Unanimously)\s+(?:agreed?|approved?|resolved?)|(?-i:Approved|Agreed|Endorsed|Instructed|Authori[sz]ed|Deferred|Adopted|Ratified|Resolved|Decided|Requested"
    r"|Recommended|Delegated|Referred))\s+(?:by\s+all\s+(?:members\s+)?(?=that|to))?(?:that|to|the|a|an|its|their|this|these"
    r"|officers|we|(?-i:[A-Z]))\b",
    re.I,
)
"""A decision written without its subject, as a decision notice does: "Approved the recommendations
of the Panel subject to ...", "Agreed to discharge the item", a parish's note "Unanimously agree to purchase." or
"Agreed we ask the Enforcement Officer about this.". ("Noted the request ..." is as
often an officer's answer, so it is left out.)"""
_PASSIVE = re.compile(
    rf"^(?:{MOTION_LEAD_IN})?(?:the|these|this|its|their|all|both)\s+(?!following\b)(?:[\w'’()/,-]+\s+){{0,6}}?(?:recommendations?|reports?|terms\s+of\s+reference"
    r"|accounts|budgets?|polic(?:y|ies)|plans?|proposals?|amendments?|strategy|programme|agenda|motion|nominations?"
    r"|appointments?|changes|statements?|update|estimates|precept|schedule|payments|procedures?|protocol|guidance"
    r"|foregoing|arrangements)\s+(?:was|were)\s+(?:(?:duly|unanimously|then|formally|also|therefore)\s+)?"
    r"(?:(?:received\s+and\s+)?noted|approved|accepted|adopted|agreed|endorsed|ratified|confirmed|received)\b"
    r"(?!\s+(?:at|in|on|during|last|previously|earlier|when|before)\b)"
    r"|^(?:the\s+)?(?:members|committee|panel|board|meeting|council)\s+(?:also\s+)?noted\s+the\s+foregoing\b"
    r"|^(?:an?\s+|the\s+|new\s+)(?:[\w'’-]+\s+){0,4}?(?:was|were)\s+(?:duly\s+|unanimously\s+)?agreed\s+(?:with|for)\s",
    re.I,
)
"""A decision told in the passive after a report, "The recommendations were approved.", "The report
was noted, as recommended.", "The terms of reference were accepted as fit for purpose", or
"Members noted the foregoing.", not a decision reported from before ("was approved at the last
meeting", "had been approved")."""
_PAYMENTS = re.compile(
    r"^(?:the\s+)?(?:following\s+)?(?:accounts|payments|invoices|cheques)\b[^.;]{0,60}?\b(?:were|was)\s+"
    r"(?:duly\s+|unanimously\s+)?(?:agreed|approved|authori[sz]ed|passed|signed)\b[^.;]{0,30}:\s*\S",
    re.I,
)
""""The following payments were agreed: Green Cuts Ltd £240.00 ...": the list approved (the list
itself is the object; a payment approved has no further step)."""
_QUESTION = re.compile(r"\b(?:whether|enquired|inquired|queried|asked\s+if|asked\s+why)\b", re.I)


def _decision(sentence: str) -> str | None:
    """The decision a sentence records, or None. Each form is tried only when its words are
    there: most sentences of a discussion hold none of them."""
    if sentence.rstrip().endswith("?"):
        return None
    low = sentence.lower()
    voted = "second" in low
    agreed = "agreed" in low or "resolved" in low or "decided" in low or "voted" in low or "determined" in low
    if (
        (voted or low.startswith("it was proposed and"))
        and "proposed" in low
        and PROPOSED.search(without_initial_stops(sentence))
        and not _QUESTION.search(sentence)
    ):
        return sentence
    if ("favour" in low or "favor" in low) and PROPOSED_ALL_IN_FAVOUR.search(sentence):
        return sentence
    talked = (
        agreed
        or "approved" in low
        or "accepted" in low
        or "adopted" in low
        or "endorsed" in low
        or "NOTED" in sentence
    )
    if talked and TALKED_AGREED.search(sentence) and not _QUESTION.search(sentence):
        return sentence
    if "motion" in low and voted and MOTION_BODY_ACTS.match(sentence):
        return sentence
    if voted or "motion" in low:
        moved = moved_at(sentence)
        if moved is not None:
            return sentence[moved:]
        if carried_motion(sentence):
            return sentence
    deferral = put_off(sentence)
    if deferral is not None:
        return sentence[deferral:]
    if (
        _VERB_FIRST.match(sentence)
        or bare_task(sentence)
        or (PASSIVE_WORDS.search(low) and _PASSIVE.match(sentence) and not sentence.rstrip().endswith(":"))
        or (("elected" in low or "appointed" in low or "confirmed" in low) and ELECTED.search(sentence))
        or (":" in sentence and _PAYMENTS.match(sentence))
        or ("co-opt" in low and CO_OPTED.search(sentence))
        or (
            (
                "approval" in low
                or "refusal" in low
                or "object" in low
                or "application" in low
                or "support" in low
            )
            and planning_view(sentence)
        )
        or ("council" in low and own_planning_view(sentence))
        or sent_to_next_agenda(sentence)
        or agreed_outcome_line(sentence)
        or TAGGED_TASK.match(sentence)
        or (
            (
                "structed" in low
                or " told " in low
                or "directed" in low
                or " asked" in low
                or "requested" in low
            )
            and INSTRUCTED.match(sentence)
        )
        or (("consensus" in low or "agreement" in low) and CONSENSUS.match(sentence))
        or ("referred" in low and REFERRED.match(sentence))
        or agreed_in_the_sentence(sentence)
        or (_ASKS_WORDS.search(low) and BODY_ASKS.search(sentence) and not _QUESTION.search(sentence))
    ):
        return sentence
    if voted and seconded_proposal(sentence) and not _QUESTION.search(sentence):
        return sentence
    lead = label_end(sentence) if agreed else 0
    m = _OPENS.match(sentence[lead:]) if agreed else None
    if m is not None:
        if _REST.match(sentence, lead + m.end()) is None or _ADJOURNS.match(sentence, lead + m.end()):
            return None
        # A lead-in is part of "after a discussion it was agreed that ..." as minutes record it; a
        # capital "It" after a comma follows an item's title ("Grass Cutting, It was agreed").
        whole = ON_A_MOTION.match(sentence, lead) is not None or m.group("subject")[:2] == "it"
        return sentence[lead if whole else lead + m.start("subject") :]
    c = _CLAUSE.search(sentence) if agreed else None
    if c is not None and c.group("spliced") is not None and EARLIER.search(sentence, 0, c.start()):
        c = None
    if c is None or _REST.match(sentence, c.end()) is None:
        action = role_action(sentence)
        if action is None or _QUESTION.search(sentence, 0, action.start("who")):
            return None
        label = ENTRY_LABEL.match(sentence)
        return sentence[label.end() :] if label else sentence
    if _QUESTION.search(sentence, 0, c.start()):
        return None
    return sentence if c.group("spliced") is not None else sentence[c.start("start") :]


_ADJOURNS = re.compile(r"\s+(?:unanimously\s+)?to\s+adjourn\b", re.I)
"""Voting to adjourn ends the meeting: no decision to follow up."""
_COMMITTED = re.compile(r"\b(?:agreed|will|would|promised|undertook|offered)\b", re.I)
"""Another's commitment told before a task ("Roads Department has agreed to put up the signs. Ron to
chase."): the task is to chase it, not to do it."""
_NAMED_MINUTES = re.compile(r"\bminutes?\s+of\b", re.I)
"""Minutes confirmed after another sentence count when they name their meeting ("The minutes of the
Annual Parish Council meeting were agreed and signed"); "The minutes were then agreed" closing
matters arising restates the confirmation already recorded."""
_AGREE_NOW = re.compile(r"^(?-i:Agree)\s+(?:to|that)\s")
"""A notes decision in the present tense after the matter it settles ("Office equipment: a new laptop
is needed. Agree to acquire 3 quotes ..."); first in a paragraph it is more often a report's
recommendation ("1.2. Agree that the officers ... report back")."""
_ASKS_WORDS = re.compile(r"requested|asked|called\s+for|instructed|directed")


def split_decisions(paragraph: str) -> tuple[list[str], list[str]]:
    """The decision sentences of a narrative paragraph, and the rest of it (as runs of
    consecutive sentences, so a follow-up that reads across two sentences stays whole)."""
    decisions, rest = _split(paragraph)
    return list(decisions), list(rest)


@per_document(16_384)
def _split(paragraph: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Cached for the document being read (minutes.document_cache): the reader asks about each
    narrative paragraph twice, once when tagging lines (is it all decisions) and once when reading
    them (which sentences are), and a pack has more paragraphs than a small cache keeps."""
    if not _VERB_FIRST.match(paragraph) and not may_decide(paragraph):
        return (), (paragraph,)
    decisions: list[str] = []
    rest: list[str] = []
    run: list[str] = []
    said = sentences(paragraph)
    decided_at = -1
    for at, sentence in enumerate(said):
        if at and decided_at == at - 1 and failed(sentence):
            run.append(decisions.pop())
            run.append(sentence)
            continue
        if decisions and "motion" in sentence.lower() and failed(sentence) and moved_at(decisions[-1]) == 0:
            rest.append(decisions.pop())
            run.append(sentence)
            continue
        if at and decided_at == at - 1 and (CLOSES_DECISION.match(sentence) or TO_ACTION.match(sentence)):
            decisions[-1] = f"{decisions[-1]} {sentence}"
            decided_at = at
            continue
        if (
            at
            and run
            and run[-1] == said[at - 1]
            and (
                (PROPOSAL.search(run[-1]) and CLOSES_DECISION.match(sentence))
                or (agrees_the_sentence_before(sentence) and not VOTE_ONLY.search(run[-1]))
                or (
                    ACTION_TAG.match(sentence)
                    and (not TAGGED_TASK.match(sentence) or TOPIC_BEFORE_TASK.match(run[-1]))
                )
                or TO_ACTION.match(sentence)
                or (TASK_ON_THE_LAST.match(sentence) and not _COMMITTED.search(run[-1]))
            )
        ):
            run.pop()
            decisions.append(f"{said[at - 1]} {sentence}")
            decided_at = at
            if run:
                rest.append(" ".join(run))
                run = []
            continue
        vote = VOTE.match(sentence[motion_label_end(sentence) :]) is not None or bare_vote(sentence)
        if vote or seconds_the_sentence_before(sentence, said[at - 1] if at else ""):
            if at and decided_at == at - 1 and decisions[-1] == said[at - 1] and not vote:
                decisions[-1] = f"{decisions[-1]} {sentence}"
                decided_at = at
            elif at and run and run[-1] == said[at - 1]:
                run.pop()
                decisions.append(f"{said[at - 1]} {sentence}")
                decided_at = at
                if run:
                    rest.append(" ".join(run))
                    run = []
            continue
        found = _decision(sentence)
        if found is None and sentence[:6].lower() == "motion" and put_to_the_vote(sentence, paragraph):
            found = sentence
        if found is not None and found[:1] in "MmRr":
            found = found[motion_label_end(found) :]
        if found is None and at == len(said) - 1 and BODY_DECIDES.match(sentence):
            found = sentence
        if found is None and at and _NAMED_MINUTES.search(sentence) and minutes_record(sentence) == sentence:
            found = sentence
        if found is None and at and _AGREE_NOW.match(sentence):
            found = sentence
        if found is None and run == said[:at] and view_closes_application(said, at):
            found = sentence
        if found is None:
            run.append(sentence)
            continue
        head = sentence[: len(sentence) - len(found)].strip()
        if not head and run and run[-1] == said[at - 1] and bare_motion(found):
            found = f"{run.pop()} {found}"
        elif not head and run == said[:at] and view_closes_application(said, at):
            found, run = " ".join([*run, found]), []
        clause = _CLAUSE.search(found) if found == sentence and _PASSIVE.match(found) else None
        if clause is not None and _REST.match(found, clause.end()) is not None:
            decisions.append(found[: clause.start()].strip(" ,"))
            found = found[clause.start("start") :]
        if decisions and ELECTED.search(found) and NOMINATION.search(decisions[-1]):
            rest.append(decisions.pop())
        decisions.append(found)
        decided_at = at
        if head and not REASON_HEAD.search(head):
            run.append(head)
        if run:
            rest.append(" ".join(run))
            run = []
    if run:
        rest.append(" ".join(run))
    if not decisions:
        return (), (paragraph,)
    if closed_by_its_decision(paragraph, said, decisions):
        return (paragraph,), ()
    if rest and rest[0] == said[0] and minutes_record(said[0]) == said[0]:
        decisions.insert(0, rest.pop(0))
    return tuple(decisions), tuple(rest)
