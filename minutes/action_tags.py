"""Action tags written after a sentence, as notes-style minutes give a task: "The approach to ACRE was
discussed. Action: secretariat to prepare a draft letter", "Cllr Harlow sent a report. Clerk to
action.", "ACTION: C Woods following up on the reports" (minutes/narrative_decisions.py)."""

from __future__ import annotations

import re

ACTION_TAG = re.compile(r"^(?:[-–—]\s*)?(?-i:ACTION|Action)(?:\s+(?:by|owner))?(?:\s*:|\s+[-–—])\s*\S")
""""The terms of the approach to ACRE were discussed. Action: secretariat to prepare a draft letter",
"Stuart agreed to follow up with June Ward. - Action - Stuart": the tag makes the sentence before it a
task."""
TO_ACTION = re.compile(r"^(?:the\s+)?(?:[\w'’.&-]+\s+){0,2}?[\w'’.&-]+\s+to\s+action\s*\.?$", re.I)
""""Clerk to action." after a sentence of its own: who carries out what the sentence before says
("Cllr Harlow had sent a report to be put on the website. Clerk to action.")."""
TASK_ON_THE_LAST = re.compile(
    r"^(?:the\s+)?(?:(?!(?:agreed|asked|offered|volunteered|decided|was|were|has|had|is|are|would|will)\b)[\w'’.&-]+\s+){1,3}?"
    r"(?:is\s+)?to\s+(?:chase|report|investigate|follow\s+up"
    r"|(?-i:[a-z]+)\s+(?:this|it|them)(?:\s+up)?(?:\s+(?:with|to|at|before|by)(?:\s+[\w'’.&-]+){1,4})?)\s*\.?$",
    re.I,
)
"""A task with no object but "this" or none at all, after a sentence that is no decision ("The ruts on
the green are still an issue. R.T to raise this with DCC", "The sign is damaged. Clerk to report."):
that sentence says what the task is. After a decision ("Roads Department has agreed to put up the
signs. Ron to chase.") the task stands alone."""
TAGGED_TASK = re.compile(
    r"^(?-i:ACTION|Action)(?:\s+(?:by|owner))?\s*:\s*(?!to\b)\w[^.;]{0,60}?"
    r"(?:\bto\s+(?-i:[a-z])|\s(?!ongoing\b|outstanding\b|pending\b)(?-i:[a-z]{2,}ing)\s+(?:up\s+)?(?:on|with|the|a|an)\b)",
    re.I,
)
""""Action: Charlotte to review the minutes ...", "ACTION: C Woods following up on the reports": the label
holds the task itself, so the sentence before it stays discussion (unlike "Action: Clerk", which makes
that sentence the task)."""
TOPIC_BEFORE_TASK = re.compile(
    r"^(?!.*\b(?:is|are|was|were|had|has|have|been|will|would|should|could|did|agreed|noted|discussed|reported|said"
    r"|asked|explained|resolved|decided)\b)(?!.*\b(?-i:[a-z]{3,}ed)\s+(?:to|by|from|with)\s)(?!.*(?::\s|\s[-–—]\s))[^.!?]{3,140}[.;]?$",
    re.I,
)
"""A topic named before its action, with no verb of its own ("the terms of the approach to ACRE and other
advisory committees. Action: secretariat to prepare draft letter"): the two are one task; a sentence
that tells what was done ("Tree application 142710 submitted to the district council.") is not a topic."""
ACTION_TAG_IN = re.compile(r"[.;]\s+(?:[-–—]\s*)?(?-i:ACTION|Action)(?:\s+(?:by|owner))?(?:\s*:|\s+[-–—]\s)")
