"""The lookups every request makes and that rarely change, cached per process: the person behind a
platform id, the committee a channel is bound to, and the committees of a workspace with the roles
a person holds there (the read rule's input).

Invalidation is a version counter in the store, not a time to live: `lookupversion.n` is bumped
by database triggers in the transaction of any change to a person, a committee, a role or a
binding (migration 0004), whoever makes it: this process, another instance of `serve` on the same
PostgreSQL, the CLI, or SQL typed by hand. Each transaction that uses the cache reads `n` first
(one primary-key read), and drops everything cached when it moved. A time to live would let a
revoked role keep showing exempt items on another instance until it ran out, and local
invalidation alone would never hear of the other instance's change; the counter costs one tiny
statement per request, where the lookups cost three and an ORM object each.
A read command whose asker and channel the edge took from the cache needs not even that: it
assumes the cache's version (`assume_current`) and its first statement reads `n` beside its rows
(storage/driver_sql.py); if `n` moved, the command starts again and looks up afresh.

Reading `n` before the rows keeps the cache safe: the rows read after it are at least as new as
`n` says (READ COMMITTED reads the latest committed; a WAL snapshot of SQLite is taken at the
first read), so a cache filled under `n` never holds rows older than `n`; and a miss is kept
only if `n` has not moved by the time its rows are read (not by this transaction's own change,
which may yet roll back). A transaction sees the cache as of its first look: look up before
changing what is looked up (the dispatcher works out the reader before the handler runs).

People and committees are cached as column values and handed out as new detached instances,
so no two requests share an object, and one added to a session is updated, not inserted.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import driver_sql
from storage.lookup_models import LookupVersion
from storage.models import ChannelBinding, Committee, CommitteeRole, Person, Role

M = TypeVar("M", bound=SQLModel)
_LV = sa.inspect(LookupVersion).local_table
_VERSION = sa.select(_LV.c.n).where(_LV.c.id == 1)
_PERSON = sa.inspect(Person).local_table
_COMMITTEE = sa.inspect(Committee).local_table
_BINDING = sa.inspect(ChannelBinding).local_table
_ROLE = sa.inspect(CommitteeRole).local_table


_PERSON_COLUMNS = driver_sql.model_columns(Person)
_COMMITTEE_COLUMNS = driver_sql.model_columns(Committee)
# Each miss reads its rows and the version in one statement, the version table outer-joined to
# them (one row, with NULLs, when nothing matches): the rows are exactly as new as the version
# beside them, so no second read of the version is needed to know whether they may be kept.
_PERSON_BY_SLACK_ID = (
    sa.select(_LV.c.n, *(c for _, c in _PERSON_COLUMNS))
    .select_from(
        _LV.outerjoin(
            _PERSON,
            sa.and_(
                _PERSON.c.workspace == sa.bindparam("workspace"),
                _PERSON.c.slack_user_id == sa.bindparam("slack_user_id"),
            ),
        )
    )
    .where(_LV.c.id == 1)
)
_BOUND_COMMITTEE = (
    sa.select(_LV.c.n, *(c for _, c in _COMMITTEE_COLUMNS))
    .select_from(
        _LV.outerjoin(
            _BINDING,
            sa.and_(
                _BINDING.c.platform == sa.bindparam("platform"),
                _BINDING.c.channel_id == sa.bindparam("channel_id"),
            ),
        ).outerjoin(_COMMITTEE, _COMMITTEE.c.id == _BINDING.c.committee_id)
    )
    .where(_LV.c.id == 1)
)
_PERSON_AND_COMMITTEE = (
    sa.select(_LV.c.n, *(c for _, c in _PERSON_COLUMNS), *(c for _, c in _COMMITTEE_COLUMNS))
    .select_from(
        _LV.outerjoin(
            _PERSON,
            sa.and_(
                _PERSON.c.workspace == sa.bindparam("workspace"),
                _PERSON.c.slack_user_id == sa.bindparam("slack_user_id"),
            ),
        )
        .outerjoin(
            _BINDING,
            sa.and_(
                _BINDING.c.platform == sa.bindparam("platform"),
                _BINDING.c.channel_id == sa.bindparam("channel_id"),
            ),
        )
        .outerjoin(_COMMITTEE, _COMMITTEE.c.id == _BINDING.c.committee_id)
    )
    .where(_LV.c.id == 1)
)
"""A request's asker and its channel's committee when neither is cached, in one statement."""
_WORKSPACE_COMMITTEES = (
    sa.select(_LV.c.n, _COMMITTEE.c.id, _COMMITTEE.c.code)
    .select_from(_LV.outerjoin(_COMMITTEE, _COMMITTEE.c.workspace == sa.bindparam("workspace")))
    .where(_LV.c.id == 1)
)
"""Every committee of a workspace (one row of NULLs when it has none): read once per workspace,
not once per reader."""
_PERSON_ROLES = (
    sa.select(_LV.c.n, _ROLE.c.committee_id, _ROLE.c.role)
    .select_from(_LV.outerjoin(_ROLE, _ROLE.c.person_id == sa.bindparam("person_id")))
    .where(_LV.c.id == 1)
)
"""The roles a person holds, on any committee: a few rows."""
_SESSION_KEY = "committee_bot_lookup_version"
_MAX_ENTRIES = 20_000
"""A bound on each map: past it the map starts again (a workspace of 20,000 people is rare)."""


@dataclass
class _Cache:
    version: int | None = None
    people: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    channels: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    committees: dict[str, Mapping[int, str]] = field(default_factory=dict)
    scopes: dict[tuple[str, int | None], ReaderRoles] = field(default_factory=dict)


_CACHES: weakref.WeakKeyDictionary[Any, _Cache] = weakref.WeakKeyDictionary()


async def _read_version(session: AsyncSession) -> int:
    """The version, as every request reads it first, in the transaction's first statement."""
    return int((await driver_sql.rows(session, _VERSION, {}))[0][0])


