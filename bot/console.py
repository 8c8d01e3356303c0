"""The terminal chat: type what you would type in Slack, read the replies.

Lines starting with a colon are about the terminal itself (`:as NAME`, `:in CODE`, `:dm`,
`:reminders`, `:quit`); everything else goes through the same grammar and handlers as Slack and
Teams. Reminders the scheduler sends while you type wait in an inbox: the chat says in one line
that they came, and `:reminders` shows them.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.console_notifier import ConsoleNotifier
from bot.render_text import render, terminal_width
from handlers.context import Context
from handlers.dispatch import respond
from handlers.replies import FileReply, Multi, Reply, plural
from storage import committees, people
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Committee, Person, Role

PROMPT = "committee-bot> "
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Inbox(ConsoleNotifier):
    """The terminal's reminders: kept until `:reminders` shows them."""

    def __init__(self) -> None:
        super().__init__(lambda _text: None)
        self.unread: list[tuple[str, Reply]] = []
        self._announced = 0

    def deliver(self, to: str, reply: Reply) -> None:
        self.unread.append((to, reply))

    def news(self) -> str | None:
        """One line about the reminders that came since the last time it was asked, if any."""
        fresh = self.unread[self._announced :]
        self._announced = len(self.unread)
        if not fresh:
            return None
        people = sorted({t.removeprefix("to ") for t, _ in fresh if t.startswith("to ")})
        channels = sorted({t for t, _ in fresh if not t.startswith("to ")})
        where = "; ".join(([f"to {', '.join(people)}"] if people else []) + channels)
        return f"[{plural(len(fresh), 'reminder')} sent ({where}). `:reminders` shows them.]"

    def read(self, width: int) -> str:
        if not self.unread:
            return (
                "No reminders waiting. They come from the scheduler, before meetings and for stale actions."
            )
        shown = "\n\n".join(f"[reminder {to}]\n{render(reply, width)}" for to, reply in self.unread)
        self.unread, self._announced = [], 0
        return shown


class Console:
    def __init__(self, db: Database, *, out: TextIO = sys.stdout, clock: Clock = utcnow) -> None:
        self.db = db
        self.out = out
        self.clock = clock
        self.actor: Person | None = None
        self.files_dir = Path.cwd()
        self.committee: Committee | None = None
        self.inbox = Inbox()

    def announce(self) -> None:
        """Between prompts: one line when reminders came, and the prompt again."""
        news = self.inbox.news()
        if news:
            self.out.write(f"\n{news}\n{PROMPT}")
            self.out.flush()

    def say(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    async def become(self, name: str | None) -> str | None:
        """Switch who is typing; an error message when the name is unknown or ambiguous."""
        async with self.db.transaction() as session:
            if name is None:
                if self.committee is not None and self.committee.id is not None:
                    admins = await people.holders(session, committee_id=self.committee.id, role=Role.admin)
                    self.actor = admins[0] if admins else None
                return None
            found = await people.find_people(session, name=name)
        if len(found) == 1:
            self.actor = found[0]
            return None
        if not found:
            return f"Nobody called {name!r} is known. `:people` lists who is."
        return f"{name!r} could be {', '.join(p.display_name for p in found)}."

    async def enter(self, code: str | None) -> str | None:
        if code is None or code.lower() == "dm":
            self.committee = None
            return None
        async with self.db.transaction() as session:
            found = await committees.get_committee(session, code=code)
            known = [c.code for c in await committees.list_committees(session)]
        if found is None:
            return f"There is no committee {code!r}. Known: {', '.join(known) or 'none yet'}."
        self.committee = found
        return None

    def where(self) -> str:
        who = self.actor.display_name if self.actor else "nobody known"
        place = f"the {self.committee.code} channel" if self.committee else "a direct message with the bot"
        return f"You are {who}, in {place}."

    async def handle_line(self, line: str) -> bool:
        """Answer one line; False when the user asked to leave."""
        text = line.strip()
        if not text:
            return True
        if text.startswith(":"):
            return await self._meta(text[1:].strip())
        ctx = Context(
            actor=self.actor,
            now=self.clock(),
            committee=self.committee,
            platform="console",
            channel_id=f"console:{self.committee.code}" if self.committee else "console:dm",
            is_dm=self.committee is None,
            ephemeral=True,
        )
        reply = await respond(text, ctx=ctx, db=self.db)
        for part in reply.parts if isinstance(reply, Multi) else (reply,):
            if isinstance(part, FileReply):
                self.say(self.save(part))
            else:
                self.say(render(part, terminal_width()))
        return True

    def save(self, file: FileReply) -> str:
        """The terminal's "upload": the file is written to the working directory."""
        path = self.files_dir / Path(file.filename).name
        path.write_bytes(file.content)
        return f"\u2713 Wrote {path} ({len(file.content)} bytes). {file.summary or file.title}".rstrip()

    async def _meta(self, text: str) -> bool:
        verb, _, arg = text.partition(" ")
        verb = verb.lower()
        if verb in ("q", "quit", "exit"):
            return False
        if verb == "as":
            self.say(await self.become(arg.strip() or None) or self.where())
        elif verb == "in":
            self.say(await self.enter(arg.strip() or None) or self.where())
        elif verb == "dm":
            await self.enter(None)
            self.say(self.where())
        elif verb == "people":
            async with self.db.transaction() as session:
                rows = await people.list_people(session)
            self.say(
                "\n".join(
                    f"  {p.display_name}" + (f" ({p.role_titles})" if p.role_titles else "") for p in rows
                )
            )
        elif verb == "reminders":
            self.say(self.inbox.read(terminal_width()))
        elif verb == "whoami":
            self.say(self.where())
        else:
            self.say("Terminal commands: :as NAME, :in CODE, :dm, :people, :reminders, :whoami, :quit")
        return True


async def run_console(
    settings: Settings,
    *,
    as_name: str | None,
    committee: str | None,
    demo: bool,
    scheduler: bool,
    stdin: TextIO = sys.stdin,
) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from bot.redact import install

    install(settings.secrets)
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    console = Console(db)
    try:
        if demo:
            from bot.demo import CODE, seed_demo

            if await seed_demo(db, now=utcnow()):
                console.say("Built the sample committee (ASC) from sample minutes.")
            committee = committee or CODE
        if committee:
            problem = await console.enter(committee)
            if problem:
                console.say(problem)
                return 2
        problem = await console.become(as_name)
        if problem:
            console.say(problem)
            return 2
        runner = None
        if scheduler:
            from bot.reminders import start_console_scheduler

            runner = await start_console_scheduler(
                db, say=console.say, notifier=console.inbox, after_tick=console.announce
            )
        console.say(f"committee-bot terminal chat ({settings.safe_database_url}). {console.where()}")
        console.say("Type what you would type in Slack, e.g. `/actions`, `/actions help`. `:quit` leaves.")
        if runner is not None:
            console.say(console.inbox.news() or "No reminders are due now.")
        try:
            while True:
                console.out.write(PROMPT)
                console.out.flush()
                line = await asyncio.to_thread(stdin.readline)
                if not line:
                    break
                if not await console.handle_line(line):
                    break
        finally:
            if runner is not None:
                await runner.stop()
        return 0
    finally:
        await db.dispose()
