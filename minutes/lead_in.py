"""The words a sentence may open with before the body decides: "Following discussion, Members
agreed that ...", "Furthermore, the Sub-Panel agreed to ...", "In that regard, the Committee
agreed that ...", "After a long discussion regarding parking it was agreed ...", "After some discussion concerning the
graphic, it was agreed ...", "In the end it was decided ...", "On this basis the Parish Council agreed unanimously to support the
application", "Following receipt of a letter from West
Berkshire Council regarding their use of the centre the Board agreed that ...", "In accordance with
financial standing orders it was agreed to transfer ...".

Any short phrase closed by a comma will do, except one that dates the decision or makes it
conditional ("In 2019, the Cabinet agreed ...", "When it last met, the Board decided ...", "If
funds allow, the Council agreed ..."): that reports an older decision or a hypothesis."""

from __future__ import annotations

import re

MOTION_LEAD_IN = (
    r"(?:on|upon)\s+(?:(?:a|the)\s+)?(?:motion|proposal|proposition)\s+(?:(?:of|by|from)\s+)?[^,;:]{2,60},\s+"
    r"(?:duly\s+)?seconded\s+(?:by\s+)?(?:[^,;:]{2,60},\s+|[^,;:]{2,60}?\s+(?=it\s+was\s))"
    r"|(?:on|upon)\s+(?:a\s+)?motion\s+duly\s+(?:made|moved)\s*,?\s+(?:and\s+)?(?:duly\s+)?seconded"
    r"(?:\s*,?\s+and\s+(?:unanimously\s+|duly\s+)?carried)?\s*,?\s+"
)
"""The motion a decision was taken on: "On a proposition by Mr James, seconded by Mrs Bratt it was
unanimously agreed that", "Upon motion of Justice Boyd, seconded by Justice Dudley, it was RESOLVED",
"Upon motion duly made, seconded, and unanimously carried, the Agenda was approved as presented"."""
MOTION_LEAD = re.compile(MOTION_LEAD_IN, re.I)
LEAD_IN = (
    rf"(?:{MOTION_LEAD_IN}"
    r"|(?:after|following|upon|on|having|at\s+the\s+(?:end|conclusion)\s+of)\s+[^,.;:]{2,60},\s+"
    r"|(?:after|following|in\s+(?:accordance|line)\s+with|in\s+(?:view|light)\s+of|in\s+response\s+to|on\s+the\s+advice\s+of"
    r"|at\s+the\s+request\s+of|arising\s+(?:from|out\s+of))\s+(?:[\w'’/-]+\s+){0,20}?[\w'’/-]+,?\s+(?=it\s+was\s)"
    r"|(?:[\w'’.-]+\s+){1,4}(?:suggested|proposed)\s+and\s+(?=(?:the\s+)?(?:members|councillors|committee|council|board|panel|it\s+was)\s+agreed\b)"
    r"|(?:after|following)\s+(?:[\w'’/-]+\s+){3,25}?(?=the\s+(?:[\w'’-]+\s+){0,4}?(?:committee|board|council|panel|cabinet|group|forum"
    r"|commission|sub-committee)\s+(?:agreed|resolved|decided)\b)"
    r"|(?:in\s+the\s+end|in\s+conclusion|in\s+addition|additionally|furthermore|finally|eventually|ultimately|subsequently|thereafter"
    r"|(?:on|in|at)\s+(?:this|that|these)\s+(?:basis|point|regard|respect|understanding))\s*,?\s+"
    r"|(?:after|following)\s+(?:[\w'’/-]+\s+){0,4}?(?:discussion|debate|consideration|deliberation)s?\s+"
    r"(?:[\w'’/-]+\s+){0,10}?(?=the\s|members\s|councillors\s|all\s)"
    r"|(?:under|with\s+(?:regard|reference)\s+to|regarding|in\s+respect\s+of|concerning|further\s+to)\s+"
    r"(?:paragraph|para\.?|item|minute|point|agenda\s+item)\s+[\w./()-]{1,12},\s+"
    r"|(?![^,.;:]{0,60}?(?:\d|\b(?:last|previous(?:ly)?|earlier|ago|when|while|since|before|until|if|unless"
    r"|whether|as)\b))(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s+)?"
)
"""A lead-in ending at a comma ("after"/"following" may run on to the subject with no comma: "After
some discussion the Council agreed"), or the motion the decision was taken on ("On the proposal of
Cllr Murphy, seconded by Cllr Walsh, it was agreed ...", "On a motion by Trustee Bell, seconded by
Trustee Amos, the Board voted to ..."), or who suggested it ("Councillor Currie suggested and Members
agreed that ..."), or the earlier minute it follows up in matters arising ("Under Paragraph 14, the group
agreed that ...")."""
ON_A_MOTION = re.compile(
    r"(?:on|upon)\s+(?:(?:a|the)\s+)?(?:motion|proposal|proposition)\s+(?:of|by|from)\s", re.I
)
"""The motion a decision was carried on ("On a motion by Houk, seconded by Donovan, the Board voted
4-1 ...", "Upon motion of Justice Boyd, seconded by ..., it was unanimously RESOLVED"): part of the
decision as recorded, where other lead-ins ("Following discussion,") are cut off it."""
ASIDE = (
    r"(?:\s*,\s+(?![^,.;:]{0,60}?\b(?:last|previous(?:ly)?|earlier|ago|when|while|since|before|until|if|unless"
    r"|whether|who|which)\b)[^,.;:]{2,60},)?"
)
"""An aside between the body and its verb: "The Council, after a long discussion, agreed that ...",
"Members, having considered the letter, agreed ..." (not "The Board, when it last met, decided")."""
REASON_HEAD = re.compile(r"\b(?:since|because|as)\b[^.;]*$", re.I)
"""What a sentence says before its decision to give the reason ("... and since two members had not
read it,"): no follow-up of its own."""