async def _cache(session: AsyncSession) -> _Cache:
    """This store's cache, as of the version this transaction read first (once per session)."""
    pool = session.bind.pool if isinstance(session.bind, AsyncEngine) else None
    cache = _CACHES.get(pool)
    if cache is None:
        cache = _CACHES[pool] = _Cache()
    if _SESSION_KEY not in session.info:
        session.info[_SESSION_KEY] = await _read_version(session)
    version = session.info[_SESSION_KEY]
    if cache.version != version:
        cache.people.clear()
        cache.channels.clear()
        cache.committees.clear()
        cache.scopes.clear()
        cache.version = version
    return cache


def _row_values(columns: list[tuple[str, sa.ColumnElement[Any]]], row: Any) -> dict[str, Any] | None:
    """A model's column values from a row that starts with the version; None for the NULLs of
    no match (every model here has a primary key `id`)."""
    values = {key: row[i + 1] for i, (key, _) in enumerate(columns)}
    return None if values.get("id") is None else values


def _instance(cls: type[M], values: dict[str, Any] | None) -> M | None:
    return None if values is None else driver_sql.detached(cls, values)


def _put(cache: _Cache, store: dict[Any, Any], key: Any, value: Any, *, read_at: int) -> None:
    """Keep what a miss read at version `read_at`, unless that is not the cache's: this
    transaction changed a person, committee, role or binding itself (and may yet roll back), or,
    on PostgreSQL, another one committed such a change since the cache's version was read."""
    if read_at != cache.version:
        return
    if len(store) >= _MAX_ENTRIES:
        store.clear()
    store[key] = value


@dataclass(frozen=True)
class Peeked:
    """What a request's context was built from without a transaction (`peek_slack`): the keys it
    looked up and the version its answers were cached under. The unit of work that answers the
    request checks the version (`stale`) and looks them up again when it moved."""

    workspace: str
    slack_user_id: str
    channel_id: str | None
    version: int


