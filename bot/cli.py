"""The `committee-bot` command line.

Each subcommand imports what it needs lazily so that `committee-bot extract` does not pay for
slack_bolt and botbuilder imports, and a broken edge cannot stop the others from working.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="committee-bot", description=__doc__)
    sub = p.add_subparsers(dest="cmd")

    sub.add_parser("start", help="serve Slack/Teams when credentials are set, else the terminal demo")

    demo = sub.add_parser("demo", help="the terminal chat on a sample committee (SQLite by default)")
    demo.add_argument("--as", dest="as_name", default=None, help="who you are (a person's name)")
    demo.add_argument("--committee", default=None, help="committee short code (the channel you are in)")
    demo.add_argument("--no-scheduler", action="store_true", help="do not run reminders in the demo")

    chat = sub.add_parser("chat", help="the terminal chat on the configured store")
    chat.add_argument("--as", dest="as_name", default=None, help="who you are (a person's name)")
    chat.add_argument("--committee", default=None, help="committee short code; omit for a direct message")

    sub.add_parser("serve", help="the HTTP server: Slack, Teams, /healthz, calendars; and the scheduler")

    ex = sub.add_parser(
        "extract",
        help="read minutes or an agenda pack and print what they agree",
        description="Read minutes or an agenda pack and print what they agree.",
        epilog="--json prints one object per document; docs/extract-json.md describes its keys.",
    )
    ex.add_argument("sources", nargs="+", metavar="FILE|URL")
    ex.add_argument("--json", action="store_true", help="print JSON (described in docs/extract-json.md)")

    imp = sub.add_parser("import", help="import minutes into the store as proposed actions")
    imp.add_argument("source", metavar="FILE|URL")
    imp.add_argument("--committee", required=True, help="committee short code")
    imp.add_argument("--as", dest="as_name", default=None, help="who imports (default: system)")

    rem = sub.add_parser("remind", help="send the reminders that are due now")
    rem.add_argument("--dry-run", action="store_true", help="print what would go where, send nothing")
    rem.add_argument("--at", default=None, metavar="ISO-TIME", help="pretend it is this time")

    exp = sub.add_parser("export", help="write the action tracker paper and the meetings calendar")
    exp.add_argument("--committee", required=True, help="committee short code")
    exp.add_argument(
        "--format",
        choices=["csv", "md", "html", "ics", "all"],
        default="all",
        help="the tracker paper as CSV, Markdown or printable HTML, the meetings calendar (ics), or all (default)",
    )
    exp.add_argument("--out", default=".", help="directory to write into (- for standard output)")

    man = sub.add_parser("manifest", help="print or package the Slack or Teams app manifest")
    man.add_argument("platform", choices=["slack", "teams"])
    man.add_argument("--url", default=None, help="public base URL (Slack); omit for Socket Mode")
    man.add_argument("--app-id", default=None, help="Microsoft app id (Teams)")
    man.add_argument("--zip", default=None, metavar="OUT.zip", help="write the Teams app package")

    db = sub.add_parser("db", help="database administration")
    db_sub = db.add_subparsers(dest="db_cmd", required=True)
    db_sub.add_parser("upgrade", help="apply the Alembic migrations")

    from bot.admin_parsers import add_committee_parsers, add_people_parsers

    add_committee_parsers(sub)
    add_people_parsers(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        with asyncio.Runner(loop_factory=loop_factory()) as runner:
            return runner.run(run(argv))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`extract ... | head`): stop quietly, as other command-line tools do;
        # stdout is pointed at devnull so that Python's flush at exit does not fail once more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (it took a quarter off `serve`'s CPU per command
    in bench/, see bench/README.md), else asyncio's own; COMMITTEE_BOT_LOOP=asyncio chooses the
    latter."""
    if os.environ.get("COMMITTEE_BOT_LOOP", "").strip().lower() == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def run(argv: Sequence[str] | None = None, *, settings: Settings | None = None) -> int:
    """The CLI on a running loop (tests pass their own settings)."""
    args = _parser().parse_args(argv)
    return await _run(args.cmd or "start", args, settings)


async def _run(cmd: str, args: argparse.Namespace, given: Settings | None = None) -> int:
    if cmd == "extract":
        return await _extract(args)
    from bot.config import Settings
    from minutes.limits import configure

    settings = given or Settings()
    configure(settings.minutes_limits)
    if cmd in ("committee", "admin", "organisers"):
        from bot.committee_cli import committee_cli

        return await committee_cli(settings, args)
    if cmd == "people":
        from bot.people_cli import people_cli

        return await people_cli(settings, args)
    if cmd == "db":
        from storage.migrate import upgrade

        await asyncio.to_thread(upgrade, settings.database_url)
        print(f"database at head: {settings.safe_database_url}")
        return 0
    if cmd == "start":
        if settings.has_chat_credentials:
            cmd = "serve"
        else:
            cmd = "demo"
            args.as_name, args.committee, args.no_scheduler = None, None, False
    if cmd in ("demo", "chat"):
        from bot.console import run_console

        return await run_console(
            settings,
            as_name=args.as_name,
            committee=args.committee,
            demo=cmd == "demo",
            scheduler=cmd == "demo" and not args.no_scheduler,
        )
    if cmd == "serve":
        from bot.server import run_server

        return await run_server(settings)
    if cmd == "import":
        from bot.importing import import_cli

        return await import_cli(settings, source=args.source, committee=args.committee, as_name=args.as_name)
    if cmd == "remind":
        from bot.remind_cli import remind_cli

        return await remind_cli(settings, dry_run=args.dry_run, at=args.at)
    if cmd == "export":
        from bot.export_cli import export_cli

        return await export_cli(settings, committee=args.committee, fmt=args.format, out=args.out)
    if cmd == "manifest":
        from bot.manifest_cli import manifest_cli

        return manifest_cli(args.platform, url=args.url, app_id=args.app_id, zip_path=args.zip)
    print(f"unknown command {cmd!r}", file=sys.stderr)
    return 2


async def _extract(args: argparse.Namespace) -> int:
    from minutes.errors import MinutesError
    from minutes.sources import read_source
    from minutes.summary import render_summary

    status = 0
    for source in args.sources:
        try:
            extraction = await read_source(source)
        except MinutesError as exc:
            print(f"committee-bot extract: {source}: {exc}", file=sys.stderr)
            status = 1
            continue
        if args.json:
            print(json.dumps(extraction.to_json(), indent=2, ensure_ascii=False))
        else:
            print(render_summary(extraction))
    return status


if __name__ == "__main__":
    sys.exit(main())
