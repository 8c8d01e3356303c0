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

from minutes.text import sentences

_BODY = (
    r"(?:(?:sub-)?(?:committee|commission|panel|board|cabinet|council|executive|forum|group|meeting)"
    r"|members|councillors|trustees|governors)"
)
_LEAD = r"(?:(?:after|following|upon|on|having|at\s+the\s+(?:end|conclusion)\s+of)\s+[^,.;:]{2,60},\s+)?"
_SUBJECT = (
    r"(?:it\s+was|it"
    rf"|(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?:and|&)\s+(?=(?-i:[A-Z]))){{0,5}}{_BODY}(?:\s+present)?"
    rf"|all\s+(?:the\s+)?{_BODY}(?:\s+present)?)"
)
_ADVERBS = r"(?:(?:also|further|then|therefore|subsequently|duly|formally|unanimously|accordingly)\s+){0,2}"
_VERB = r"(?P<kw>agreed|resolved|decided)\b"
_REST = re.compile(
    r"\s*(?:that\b|to\b|:|[-–—]|\(|unanimously\b|(?:the|its|their|a|an|this|these|those|all)\s|$"
    r"|by\s+(?:\d+|a\s+majority|all)\b|nem\.?\s*con)",
    re.I,
)
"""What may follow the verb: a clause or an object, never "with the comments" or "by the Cabinet
in 2019" or "at the last meeting"."""
_OPENS = re.compile(rf"^{_LEAD}(?P<subject>{_SUBJECT})\s+{_ADVERBS}{_VERB}", re.I)
_CLAUSE = re.compile(rf"(?:,\s*|\s)(?:and|so)\s+(?P<start>it\s+was\s+{_ADVERBS}{_VERB})", re.I)
"""... a discussion highlighted the need, and it was agreed that public relations be added."""
_PROPOSED = re.compile(
    r"\bproposed\b.*\bseconded\b.*\b(?:and|,)\s+(?:(?:it|this)\s+was\s+|was\s+|the\s+meeting\s+|members\s+)?"
    r"(?:(?:then\s+)?unanimously\s+|duly\s+)?(?:agreed|resolved|carried|approved)"
    r"(?:\s+by\s+(?:the\s+meeting|all(?:\s+members)?|members|a\s+majority))?\s*[.!]?$",
    re.I,
)
""""Mr A proposed acceptance of the accounts, seconded by Mrs B and unanimously agreed": the
proposal, as carried, is the decision."""
_QUESTION = re.compile(r"\b(?:whether|enquired|inquired|queried|asked\s+if|asked\s+why)\b", re.I)


_COMMITS = re.compile(
    r"\b(?:agreed|decided|resolved)\s+(?:unanimously\s+)?to\s+(?!(?:note|accept|approve|receive|endorse|confirm|"
    r"co-opt|adopt|support|defer|pay|reject|decline|refuse|grant|award|ratify|agree|exclude|move|proceed|elect|"
    r"appoint|discuss|consider|meet|take|hold|keep|leave|continue|re-?elect)\b)[a-z]+"
    r"|\b(?:would|should|will|shall|must)\s+(?:now\s+|then\s+)?be\s+(?!(?:noted|accepted|approved|received|agreed|"
    r"adopted|endorsed|deferred|held|kept|retained|signed)\b)[a-z]+ed\b",
    re.I,
)
"""A decision that commits somebody to act later: "agreed to plant two trees", "it was agreed
that these entries should be changed" (not "resolved to co-opt Mr Barber", done at the meeting)."""


def commits(text: str) -> bool:
    return _COMMITS.search(text) is not None


def _decision(sentence: str) -> str | None:
    if sentence.rstrip().endswith("?"):
        return None
    if _PROPOSED.search(sentence) and not _QUESTION.search(sentence):
        return sentence
    m = _OPENS.match(sentence)
    if m is not None:
        if _REST.match(sentence, m.end()) is None:
            return None
        return sentence[m.start("subject") :]
    c = _CLAUSE.search(sentence)
    if c is None or _REST.match(sentence, c.end()) is None:
        return None
    if _QUESTION.search(sentence, 0, c.start()):
        return None
    return sentence[c.start("start") :]


def split_decisions(paragraph: str) -> tuple[list[str], list[str]]:
    """The decision sentences of a narrative paragraph, and the rest of it (as runs of
    consecutive sentences, so a follow-up that reads across two sentences stays whole)."""
    low = paragraph.lower()
    if "agreed" not in low and "resolved" not in low and "decided" not in low and "carried" not in low:
        return [], [paragraph]
    decisions: list[str] = []
    rest: list[str] = []
    run: list[str] = []
    for sentence in sentences(paragraph):
        found = _decision(sentence)
        if found is None:
            run.append(sentence)
            continue
        decisions.append(found)
        head = sentence[: len(sentence) - len(found)].strip()
        if head:
            run.append(head)
        if run:
            rest.append(" ".join(run))
            run = []
    if run:
        rest.append(" ".join(run))
    if not decisions:
        return [], [paragraph]
    return decisions, rest
