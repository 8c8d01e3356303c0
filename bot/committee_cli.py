"""`committee-bot committee add|list|rename|archive`, `admin grant` and `organisers add|list|remove`:
a council's first day without SQL. Every change is one transaction with its audit event."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.cli_people import CliProblem, Who, find_or_add, operator, workspace_for
from bot.cli_store import committee_or_say, open_store
from bot.config import Settings
from handlers.replies import plural
from storage import audit, bindings, committees, people
from storage.clean_text import clean
from storage.models import Committee, Role

CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,31}$")
CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


async def committee_cli(settings: Settings, args: argparse.Namespace) -> int:
    command = {
        "committee": f"committee {args.committee_cmd}" if args.cmd == "committee" else "",
        "admin": "admin grant",
        "organisers": f"organisers {getattr(args, 'organisers_cmd', '')}",
    }[args.cmd]
    try:
        return await _run(settings, args, command)
    except CliProblem as exc:
        print(f"committee-bot {command}: {exc}", file=sys.stderr)
        return 2


async def _run(settings: Settings, args: argparse.Namespace, command: str) -> int:
    if command == "committee add":
        return await _add(settings, args)
    workspace = None
    if command in ("organisers add", "organisers remove", "organisers list", "committee move") or (
        command == "committee list" and args.workspace
    ):
        workspace = await workspace_for(settings, args.workspace)
    db = await open_store(settings)
    try:
        async with db.transaction() as session:
            if command == "committee list":
                return await _list(session, workspace)
            if command == "organisers list":
                assert workspace is not None
                return await _organisers(session, workspace)
            if command.startswith("organisers"):
                assert workspace is not None
                return await _organiser(session, args, workspace, add=command.endswith("add"))
            found = await committee_or_say(session, command=command, code=args.code)
            if found is None:
                return 2
            if command == "committee rename":
                return await _rename(session, found, args.name)
            if command == "committee archive":
                return await _archive(session, found, undo=args.undo)
            if command == "committee move":
                assert workspace is not None
                return await _move(session, found, workspace)
            return await _grant(session, found, Who.parse(args.who), name=args.name)
    finally:
        await db.dispose()


MAX_NAME = committees.MAX_NAME


def committee_name(text: str, *, new: bool = False) -> str:
    """The name as it may be stored: one line, without control or bidi-override characters (it heads
    channel posts and the tracker paper), and of a length a header can show."""
    name = clean(text, one_line=True).strip()
    if not name:
        raise CliProblem("give the new name with --name" if new else "give the committee's name with --name")
    if len(name) > MAX_NAME:
        raise CliProblem(f"the name is {plural(len(name), 'character')} long; give at most {MAX_NAME}")
    return name


def _checked(args: argparse.Namespace, settings: Settings) -> tuple[str, str, str]:
    if not CODE.match(args.code):
        raise CliProblem(
            f"{args.code!r} is not a code: up to 32 letters, digits, - or _, starting with a letter"
        )
    name = committee_name(args.name)
    zone = args.timezone or settings.tz or "Europe/London"
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliProblem(f"{zone!r} is not a timezone; write it like Europe/London") from None
    clock = CLOCK.match(args.meeting_time)
    if not clock:
        raise CliProblem(f"--meeting-time {args.meeting_time!r}: write the time as HH:MM, like 17:30")
    return zone, f"{int(clock.group(1)):02d}:{clock.group(2)}", name


async def _add(settings: Settings, args: argparse.Namespace) -> int:
    zone, meeting_time, name = _checked(args, settings)
    who = Who.parse(args.admin) if args.admin else None
    workspace = await workspace_for(settings, args.workspace)
    db = await open_store(settings)
    try:
        async with db.transaction() as session:
            if await committees.get_committee(session, code=args.code):
                raise CliProblem(f"there is already a committee {args.code.upper()}")
            made = await committees.create_committee(
                session,
                code=args.code,
                name=name,
                timezone=zone,
                workspace=workspace,
                meeting_time=meeting_time,
            )
            await audit.record(
                session,
                at=datetime.now(UTC),
                actor_name=operator(),
                workspace=workspace,
                kind="committee created",
                subject=made.code,
                detail=f"{made.name}; timezone {zone}; meetings at {meeting_time}",
            )
            print(
                f"Created {made.code}, {made.name}, in {workspace} (timezone {zone}, meetings at {meeting_time})."
            )
            if who is not None:
                await _grant(session, made, who, name=args.admin_name)
            else:
                print(
                    f"It has no admin yet: `committee-bot admin grant {made.code} EMAIL`, or an organiser or "
                    f"workspace admin types `/actions setup {made.code}` in its channel."
                )
    finally:
        await db.dispose()
    return 0


async def _grant(session: AsyncSession, committee: Committee, who: Who, *, name: str | None) -> int:
    assert committee.id is not None
    person, new = await find_or_add(session, who, workspace=committee.workspace, name=name)
    assert person.id is not None
    granted = await people.grant_role(
        session, committee_id=committee.id, person_id=person.id, role=Role.admin
    )
    if granted:
        await audit.record(
            session,
            at=datetime.now(UTC),
            actor_name=operator(),
            workspace=committee.workspace,
            kind="admin granted",
            subject=committee.code,
            detail=f"#{person.id} {person.display_name} ({who.text})",
        )
    recorded = " (recorded now; linked when they first use the bot)" if new else ""
    state = "is now an admin" if granted else "was already an admin"
    print(f"{person.display_name} <{who.text}>{recorded} {state} of {committee.code}.")
    return 0


async def _list(session: AsyncSession, workspace: str | None) -> int:
    rows = await committees.list_committees(session, workspace=workspace)
    if not rows:
        print('No committees yet: `committee-bot committee add CODE --name "Full name" --admin EMAIL`.')
        return 0
    for c in rows:
        assert c.id is not None
        admins = ", ".join(
            p.display_name for p in await people.holders(session, committee_id=c.id, role=Role.admin)
        )
        channels = len(await bindings.bindings_for_committee(session, committee_id=c.id))
        archived = f"  ARCHIVED {c.archived_at:%Y-%m-%d}" if c.archived_at else ""
        print(
            f"{c.code:<8} {c.name}  [{c.workspace}; {c.timezone}; meetings {c.meeting_time}; "
            f"admins: {admins or 'none yet'}; channels: {channels}]{archived}"
        )
    return 0


async def _rename(session: AsyncSession, committee: Committee, name: str) -> int:
    before = committee.name
    committee.name = committee_name(name, new=True)
    await committees.save_committee(session, committee=committee)
    await audit.record(
        session,
        at=datetime.now(UTC),
        actor_name=operator(),
        workspace=committee.workspace,
        kind="committee renamed",
        subject=committee.code,
        detail=f"{before} -> {committee.name}",
    )
    print(f"{committee.code} is now {committee.name} (was {before}).")
    return 0


async def _archive(session: AsyncSession, committee: Committee, *, undo: bool) -> int:
    if undo == (committee.archived_at is None):
        print(f"{committee.code} is {'not ' if undo else 'already '}archived; nothing changed.")
        return 0
    committee.archived_at = None if undo else datetime.now(UTC)
    await committees.save_committee(session, committee=committee)
    await audit.record(
        session,
        at=datetime.now(UTC),
        actor_name=operator(),
        workspace=committee.workspace,
        kind="committee restored" if undo else "committee archived",
        subject=committee.code,
    )
    if undo:
        print(f"{committee.code} is back: reminders resume and channels may be bound again.")
    else:
        print(f"{committee.code} is archived: no more reminders; its actions can still be read and exported.")
    return 0


async def _move(session: AsyncSession, committee: Committee, target: str) -> int:
    """Move the committee, with the people of its workspace who serve it and no other committee
    there; the others are named, for the operator to record in the new workspace."""
    assert committee.id is not None
    source = committee.workspace
    if source == target:
        print(f"{committee.code} is already in {target}; nothing changed.")
        return 0
    ids = {p.id for role in Role for p in await people.holders(session, committee_id=committee.id, role=role)}
    ids |= await committees.owners_of(session, committee_id=committee.id)
    known = await people.people_by_id(session, ids={i for i in ids if i is not None})
    serving = [p for p in known.values() if p.workspace == source]
    stay = await committees.held_elsewhere(
        session,
        person_ids=[p.id for p in serving if p.id is not None],
        committee_id=committee.id,
        workspace=source,
    )
    moved, left = [], []
    for person in sorted(serving, key=lambda p: p.display_name):
        clash = await people.person_by_platform(
            session,
            workspace=target,
            slack_user_id=person.slack_user_id,
            teams_aad_id=person.teams_aad_id,
            email=person.email,
        )
        if person.id in stay or clash is not None:
            why = (
                "serves another committee there"
                if person.id in stay
                else f"is already #{clash.id if clash else ''} in {target}"
            )
            left.append(f"{person.display_name} (#{person.id}) {why}")
            continue
        person.workspace = target
        await people.save_person(session, person=person)
        moved.append(person.display_name)
    committee.workspace = target
    await committees.save_committee(session, committee=committee)
    # its channels are the old workspace's: posting the committee's reminders there would cross over
    channels = await bindings.bindings_for_committee(session, committee_id=committee.id, enabled_only=False)
    for binding in channels:
        binding.committee_id = None
        session.add(binding)
    await session.flush()
    await audit.record(
        session,
        at=datetime.now(UTC),
        actor_name=operator(),
        workspace=target,
        kind="committee moved",
        subject=committee.code,
        detail=f"from {source}; people moved: {', '.join(moved) or 'none'}; channels unbound: {len(channels)}",
    )
    print(f"{committee.code} moved from {source} to {target}, with {', '.join(moved) or 'nobody'}.")
    if channels:
        names = ", ".join(f"{b.name or b.channel_id} ({b.platform})" for b in channels)
        print(
            f"  its channels in {source} no longer follow it: {names}. In a channel of {target}, an admin "
            f"types `/actions setup {committee.code}`."
        )
    for line in left:
        print(
            f"  not moved: {line}; record them in {target} (`admin grant`, `people import`) if they serve it"
        )
    return 0


async def _organiser(session: AsyncSession, args: argparse.Namespace, workspace: str, *, add: bool) -> int:
    who = Who.parse(args.who)
    if add:
        person, new = await find_or_add(session, who, workspace=workspace, name=args.name)
    else:
        found = await people.person_by_platform(
            session,
            workspace=workspace,
            slack_user_id=who.slack_user_id,
            teams_aad_id=who.teams_aad_id,
            email=who.email,
        )
        if found is None or not found.organiser:
            print(f"{who.text} is not an organiser in {workspace}; nothing changed.")
            return 0
        person, new = found, False
    if person.organiser == add:
        print(
            f"{person.display_name} <{who.text}> {'is already' if add else 'is not'} an organiser; nothing changed."
        )
        return 0
    person.organiser = add
    await people.save_person(session, person=person)
    await audit.record(
        session,
        at=datetime.now(UTC),
        actor_name=operator(),
        workspace=workspace,
        kind="organiser added" if add else "organiser removed",
        subject=f"#{person.id} {person.display_name}",
        detail=who.text,
    )
    recorded = " (recorded now; linked when they first use the bot)" if new else ""
    if add:
        print(
            f"{person.display_name} <{who.text}>{recorded} may now create committees in {workspace} "
            '(`/actions setup CODE "Full name"` in a channel).'
        )
    else:
        print(f"{person.display_name} <{who.text}> is no longer an organiser.")
    return 0


async def _organisers(session: AsyncSession, workspace: str) -> int:
    found = await people.organisers(session, workspace=workspace)
    if not found:
        print(
            f"No organisers in {workspace}. Slack workspace admins and owners may create committees anyway."
        )
    for p in found:
        ids = ", ".join(
            x
            for x in (
                p.email,
                p.slack_user_id and f"slack:{p.slack_user_id}",
                p.teams_aad_id and f"teams:{p.teams_aad_id}",
            )
            if x
        )
        print(f"#{p.id} {p.display_name} ({ids or 'no email or chat id yet'})")
    return 0
