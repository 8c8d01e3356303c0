"""Reviewing what imported minutes proposed, and importing minutes from chat."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import commands as c
from handlers import permissions, resolve
from handlers.changes import guarded
from handlers.context import Context
from handlers.registry import handles
from handlers.replies import ActionList, Group, Level, Notice, Reply, error, ok
from handlers.views import Views
from minutes.model import Extraction
from storage import actions as store
from storage.db import Database
from storage.models import Action, ActionStatus, Committee


async def _admin_committee(session: AsyncSession, ctx: Context, doing: str) -> Committee:
    if ctx.committee is None:
        raise resolve.NotFound(f"Use this in a committee's channel to {doing}.")
    await permissions.require_admin(session, ctx, ctx.committee, doing)
    return ctx.committee


async def _proposals(session: AsyncSession, committee_id: int) -> list[Action]:
    q = (
        select(Action)
        .where(Action.committee_id == committee_id, Action.status == ActionStatus.proposed)
        .order_by(col(Action.id))
    )
    return list((await session.exec(q)).all())


@handles(c.Review)
async def review(cmd: c.Review, ctx: Context, db: Database) -> Reply:
    async def work(session: AsyncSession) -> Reply:
        committee = await _admin_committee(session, ctx, "review imported actions")
        assert committee.id is not None
        rows = await _proposals(session, committee.id)
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

    return await guarded(db, work)


@handles(c.ReviewChange)
async def review_change(cmd: c.ReviewChange, ctx: Context, db: Database) -> Reply:
    async def work(session: AsyncSession) -> Reply:
        if cmd.ref == "all":
            committee = await _admin_committee(session, ctx, "confirm proposals")
            assert committee.id is not None
            rows = await _proposals(session, committee.id)
            for action in rows:
                await _confirm(session, ctx, action)
            if not rows:
                return error("There are no proposals to confirm.")
            return ok(f"Confirmed {len(rows)} actions: {', '.join(a.ref or '' for a in rows)}.")
        action = await resolve.action(session, cmd.ref)
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

    return await guarded(db, work)


async def _confirm(session: AsyncSession, ctx: Context, action: Action) -> None:
    await store.change_action(
        session,
        action=action,
        actor=ctx.actor,
        now=ctx.now,
        kind="confirm",
        changes={"status": ActionStatus.open, "last_progress_at": ctx.now},
        before=str(ActionStatus.proposed),
        after=str(ActionStatus.open),
    )


@handles(c.ImportMinutes)
async def import_minutes(cmd: c.ImportMinutes, ctx: Context, db: Database) -> Reply:
    from minutes.errors import MinutesError
    from minutes.sources import read_source

    refusal = await _import_refusal(ctx, db)
    if refusal is not None:
        return refusal
    try:
        extraction = await read_source(cmd.url)
    except MinutesError as exc:
        return error(f"I couldn't read {cmd.url}: {exc}")
    return await import_document(extraction, ctx=ctx, db=db)


async def _import_refusal(ctx: Context, db: Database) -> Reply | None:
    async def check(session: AsyncSession) -> Reply:
        await _admin_committee(session, ctx, "import minutes")
        return ok("allowed")

    answer = await guarded(db, check)
    return answer if isinstance(answer, Notice) and answer.level is Level.error else None


async def import_upload(data: bytes, *, filename: str, ctx: Context, db: Database) -> Reply:
    """Import a file shared with the bot (the Slack and Teams edges download it)."""
    from minutes.errors import MinutesError
    from minutes.sources import read_upload

    refusal = await _import_refusal(ctx, db)
    if refusal is not None:
        return refusal
    try:
        extraction = await read_upload(data, filename=filename)
    except MinutesError as exc:
        return error(f"I couldn't read {filename}: {exc}")
    return await import_document(extraction, ctx=ctx, db=db)


async def import_document(extraction: Extraction, *, ctx: Context, db: Database) -> Reply:
    from handlers.importing import import_extraction

    committee = ctx.committee
    if committee is None:
        return error("Import minutes in a committee's channel, so I know whose minutes they are.")

    async def work(session: AsyncSession) -> Reply:
        result = await import_extraction(
            session, extraction=extraction, committee=committee, actor=ctx.actor, now=ctx.now
        )
        return ok(result.summary(committee))

    return await guarded(db, work)
