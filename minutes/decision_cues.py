"""Whether a narrative paragraph may record a decision at all: the words without which none of the
sentence forms of narrative_decisions.py can match. Most of a long pack's discussion has none of
them, and the test is cheap beside reading its sentences."""

from __future__ import annotations

import re

from minutes.action_tags import ACTION_TAG_IN
from minutes.bare_tasks import bare_task_in
from minutes.body_decisions import closes_with_decision
from minutes.deferrals import mentions_put_off
from minutes.owners import role_action
from minutes.planning_views import council_view_in, own_planning_view

PASSIVE_WORDS = re.compile(
    r"w(?<!\ww)(?:as|ere)\s+(?:\w+\s+)?(?:noted|approved|accepted|adopted|agreed|endorsed|ratified|confirmed|received)\b"
    r"|noted\s+the\s+foregoing"
)
"""It opens with a letter, not "\\b", so that `re` skips from "w" to "w" instead of trying every place."""


def may_decide(paragraph: str) -> bool:
    low = paragraph.lower()
    return not (
        "agreed" not in low
        and "Agree " not in paragraph
        and "resolved" not in low
        and "decided" not in low
        and "determined" not in low
        and "carried" not in low
        and "favour" not in low
        and "favor" not in low
        and not (" to " in low and role_action(paragraph) is not None)
        and "seconded" not in low
        and " seconds" not in low
        and "supported" not in low
        and "motion" not in low
        and "endorsed" not in low
        and " and approved" not in low
        and ("ction" not in paragraph or ACTION_TAG_IN.search(paragraph) is None)
        and "voted" not in low
        and "consensus" not in low
        and "unanimously" not in low
        and "agreement" not in low
        and "NOTED" not in paragraph
        and "elected" not in low
        and "co-opt" not in low
        and "asked" not in low
        and "requested" not in low
        and "directed" not in low
        and "instructed" not in low
        and " told " not in low
        and "referred" not in low
        and "approval" not in low
        and "refusal" not in low
        and not ("council" in low and own_planning_view(paragraph))
        and "objection" not in low
        and not council_view_in(paragraph)
        and "agenda" not in low
        and not bare_task_in(paragraph)
        and not mentions_put_off(low)
        and not closes_with_decision(paragraph)
        and not PASSIVE_WORDS.search(low)
    )
