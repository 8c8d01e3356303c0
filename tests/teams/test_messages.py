"""Real Activity JSON over HTTP into the real CloudAdapter; replies land on the fake Bot Connector."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import select

from bot.teams.conversations import load_reference
from storage import bindings
from storage.models import Action, ActionEvent, ActionStatus, ChannelBinding, Person
from tests.teams.conftest import CHANNEL, Teams


def card_text(body: dict[str, Any]) -> str:
    """Everything the posted activity's cards would show or do, as one string."""
    contents = [a["content"] for a in body.get("attachments", [])]
    for a in body.get("attachments", []):
        assert a["contentType"] == "application/vnd.microsoft.card.adaptive"
        assert a["content"]["version"] == "1.5"
    return json.dumps(contents, ensure_ascii=False)


async def binding(teams: Teams, key: str = CHANNEL) -> ChannelBinding | None:
    async with teams.db.transaction() as session:
        return await bindings.binding_for(session, platform="teams", channel_id=key)


async def action(teams: Teams, ref: str) -> Action:
    async with teams.db.transaction() as session:
        return (await session.exec(select(Action).where(Action.ref == ref))).one()


async def test_install_stores_reference_then_setup_binds_and_listing_hides_exempt(teams: Teams) -> None:
    await teams.send(teams.installed())
    stored = await binding(teams)
    assert stored is not None and stored.committee_id is None
    ref = load_reference(stored.conversation_ref)
    assert ref is not None and ref.service_url == teams.connector.url
    assert ref.conversation.id == CHANNEL and ref.activity_id is None
    assert "setup" in card_text(teams.connector.sent()[-1].body)

    await teams.send(teams.message("setup asc", who="Sam Patel"))
    assert "now follows Adult Social Care" in card_text(teams.connector.sent()[-1].body)
    stored = await binding(teams)
    assert stored is not None and stored.committee_id is not None and stored.name == "ASC actions"

    await teams.send(teams.message("/actions list", conversation=f"{CHANNEL};messageid=1700"))
    posted = teams.connector.sent()[-1]
    shown = card_text(posted.body)
    assert "home care recommissioning" in shown
    assert "legal advice" not in shown  # exempt items are never listed in a channel
    assert posted.conversation_id == f"{CHANNEL};messageid=1700"
    assert posted.authorization is None


async def test_setup_by_a_non_admin_changes_nothing(teams: Teams) -> None:
    await teams.send(teams.message("setup ASC", who="Tom Reed"))
    assert "Only an admin of ASC" in card_text(teams.connector.sent()[-1].body)
    stored = await binding(teams)
    assert stored is not None and stored.committee_id is None


async def test_personal_chat_without_mention_or_prefix_shows_exempt_items(teams: Teams) -> None:
    await teams.send(teams.message("mine", conversation="a:tom-personal", personal=True))
    shown = card_text(teams.connector.sent()[-1].body)
    assert "home care recommissioning" in shown and "legal advice" in shown
    assert '"verb": "done"' in shown and "Input.Text" in shown and "snooze_week" in shown
    stored = await binding(teams, "a:tom-personal")
    assert stored is not None and stored.name == "personal chat with Tom Reed"


async def test_bad_command_gets_a_specific_message(teams: Teams) -> None:
    await teams.send(teams.message("snooze A1 forever"))
    shown = card_text(teams.connector.sent()[-1].body)
    assert "can't read `forever` as a snooze" in shown and "Usage" in shown


async def test_card_submit_marks_done_with_audit_event_and_updates_card_in_place(teams: Teams) -> None:
    value = {"cb": "committee-bot", "verb": "done", "ref": "A1", "q": "mine"}
    await teams.send(
        teams.activity(
            "message", conversation="a:tom-personal", personal=True, value=value, replyToId="card-9"
        )
    )
    done = await action(teams, "A1")
    assert done.status == ActionStatus.done
    async with teams.db.transaction() as session:
        events = (await session.exec(select(ActionEvent).where(ActionEvent.action_id == done.id))).all()
        tom = (await session.exec(select(Person).where(Person.display_name == "Tom Reed"))).one()
    last = events[-1]
    assert (last.kind, last.before, last.after, last.actor_id) == ("done", "open", "done", tom.id)
    [update] = teams.connector.updates()
    assert update.activity_id == "card-9" and update.conversation_id == "a:tom-personal"
    shown = card_text(update.body)
    assert "A1 is done" in shown and "legal advice" in shown and "recommissioning" not in shown