MANNER = re.compile(
    r"^\s*\(?(?:unanimously\b|accordingly\b|as\s+follows\b|the\s+following\s*(?=:)|to\s+(?-i:AGREE|APPROVE)\s*(?=:))(?:\s*\))?",
    re.I,
)
"""How the body decided, not what: "RESOLVED unanimously", "AGREED (unanimously) that", "AGREED the
following:", "resolved to AGREE:" over points that each say what they do ("(i) To note ...")."""


MOVERS = re.compile(r"^[:\-–—]?\s*\(\s*[^()/]{2,50}?\s*/\s*[^()/]{2,50}?\)")
"""Who moved and seconded, in brackets after the keyword, as Australian councils write it: "Resolved
(Cr George Cecato / Cr Paul Amos)" over "That the minutes ... be confirmed."."""


LABEL_LEAD = re.compile(
    r"(?:[A-Z][\w'’&/-]*\s+){0,3}[A-Z][\w'’&/-]*\s*:\s+"
    r"|[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,5}\s*:\s+(?=(?i:it\s+was\s|(?:after|following)\s+[^.;:,]{2,60},?\s+it\s+was\s"
    r"|(?:the\s+)?(?:committee|council|councillors|members|meeting|board|group|panel)\s+(?:agreed|resolved|decided)\b))"
    r"|(?:[A-Z][\w'’&/-]*|to|for|of|and|the|on|in)(?:\s+(?:[A-Z][\w'’&/-]*|to|for|of|and|the|on|in)){0,8}\s+[–—]\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
"""A parish minute's title run into its text ("Minutes: It was agreed that ...", "Grass verges: After
discussion, it was agreed to ...", "Flower tubs: The committee agreed to ...", "Authorization to
Solicit Bids – The Council voted 7-0 to ...")."""


def label_end(sentence: str) -> int:
    m = LABEL_LEAD.match(sentence)
    return m.end() if m is not None else 0


INSTRUCTED_LEAD = (
    r"(?:(?:this|it)\s+was\s+(?:noted|agreed|discussed)\s+and\s+"
    r"|(?:the\s+)?(?:meeting|members|council|committee)\s+noted\s+[^.;]{3,200}?,?\s+and\s+"
    r"(?=(?:[\w'’-]+\s+){1,3}(?:was|were)\s+(?:asked|instructed|directed|told)\b))"
)
"""What a sentence tells before the one the meeting instructs ("This was noted and the Clerk was asked
...", "The meeting noted that the paving was overgrown and the clerk was asked ...")."""
TOLD_FIRST = re.compile(rf"^(?:(?:after|following)\s+[^,.;:]{{2,40}},\s+)?{INSTRUCTED_LEAD}?", re.I)
"""What a sentence tells before naming who acts: a lead-in ("Following discussion, the Clerk was asked
..."), or what the meeting noted first."""


EARLIER = re.compile(
    r"\b(?:last|previous(?:ly)?|earlier|ago|when|while|before|until|if|unless|whether|already)\b", re.I
)
"""What a clause before a comma and "it was agreed" says when the agreement is an older one or a
hypothesis ("At a previous meeting, it was agreed to postpone ...", "If funds allow, it was agreed
..."); otherwise the clause gives the facts the meeting decided on ("Two quotes had been received,
it was decided to accept the lower", "As seven people are waiting for allotments, it was agreed that
a site meeting be held")."""
