"""Who may read what. The rule, written once; every read (show, the listings, App Home, exports,
digests) asks here.

1. A person sees only the committees of their own workspace (a Slack workspace or Grid
   organisation, a Teams tenant, or the console): nothing of another workspace is found, listed
   or named, and a channel bound to another workspace's committee is, to them, bound to nothing.
2. The actions of exempt items (`Action.restricted`, minutes taken with the press and public
   excluded) are shown only to that committee's role holders (admin, chair, member, officer), and
   only where the answer is private: a direct message, or a reply only the asker sees (Slack's
   ephemeral answers, the terminal). Never in a channel, and never in a listing shared there.
   Anyone else finds no exempt action in a listing, is told `show` is for the committee's role
   holders, and sees "Exempt item" in place of the text wherever an exempt action must appear
   (the tracker paper, the result of a change they were allowed to make).

The rule yields a `ReadScope` (storage/read_scope.py): the visible committees, and which of them
show exempt items here. Listings take it as a WHERE clause; `redact` applies it once more to every
reply the dispatcher returns, so a handler that forgets cannot leak.
"""

from __future__ import annotations

from dataclasses import replace

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.context import Context
from handlers.replies import ActionCard, ActionList, ActionView, Group, Home, Multi, Notice, Reply
from storage import lookups
from storage.lookups import reader_roles
from storage.read_scope import ReadScope

EXEMPT_TEXT = "Exempt item"
EXEMPT_WHY = (
    "it comes from an exempt item, which only the committee's members, officers, chair and admins "
    "can read, in a direct message with the bot"
)


def exempt_reaches(*, holds_role: bool, private: bool) -> bool:
    """Whether an exempt item may be shown to someone, somewhere: the rule's second half."""
    return holds_role and private


async def read_scope(session: AsyncSession, ctx: Context, *, public: bool = False) -> ReadScope:
    """What the asker may read here. `public`: the answer is posted where everyone sees it (a
    listing shared in the channel), so no exempt item, whoever asks."""
    actor = ctx.actor
    person_id = actor.id if actor is not None and actor.workspace == ctx.workspace else None
    roles = await reader_roles(session, workspace=ctx.workspace, person_id=person_id)
    private = ctx.private and not public
    key = (ctx.workspace, person_id, private)
    kept = _SCOPES.get(key)
    if kept is not None and kept[0] is roles:
        return kept[1]
    scope = ReadScope(
        workspace=ctx.workspace,
        committees=roles.committees,
        exempt=frozenset(
            cid
            for cid in roles.committees
            if exempt_reaches(holds_role=bool(roles.held.get(cid)), private=private)
        ),
        held=frozenset(cid for cid, held in roles.held.items() if held),
    )
    if len(_SCOPES) >= _MAX_SCOPES:
        _SCOPES.clear()
    _SCOPES[key] = (roles, scope)
    return scope


_SCOPES: dict[tuple[str, int | None, bool], tuple[object, ReadScope]] = {}
"""The ReadScope last worked out for a reader, with the cached lookup it came from: reused while
the lookup hands out that same object (storage/lookups.py drops it when anything it depends on
changes)."""
_MAX_SCOPES = 20_000


async def with_reader(
    session: AsyncSession, ctx: Context, *, public: bool = False, assume: bool = False
) -> Context:
    """The context with its ReadScope; a channel bound to another workspace's committee (a Slack
    Connect channel, say) counts as bound to none, and an actor of another workspace as nobody.
    With `assume`, what the edge took from the cache is taken as current until the session's next
    statement says otherwise (`lookups.assume_current`): for a unit of work that runs one, and
    starts again on `driver_sql.VersionMoved`."""
    ctx = await _current(session, ctx, assume)
    reader = await read_scope(session, ctx, public=public)
    committee = ctx.committee
    if committee is not None and (committee.id is None or not reader.sees(committee.id)):
        committee = None
    actor = ctx.actor if ctx.actor is None or ctx.actor.workspace == ctx.workspace else None
    return replace(ctx, reader=reader, committee=committee, actor=actor)


class NewAsker(Exception):
    """The edge left the asker's lookup to the unit of work (`lookups.unlooked`), and nobody has
    this platform id yet: the edge links or adds them (a platform call, outside any transaction)
    and asks again. Nothing was changed."""


async def _current(session: AsyncSession, ctx: Context, assume: bool = False) -> Context:
    """The context with its asker and channel's committee looked up in this transaction: when the
    edge took them from the cache and they may have changed since, or left them to this
    transaction (storage/lookups.py)."""
    peeked = ctx.extras.get(lookups.EXTRAS_KEY)
    if not isinstance(peeked, lookups.Peeked):
        return ctx
    if assume and lookups.assume_current(session, peeked):
        return ctx
    if not await lookups.stale(session, peeked):
        return ctx
    actor, committee = await lookups.asker_and_committee(
        session,
        workspace=peeked.workspace,
        slack_user_id=peeked.slack_user_id,
        platform=ctx.platform,
        channel_id=peeked.channel_id,
    )
    if actor is None and peeked.version == lookups.UNLOOKED:
        raise NewAsker(peeked.slack_user_id)
    extras = {k: v for k, v in ctx.extras.items() if k != lookups.EXTRAS_KEY}
    return replace(ctx, actor=actor, committee=committee, extras=extras)


def reader(ctx: Context) -> ReadScope:
    """The ReadScope the dispatcher worked out; a handler run without it sees nothing."""
    return ctx.reader if ctx.reader is not None else ReadScope(workspace=ctx.workspace)


def show_refusal(action_committee_id: int, ctx: Context) -> str | None:
    """Why `show` may not answer with this exempt action here, or None when it may."""
    scope = reader(ctx)
    if scope.sees_exempt(action_committee_id):
        return None
    if not ctx.private:
        return "ask for it in a direct message with the bot; " + EXEMPT_WHY
    return EXEMPT_WHY


def redact_view(view: ActionView, scope: ReadScope) -> ActionView:
    if not view.restricted or view.committee in scope.exempt_codes:
        return view
    return replace(view, text=EXEMPT_TEXT, owner=None, latest_note=None)


def redact(reply: Reply, scope: ReadScope) -> Reply:
    """The reply with every exempt action this reader may not see here reduced to "Exempt item"."""
    if isinstance(reply, ActionList):
        groups = tuple(Group(g.heading, tuple(redact_view(v, scope) for v in g.items)) for g in reply.groups)
        return replace(reply, groups=groups)
    if isinstance(reply, ActionCard):
        if reply.view.restricted and reply.view.committee not in scope.exempt_codes:
            return replace(reply, view=redact_view(reply.view, scope), history=())
        return reply
    if isinstance(reply, Notice) and reply.updated is not None:
        return replace(reply, updated=redact_view(reply.updated, scope))
    if isinstance(reply, Home):
        return replace(reply, mine=redact(reply.mine, scope))
    if isinstance(reply, Multi):
        return Multi(tuple(redact(part, scope) for part in reply.parts))
    return reply