async def test_submit_refused_leaves_card_and_action_alone(teams: Teams) -> None:
    value = {"cb": "committee-bot", "verb": "done", "ref": "A1"}
    await teams.send(teams.activity("message", who="Joan Archer", value=value, replyToId="card-3"))
    await teams.send(teams.activity("message", who="Olive Outsider", value=value, replyToId="card-3"))
    assert (await action(teams, "A1")).status == ActionStatus.done  # the chair may close it
    assert "Only the assigned officer (Tom Reed)" in card_text(teams.connector.sent()[-1].body)
    assert len(teams.connector.updates()) == 1


async def test_update_button_without_text_asks_for_it(teams: Teams) -> None:
    value = {"cb": "committee-bot", "verb": "update", "ref": "A1", "note_A1": "  "}
    await teams.send(teams.activity("message", value=value, replyToId="card-1"))
    assert "Write the update on A1 in the box first" in card_text(teams.connector.sent()[-1].body)
    assert (await action(teams, "A1")).status == ActionStatus.open


async def test_action_execute_returns_refreshed_card(teams: Teams) -> None:
    invoke = teams.activity(
        "invoke",
        name="adaptiveCard/action",
        value={
            "action": {
                "type": "Action.Execute",
                "verb": "update",
                "data": {
                    "cb": "committee-bot",
                    "verb": "update",
                    "ref": "A1",
                    "note_A1": "Draft timetable sent",
                },
            },
            "trigger": "manual",
        },
    )
    response = await teams.post(invoke)
    assert response.status == 200
    body = await response.json()
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.card.adaptive"
    assert body["value"]["version"] == "1.5"
    text = json.dumps(body["value"])
    assert "Update added to A1" in text and "Draft timetable sent" in text
    changed = await action(teams, "A1")
    assert changed.status == ActionStatus.in_progress
    async with teams.db.transaction() as session:
        event = (
            await session.exec(
                select(ActionEvent).where(ActionEvent.action_id == changed.id, ActionEvent.kind == "progress")
            )
        ).one()
    assert event.note == "Draft timetable sent" and event.actor_name == "Tom Reed"


async def test_action_execute_refusal_is_a_message_not_a_card(teams: Teams) -> None:
    invoke = teams.activity(
        "invoke",
        who="Ed Grundy",
        name="adaptiveCard/action",
        value={
            "action": {
                "type": "Action.Execute",
                "verb": "snooze_week",
                "data": {"cb": "committee-bot", "ref": "A1"},
            }
        },
    )
    body = await (await teams.post(invoke)).json()
    assert body["type"] == "application/vnd.microsoft.activity.message"
    assert "Only the assigned officer (Tom Reed)" in body["value"]
    assert (await action(teams, "A1")).snoozed_until is None


async def test_redelivered_message_is_handled_once(teams: Teams) -> None:
    msg = teams.message("update A1 Met the provider", personal=True, conversation="a:tom-personal")
    await teams.send(msg)
    await teams.send(msg)
    async with teams.db.transaction() as session:
        events = (await session.exec(select(ActionEvent).where(ActionEvent.kind == "progress"))).all()
    assert len(events) == 1 and len(teams.connector.sent()) == 1


async def test_first_sight_links_by_email_or_creates_the_person(teams: Teams) -> None:
    async with teams.db.transaction() as session:
        ed = (await session.exec(select(Person).where(Person.display_name == "Ed Grundy"))).one()
        ed.email = "ed.grundy@council.gov.uk"
        session.add(ed)
    teams.connector.members["29:aad-ed"] = {
        "id": "29:aad-ed",
        "name": "Ed Grundy (Cllr)",
        "aadObjectId": "aad-ed",
        "email": "Ed.Grundy@council.gov.uk",
    }
    await teams.send(teams.message("help", who="Ed Grundy", personal=True, conversation="a:ed"))
    await teams.send(teams.message("help", who="Nina New", personal=True, conversation="a:nina"))
    await teams.send(teams.message("mine", who="Ed Grundy", personal=True, conversation="a:ed"))
    async with teams.db.transaction() as session:
        linked = (await session.exec(select(Person).where(Person.teams_aad_id == "aad-ed"))).all()
        nina = (await session.exec(select(Person).where(Person.teams_aad_id == "aad-nina"))).all()
    assert [p.display_name for p in linked] == ["Ed Grundy"]
    assert [p.display_name for p in nina] == ["Nina New"]
    lookups = [c for c in teams.connector.calls if c.method == "GET"]
    assert len(lookups) == 2  # once per new person, not on every message


async def test_removal_disables_the_binding(teams: Teams) -> None:
    await teams.send(teams.installed())
    await teams.send(
        teams.activity(
            "conversationUpdate", membersRemoved=[{"id": "28:committee-bot", "name": "committee-bot"}]
        )
    )
    stored = await binding(teams)
    assert stored is not None and not stored.enabled and "removed" in (stored.disabled_reason or "")
