"""The words of a narrative follow-up: who does it (a person, a role, initials) and what they do
(pass something on, find something out, arrange something), in the active and the passive.
minutes/request_forms.py builds its forms from them."""

from __future__ import annotations

from dataclasses import dataclass

from minutes.gated import Form

STATE = (
    r"(?:be|not|never|need|remain|continue|like|wish|welcome|hope|expect|want|appear|seem|become|have|has|had"
    r"|keep|stay|mean|prefer|feel|believe|also\s+be|note|accept|support|agree|comply)\b"
)
"""Verbs after "would" that state a view or a state, not a deed ("would be useful", "would like")."""
ROLE = (
    r"(?:chair(?:man|person|woman)?|vice[- ]chair\w*|clerk|officers?|director|manager|head|lead|member|members"
    r"|councillors?|cllr|secretary|treasurer|mayor|leader|team|service|advis[eo]r|co-?ordinator|governors"
    r"|trustees|representatives?|committee|board|panel|commission|council|group|sig|authority|staff)"
)
NAMED = (
    r"(?:(?:mr|mrs|ms|miss|dr|cllr|councillor|pc|prof)\.?\s+(?:[A-Z]\.?\s+)?(?-i:[A-Z])[\w'’-]+"
    r"|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+|[A-Z]\.?(?=\s)))?|(?-i:[A-Z]{2,4})(?:\s+(?:and|&)\s+(?-i:[A-Z]{2,4}))?)"
)
NOT_A_NAME = r"(?!(?:it|this|that|there|these|those|which|what|here|such|each|any|all|some|both|we)\b)"
PERSON_NAME = (
    r"(?:(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s+(?:[A-Z]\.?\s+)?(?-i:[A-Z])[\w'’-]+"
    r"|(?!(?:the|this|that|these|those|it|there|we|they|he|she|members|officers|council|committee|how|what|why|when"
    r"|where|who|which|if)\b)"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?|(?-i:[A-Z]{2,4}))"
)
"""A person by name or initials ("Sharon", "Cllr Dean", "PAG"), not a body or a pronoun."""
WHO = rf"(?:\b{NOT_A_NAME}(?:{NAMED}|{ROLE}|he|she|they|we|who)(?:['’]s)?)"
DOER = rf"(?:\b{NOT_A_NAME}(?:{NAMED}|{ROLE}|he|she|they|who)(?:['’]s)?)"
"""Who will do it: a person, an officer, a role; "we will" is a plan's voice, not a follow-up."""
FOLLOW_UP_VERB = (
    r"(?:write|send|circulate|provide|share|forward|pass|report|bring|e-?mail|contact|approach|speak|liaise|meet"
    r"|investigate|look|explore|follow|chase|check|clarify|confirm|find|ascertain|establish|arrange|organise"
    r"|organize|raise|take|ask|invite|prepare|draft|update|feed|respond|reply|enquire|inquire|seek|obtain"
    r"|discuss|review|research|study|cover|host|visit|attend|publish|submit|present|return|give|put"
    r"|place|order|book|press|pursue|resend|re-?circulate|supply|consult|notify|inform|advise|speak"
    r"|telephone|phone|ring|call|make|set\s+up|sort|action|look\s+into|revisit|re-?visit|separate|prioritise|advertise"
    r"|export|transfer|collect|install|repair|replace|measure|survey|inspect|trial|pilot|audit|draw\s+up"
    r"|record|escalate|amend|correct|compile|source|request|remove|print|purchase|buy|get\s+in\s+touch|hand\s+over"
    r"|talk\s+(?:to|with)|work\s+(?:with|on)|come\s+back|double[- ]check|reach\s+out|reschedule"
    r"|get\s+(?:some\s+|further\s+)?(?:clarification|advice|quotes?|a\s+quote|details|prices)"
    r"|go\s+back\s+to|promote|keep\s+(?:\w+\s+){1,3}?(?:informed|updated|up\s+to\s+date|posted|apprised|in\s+the\s+loop))\b"
)
"""What a follow-up does: pass something on, find something out, arrange something."""
FOLLOW_UP_PP = (
    r"(?:circulated|sent|provided|shared|forwarded|passed\s+(?:on|to|back)|submitted|presented|reported(?:\s+back)?"
    r"|brought\s+(?:back|to\s+(?:a|the)\s+(?:future|next|(?:[\w-]+\s+){1,5}?meeting))|e-?mailed|obtained|sought|contacted|approached|investigated|explored|looked\s+into"
    r"|re-?visited|revisited|reviewed|looked\s+at|re-?submitted|given\s+(?:at|to)\s+(?:the|a)\b|discussed|considered\s+(?:at|by|further)|raised|followed\s+up|chased|checked"
    r"|clarified|confirmed|replaced|repaired|arranged|organised|organized|invited|asked|written|drafted|prepared"
    r"|made|taken\s+(?:up|forward|back)|added\s+to\s+the\s+(?:agenda|work\s+programme|forward\s+plan|list"
    r"|(?:next|\w+|\w+\s+\d{4})\s+meeting)|referred\s+(?:on\s+|back\s+)?to|amended|inserted|rescheduled|re-?arranged"
    r"|placed\s+on|put\s+(?:on(?!\s+hold)|to)|published|posted|re-?circulated|supplied|updated|informed|notified|advised"
    r"|involved|decided|resolved|addressed|investigated|pursued|progressed|ordered|signed|erected|fixed|cut|cleared"
    r"|reimbursed|listed|held\s+(?:with|about|regarding)|publici[sz]ed|displayed|distributed|actioned"
    r"|collated|rectified|put\s+up|consulted|re-?considered|issued|processed|monitored|requested\s+(?:for|from)\b|set\s+up|given\s+to\s+(?=(?-i:[A-Z]))|highlighted\s+to|finali[sz]ed)\b"
)
"""What is to be done, in the passive: told without saying by whom."""


@dataclass(frozen=True)
class RequestForm:
    """One form of follow-up: its pattern, sentences it must find and must not, and why it is one."""

    name: str
    form: Form
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()
    why: str = ""
