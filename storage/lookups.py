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
from dataclasses import dataclass, field
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import bindings, people
from storage.lookup_models import LookupVersion
from storage.models import Committee, Person
from storage.read_scope import committees_and_roles as read_committees_and_roles

M = TypeVar("M", bound=SQLModel)
_VERSION = sa.select(sa.inspect(LookupVersion).local_table.c.n).where(
    sa.inspect(LookupVersion).local_table.c.id == 1
)
_SESSION_KEY = "committee_bot_lookup_version"
_MAX_ENTRIES = 20_000
"""A bound on each map: past it the map starts again (a workspace of 20,000 people is rare)."""


@dataclass
class _Cache:
    version: int | None = None
    people: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    channels: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    scopes: dict[tuple[str, int | None], list[tuple[int, str, bool]]] = field(default_factory=dict)


_CACHES: weakref.WeakKeyDictionary[Any, _Cache] = weakref.WeakKeyDictionary()


async def _cache(session: AsyncSession) -> _Cache:
    """This store's cache, as of the version this transaction read first (once per session)."""
    conn = await session.connection()
    pool = conn.sync_connection.engine.pool if conn.sync_connection is not None else None
    cache = _CACHES.get(pool)
    if cache is None:
        cache = _CACHES[pool] = _Cache()
    if _SESSION_KEY not in session.info:
        session.info[_SESSION_KEY] = (await conn.execute(_VERSION)).scalar_one()
    version = session.info[_SESSION_KEY]
    if cache.version != version:
        cache.people.clear()
        cache.channels.clear()
        cache.scopes.clear()
        cache.version = version
    return cache


def _values(obj: SQLModel | None) -> dict[str, Any] | None:
    if obj is None:
        return None
    return {c.key: getattr(obj, c.key) for c in sa.inspect(type(obj)).column_attrs}


def _instance(cls: type[M], values: dict[str, Any] | None) -> M | None:
    if values is None:
        return None
    obj = cls(**values)
    make_transient_to_detached(obj)
    return obj


async def _put(session: AsyncSession, cache: _Cache, store: dict[Any, Any], key: Any, value: Any) -> None:
    """Keep what a miss read, unless the version moved meanwhile: this transaction changed a
    person, committee, role or binding itself (and may yet roll back), or, on PostgreSQL, another
    one committed such a change between the two reads."""
    conn = await session.connection()
    if (await conn.execute(_VERSION)).scalar_one() != cache.version:
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


async def stale(session: AsyncSession, peeked: Peeked) -> bool:
    """Whether what `peek_slack` answered may have changed since (the version moved)."""
    await _cache(session)
    return bool(session.info[_SESSION_KEY] != peeked.version)


async def person_by_slack_id(session: AsyncSession, *, workspace: str, slack_user_id: str) -> Person | None:
    """`storage.people.person_by_platform` for a Slack user id, cached."""
    cache = await _cache(session)
    key = (workspace, slack_user_id)
    if key not in cache.people:
        found = await people.person_by_platform(session, workspace=workspace, slack_user_id=slack_user_id)
        await _put(session, cache, cache.people, key, _values(found))
        return found
    return _instance(Person, cache.people[key])


async def bound_committee(session: AsyncSession, *, platform: str, channel_id: str) -> Committee | None:
    """`storage.bindings.bound_committee`, cached."""
    cache = await _cache(session)
    key = (platform, channel_id)
    if key not in cache.channels:
        found = await bindings.bound_committee(session, platform=platform, channel_id=channel_id)
        await _put(session, cache, cache.channels, key, _values(found))
        return found
    return _instance(Committee, cache.channels[key])


async def committees_and_roles(
    session: AsyncSession, *, workspace: str, person_id: int | None
) -> list[tuple[int, str, bool]]:
    """`storage.read_scope.committees_and_roles`, cached."""
    cache = await _cache(session)
    key = (workspace, person_id)
    if key not in cache.scopes:
        found = await read_committees_and_roles(session, workspace=workspace, person_id=person_id)
        await _put(session, cache, cache.scopes, key, found)
        return found
    return list(cache.scopes[key])
