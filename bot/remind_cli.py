"""`committee-bot remind [--dry-run] [--at ISO-TIME]`: send (or show) what is due now.

With chat credentials the Slack and Teams edges are built as `serve` builds them and their notifiers
used; without them, reminders are printed here instead (they still count as sent in the ledger).
"""

from __future__ import annotations

import asyncio
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.app_keys import NOTIFIERS_KEY
from bot.cli_store import open_store
from bot.config import Settings
from bot.console_notifier import ConsoleNotifier
from bot.reminders import describe
from bot.render_text import render
from handlers.replies import plural
from handlers.views import when
from scheduler import digests
from scheduler.engine import LATE, Engine, has_account
from scheduler.model import OccasionKind, OccasionState, PersonTarget, PlannedItem, State
from scheduler.notifier import Notifier
from scheduler.state import load_texts
from storage import deliveries as ledger
from storage.db import Database


class BadTime(ValueError):
    pass


def parse_at(text: str | None, *, tz_name: str, now: datetime) -> datetime:
    """`--at` as an aware time; a time without an offset is read in the committees' timezone."""
    if text is None:
        return now
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadTime(
            f"`{text}` is not a time; write it like 2021-06-22T09:00 (or with an offset, +01:00)."
        ) from None
    if at.tzinfo is None:
        try:
            at = at.replace(tzinfo=ZoneInfo(tz_name))
        except ZoneInfoNotFoundError:
            raise BadTime(f"TZ={tz_name} is not a known timezone; use e.g. Europe/London.") from None
    return at


async def preview(db: Database, now: datetime, *, out: Callable[[str], None], tz: ZoneInfo) -> int:
    """Print what a tick at `now` would send and skip, touching nothing: one message per
    recipient, with the items it carries, and who will not hear theirs."""
    engine = Engine(db, [], reach=has_account)
    state, planned = await engine.load(now)
    async with db.read() as session:
        known = await ledger.item_states(session, keys=[i.key for i in planned.items])
        skipped = await ledger.statuses(session, keys=[s.key for s in planned.skips])
    out(f"Reminders due at {when(now, tz, time=True)} {now.astimezone(tz):%Z} (dry run: nothing is sent)")
    todo = []
    for message in planned.messages:
        items = [i for i in message.items if not (i.key in known and known[i.key].final)]
        if items:
            todo.append((message, items))
    async with db.read() as session:
        await digests.fill(session, state, [message for message, _ in todo])
        await load_texts(session, state, (a for _, items in todo for i in items for a in i.actions))
    shown = 0
    for message, items in todo:
        shown += 1
        deaf = isinstance(message.target, PersonTarget) and message.target.person.id in state.unreachable
        late = " (late)" if any(now - i.due_at > LATE for i in items) else ""
        if len(items) == 1:
            out(f"\n-> {message.target.label}: {items[0].summary}{late}{_ledger(known, items[0])}")
        else:
            out(f"\n-> {message.target.label}: one message of {plural(len(items), 'item')}{late}")
        if deaf:
            out("   !! nobody will hear this: no Slack or Teams account is known for them")
        for item in items:
            if len(items) > 1:
                out(f"   - {item.summary}{_ledger(known, item)}")
            policy = state.policies.get(item.committee_id) if item.committee_id is not None else None
            local = policy.tz if policy is not None else tz
            out(f"   key {item.key}, due {when(item.due_at, local, time=True)}")
        out(textwrap.indent(render(Engine.reply(message, items, state)), "   | "))
    for committee_id in sorted(unbound(state)):
        shown += 1
        code = state.committees[committee_id].code
        out(
            f"\n!! {code} has a pre-meeting reminder due and no channel bound: nobody will see its channel post"
        )
    for skip in planned.skips:
        if skip.key not in skipped:
            shown += 1
            out(f"\n-- would skip {skip.key}: {skip.reason}")
    if not shown:
        out("Nothing is due.")
    return 0


def _ledger(known: dict[str, ledger.ItemState], item: PlannedItem) -> str:
    found = known.get(item.key)
    return f" [in the ledger as {found.status}]" if found is not None else ""


def unbound(state: State) -> set[int]:
    """The committees with a pre-meeting reminder due and no enabled channel to post it in."""
    return {
        o.committee_id
        for o in state.occasions
        if o.kind is OccasionKind.pre_meeting
        and o.state is OccasionState.due
        and not state.bindings.get(o.committee_id)
    }


async def _edge_notifiers(settings: Settings, db: Database) -> tuple[list[Notifier], Callable[[], object]]:
    if not settings.has_chat_credentials:
        return [], lambda: None
    from bot.server import build_app

    app = await build_app(settings, db)
    notifiers: list[Notifier] = app[NOTIFIERS_KEY]
    return notifiers, app.cleanup


async def remind_cli(settings: Settings, *, dry_run: bool, at: str | None) -> int:
    tz_name = settings.tz
    try:
        tz = ZoneInfo(tz_name)
        now = parse_at(at, tz_name=tz_name, now=datetime.now(UTC))
    except (BadTime, ZoneInfoNotFoundError) as exc:
        print(f"committee-bot remind: {exc}", file=sys.stderr)
        return 2
    db = await open_store(settings)
    try:
        if dry_run:
            return await preview(db, now, out=print, tz=tz)
        notifiers, cleanup = await _edge_notifiers(settings, db)
        fallback = None if notifiers else ConsoleNotifier(print, platform="terminal")
        try:
            engine = Engine(db, notifiers, fallback=fallback)
            report = await engine.tick(now)
        finally:
            done = cleanup()
            if asyncio.iscoroutine(done):
                await done
        print(
            f"\n{len(report.sent)} sent, {len(report.retrying)} to retry, {len(report.failed)} failed, "
            f"{len(report.busy)} held elsewhere or waiting (through: {describe(notifiers) if notifiers else 'this terminal'})."
        )
        return 1 if report.failed else 0
    finally:
        await db.dispose()
