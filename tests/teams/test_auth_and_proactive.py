"""With an app id, unauthenticated requests get 401; proactive posts, roster removal and retries."""

from __future__ import annotations

import aiohttp
import pytest
from sqlmodel import func, select

from bot.config import Settings
from bot.teams.conversations import dump_reference, load_reference
from handlers.replies import ActionList, ActionView, Group, Notice
from scheduler.notifier import Permanent, Retryable
from storage import bindings
from storage.models import ChannelBinding, Person, SeenRequest
from tests.conftest import NOW
from tests.teams.conftest import CHANNEL, Teams, serve
from tests.teams.fake_connector import FakeConnector

APP_ID = "6f1f3c53-5e43-4f53-9a4b-8e3c2b1d0a11"


async def counts(teams: Teams) -> tuple[int, int, int]:
    async with teams.db.transaction() as session:
        return (
            (await session.exec(select(func.count()).select_from(ChannelBinding))).one(),
            (await session.exec(select(func.count()).select_from(Person))).one(),
            (await session.exec(select(func.count()).select_from(SeenRequest))).one(),
        )


@pytest.mark.parametrize("header", [None, "Bearer not-a-token", "Bearer eyJhbGciOiJub25lIn0.e30."])
async def test_with_app_id_a_request_without_a_valid_token_is_401_and_changes_nothing(
    teams: Teams, header: str | None
) -> None:
    settings = Settings(
        _env_file=None,
        microsoft_app_id=APP_ID,
        microsoft_app_password="a-real-looking-password",
        microsoft_app_tenant_id="72f988bf-0000-0000-0000-000000000001",
    )
    runner, url, _ = await serve(settings, teams.db)
    before = await counts(teams)
    try:
        async with aiohttp.ClientSession() as http:
            headers = {"Authorization": header} if header else {}
            response = await http.post(
                f"{url}/api/messages", json=teams.message("setup ASC", who="Sam Patel"), headers=headers
            )
            assert response.status == 401
    finally:
        await runner.cleanup()
    assert await counts(teams) == before
    assert teams.connector.calls == []


def view(ref: str, text: str, *, restricted: bool = False) -> ActionView:
    return ActionView(
        ref=ref,
        text=text,
        committee="ASC",
        status="open",
        owner=None,
        assignee="Tom Reed",
        due="next meeting",
        since_update="3 weeks ago",
        restricted=restricted,
    )


REMINDER = ActionList(
    title="Due at the next ASC meeting",
    groups=(Group("", (view("A1", "Report on home care"), view("A2", "Legal advice", restricted=True))),),
)


async def installed_binding(teams: Teams) -> ChannelBinding:
    await teams.send(teams.installed())
    async with teams.db.transaction() as session:
        found = await bindings.binding_for(session, platform="teams", channel_id=CHANNEL)
    assert found is not None
    return found


async def test_proactive_post_reaches_the_connector_without_exempt_items(teams: Teams) -> None:
    binding = await installed_binding(teams)
    before = len(teams.connector.sent())
    sent = await teams.edge.notifier.post_channel(binding, REMINDER)
    [post] = teams.connector.sent()[before:]
    assert post.conversation_id == CHANNEL and post.activity_id is None
    assert sent.message_id.startswith("act-")
    text = str(post.body["attachments"])
    assert "Report on home care" in text and "Legal advice" not in text


async def test_roster_403_disables_binding_and_tells_the_admin_in_person(teams: Teams) -> None:
    async with teams.db.transaction() as session:
        await bindings.upsert_binding(session, platform="teams", channel_id=CHANNEL, now=NOW, committee_id=1)
    binding = await installed_binding(teams)
    assert binding.committee_id == 1
    teams.connector.fail_next(403)
    with pytest.raises(Permanent):
        await teams.edge.notifier.post_channel(binding, REMINDER)
    async with teams.db.transaction() as session:
        stored = await bindings.binding_for(session, platform="teams", channel_id=CHANNEL)
    assert stored is not None and not stored.enabled
    assert "BotNotInConversationRoster" in (stored.disabled_reason or "")
    [create] = [c for c in teams.connector.calls if c.path == "/v3/conversations"]
    assert create.body["members"] == [{"id": "aad-sam"}] and create.body["isGroup"] is False
    told = teams.connector.sent()[-1]
    assert told.conversation_id.startswith("a:personal-")
    assert "I was removed from it" in str(told.body["attachments"]) and "setup ASC" in str(told.body)


async def test_throttling_is_retried_then_succeeds(teams: Teams) -> None:
    binding = await installed_binding(teams)
    teams.connector.fail_next(429, retry_after=0)
    teams.connector.fail_next(502)
    sent = await teams.edge.notifier.post_channel(binding, Notice("Reminder"))
    assert sent.message_id
    posts = [c for c in teams.connector.calls if c.conversation_id == CHANNEL and c.method == "POST"]
    assert len(posts) == 1 + 3  # the install greeting, then two failures and the success


async def test_gateway_errors_that_persist_are_retryable(teams: Teams) -> None:
    binding = await installed_binding(teams)
    teams.connector.fail_next(504, times=3)
    with pytest.raises(Retryable):
        await teams.edge.notifier.post_channel(binding, Notice("Reminder"))
    async with teams.db.transaction() as session:
        stored = await bindings.binding_for(session, platform="teams", channel_id=CHANNEL)
    assert stored is not None and stored.enabled


async def test_post_direct_opens_a_personal_chat(teams: Teams) -> None:
    await installed_binding(teams)
    async with teams.db.transaction() as session:
        tom = (await session.exec(select(Person).where(Person.display_name == "Tom Reed"))).one()
        olive = (await session.exec(select(Person).where(Person.display_name == "Olive Outsider"))).one()
    notifier = teams.edge.notifier
    assert notifier.reaches(tom) and not notifier.reaches(olive)
    await notifier.post_direct(tom, REMINDER)
    text = str(teams.connector.sent()[-1].body["attachments"])
    assert "Legal advice" in text  # personal chat: exempt items may be shown
    with pytest.raises(Permanent):
        await notifier.post_direct(olive, REMINDER)


async def test_a_stored_reference_round_trips(teams: Teams) -> None:
    binding = await installed_binding(teams)
    ref = load_reference(binding.conversation_ref)
    assert ref is not None and dump_reference(ref) == binding.conversation_ref


async def test_connector_only_listens_on_loopback(connector: FakeConnector) -> None:
    assert connector.url.startswith("http://127.0.0.1:")
