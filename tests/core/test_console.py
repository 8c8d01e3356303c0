"""The terminal chat as a user meets it: a subprocess, lines typed in, replies read back."""

from __future__ import annotations

import asyncio
import io
import os
import sys
from pathlib import Path
from typing import cast

from bot.console import PROMPT, Console
from handlers.replies import ActionList
from storage.db import Database

BIN = Path(sys.executable).with_name("committee-bot")


class Terminal:
    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    async def read_until_prompt(self) -> str:
        assert self.proc.stdout
        data = await asyncio.wait_for(self.proc.stdout.readuntil(PROMPT.encode()), timeout=60)
        return data.decode()[: -len(PROMPT)]

    async def type(self, line: str) -> str:
        assert self.proc.stdin
        self.proc.stdin.write((line + "\n").encode())
        await self.proc.stdin.drain()
        return await self.read_until_prompt()


async def start(tmp_path: Path, *args: str, columns: int | None = None) -> Terminal:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}"}
    env.pop("COLUMNS", None)
    if columns is not None:
        env["COLUMNS"] = str(columns)
    for key in [k for k in env if k.startswith(("SLACK_", "MICROSOFT_"))]:
        del env[key]
    proc = await asyncio.create_subprocess_exec(
        str(BIN),
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
        cwd=tmp_path,
    )
    return Terminal(proc)


async def test_demo_conversation(tmp_path: Path) -> None:
    term = await start(tmp_path, "demo", "--no-scheduler")
    banner = await term.read_until_prompt()
    assert "Built the sample committee (ASC) from sample minutes." in banner
    assert "You are Sam Patel, in the ASC channel." in banner

    listing = await term.type("/actions")
    assert "Open actions of Adult Social Care Scrutiny Commission" in listing
    assert "travel time payments" in listing

    assert "You are Tom Reed" in await term.type(":as Tom Reed")
    mine = await term.type("/actions mine")
    assert "Your open actions" in mine and "A1" in mine

    done = await term.type("/actions done A1 figures circulated to members")
    assert "A1 is done" in done
    shown = await term.type("/actions show A1")
    assert (
        "done" in shown and "Tom Reed: done (in progress \u2192 done): figures circulated to members" in shown
    )

    refused = await term.type("/actions drop A3 not needed")
    assert "Only the assigned officer" in refused

    bad = await term.type("/actions snooze A1 someday")
    assert "I can't read `someday` as a snooze" in bad
    assert "I don't know the command `frob`" in await term.type("frob")

    assert term.proc.stdin
    term.proc.stdin.write(b":quit\n")
    await term.proc.stdin.drain()
    assert await asyncio.wait_for(term.proc.wait(), timeout=30) == 0


async def test_chat_picks_person_and_committee(tmp_path: Path) -> None:
    first = await start(tmp_path, "demo", "--no-scheduler")
    await first.read_until_prompt()
    assert first.proc.stdin
    first.proc.stdin.close()
    await asyncio.wait_for(first.proc.wait(), timeout=30)

    term = await start(tmp_path, "chat", "--as", "Priya Shah", "--committee", "asc")
    banner = await term.read_until_prompt()
    assert "You are Priya Shah, in the ASC channel." in banner
    assert "carers survey" in await term.type("mine")
    assert "You are Priya Shah, in a direct message with the bot." in await term.type(":dm")
    assert term.proc.stdin
    term.proc.stdin.close()
    assert await asyncio.wait_for(term.proc.wait(), timeout=30) == 0

    unknown = await start(tmp_path, "chat", "--as", "Nobody", "--committee", "ASC")
    assert unknown.proc.stdout
    out = (await asyncio.wait_for(unknown.proc.stdout.read(), timeout=30)).decode()
    assert "Nobody called 'Nobody' is known" in out
    assert await unknown.proc.wait() == 2


async def test_export_writes_the_tracker_paper(tmp_path: Path) -> None:
    term = await start(tmp_path, "demo", "--no-scheduler")
    await term.read_until_prompt()
    out = await term.type("/actions export csv")
    assert "Wrote" in out
    written = [p for p in tmp_path.iterdir() if p.suffix == ".csv"]
    assert len(written) == 1
    assert "travel time payments" in written[0].read_text(encoding="utf-8-sig")
    assert term.proc.stdin
    term.proc.stdin.close()
    assert await asyncio.wait_for(term.proc.wait(), timeout=30) == 0


async def test_help_and_actions_fit_the_terminal_width(tmp_path: Path) -> None:
    term = await start(tmp_path, "demo", "--no-scheduler", columns=72)
    await term.read_until_prompt()
    shown = {
        typed: await term.type(typed)
        for typed in ("/actions help", "/actions show A1", "/actions", "settings")
    }
    for typed, out in shown.items():
        too_wide = [line for line in out.splitlines() if len(line) > 72]
        assert too_wide == [], f"{typed}: {too_wide}"
    helped = shown["/actions help"].split()
    for word in ("[all|proposed|check]", "YYYY-MM-DD|YYYY-MM-DD|none", "link|unlink", "Europe/London"):
        assert word in helped, "a word of the help was cut"
    assert term.proc.stdin
    term.proc.stdin.close()
    assert await asyncio.wait_for(term.proc.wait(), timeout=30) == 0


async def test_demo_says_in_one_line_which_reminders_came_before_the_first_prompt(tmp_path: Path) -> None:
    term = await start(tmp_path, "demo")
    banner = await term.read_until_prompt()
    assert "[reminder" not in banner
    news = [line for line in banner.splitlines() if "reminder" in line]
    assert len(news) == 1 and news[0].startswith("[") and "`:reminders` shows them." in news[0], banner
    assert "Tom Reed" in news[0]
    shown = await term.type(":reminders")
    assert "[reminder to Tom Reed]" in shown and "Needing an update" in shown
    assert "No reminders waiting" in await term.type(":reminders")
    assert term.proc.stdin
    term.proc.stdin.close()
    assert await asyncio.wait_for(term.proc.wait(), timeout=30) == 0


def test_reminders_that_come_while_typing_are_one_line() -> None:
    out = io.StringIO()
    console = Console(cast(Database, None), out=out)
    console.announce()
    assert out.getvalue() == ""
    view = ActionList(title="Your reminders", groups=())
    console.inbox.deliver("to Tom Reed", view)
    console.inbox.deliver("in #asc", view)
    console.inbox.deliver("to Priya Shah", view)
    console.announce()
    assert out.getvalue() == (
        "\n[3 reminders sent (to Priya Shah, Tom Reed; in #asc). `:reminders` shows them.]\n" + PROMPT
    )
    console.announce()
    assert out.getvalue().count("reminders sent") == 1
