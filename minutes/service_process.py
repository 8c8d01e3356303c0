"""What reads like a follow-up in the future tense but tells how a service or a process works: an
officer's account of a service change, the steps of an inspection, progress reported through an
organisation's own governance. Nobody undertakes to bring anything back to the committee, so
none of these is a request.

Applied (minutes/requests.py) only to the future-tense forms ("X will ...", "... would be
reviewed"); an undertaking or a request somebody makes at the meeting is never a description.
A sentence that also promises something to the committee or its members stays a follow-up."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ProcessForm:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter: tuple[str, ...]
    why: str


FORMS: tuple[ProcessForm, ...] = (
    ProcessForm(
        "service_improvement",
        re.compile(
            r"\b(?:will|would|shall)\s+(?:also\s+)?be\s+[a-z]+ed(?:\s+[\w'’-]+){0,6}?\s+"
            r"to\s+(?:improve|ensure|enhance|strengthen|increase|reduce|maximise|minimise|streamline)\b",
            re.I,
        ),
        examples=(
            "Officers reported that waiting times were a known problem and that the booking line would be"
            " reviewed to improve access.",
            "The discharge letters will be updated to reduce readmissions.",
        ),
        counter=(
            "The leaflet would be reviewed to improve its readability and reported back to the Panel.",
            "The Clerk will contact the contractor to ensure the verges are cut before the fete.",
        ),
        why="A service changed, in the passive, to improve the service: the service's own business, not a follow-up.",
    ),
    ProcessForm(
        "inspection_steps",
        re.compile(
            r"\b(?:to|by|with)\s+(?:the\s+)?(?:inspectors?(?!\s+(?-i:[A-Z][a-z]))|assessors?|inspection\s+teams?|regulators?)\b"
            r"|\b(?:the\s+)?(?:inspectors?|assessors?|inspectorate|regulators?|(?-i:CQC|Ofsted))\s+"
            r"(?:will|would)\b",
            re.I,
        ),
        examples=(
            "Case files are not sent; instead a summary of each case will be provided to inspectors.",
            "The CQC will also speak to a sample of carers about their experience.",
            "Ofsted would then meet the head of service and a group of social workers.",
        ),
        counter=(
            "The Director would circulate the inspection report to Members when it was published.",
            "The Chair asked that the inspectors' findings be brought to the next meeting.",
            "A meeting had been arranged with Inspector Jones of the local police to discuss the parking.",
        ),
        why="What a regulator's inspection does, step by step: the inspection's process.",
    ),
    ProcessForm(
        "standing_channel",
        re.compile(
            r"\bthrough\s+(?:the|its|their|existing|established|normal|usual)\s+(?:[\w'’-]+\s+){0,3}"
            r"(?:governance|structures?|arrangements|channels|processes|mechanisms)\b",
            re.I,
        ),
        examples=(
            "The Directors will report progress through the department's governance structures including"
            " the Programme Board.",
            "Risks would be reported through the usual management channels.",
        ),
        counter=("The Director will report progress on the action plan to the next meeting of the Panel.",),
        why="Reporting through the organisation's own structures: a standing practice, not a follow-up.",
    ),
    ProcessForm(
        "taking_part",
        re.compile(
            r"\b(?:would|will)\s+(?:not\s+)?(?:be\s+)?(?:(?:participat\w*|tak(?:e|ing)\s+(?:no\s+)?part|vot(?:e|ing))\b"
            r"[^.;]{0,60}?\b(?:item|meeting|debate|vote|discussion|decision)s?\b"
            r"|(?:remain\w*|leav\w*|withdraw\w*)\s+(?:in\s+|from\s+)?the\s+(?:room|meeting|chamber)\b)",
            re.I,
        ),
        examples=(
            "The Convener advised that he would be participating in the item.",
            "Councillor Wood said she would be leaving the room for the item.",
            "Councillor Wood would take no part in the debate or vote on item 7.",
        ),
        counter=("The Chair would speak to the landowner before the next meeting.",),
        why="A member declaring how they will take part in this meeting's business: nothing to do afterwards.",
    ),
)

_FOR_THE_MEETING = re.compile(
    r"\b(?:report\s+back|back\s+to\s+(?:the\s+)?(?:committee|commission|panel|board|members)"
    r"|to\s+(?:the\s+)?(?:next|a\s+future|future|\w+\s+meeting)|to\s+(?:all\s+)?members|circulate|circulated"
    r"|to\s+the\s+(?:committee|commission|panel|board|sub-committee)\b)",
    re.I,
)
"""A follow-up for the committee: something is brought back, sent round or reported to it."""


def describes_process(sentence: str) -> str | None:
    """The name of the first process form the sentence holds, unless it also promises something
    to the committee; None when it is no description."""
    for form in FORMS:
        if form.pattern.search(sentence) is not None:
            return None if _FOR_THE_MEETING.search(sentence) else form.name
    return None