UNLOOKED = -1
"""A `Peeked` version no store has: the edge found nothing cached and left the lookup to the
unit of work that answers the request (`unlooked`)."""


def unlooked(*, workspace: str, slack_user_id: str, channel_id: str | None) -> Peeked:
    """The keys of a request whose asker and channel were not cached: the unit of work looks them
    up in its own transaction (one statement), instead of the edge in a transaction of its own."""
    return Peeked(workspace, slack_user_id, channel_id, UNLOOKED)


EXTRAS_KEY = "lookups"
"""Where a handlers Context carries its `Peeked` (in `extras`)."""


def peek_slack(
    pool: Any, *, workspace: str, slack_user_id: str, platform: str, channel_id: str | None
) -> tuple[Person | None, Committee | None, Peeked] | None:
    """The person and the channel's committee from this process's cache alone, as of the version
    the last transaction read; None unless both are cached. The answer may be late by a change
    committed since: `stale` tells the unit of work that must know."""
    cache = _CACHES.get(pool)
    if cache is None or cache.version is None:
        return None
    person_key = (workspace, slack_user_id)
    channel_key = (platform, channel_id) if channel_id else None
    if person_key not in cache.people or (channel_key is not None and channel_key not in cache.channels):
        return None
    committee = _instance(Committee, cache.channels[channel_key]) if channel_key is not None else None
    peeked = Peeked(workspace, slack_user_id, channel_id, cache.version)
    return _instance(Person, cache.people[person_key]), committee, peeked


def assume_current(session: AsyncSession, peeked: Peeked) -> bool:
    """Take what `peek_slack` answered as current without a statement of its own, when it is as of
    the version this process last read and this session has read none yet: the session's next
    statement reads the version beside its rows, and raises `driver_sql.VersionMoved` if it moved
    (the unit of work then starts again, `stale` and all). Saves PostgreSQL a round trip a request."""
    if _SESSION_KEY in session.info or peeked.version == UNLOOKED:
        return False
    pool = session.bind.pool if isinstance(session.bind, AsyncEngine) else None
    cache = _CACHES.get(pool)
    if cache is None or cache.version != peeked.version:
        return False
    session.info[_SESSION_KEY] = peeked.version
    session.info[driver_sql.ASSUMED_VERSION] = peeked.version
    return True


async def stale(session: AsyncSession, peeked: Peeked) -> bool:
    """Whether what `peek_slack` answered may have changed since (the version moved)."""
    await _cache(session)
    return bool(session.info[_SESSION_KEY] != peeked.version)


async def person_by_slack_id(session: AsyncSession, *, workspace: str, slack_user_id: str) -> Person | None:
    """`storage.people.person_by_platform` for a Slack user id, cached."""
    cache = await _cache(session)
    key = (workspace, slack_user_id)
    if not slack_user_id:
        return None
    if key not in cache.people:
        rows = await driver_sql.rows(
            session, _PERSON_BY_SLACK_ID, {"workspace": workspace, "slack_user_id": slack_user_id}
        )
        values = _row_values(_PERSON_COLUMNS, rows[0])
        _put(cache, cache.people, key, values, read_at=rows[0][0])
        return _instance(Person, values)
    return _instance(Person, cache.people[key])


