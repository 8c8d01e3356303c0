"""Reviewing what imported minutes proposed, and importing minutes from chat."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import permissions, resolve
from handlers.context import Context
from handlers.registry import fetches, handles
from handlers.replies import ActionList, Group, Reply, Silent, error, ok, plural
from handlers.views import Views
from storage import actions as store
from storage.models import Action, ActionStatus, Committee, Role


async def _admin_committee(session: AsyncSession, ctx: Context, doing: str) -> Committee:
    if ctx.committee is None:
        raise resolve.NotFound(f"Use this in a committee's channel to {doing}.")
    await permissions.require_admin(session, ctx, ctx.committee, doing)
    return ctx.committee


@handles(c.Review, writes=True)
async def review(cmd: c.Review, ctx: Context, session: AsyncSession) -> Reply:
    committee = await _admin_committee(session, ctx, "review imported actions")
    assert committee.id is not None
    rows = await store.proposals(session, committee_id=committee.id)
    views = Views(session, ctx.now)
    await views.load(rows)
    formal = tuple(views.view(a) for a in rows if not a.is_request)
    asked = tuple(views.view(a) for a in rows if a.is_request)
    groups = tuple(
        g
        for g in (
            Group("Agreed in the minutes", formal),
            Group("Requested in discussion", asked),
        )
        if g.items
    )
    return ActionList(
        title=f"Proposals to review in {committee.code} ({len(rows)})",
        groups=groups,
        empty="Nothing to review: every imported action has been confirmed or discarded.",
        query="review",
    )


@handles(c.ReviewChange, writes=True)
async def review_change(cmd: c.ReviewChange, ctx: Context, session: AsyncSession) -> Reply:
    if cmd.ref == "all":
        committee = await _admin_committee(session, ctx, "confirm proposals")
        assert committee.id is not None
        rows = await store.proposals(session, committee_id=committee.id)
        for action in rows:
            await _confirm(session, ctx, action)
        if not rows:
            return error("There are no proposals to confirm.")
        return ok(f"Confirmed {plural(len(rows), 'action')}: {', '.join(a.ref or '' for a in rows)}.")
    action = await resolve.action(session, cmd.ref, ctx)
    committee = await resolve.committee_of(session, action)
    await permissions.require_admin(session, ctx, committee, f"{cmd.verb} proposals")
    if action.status != ActionStatus.proposed:
        return error(f"{action.ref} is not a proposal (it is {action.status}).")
    views = Views(session, ctx.now)
    if cmd.verb is c.ReviewVerb.confirm:
        await _confirm(session, ctx, action)
        message = f"{action.ref} is confirmed and open."
    elif cmd.verb is c.ReviewVerb.discard:
        await store.change_action(
            session,
            action=action,
            actor=ctx.actor,
            now=ctx.now,
            kind="discard",
            changes={"status": ActionStatus.discarded},
            before=str(ActionStatus.proposed),
            after=str(ActionStatus.discarded),
            note=cmd.text or None,
        )
        message = f"{action.ref} is discarded."
    else:
        await store.change_action(
            session,
            action=action,
            actor=ctx.actor,
            now=ctx.now,
            kind="edit",
            changes={"text": cmd.text},
            before=action.text,
            after=cmd.text,
        )
        message = f"{action.ref} now reads: {cmd.text}"
    await views.load([action])
    return ok(message, updated=views.view(action))


async def _confirm(session: AsyncSession, ctx: Context, action: Action) -> None:
    await store.change_action(
        session,
        action=action,
        actor=ctx.actor,
        now=ctx.now,
        kind="confirm",
        changes={"status": ActionStatus.open},
        before=str(ActionStatus.proposed),
        after=str(ActionStatus.open),
    )


MINUTES_FILES = (".pdf", ".docx")
"""The files the edges hand on as minutes when someone shares them."""
MAX_FILE_BYTES = 20_000_000


async def _importer(cmd: c.ImportMinutes, ctx: Context, session: AsyncSession) -> Committee:
    return await _admin_committee(session, ctx, "import minutes")


@fetches(c.ImportMinutes, check=_importer)
async def import_minutes(cmd: c.ImportMinutes, ctx: Context, committee: Committee) -> c.Command | Reply:
    from minutes.errors import MinutesError
    from minutes.sources import read_source

    try:
        extraction = await read_source(cmd.url)
    except MinutesError as exc:
        return error(f"I couldn't read {cmd.url}: {exc}")
    return c.ImportDocument(extraction)


async def _file_importer(cmd: c.ImportFile, ctx: Context, session: AsyncSession) -> Committee | Reply:
    """Files shared in a channel are the admins' business: anyone else's pass without a word. In a
    direct message the sender is told why nothing happened."""
    if not ctx.is_dm:
        committee = ctx.committee
        if committee is None or Role.admin not in await permissions.roles(session, ctx, committee.id or 0):
            return Silent()
    if cmd.size > MAX_FILE_BYTES:
        return error(
            f"{cmd.filename} is {cmd.size // 1_000_000} MB; I read minutes up to {MAX_FILE_BYTES // 1_000_000} MB. "
            "Give me a link instead: `/actions import <url>`."
        )
    return await _admin_committee(session, ctx, "import minutes")


@fetches(c.ImportFile, check=_file_importer)
async def import_file(cmd: c.ImportFile, ctx: Context, committee: Committee) -> c.Command | Reply:
    """A file shared with the bot, fetched through the edge (`Context.download`)."""
    from minutes.errors import MinutesError
    from minutes.sources import read_upload

    if ctx.download is None:
        return error(f"I can't fetch {cmd.filename} from here; give me a link: `/actions import <url>`.")
    data = await ctx.download(cmd.url)
    try:
        extraction = await read_upload(data, filename=cmd.filename)
    except MinutesError as exc:
        return error(f"I couldn't read {cmd.filename}: {exc}")
    return c.ImportDocument(extraction)


@handles(c.ImportDocument, writes=True)
async def import_document(cmd: c.ImportDocument, ctx: Context, session: AsyncSession) -> Reply:
    from handlers.importing import import_extraction

    committee = await _admin_committee(session, ctx, "import minutes")
    result = await import_extraction(
        session, extraction=cmd.extraction, committee=committee, actor=ctx.actor, now=ctx.now
    )
    return ok(result.summary(committee))
