"""`/actions` handler latency in-process: `handlers.dispatch.respond` on the generated store.

The commands people type most: the listing in a committee's channel, `mine`, `overdue`, `show A<n>`
and `done A<n>` (each time another live action, by an admin of its committee). Every reply is
checked: an error reply counts as a failure, so a fast refusal can't pass for a fast answer.

Like `serve` after start-up, the long-lived objects are frozen out of the garbage collector
(gc.freeze) before measuring; without that, a full collection (50-100 ms over the loaded modules)
lands in the p99.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from bench.generate import channel_id
from handlers.context import Context
from handlers.dispatch import respond
from handlers.replies import ActionCard, ActionList, Level, Notice, Reply
from storage.actions import LIVE
from storage.db import Database
from storage.models import Action, Committee, CommitteeRole, Person, Role


@dataclass
class Latency:
    name: str
    samples: list[float]
    failures: int = 0

    @property
    def p50(self) -> float:
        return quantile(self.samples, 50)

    @property
    def p99(self) -> float:
        return quantile(self.samples, 99)


def quantile(samples: list[float], q: int) -> float:
    """The q-th percentile in ms (statistics.quantiles, inclusive method)."""
    if len(samples) < 2:
        return samples[0] * 1000 if samples else float("nan")
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1] * 1000


@dataclass
class Cast:
    """Who types the commands, and where: loaded from the generated store."""

    committees: list[Committee]
    admins: dict[int, Person]
    members: dict[int, Person]
    officers: list[Person]
    show_refs: list[str]
    live: list[tuple[str, int]]


async def load_cast(db: Database, *, want_live: int, seed: int = 8) -> Cast:
    rnd = random.Random(seed)
    async with db.transaction() as session:
        committees = list((await session.exec(select(Committee).order_by(col(Committee.id)))).all())
        roles = (
            await session.exec(
                select(CommitteeRole, Person).join(Person, col(Person.id) == col(CommitteeRole.person_id))
            )
        ).all()
        admins: dict[int, Person] = {}
        members: dict[int, Person] = {}
        officers: dict[int, Person] = {}
        for role, person in roles:
            if role.role == Role.admin:
                admins.setdefault(role.committee_id, person)
            elif role.role == Role.member:
                members.setdefault(role.committee_id, person)
            elif role.role == Role.officer and person.id is not None:
                officers[person.id] = person
        visible = (await session.exec(select(Action.ref).where(Action.restricted == False))).all()  # noqa: E712
        live = (
            await session.exec(
                select(Action.ref, Action.committee_id).where(
                    col(Action.status).in_(list(LIVE)),
                    Action.restricted == False,  # noqa: E712
                )
            )
        ).all()
    show_refs = [r for r in rnd.sample(list(visible), min(2000, len(visible))) if r]
    chosen = rnd.sample(list(live), min(want_live, len(live)))
    return Cast(
        committees=committees,
        admins=admins,
        members=members,
        officers=sorted(officers.values(), key=lambda p: p.id or 0),
        show_refs=show_refs,
        live=[(ref, cid) for ref, cid in chosen if ref],
    )


def channel_ctx(committee: Committee, actor: Person, now: datetime) -> Context:
    assert committee.id is not None
    return Context(
        actor=actor,
        now=now,
        committee=committee,
        platform="slack",
        channel_id=channel_id(committee.id),
        is_dm=False,
    )


def dm_ctx(actor: Person, now: datetime) -> Context:
    return Context(actor=actor, now=now, platform="slack", channel_id=f"D{actor.id:08d}", is_dm=True)


Case = Callable[[int], tuple[str, Context]]


def _is_answer(reply: Reply, *, change: bool) -> bool:
    if isinstance(reply, Notice):
        return reply.level is not Level.error and (not change or reply.updated is not None)
    return isinstance(reply, ActionList | ActionCard)


async def _measure(
    db: Database, name: str, case: Case, *, iterations: int, warmup: int, change: bool = False
) -> Latency:
    result = Latency(name, [])
    for i in range(warmup + iterations):
        text, ctx = case(i)
        start = time.perf_counter()
        reply = await respond(text, ctx=ctx, db=db)
        took = time.perf_counter() - start
        if i >= warmup:
            result.samples.append(took)
            if not _is_answer(reply, change=change):
                result.failures += 1
    return result


Runner = Callable[[], Awaitable[Latency]]


async def handler_latency(db: Database, now: datetime, *, iterations: int, warmup: int = 20) -> list[Latency]:
    cast = await load_cast(db, want_live=iterations + warmup)
    # as `serve` does after start-up (bot/server.py): long-lived objects out of the collector's way
    gc.collect()
    gc.freeze()
    rnd = random.Random(1)
    committees = [c for c in cast.committees if c.id in cast.admins and c.id in cast.members]
    by_id = {c.id: c for c in committees}

    def listing(_: int) -> tuple[str, Context]:
        c = rnd.choice(committees)
        return "", channel_ctx(c, cast.members[c.id or 0], now)

    def mine(_: int) -> tuple[str, Context]:
        return "mine", dm_ctx(rnd.choice(cast.officers), now)

    def overdue(_: int) -> tuple[str, Context]:
        c = rnd.choice(committees)
        return "overdue", channel_ctx(c, cast.members[c.id or 0], now)

    def show(i: int) -> tuple[str, Context]:
        c = rnd.choice(committees)
        return f"show {cast.show_refs[i % len(cast.show_refs)]}", channel_ctx(c, cast.members[c.id or 0], now)

    def done(i: int) -> tuple[str, Context]:
        ref, committee_id = cast.live[i % len(cast.live)]
        c = by_id[committee_id]
        return f"done {ref}", channel_ctx(c, cast.admins[committee_id], now)

    out = [
        await _measure(db, "list in a channel (`/actions`)", listing, iterations=iterations, warmup=warmup),
        await _measure(db, "`mine`", mine, iterations=iterations, warmup=warmup),
        await _measure(db, "`overdue`", overdue, iterations=iterations, warmup=warmup),
        await _measure(db, "`show A<n>`", show, iterations=iterations, warmup=warmup),
    ]
    done_iterations = min(iterations, max(0, len(cast.live) - warmup))
    out.append(
        await _measure(db, "`done A<n>`", done, iterations=done_iterations, warmup=warmup, change=True)
    )
    gc.unfreeze()
    return out
