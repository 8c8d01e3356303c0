"""The Slack notifier against the fake Web API: 429s waited out, failures classified for the ledger."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.slack.clients import web_client
from bot.slack.notifier import SlackNotifier
from handlers.replies import ActionList, ActionView, Group, Notice
from scheduler.notifier import Permanent, Retryable
from storage.models import ChannelBinding, Person
from tests.slack.conftest import settings_for
from tests.slack.fake_slack import BOT_TOKEN, FakeSlack

BINDING = ChannelBinding(
    platform="slack", channel_id="C0ASCSCRU", committee_id=1, created_at=datetime.now(UTC)
)


def _view(ref: str, *, restricted: bool = False) -> ActionView:
    return ActionView(
        ref=ref,
        text=f"Action {ref}",
        committee="ASC",
        status="open",
        owner="Head of Commissioning",
        assignee="Tom Reed",
        due="next meeting (23 Jan 2024)",
        since_update="3 days ago",
        restricted=restricted,
    )


@pytest.fixture
async def notifier(fake: FakeSlack) -> AsyncIterator[SlackNotifier]:
    yield SlackNotifier(web_client(settings_for(fake, "sqlite+aiosqlite://"), BOT_TOKEN))


async def test_a_429_is_retried_after_its_retry_after(fake: FakeSlack, notifier: SlackNotifier) -> None:
    fake.script(
        "chat.postMessage", {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"}
    )
    sent = await notifier.post_channel(BINDING, Notice("Reminder: 2 actions are due at Tuesday's meeting"))
    first, second = fake.of("chat.postMessage")
    assert second.at - first.at >= 1.0
    assert sent.message_id.startswith("C0ASCSCRU:1700000000.")


async def test_rate_limited_past_the_retries_is_retryable(fake: FakeSlack, notifier: SlackNotifier) -> None:
    for _ in range(3):
        fake.script(
            "chat.postMessage",
            {"ok": False, "error": "ratelimited"},
            status=429,
            headers={"Retry-After": "0"},
        )
    with pytest.raises(Retryable) as raised:
        await notifier.post_channel(BINDING, Notice("hello"))
    assert raised.value.retry_after == 0
    assert len(fake.of("chat.postMessage")) == 3


async def test_server_errors_are_retryable(fake: FakeSlack, notifier: SlackNotifier) -> None:
    for _ in range(2):
        fake.script("chat.postMessage", {"ok": False, "error": "internal_error"}, status=500)
    with pytest.raises(Retryable):
        await notifier.post_channel(BINDING, Notice("hello"))


@pytest.mark.parametrize("code", ["not_in_channel", "channel_not_found", "is_archived", "account_inactive"])
async def test_unreachable_targets_are_permanent(fake: FakeSlack, notifier: SlackNotifier, code: str) -> None:
    fake.script("chat.postMessage", {"ok": False, "error": code})
    with pytest.raises(Permanent) as raised:
        await notifier.post_channel(BINDING, Notice("hello"))
    assert code in raised.value.message


async def test_channel_posts_leave_out_exempt_items_and_direct_ones_keep_them(
    fake: FakeSlack, notifier: SlackNotifier
) -> None:
    listing = ActionList(
        title="Due next week", groups=(Group("", (_view("A1"), _view("A2", restricted=True))),)
    )
    await notifier.post_channel(BINDING, listing)
    tom = Person(display_name="Tom Reed", slack_user_id="U0TOMREED1")
    assert notifier.reaches(tom) and not notifier.reaches(Person(display_name="No Slack"))
    await notifier.post_direct(tom, listing)
    channel_post, direct_post = fake.of("chat.postMessage")
    assert "A2" not in str(channel_post.args["blocks"])
    assert "*A2*" in str(direct_post.args["blocks"])
    assert direct_post.args["channel"] == "D0TOMREED1"
    assert fake.of("conversations.open")[0].args["users"] == "U0TOMREED1"


async def test_direct_to_someone_without_slack_is_permanent(fake: FakeSlack, notifier: SlackNotifier) -> None:
    with pytest.raises(Permanent):
        await notifier.post_direct(Person(display_name="Paper Only"), Notice("hello"))
    assert fake.calls == []


async def test_a_persons_conversation_is_opened_once_and_again_when_it_is_gone(
    fake: FakeSlack, notifier: SlackNotifier
) -> None:
    """conversations.open is rate-limited more tightly than posting: a fan-out of digests would
    spend half its calls on it every day."""
    tom = Person(display_name="Tom Reed", slack_user_id="U0TOMREED1")
    await notifier.post_direct(tom, Notice("first"))
    await notifier.post_direct(tom, Notice("second"))
    assert len(fake.of("conversations.open")) == 1
    assert [c.args["channel"] for c in fake.of("chat.postMessage")] == ["D0TOMREED1", "D0TOMREED1"]

    fake.script("chat.postMessage", {"ok": False, "error": "channel_not_found"})
    sent = await notifier.post_direct(tom, Notice("third"))
    assert len(fake.of("conversations.open")) == 2
    assert sent.message_id.startswith("D0TOMREED1:")
    assert [c.args["text"] for c in fake.accepted("chat.postMessage")] == ["first", "second", "third"]

    fake.script("chat.postMessage", {"ok": False, "error": "channel_not_found"})
    fake.script("chat.postMessage", {"ok": False, "error": "user_disabled"})
    with pytest.raises(Permanent, match="user_disabled"):
        await notifier.post_direct(tom, Notice("fourth"))
    assert len(fake.of("conversations.open")) == 3
