"""What the bot does with each Slack request: the /actions command, buttons, the update modal,
App Home and shared minutes files.

Slack wants every request answered within 3 seconds, whatever the store is doing. A slash command
waits up to ANSWER_IN_ACK_SECONDS for its answer and, when it is ready, sends it in the ack itself;
otherwise it acks empty and the answer follows at the response_url. Every other listener acks first,
then hands the work to a task of its own and returns, so bolt answers the request at once (the app
runs with process_before_response=True: no 10 ms polling for the ack). Those replies go back
through the response_url (on one shared HTTP session), chat.postMessage or views.publish.
`SlackEdge.aclose` waits for the work still running when the server stops.
A delivery Slack repeats (x-slack-retry-num) is recognised by its trigger, view or event id in the
SeenRequest table and changes nothing the second time; a read (a listing, show, help) is simply
answered again.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Coroutine
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.slack import blocks, identity
from bot.slack.clients import slack_error
from handlers import commands as c
from handlers import dispatch, review
from handlers.context import Context
from handlers.dispatch import Claim
from handlers.replies import ActionList, FileReply, Level, Notice, Reply, Silent
from handlers.views import when
from storage import bindings, committees, people, seen
from storage.db import Database
from storage.models import Committee, Person, Role

log = logging.getLogger(__name__)

COMMAND = "/actions"
EVENTS = ("app_home_opened", "file_shared", "message", "app_uninstalled", "tokens_revoked")
"""The event types the app answers; the manifest subscribes to `message` as `message.im` (only
what people write to the bot in its Messages tab)."""
BUTTONS = ("done", "update", "confirm", "discard", "snooze", "page_next", "page_previous")
UPDATE_VIEW = "add_update"
NOTE_BLOCK = "note"
NOTE_INPUT = "note"
UNREACHABLE = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
DRAIN_SECONDS = 10.0
ANSWER_IN_ACK_SECONDS = 1.5
"""How long a slash command may work before its ack goes without the answer: Slack allows 3 s
for the whole round trip, and half of that is left for the network."""

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Origin:
    """The message (or Home tab) a button was pressed in, so the result can replace it."""

    user_id: str
    channel_id: str | None = None
    message_ts: str | None = None
    ephemeral: bool = True
    response_url: str | None = None
    query: str = ""
    home: bool = False

    @classmethod
    def from_block_actions(cls, body: dict[str, Any], action: dict[str, Any]) -> Origin:
        container = body.get("container") or {}
        return cls(
            user_id=body["user"]["id"],
            channel_id=container.get("channel_id") or (body.get("channel") or {}).get("id"),
            message_ts=container.get("message_ts"),
            ephemeral=bool(container.get("is_ephemeral", True)),
            response_url=body.get("response_url"),
            query=blocks.query_of_block(action.get("block_id") or ""),
            home=container.get("type") == "view",
        )


def _dm(channel_id: str | None, channel_name: str | None = None) -> bool:
    return channel_id is None or channel_name == "directmessage" or channel_id.startswith("D")


class SlackEdge:
    """The listeners, with the store and the clock they use."""

    def __init__(self, db: Database, *, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: aiohttp.ClientSession | None = None

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run a listener's work after its ack, holding the task until it ends (asyncio keeps only
        a weak reference)."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self, timeout: float = DRAIN_SECONDS) -> None:
        """Let the work in flight finish (cancelled after `timeout`), then close the HTTP session."""
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=1.0)
        if self._http is not None:
            await self._http.close()
            self._http = None

    def http(self) -> aiohttp.ClientSession:
        """The session response_url posts share (a new one per post costs a connection each time)."""
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._http

    async def send_response(self, url: str, **payload: Any) -> None:
        await send_response(url, session=self.http(), **payload)

    def register(self, app: AsyncApp, *, oauth: bool) -> None:
        app.command(COMMAND)(self.on_command)
        for action_id in BUTTONS:
            app.action(action_id)(self.on_button)
        app.view(UPDATE_VIEW)(self.on_update_submitted)
        app.event("app_home_opened")(self.on_home_opened)
        app.event("file_shared")(self.on_file_shared)
        app.event("message")(self.on_message)
        if oauth:
            app.enable_token_revocation_listeners()
        else:
            app.event("app_uninstalled")(self.on_uninstalled)
            app.event("tokens_revoked")(self.on_uninstalled)

    # ---- shared helpers ------------------------------------------------------------------------

    async def context(
        self,
        client: AsyncWebClient,
        *,
        user_id: str,
        channel_id: str | None,
        channel_name: str | None = None,
        team_id: str | None = None,
        user_name: str | None = None,
    ) -> Context:
        async with self.db.read() as session:
            found = await _lookup(session, user_id, channel_id, _dm(channel_id, channel_name))
        return await self._context(
            client,
            found,
            user_id,
            channel_id,
            channel_name=channel_name,
            team_id=team_id,
            user_name=user_name,
        )

    async def claimed_context(
        self,
        key: str,
        client: AsyncWebClient,
        *,
        user_id: str,
        channel_id: str | None,
        channel_name: str | None = None,
        team_id: str | None = None,
        user_name: str | None = None,
    ) -> Context | None:
        """`first_time(key)` and `context(...)` in one transaction; None for a repeated delivery."""
        is_dm = _dm(channel_id, channel_name)

        async def work(session: AsyncSession) -> _Found | None:
            if not await seen.first_time(session, key=f"slack:{key}", now=self.clock()):
                return None
            return await _lookup(session, user_id, channel_id, is_dm)

        found = await self.db.run(work)
        if found is None:
            return None
        return await self._context(
            client,
            found,
            user_id,
            channel_id,
            channel_name=channel_name,
            team_id=team_id,
            user_name=user_name,
        )

    async def _context(
        self,
        client: AsyncWebClient,
        found: _Found,
        user_id: str,
        channel_id: str | None,
        *,
        channel_name: str | None,
        team_id: str | None,
        user_name: str | None,
    ) -> Context:
        person, committee = found
        is_dm = _dm(channel_id, channel_name)
        if person is None:
            person = await identity.person_for(client, self.db, user_id=user_id, user_name=user_name)
        extras = {k: v for k, v in (("team_id", team_id), ("channel_name", channel_name)) if v}
        return Context(
            actor=person,
            now=self.clock(),
            committee=committee,
            platform="slack",
            channel_id=channel_id,
            is_dm=is_dm,
            extras=extras,
        )

    async def report_unreachable(self, client: AsyncWebClient, ctx: Context, problem: str) -> None:
        """Tell the committee's admins that the bot can't post in one of its channels."""
        if ctx.committee is None or ctx.committee.id is None:
            return
        async with self.db.transaction() as session:
            admins = await people.holders(session, committee_id=ctx.committee.id, role=Role.admin)
        text = (
            f":warning: I could not post in <#{ctx.channel_id}>, bound to {ctx.committee.code}: Slack said "
            f"`{problem}`. Invite me to the channel (`/invite @committee-bot`) or bind another one with "
            f"`/actions setup {ctx.committee.code}`."
        )
        for admin in admins:
            if not admin.slack_user_id:
                continue
            try:
                opened = await client.conversations_open(users=admin.slack_user_id)
                await client.chat_postMessage(channel=opened["channel"]["id"], text=text)
            except SlackApiError as exc:
                log.warning("could not tell admin %s: %s", admin.display_name, slack_error(exc))

    async def deliver(
        self, reply: Reply, *, ctx: Context, client: AsyncWebClient, user_id: str, response_url: str | None
    ) -> None:
        """Send a command's reply: listings shared in the channel, files by DM, the rest ephemeral."""
        if isinstance(reply, ActionList) and reply.share and not ctx.is_dm and ctx.channel_id:
            try:
                await client.chat_postMessage(
                    channel=ctx.channel_id,
                    text=blocks.fallback_text(reply, public=True),
                    blocks=blocks.render(reply, public=True),
                    unfurl_links=False,
                )
            except SlackApiError as exc:
                code = slack_error(exc)
                if code not in UNREACHABLE:
                    raise
                await self.private(
                    client,
                    ctx,
                    user_id,
                    response_url,
                    Notice(
                        f"I can't post in this channel (Slack said `{code}`). Invite me with "
                        "`/invite @committee-bot` and try again; I've told the committee's admins.",
                        Level.error,
                    ),
                )
                await self.report_unreachable(client, ctx, code)
            return
        if isinstance(reply, FileReply):
            opened = await client.conversations_open(users=user_id)
            await client.files_upload_v2(
                channel=opened["channel"]["id"],
                content=reply.content,
                filename=reply.filename,
                title=reply.title,
                initial_comment=reply.summary or None,
            )
            reply = Notice(f"I've sent you {reply.filename} in a direct message.", Level.ok)
        await self.private(client, ctx, user_id, response_url, reply)

    async def private(
        self,
        client: AsyncWebClient,
        ctx: Context,
        user_id: str,
        response_url: str | None,
        reply: Reply,
        *,
        replace: bool = False,
    ) -> None:
        """An answer only the user sees."""
        payload_blocks = blocks.render(reply)
        text = blocks.fallback_text(reply)
        if response_url:
            await self.send_response(
                response_url,
                text=text,
                blocks=payload_blocks,
                response_type="ephemeral",
                replace_original=replace,
            )
        elif ctx.is_dm or not ctx.channel_id:
            opened = await client.conversations_open(users=user_id)
            await client.chat_postMessage(channel=opened["channel"]["id"], text=text, blocks=payload_blocks)
        else:
            await client.chat_postEphemeral(
                channel=ctx.channel_id, user=user_id, text=text, blocks=payload_blocks
            )

    # ---- /actions --------------------------------------------------------------------------------

    async def on_command(
        self, ack: Any, body: dict[str, Any], command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """Answer in the ack itself when the work is done within ANSWER_IN_ACK_SECONDS: the user sees
        it one round trip sooner and no response_url post is needed. Otherwise ack empty (Slack
        wants an answer within 3 seconds) and let the work answer through the response_url."""
        work = asyncio.get_running_loop().create_task(self.command(body, command, client))
        done, _ = await asyncio.wait({work}, timeout=ANSWER_IN_ACK_SECONDS)
        if work in done:
            answered = work.result()
            if answered is None:
                await ack()
                return
            ctx, reply = answered
            if _private(reply, ctx):
                await ack(
                    text=blocks.fallback_text(reply), blocks=blocks.render(reply), response_type="ephemeral"
                )
                return
            await ack()
            self.spawn(self._deliver_command(reply, ctx, command, client))
            return
        await ack()
        self.spawn(self._finish_command(work, command, client))

    async def command(
        self, body: dict[str, Any], command: dict[str, Any], client: AsyncWebClient
    ) -> tuple[Context, Reply] | None:
        """The reply to a slash command; None for a delivery already handled. A read that changes
        nothing is not claimed (answering a repeat again is right); anything else is claimed by its
        trigger id first, so a repeat changes nothing."""
        text = command.get("text") or ""
        claim = Claim(f"slack:command:{body.get('trigger_id') or command.get('trigger_id')}")
        try:
            ctx = await self.context(
                client,
                user_id=command["user_id"],
                user_name=command.get("user_name"),
                channel_id=command.get("channel_id"),
                channel_name=command.get("channel_name"),
                team_id=command.get("team_id"),
            )
            reply = await dispatch.respond_once(text, ctx=ctx, db=self.db, claim=claim)
            return None if reply is None else (ctx, reply)
        except Exception:
            log.exception("/actions %r failed", text)
            return _bare_command(command, self.clock()), Notice(_SORRY, Level.error)

    async def _finish_command(
        self,
        work: asyncio.Task[tuple[Context, Reply] | None],
        command: dict[str, Any],
        client: AsyncWebClient,
    ) -> None:
        answered = await work
        if answered is not None:
            await self._deliver_command(answered[1], answered[0], command, client)

    async def _deliver_command(
        self, reply: Reply, ctx: Context, command: dict[str, Any], client: AsyncWebClient
    ) -> None:
        response_url = command.get("response_url")
        try:
            await self.deliver(
                reply, ctx=ctx, client=client, user_id=command["user_id"], response_url=response_url
            )
        except Exception:
            log.exception("/actions %r: the answer could not be sent", command.get("text"))
            if response_url:
                await self.send_response(response_url, text=_SORRY, response_type="ephemeral")

    # ---- buttons and the snooze menu ------------------------------------------------------------

    async def on_button(
        self, ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        self.spawn(self.button(body, action, client))

    async def button(self, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient) -> None:
        origin = Origin.from_block_actions(body, action)
        action_id = action.get("action_id", "")
        try:
            if action_id == "update":
                await client.views_open(
                    trigger_id=body["trigger_id"], view=update_modal(action["value"], origin)
                )
                return
            claim = Claim(f"slack:action:{body.get('trigger_id')}:{action.get('action_ts')}", reads_too=True)
            ctx = await self.context(
                client,
                user_id=origin.user_id,
                user_name=(body.get("user") or {}).get("username"),
                channel_id=None if origin.home else origin.channel_id,
                team_id=(body.get("team") or {}).get("id"),
            )
            if action_id in ("page_next", "page_previous"):
                listing = await dispatch.respond_once(action["value"], ctx=ctx, db=self.db, claim=claim)
                if listing is not None:
                    await self.replace(
                        client, ctx, origin, blocks.render(listing, public=not origin.ephemeral), listing
                    )
                return
            command = button_command(action_id, action)
            result = await dispatch.execute_once(command, ctx=ctx, db=self.db, claim=claim)
            if result is not None:
                await self.refresh(client, ctx, origin, result)
        except Exception:
            log.exception("button %s failed", action_id)
            await self.private(
                client,
                _bare(origin, self.clock()),
                origin.user_id,
                origin.response_url,
                Notice(_SORRY, Level.error),
            )

    async def refresh(self, client: AsyncWebClient, ctx: Context, origin: Origin, result: Reply) -> None:
        """After a change: the message it came from is shown again, updated, with the result on top."""
        level = result.level if isinstance(result, Notice) else Level.info
        text = result.text if isinstance(result, Notice) else blocks.fallback_text(result)
        if origin.home:
            await self.publish_home(client, ctx, result_text=text, level=level)
            return
        if level is Level.error:
            # a refusal is for the one who clicked; the message others see stays as it was
            await self.private(client, ctx, origin.user_id, origin.response_url, result)
            return
        public = not origin.ephemeral
        if origin.query:
            listing = await dispatch.respond(origin.query, ctx=ctx, db=self.db)
            new = [
                blocks.result_line(text, level),
                *blocks.render(listing, public=public, limit=blocks.MAX_BLOCKS - 1),
            ]
        else:
            new = blocks.render(result, public=public)
        await self.replace(client, ctx, origin, new, result)

    async def replace(
        self, client: AsyncWebClient, ctx: Context, origin: Origin, new: list[blocks.Block], reply: Reply
    ) -> None:
        text = blocks.fallback_text(reply, public=not origin.ephemeral)
        if origin.home:
            await self.publish_home(client, ctx)
        elif not origin.ephemeral and origin.channel_id and origin.message_ts:
            await client.chat_update(channel=origin.channel_id, ts=origin.message_ts, text=text, blocks=new)
        elif origin.response_url:
            await self.send_response(
                origin.response_url, text=text, blocks=new, response_type="ephemeral", replace_original=True
            )

    # ---- the update modal -----------------------------------------------------------------------

    async def on_update_submitted(
        self, ack: Any, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        values = (view.get("state") or {}).get("values") or {}
        note = str(((values.get(NOTE_BLOCK) or {}).get(NOTE_INPUT) or {}).get("value") or "").strip()
        if not note:
            await ack(
                response_action="errors",
                errors={NOTE_BLOCK: "Write what has happened; an empty update changes nothing."},
            )
            return
        await ack()
        self.spawn(self.update_submitted(body, view, note, client))

    async def update_submitted(
        self, body: dict[str, Any], view: dict[str, Any], note: str, client: AsyncWebClient
    ) -> None:
        meta = json.loads(view.get("private_metadata") or "{}")
        ref = str(meta.pop("ref", ""))
        origin = Origin(**meta)
        try:
            claim = Claim(f"slack:view:{view.get('id')}:{view.get('hash')}", reads_too=True)
            ctx = await self.context(
                client,
                user_id=body["user"]["id"],
                channel_id=None if origin.home else origin.channel_id,
                team_id=(body.get("team") or {}).get("id"),
            )
            result = await dispatch.execute_once(
                c.Update(ref=ref, note=note), ctx=ctx, db=self.db, claim=claim
            )
            if result is not None:
                await self.refresh(client, ctx, origin, result)
        except Exception:
            log.exception("update of %s failed", ref)
            await self.private(
                client,
                _bare(origin, self.clock()),
                origin.user_id,
                origin.response_url,
                Notice(_SORRY, Level.error),
            )

    # ---- App Home -------------------------------------------------------------------------------

    async def on_home_opened(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
    ) -> None:
        self.spawn(self.home_opened(body, event, client))

    async def home_opened(self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab") not in (None, "home"):
            return
        ctx = await self.claimed_context(
            f"event:{body.get('event_id')}", client, user_id=event["user"], channel_id=None
        )
        if ctx is None:
            return
        await self.publish_home(client, ctx)

    async def publish_home(
        self,
        client: AsyncWebClient,
        ctx: Context,
        *,
        result_text: str | None = None,
        level: Level = Level.info,
    ) -> None:
        assert ctx.actor is not None and ctx.actor.slack_user_id
        home = await self.home_view(ctx, result_text=result_text, level=level)
        await client.views_publish(user_id=ctx.actor.slack_user_id, view=home)

    async def home_view(
        self, ctx: Context, *, result_text: str | None = None, level: Level = Level.info
    ) -> dict[str, Any]:
        mine = await dispatch.execute(c.ListActions(kind=c.ListKind.mine), ctx=ctx, db=self.db)
        meetings = await self.next_meetings(ctx)
        out: list[blocks.Block] = []
        if result_text:
            out.append(blocks.result_line(result_text, level))
        tail = [
            {"type": "divider"},
            blocks.header("Your committees' next meetings"),
            blocks.section("\n".join(meetings) if meetings else _NO_COMMITTEES),
            blocks.context("In any channel: `/actions help` for everything you can ask."),
        ]
        out.extend(blocks.render(mine, limit=blocks.MAX_HOME_BLOCKS - len(out) - len(tail)))
        out.extend(tail)
        return {"type": "home", "blocks": out}

    async def next_meetings(self, ctx: Context) -> list[str]:
        assert ctx.actor is not None and ctx.actor.id is not None
        lines = []
        async with self.db.transaction() as session:
            for committee_id in await people.committees_of(session, person_id=ctx.actor.id):
                committee = await committees.committee_by_id(session, committee_id=committee_id)
                if committee is None:
                    continue
                meeting = await committees.next_meeting(session, committee_id=committee_id, after=ctx.now)
                name = blocks.escape(f"{committee.name} ({committee.code})")
                if meeting is None:
                    lines.append(f"*{name}*: no meeting in the calendar yet")
                else:
                    tz = ctx.with_committee(committee).tz
                    place = f", {blocks.escape(meeting.location)}" if meeting.location else ""
                    lines.append(f"*{name}*: {when(meeting.starts_at, tz, time=True)}{place}")
        return lines

    # ---- minutes shared as a file ---------------------------------------------------------------

    async def on_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        self.spawn(self.direct_message(body, event, client, context))

    async def direct_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        """What someone writes to the bot in its Messages tab: the /actions grammar, answered there.
        Every message is claimed by its event id, reads too: a repeated delivery would otherwise
        post a second answer in the conversation."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        user_id = event.get("user")
        if not user_id or user_id == getattr(context, "bot_user_id", None):
            return
        text = unescape(str(event.get("text") or ""))
        claim = Claim(f"slack:event:{body.get('event_id')}", reads_too=True)
        try:
            ctx = await self.context(
                client,
                user_id=user_id,
                channel_id=event.get("channel"),
                channel_name="directmessage",
                team_id=body.get("team_id"),
            )
            reply = await dispatch.respond_once(text, ctx=ctx, db=self.db, claim=claim)
            if reply is None:
                return
        except Exception:
            log.exception("direct message %r failed", text)
            reply = Notice(_SORRY, Level.error)
            ctx = _bare_command(
                {"channel_id": event.get("channel"), "channel_name": "directmessage"}, self.clock()
            )
        await self.deliver(reply, ctx=ctx, client=client, user_id=user_id, response_url=None)

    async def on_file_shared(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        self.spawn(self.file_shared(body, event, client, context))

    async def file_shared(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        user_id = event.get("user_id")
        if not user_id or user_id == getattr(context, "bot_user_id", None):
            return
        info = await client.files_info(file=event["file_id"])
        file = info.get("file") or {}
        name = str(file.get("name") or "file")
        if not name.lower().endswith(review.MINUTES_FILES):
            return
        token = getattr(context, "bot_token", None) or client.token
        ctx = await self.context(
            client, user_id=user_id, channel_id=event.get("channel_id"), team_id=body.get("team_id")
        )
        ctx = replace(ctx, download=partial(download, token=token))
        command = c.ImportFile(
            filename=name,
            size=int(file.get("size") or 0),
            url=str(file.get("url_private_download") or file.get("url_private")),
        )
        claim = Claim(f"slack:event:{body.get('event_id')}", reads_too=True)
        reply = await dispatch.execute_once(command, ctx=ctx, db=self.db, claim=claim)
        if reply is not None and not isinstance(reply, Silent):
            await self.private(client, ctx, user_id, None, reply)

    async def on_uninstalled(self, body: dict[str, Any]) -> None:
        log.warning("Slack says the app was uninstalled or its tokens revoked (team %s)", body.get("team_id"))


_SORRY = (
    "Something went wrong on my side while answering that. Please try again; "
    "if it keeps happening, tell your committee's admin."
)
_NO_COMMITTEES = (
    "You are not on a committee yet. A committee admin can add you with `/actions role add @you member`."
)


def _bare(origin: Origin, now: datetime) -> Context:
    return Context(
        actor=None, now=now, platform="slack", channel_id=origin.channel_id, is_dm=_dm(origin.channel_id)
    )


def unescape(text: str) -> str:
    """Message text as typed: Slack sends &, < and > in messages as entities (mentions and links
    keep their literal <...>, which the grammar reads). Slash-command text comes unescaped."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _bare_command(command: dict[str, Any], now: datetime) -> Context:
    channel_id = command.get("channel_id")
    return Context(
        actor=None,
        now=now,
        platform="slack",
        channel_id=channel_id,
        is_dm=_dm(channel_id, command.get("channel_name")),
    )


def _private(reply: Reply, ctx: Context) -> bool:
    """Whether `deliver` would send this reply to the user alone (not shared, not a file)."""
    shared = isinstance(reply, ActionList) and reply.share and not ctx.is_dm and bool(ctx.channel_id)
    return not shared and not isinstance(reply, FileReply)


def button_command(action_id: str, action: dict[str, Any]) -> Any:
    """The typed command a button or menu choice stands for."""
    if action_id == "snooze":
        choice = str((action.get("selected_option") or {}).get("value") or "")
        how, _, ref = choice.partition(":")
        if how == blocks.SNOOZE_MEETING:
            return c.Snooze(ref=ref, until=c.SnoozeUntil.next_meeting)
        return c.Snooze(ref=ref, until=c.SnoozeUntil.period, period=timedelta(weeks=1))
    ref = str(action.get("value") or "")
    if action_id == "done":
        return c.Done(ref=ref)
    if action_id == "confirm":
        return c.ReviewChange(verb=c.ReviewVerb.confirm, ref=ref)
    if action_id == "discard":
        return c.ReviewChange(verb=c.ReviewVerb.discard, ref=ref)
    raise ValueError(f"no command for the button {action_id!r}")


def update_modal(ref: str, origin: Origin) -> dict[str, Any]:
    meta = {"ref": ref, **asdict(origin)}
    return {
        "type": "modal",
        "callback_id": UPDATE_VIEW,
        "title": blocks.plain("Add an update", 24),
        "submit": blocks.plain("Save", 24),
        "close": blocks.plain("Cancel", 24),
        "private_metadata": json.dumps(meta),
        "blocks": [
            blocks.section(f"Progress on *{ref}*. It is recorded in the action's history with your name."),
            {
                "type": "input",
                "block_id": NOTE_BLOCK,
                "label": blocks.plain("What has happened?", 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": NOTE_INPUT,
                    "multiline": True,
                    "max_length": 2000,
                },
            },
        ],
    }


_Found = tuple[Person | None, Committee | None]


async def _lookup(session: AsyncSession, user_id: str, channel_id: str | None, is_dm: bool) -> _Found:
    """The person behind a Slack user id (if known yet) and the committee the channel is bound to."""
    person = await people.person_by_platform(session, slack_user_id=user_id)
    committee = (
        None
        if is_dm or not channel_id
        else await bindings.bound_committee(session, platform="slack", channel_id=channel_id)
    )
    return person, committee


async def send_response(url: str, *, session: aiohttp.ClientSession | None = None, **payload: Any) -> None:
    """Post to a response_url (ephemeral answers, replacing a message in place)."""
    response = await AsyncWebhookClient(url, session=session).send_dict(payload)
    if response.status_code >= 400:
        log.warning("response_url answered %s: %s", response.status_code, response.body)


async def download(url: str, *, token: str | None) -> bytes:
    """A private Slack file, fetched with the bot token (files:read)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url, headers=headers) as resp:
        resp.raise_for_status()
        if resp.content_type == "text/html":
            raise ValueError("Slack sent a web page instead of the file; is the files:read scope granted?")
        return await resp.read()


__all__ = ["BUTTONS", "COMMAND", "EVENTS", "SlackEdge"]