async def asker_and_committee(
    session: AsyncSession, *, workspace: str, slack_user_id: str, platform: str, channel_id: str | None
) -> tuple[Person | None, Committee | None]:
    """`person_by_slack_id` and `bound_committee` (None without a channel), in one statement when
    neither is cached."""
    cache = await _cache(session)
    person_key = (workspace, slack_user_id)
    channel_key = (platform, channel_id) if channel_id else None
    if (
        not slack_user_id
        or channel_key is None
        or person_key in cache.people
        or channel_key in cache.channels
    ):
        person = await person_by_slack_id(session, workspace=workspace, slack_user_id=slack_user_id)
        committee = (
            None
            if channel_id is None
            else await bound_committee(session, platform=platform, channel_id=channel_id)
        )
        return person, committee
    row = (
        await driver_sql.rows(
            session,
            _PERSON_AND_COMMITTEE,
            {
                "workspace": workspace,
                "slack_user_id": slack_user_id,
                "platform": platform,
                "channel_id": channel_id,
            },
        )
    )[0]
    person_values = _row_values(_PERSON_COLUMNS, row)
    committee_values = _row_values(_COMMITTEE_COLUMNS, row[len(_PERSON_COLUMNS) :])
    _put(cache, cache.people, person_key, person_values, read_at=row[0])
    _put(cache, cache.channels, channel_key, committee_values, read_at=row[0])
    return _instance(Person, person_values), _instance(Committee, committee_values)


async def bound_committee(session: AsyncSession, *, platform: str, channel_id: str) -> Committee | None:
    """`storage.bindings.bound_committee`, cached."""
    cache = await _cache(session)
    key = (platform, channel_id)
    if key not in cache.channels:
        rows = await driver_sql.rows(
            session, _BOUND_COMMITTEE, {"platform": platform, "channel_id": channel_id}
        )
        values = _row_values(_COMMITTEE_COLUMNS, rows[0])
        _put(cache, cache.channels, key, values, read_at=rows[0][0])
        return _instance(Committee, values)
    return _instance(Committee, cache.channels[key])


@dataclass(frozen=True)
class ReaderRoles:
    """The read rule's input for one reader: the committees of their workspace, and the roles
    they hold on those of them where they hold any."""

    committees: Mapping[int, str]
    """id -> code; one mapping shared by every reader of the workspace: don't change it."""
    held: Mapping[int, frozenset[Role]]


_NOBODY: Mapping[int, frozenset[Role]] = MappingProxyType({})


async def reader_roles(session: AsyncSession, *, workspace: str, person_id: int | None) -> ReaderRoles:
    """The committees of the workspace and the roles the person holds there, cached: the same
    object for each request until the version moves (so what is worked out from it may be kept
    as long: `handlers.visibility`). A reader not seen before costs one small statement (their
    roles), the workspace's committees being cached apart."""
    cache = await _cache(session)
    key = (workspace, person_id)
    found = cache.scopes.get(key)
    if found is not None:
        return found
    committees = cache.committees.get(workspace)
    if committees is None:
        rows = await driver_sql.rows(session, _WORKSPACE_COMMITTEES, {"workspace": workspace})
        committees = MappingProxyType({cid: code for _, cid, code in rows if cid is not None})
        _put(cache, cache.committees, workspace, committees, read_at=rows[0][0])
    held: Mapping[int, frozenset[Role]] = _NOBODY
    read_at = cache.version or 0
    if person_id is not None:
        rows = await driver_sql.rows(session, _PERSON_ROLES, {"person_id": person_id})
        read_at = rows[0][0]
        roles: dict[int, set[Role]] = {}
        for _, cid, role in rows:
            if cid in committees and role is not None:
                roles.setdefault(cid, set()).add(Role(role))
        held = MappingProxyType({cid: frozenset(r) for cid, r in roles.items()})
    found = ReaderRoles(committees, held)
    _put(cache, cache.scopes, key, found, read_at=read_at)
    return found


async def roles_held(
    session: AsyncSession, *, workspace: str, person_id: int, committee_id: int
) -> frozenset[Role] | None:
    """The roles a person holds on a committee of their workspace, as the read rule's lookup in
    this transaction found them (`reader_roles`); None when it holds no answer (not looked up
    yet, or another workspace's committee). Only for a check made before the transaction
    changes any role: the cache is as of the transaction's first look."""
    cache = await _cache(session)
    found = cache.scopes.get((workspace, person_id))
    if found is None or committee_id not in found.committees:
        return None
    return found.held.get(committee_id, frozenset())
