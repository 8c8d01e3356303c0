"""Telling a committee's admins, once, when a reminder will reach nobody.

Three cases: a channel the platform refused for good (its binding is disabled), a committee whose pre-meeting reminder is due has no channel to post it in, and an
owner with something due is someone no notifier can reach (no Slack or Teams account the bot
knows). Each admin gets one warning per committee and channel or person, ever: the key has no
date in it. The warning is an item of the admin's own grouped message. Pure, as the policy.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from scheduler import compose
from scheduler.model import (
    ChannelTarget,
    OccasionKind,
    OccasionState,
    PersonTarget,
    PlannedItem,
    PlannedMessage,
    State,
    Target,
)


def warnings(state: State, planned: Sequence[tuple[Target, PlannedItem]]) -> list[tuple[Target, PlannedItem]]:
    out: list[tuple[Target, PlannedItem]] = []
    for occasion in state.occasions:
        if occasion.kind is not OccasionKind.pre_meeting or occasion.state is not OccasionState.due:
            continue
        if state.bindings.get(occasion.committee_id) or occasion.committee_id in state.disabled_channels:
            continue
        code = state.committees[occasion.committee_id].code
        text = (
            f"Nobody will see {code}'s reminders before its meetings: no channel is bound to it. "
            f"Type `/actions setup {code}` in the committee's channel to bind it."
        )
        out.extend(_to_admins(state, occasion.committee_id, f"unheard:channel:{occasion.committee_id}", text))
    unheard: dict[tuple[int, int], int] = {}
    for target, item in planned:
        if isinstance(target, ChannelTarget) or item.committee_id is None:
            continue
        person_id = target.person.id
        if person_id is None or person_id not in state.unreachable:
            continue
        key = (person_id, item.committee_id)
        unheard[key] = unheard.get(key, 0) + 1
    for (person_id, committee_id), count in sorted(unheard.items()):
        person = state.people[person_id]
        code = state.committees[committee_id].code
        things = "a reminder" if count == 1 else f"{count} reminders"
        text = (
            f"{person.display_name} has {things} from {code} that nobody will hear: I know no Slack or "
            f"Teams account for them. Add them with their account (`/actions role add @them officer` in "
            f"{code}'s channel), or give their actions to someone I can reach."
        )
        out.extend(_to_admins(state, committee_id, f"unheard:person:{person_id}:{committee_id}", text))
    return out


def _to_admins(state: State, committee_id: int, key: str, text: str) -> list[tuple[Target, PlannedItem]]:
    out: list[tuple[Target, PlannedItem]] = []
    for admin_id in state.admins.get(committee_id, []):
        admin = state.people.get(admin_id)
        if admin is None or admin_id in state.unreachable:
            continue
        out.append(
            (
                PersonTarget(admin),
                PlannedItem(
                    key=f"{key}:admin:{admin_id}",
                    kind="warning",
                    committee_id=committee_id,
                    due_at=state.now,
                    summary=text,
                    warning=text,
                ),
            )
        )
    return out


def binding_disabled(
    state: State, target: ChannelTarget, error: str, *, now: datetime
) -> list[PlannedMessage]:
    """A message to each admin of the committee whose channel was just disabled; the channel is
    also dropped from `state`, so the rest of the run doesn't post there again."""
    binding = target.binding
    committee_id = binding.committee_id
    if committee_id is None or committee_id not in state.committees:
        return []
    state.bindings[committee_id] = [b for b in state.bindings.get(committee_id, []) if b.id != binding.id]
    code = state.committees[committee_id].code
    text = compose.binding_disabled_text(binding.name or binding.channel_id, binding.platform, code, error)
    out: list[PlannedMessage] = []
    for admin_id in state.admins.get(committee_id, []):
        admin = state.people.get(admin_id)
        if admin is None:
            continue
        notice = PlannedItem(
            key=f"binding-disabled:{binding.id}:{admin_id}",
            kind="binding-disabled",
            committee_id=committee_id,
            due_at=now,
            summary=f"tell {admin.display_name} that {target.label} was disabled",
            warning=text,
        )
        out.append(PlannedMessage(PersonTarget(admin), [notice]))
    return out
