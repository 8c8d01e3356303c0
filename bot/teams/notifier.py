"""Proactive Teams posts (reminders, digests) through continue_conversation with a stored reference.

Failures are classified for the delivery ledger: 403 BotNotInConversationRoster means the bot was
taken out of the conversation, so the binding is disabled, the committee's admins are told
elsewhere, and `Permanent` is raised; 429, 502 and 504 (and connection errors) are retried here
with backoff, honouring Retry-After, then raised as `Retryable`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from botbuilder.core import BotAdapter, TurnContext
from botbuilder.schema import ChannelAccount, ConversationParameters, ConversationReference
from msrest.exceptions import ClientRequestError, HttpOperationError

from bot.teams import cards
from bot.teams.conversations import PLATFORM, load_reference
from bot.teams.delivery import message
from handlers.replies import Level, Notice, Reply
from scheduler.notifier import Permanent, Retryable, Sent
from storage import bindings, committees, people
from storage.db import Database
from storage.models import ChannelBinding, Person, Role

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 502, 504})
ROSTER = "BotNotInConversationRoster"
Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class _Failed(Exception):
    def __init__(self, status: int | None, code: str, retry_after: float | None, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.retry_after = retry_after
        self.detail = detail


def _classify(exc: Exception) -> _Failed:
    if isinstance(exc, HttpOperationError):
        response = exc.response
        status = getattr(response, "status_code", None)
        code = ""
        error = getattr(exc, "error", None)
        inner = getattr(error, "error", None)
        if inner is not None and getattr(inner, "code", None):
            code = str(inner.code)
        retry_after = None
        headers = getattr(response, "headers", None) or {}
        raw = headers.get("Retry-After") if hasattr(headers, "get") else None
        if raw:
            try:
                retry_after = float(raw)
            except ValueError:
                retry_after = None
        return _Failed(status, code, retry_after, f"Teams answered {status} {code}".strip())
    if isinstance(exc, ClientRequestError | OSError | asyncio.TimeoutError):
        return _Failed(None, "unreachable", None, f"Teams could not be reached: {exc}")
    raise exc


class TeamsNotifier:
    platform = PLATFORM

    def __init__(
        self,
        adapter: BotAdapter,
        db: Database,
        *,
        app_id: str,
        attempts: int = 3,
        backoff: float = 1.0,
        max_wait: float = 30.0,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = utcnow,
    ) -> None:
        self.adapter = adapter
        self.db = db
        self.app_id = app_id
        self.attempts = attempts
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        self.clock = clock

    def reaches(self, person: Person) -> bool:
        return bool(person.teams_aad_id)

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent:
        ref = load_reference(binding.conversation_ref)
        if ref is None:
            raise Permanent(f"no Teams conversation reference is stored for {binding.channel_id}")
        personal = bool(ref.conversation and ref.conversation.conversation_type == "personal")
        shown = cards.for_audience(reply, personal=personal)
        try:
            return await self._with_retries(lambda: self._continue(ref, shown))
        except _Failed as failed:
            if failed.status == 403 and failed.code == ROSTER:
                await self._removed(binding)
                raise Permanent(f"the bot is no longer in {binding.name or binding.channel_id}") from None
            raise self._final(failed) from None

    async def post_direct(self, person: Person, reply: Reply) -> Sent:
        if not person.teams_aad_id:
            raise Permanent(f"{person.display_name} has no Teams account known to the bot")
        template = await self._any_reference()
        if template is None:
            raise Permanent("the bot is not installed in any Teams conversation yet")
        aad_id = person.teams_aad_id
        try:
            return await self._with_retries(lambda: self._create(template, aad_id, reply))
        except _Failed as failed:
            if failed.status in (403, 404):
                raise Permanent(
                    f"{person.display_name} can't get personal messages from the bot ({failed.detail}); "
                    "they need to add the app in Teams"
                ) from None
            raise self._final(failed) from None

    def _final(self, failed: _Failed) -> Exception:
        if failed.status in RETRY_STATUSES or failed.status is None:
            return Retryable(failed.detail, retry_after=failed.retry_after)
        if failed.status is not None and failed.status >= 500:
            return Retryable(failed.detail, retry_after=failed.retry_after)
        return Permanent(failed.detail)

    async def _with_retries(self, send: Callable[[], Awaitable[str]]) -> Sent:
        for attempt in range(self.attempts):
            try:
                return Sent(message_id=await send())
            except _Failed as failed:
                retryable = failed.status in RETRY_STATUSES or failed.status is None
                if not retryable or attempt == self.attempts - 1:
                    raise
                wait = failed.retry_after if failed.retry_after is not None else self.backoff * 2**attempt
                log.info("teams: %s; retrying in %.2fs", failed.detail, wait)
                await self.sleep(min(wait, self.max_wait))
        raise AssertionError("unreachable")

    async def _continue(self, ref: ConversationReference, reply: Reply) -> str:
        """Post through continue_conversation; errors are caught inside the turn and raised here."""
        outcome: dict[str, Any] = {}

        async def post(turn_context: TurnContext) -> None:
            turn_context.activity.id = None  # a new post, not a reply to the continuation event
            try:
                sent = await turn_context.send_activity(message(reply))
                outcome["id"] = sent.id if sent is not None else ""
            except Exception as exc:  # classified below, outside the adapter's turn error handling
                outcome["error"] = exc

        await self.adapter.continue_conversation(ref, post, self.app_id)
        if "error" in outcome:
            raise _classify(outcome["error"])
        return str(outcome.get("id") or "")

    async def _create(self, template: ConversationReference, aad_id: str, reply: Reply) -> str:
        outcome: dict[str, Any] = {}
        tenant = template.conversation.tenant_id if template.conversation else None

        async def post(turn_context: TurnContext) -> None:
            turn_context.activity.id = None  # a new post, not a reply to the continuation event
            try:
                sent = await turn_context.send_activity(message(reply))
                outcome["id"] = sent.id if sent is not None else ""
            except Exception as exc:  # classified below
                outcome["error"] = exc

        params = ConversationParameters(
            is_group=False,
            bot=template.bot,
            members=[ChannelAccount(id=aad_id)],
            tenant_id=tenant,
            channel_data={"tenant": {"id": tenant}} if tenant else None,
        )
        try:
            await self.adapter.create_conversation(
                self.app_id,
                post,
                conversation_parameters=params,
                channel_id=template.channel_id,
                service_url=template.service_url,
            )
        except Exception as exc:  # the create call itself failed
            raise _classify(exc) from None
        if "error" in outcome:
            raise _classify(outcome["error"])
        return str(outcome.get("id") or "")

    async def _any_reference(self) -> ConversationReference | None:
        """Where to open a personal chat from: any stored reference gives the service URL and tenant."""
        async with self.db.transaction() as session:
            rows = await bindings.platform_bindings(session, platform=PLATFORM)
        for row in rows:
            ref = load_reference(row.conversation_ref)
            if ref is not None:
                return ref
        return None

    async def _removed(self, binding: ChannelBinding) -> None:
        """Disable the binding and tell the committee's admins, in person or in another conversation."""
        where = binding.name or binding.channel_id
        reason = "403 BotNotInConversationRoster: the bot was removed from the conversation"
        async with self.db.transaction() as session:
            if binding.id is not None:
                await bindings.disable_binding(session, binding_id=binding.id, reason=reason)
            if binding.committee_id is None:
                return
            committee = await committees.committee_by_id(session, committee_id=binding.committee_id)
            admins = await people.holders(session, committee_id=binding.committee_id, role=Role.admin)
            others = [
                b
                for b in await bindings.bindings_for_committee(
                    session, committee_id=binding.committee_id, platform=PLATFORM
                )
                if b.id != binding.id
            ]
        code = committee.code if committee else "the committee"
        notice = Notice(
            text=(
                f"I can no longer post in the Teams conversation {where} for {code}: I was removed from it. "
                f"Add me back and type `setup {code}` there, or reminders for {code} will not reach it."
            ),
            level=Level.error,
        )
        told = False
        for admin in admins:
            if not self.reaches(admin):
                continue
            try:
                await self.post_direct(admin, notice)
                told = True
            except (Permanent, Retryable) as exc:
                log.warning("teams: could not tell %s about %s: %s", admin.display_name, where, exc)
        for other in others if not told else []:
            try:
                await self.post_channel(other, notice)
                return
            except (Permanent, Retryable) as exc:
                log.warning("teams: could not post to %s: %s", other.name or other.channel_id, exc)
        if not told:
            log.error("teams: nobody could be told that the bot was removed from %s (%s)", where, code)
