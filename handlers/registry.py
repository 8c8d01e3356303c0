"""What a handler is, as the dispatcher sees it, and the table of them.

A handler takes the typed command, the context and an open session, and returns a Reply; it never
opens a transaction. `@handles(c.Done, writes=True)` says which command it answers and whether the
dispatcher must run it in a write transaction (replayed when it loses a race) or may run it in a
read one.

A few commands need something from outside the store first: a web page, a shared file, a ModernGov
site. `@fetches(c.ImportMinutes, check=...)` runs `check` in a read transaction (the permission
check, so a refused user makes the bot fetch nothing), then the fetch outside any transaction; the
fetch answers with the command that stores what it fetched, and the dispatcher runs that in turn.

The table is built once, explicitly, in handlers/table.py.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Generic, Protocol, TypeVar

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers.commands import Command
from handlers.context import Context
from handlers.replies import REPLY_TYPES, Reply

C = TypeVar("C", bound=Command)
P = TypeVar("P")

Fetch = Callable[[], Awaitable[Command | Reply]]
"""The outside work a fetcher's check has allowed: the next command, or a reply saying why not."""


@dataclass(frozen=True)
class Handler(Generic[C]):
    command: type[C]
    run: Callable[[C, Context, AsyncSession], Awaitable[Reply]]
    writes: bool

    async def handle(self, cmd: Command, ctx: Context, session: AsyncSession) -> Reply:
        if not isinstance(cmd, self.command):
            raise TypeError(
                f"{self.run.__qualname__} handles {self.command.__name__}, not {type(cmd).__name__}"
            )
        return await self.run(cmd, ctx, session)


@dataclass(frozen=True)
class Fetcher(Generic[C, P]):
    command: type[C]
    check: Callable[[C, Context, AsyncSession], Awaitable[P | Reply]]
    fetch: Callable[[C, Context, P], Awaitable[Command | Reply]]

    async def check_then(self, cmd: Command, ctx: Context, session: AsyncSession) -> Reply | Fetch:
        """The check's answer when it stops the command, else the fetch it allows."""
        if not isinstance(cmd, self.command):
            raise TypeError(
                f"{self.fetch.__qualname__} fetches {self.command.__name__}, not {type(cmd).__name__}"
            )
        checked = await self.check(cmd, ctx, session)
        if isinstance(checked, REPLY_TYPES):
            return checked
        return partial(self.fetch, cmd, ctx, checked)


def handles(
    command: type[C], *, writes: bool
) -> Callable[[Callable[[C, Context, AsyncSession], Awaitable[Reply]]], Handler[C]]:
    def entry(run: Callable[[C, Context, AsyncSession], Awaitable[Reply]]) -> Handler[C]:
        return Handler(command, run, writes)

    return entry


def fetches(
    command: type[C], *, check: Callable[[C, Context, AsyncSession], Awaitable[P | Reply]]
) -> Callable[[Callable[[C, Context, P], Awaitable[Command | Reply]]], Fetcher[C, P]]:
    def entry(fetch: Callable[[C, Context, P], Awaitable[Command | Reply]]) -> Fetcher[C, P]:
        return Fetcher(command, check, fetch)

    return entry


class Entry(Protocol):
    """A Handler or a Fetcher, whatever command it is for."""

    @property
    def command(self) -> type[Command]: ...


class Table:
    """One entry per command type; a type given twice is a mistake caught at import."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_type: dict[type, Entry] = {}
        for e in entries:
            if e.command in self._by_type:
                raise ValueError(f"{e.command.__name__} has two handlers")
            self._by_type[e.command] = e

    def __contains__(self, command_type: type) -> bool:
        return command_type in self._by_type

    def types(self) -> set[type]:
        return set(self._by_type)

    def entry(self, cmd: Command) -> Entry | None:
        return self.of(type(cmd))

    def of(self, command_type: type) -> Entry | None:
        return self._by_type.get(command_type)
