"""Teams conversations as ChannelBindings: the key we bind by, and the stored ConversationReference.

A channel's conversation id carries `;messageid=...` when someone writes in a thread; the binding is
keyed by the channel itself, and the stored reference points at the channel (no activity id, no
user), so proactive posts start a new post there. References live in the store, not in memory, so
they survive restarts and serve every instance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.teams import identity
from storage import bindings, committees
from storage.db import Database
from storage.models import ChannelBinding, Committee

PLATFORM = "teams"
PERSONAL = "personal"


def conversation_key(conversation_id: str) -> str:
    return conversation_id.split(";messageid=", 1)[0]


def is_personal(activity: Activity) -> bool:
    conversation = activity.conversation
    return bool(conversation and conversation.conversation_type == PERSONAL)


def reference_for(activity: Activity) -> ConversationReference:
    ref = TurnContext.get_conversation_reference(activity)
    ref.activity_id = None
    if ref.conversation is not None and ref.conversation.id:
        ref.conversation.id = conversation_key(ref.conversation.id)
    if not is_personal(activity):
        ref.user = None
    return ref


def dump_reference(ref: ConversationReference) -> str:
    return json.dumps(ref.serialize(), sort_keys=True)


def load_reference(text: str | None) -> ConversationReference | None:
    if not text:
        return None
    ref = ConversationReference().deserialize(json.loads(text))
    return ref if ref.service_url and ref.conversation is not None else None


def _channel_data(activity: Activity) -> dict[str, object]:
    data = activity.channel_data
    return data if isinstance(data, dict) else {}


def team_id(activity: Activity) -> str | None:
    team = _channel_data(activity).get("team")
    return str(team["id"]) if isinstance(team, dict) and team.get("id") else None


def conversation_name(activity: Activity) -> str | None:
    channel = _channel_data(activity).get("channel")
    if isinstance(channel, dict) and channel.get("name"):
        return str(channel["name"])
    if is_personal(activity) and activity.from_property is not None:
        return f"personal chat with {activity.from_property.name or 'a user'}"
    conversation = activity.conversation
    return conversation.name if conversation is not None and conversation.name else None


@dataclass(frozen=True)
class Where:
    key: str
    personal: bool
    committee: Committee | None
    team_id: str | None
    name: str | None


async def remember(db: Database, activity: Activity, *, now: datetime) -> Where:
    """Store (or refresh) the conversation's reference; return where the activity came from.

    A conversation that follows a committee keeps the reference its own tenant gave: in a channel
    shared with another tenant, a message from there must not redirect the committee's posts."""
    key = conversation_key(activity.conversation.id)
    ref_json = dump_reference(reference_for(activity))
    team, name = team_id(activity), conversation_name(activity)
    async with db.transaction() as session:
        binding = await bindings.binding_for(session, platform=PLATFORM, channel_id=key)
        bound = (
            None
            if binding is None or binding.committee_id is None
            else await committees.committee_by_id(session, committee_id=binding.committee_id)
        )
        ours = bound is None or bound.workspace == identity.workspace_of(activity)
        if binding is None or (ours and _stale(binding, ref_json)):
            binding = await bindings.upsert_binding(
                session,
                platform=PLATFORM,
                channel_id=key,
                now=now,
                team_id=team,
                name=name,
                conversation_ref=ref_json,
            )
    return Where(key=key, personal=is_personal(activity), committee=bound, team_id=team, name=name)


def _stale(binding: ChannelBinding, ref_json: str) -> bool:
    return binding.conversation_ref != ref_json or not binding.enabled


async def forget(db: Database, activity: Activity, *, reason: str) -> None:
    """The bot was removed from the conversation: stop posting there."""
    key = conversation_key(activity.conversation.id)
    async with db.transaction() as session:
        binding = await bindings.binding_for(session, platform=PLATFORM, channel_id=key)
        if binding is not None and binding.id is not None:
            await bindings.disable_binding(session, binding_id=binding.id, reason=reason)
