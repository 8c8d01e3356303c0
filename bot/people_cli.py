"""`committee-bot people import FILE.csv`, `people list` and `people merge KEEP DROP`.

The CSV has a header row `name,email,title,committee,role` (columns in any order; several titles
separated by `;`; role one of admin, chair, member, officer, for the committee whose code the row
gives). A person is found by email within the workspace of the row's committee (else by their exact
name there), else added: importing the same file twice changes nothing. Each bad row is reported
by its line number and the good rows are still imported, all in one transaction.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.cli_people import EMAIL, CliProblem, operator, workspace_for
from bot.cli_store import open_store
from bot.config import Settings
from handlers.replies import plural
from storage import audit, committees, people
from storage.clean_text import clean
from storage.merge import CannotMerge, merge_people
from storage.models import Committee, Person, Role

COLUMNS = ("name", "email", "title", "committee", "role")
MAX_BYTES = 5_000_000
MAX_NAME = 200


async def people_cli(settings: Settings, args: argparse.Namespace) -> int:
    try:
        if args.people_cmd == "import":
            return await _import(settings, Path(args.file), args.workspace)
        if args.people_cmd == "list":
            return await _list(settings, args.workspace, args.committee)
        return await _merge(settings, args.keep, args.drop, args.workspace)
    except CliProblem as exc:
        print(f"committee-bot people {args.people_cmd}: {exc}", file=sys.stderr)
        return 2


@dataclass(frozen=True)
class Row:
    line: int
    name: str
    email: str | None
    titles: tuple[str, ...]
    committee: str | None
    role: Role | None


@dataclass
class Outcome:
    added: list[str] = field(default_factory=list)
    new: set[int] = field(default_factory=set)
    known: set[int] = field(default_factory=set)
    titles: int = 0
    roles: int = 0
    bad: list[str] = field(default_factory=list)


def read_rows(text: str) -> tuple[list[Row], list[str]]:
    """The rows of the CSV, checked one by one, and what is wrong with the others (by line)."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    if missing or unknown:
        what = []
        if missing:
            what.append(f"no {', '.join(missing)} column")
        if unknown:
            what.append(f"unknown columns {', '.join(unknown)}")
        raise CliProblem(f"line 1: the header must be {','.join(COLUMNS)} ({'; '.join(what)})")
    reader.fieldnames = header
    rows: list[Row] = []
    bad: list[str] = []
    for record in reader:
        line = reader.line_num
        if None in record:
            bad.append(f"line {line}: more cells than the header has columns (quote a name with a comma)")
            continue
        cells = {k: clean(v or "", one_line=True).strip() for k, v in record.items()}
        if not any(cells.values()):
            continue
        problem, row = _row(line, cells)
        if problem:
            bad.append(f"line {line}: {problem}")
        elif row is not None:
            rows.append(row)
    return rows, bad


def _row(line: int, cells: dict[str, str]) -> tuple[str | None, Row | None]:
    name, email, code, role = (
        cells["name"],
        cells["email"].lower(),
        cells["committee"].upper(),
        cells["role"].lower(),
    )
    if not name:
        return "no name", None
    if len(name) > MAX_NAME:
        return f"the name is {plural(len(name), 'character')} long; at most {MAX_NAME}", None
    if email and not EMAIL.match(email):
        return f"{cells['email']!r} is not an email address", None
    if role and role not in Role.__members__:
        return f"role {cells['role']!r} is not one of admin, chair, member, officer", None
    if role and not code:
        return f"role {role} needs a committee code", None
    titles = tuple(t.strip() for t in cells["title"].split(";") if t.strip())
    return None, Row(line, name, email or None, titles, code or None, Role(role) if role else None)


async def _import(settings: Settings, path: Path, workspace_flag: str | None) -> int:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CliProblem(f"{path} is over {MAX_BYTES // 1_000_000} MB; is it really a people list?")
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliProblem(f"{path} is not UTF-8 text; save it from the spreadsheet as CSV UTF-8") from None
    except OSError as exc:
        raise CliProblem(f"cannot read {path}: {exc.strerror or exc}") from None
    rows, bad = read_rows(text)
    default: str | None = None
    if any(r.committee is None for r in rows):
        default = await workspace_for(settings, workspace_flag)
    db = await open_store(settings)
    try:
        async with db.transaction() as session:
            outcome = await apply_rows(session, rows, default_workspace=default)
            outcome.bad = sorted(bad + outcome.bad, key=lambda problem: int(problem.split()[1].rstrip(":")))
            if outcome.added or outcome.titles or outcome.roles:
                await audit.record(
                    session,
                    at=datetime.now(UTC),
                    actor_name=operator(),
                    workspace=default or "(the committees' workspaces)",
                    kind="people imported",
                    subject=path.name,
                    detail=f"{len(outcome.added)} added, {plural(outcome.titles, 'title')}, {plural(outcome.roles, 'role')}",
                )
    finally:
        await db.dispose()
    changed = outcome.added or outcome.titles or outcome.roles
    print(
        f"{path.name}: {plural(len(outcome.added), 'person', 'people')} added, {len(outcome.known)} already known; "
        f"{plural(outcome.titles, 'title')} and {plural(outcome.roles, 'role')} added"
        + ("" if changed else "; nothing changed")
        + "."
    )
    for name in outcome.added:
        print(f"  added {name}")
    if outcome.bad:
        print(f"{plural(len(outcome.bad), 'row')} not imported (the others were):", file=sys.stderr)
        for problem in outcome.bad:
            print(f"  {problem}", file=sys.stderr)
        return 1
    return 0


async def apply_rows(session: AsyncSession, rows: list[Row], *, default_workspace: str | None) -> Outcome:
    """Record the rows' people, titles and roles; what was already there is left as it is."""
    out = Outcome()
    found: dict[str, Committee | None] = {}
    for row in rows:
        committee = None
        if row.committee is not None:
            if row.committee not in found:
                found[row.committee] = await committees.get_committee(session, code=row.committee)
            committee = found[row.committee]
            if committee is None:
                out.bad.append(f"line {row.line}: there is no committee {row.committee!r}")
                continue
        workspace = committee.workspace if committee is not None else default_workspace
        assert workspace is not None
        person, how = await _person(session, row, workspace)
        if person is None:
            out.bad.append(f"line {row.line}: {how}")
            continue
        assert person.id is not None
        if how == "added":
            out.new.add(person.id)
            out.added.append(f"{person.display_name}" + (f" <{person.email}>" if person.email else ""))
        elif person.id not in out.new:
            out.known.add(person.id)
        for title in row.titles:
            if title.lower() not in (t.lower() for t in person.titles):
                await people.add_title(session, person=person, title=title)
                out.titles += 1
        if (
            committee is not None
            and committee.id is not None
            and row.role is not None
            and await people.grant_role(
                session, committee_id=committee.id, person_id=person.id, role=row.role
            )
        ):
            out.roles += 1
    return out


async def _person(session: AsyncSession, row: Row, workspace: str) -> tuple[Person | None, str]:
    if row.email:
        known = await people.person_by_platform(session, workspace=workspace, email=row.email)
        if known is not None:
            return known, ""
    same = [
        p
        for p in await people.find_people(session, name=row.name, workspace=workspace)
        if p.display_name.lower() == row.name.lower() and (not row.email or not p.email)
    ]
    if len(same) > 1:
        return None, f"{len(same)} people are called {row.name}; give their email to say which"
    if same:
        person = same[0]
        if row.email and not person.email:
            person.email = row.email
            await people.save_person(session, person=person)
        return person, ""
    added = await people.add_person(session, display_name=row.name, email=row.email, workspace=workspace)
    return added, "added"


async def _list(settings: Settings, workspace_flag: str | None, code: str | None) -> int:
    workspace = await workspace_for(settings, workspace_flag) if workspace_flag else None
    db = await open_store(settings)
    try:
        async with db.read() as session:
            everyone = await people.list_people(session, workspace=workspace)
            codes = {c.id: c.code for c in await committees.list_committees(session)}
            held = await people.role_pairs(session, person_ids=[p.id for p in everyone if p.id is not None])
            roles = await _roles(session, everyone)
    finally:
        await db.dispose()
    if code is not None:
        wanted = {cid for cid, c in codes.items() if c == code.upper()}
        everyone = [p for p in everyone if any((cid, p.id) in held for cid in wanted)]
    if not everyone:
        print("Nobody yet: `committee-bot people import people.csv`.")
    for p in everyone:
        links = [
            x
            for x in (
                p.email,
                p.slack_user_id and f"slack:{p.slack_user_id}",
                p.teams_aad_id and f"teams:{p.teams_aad_id}",
            )
            if x
        ]
        line = f"#{p.id:<4} {p.display_name}  [{p.workspace}] {', '.join(links) or 'no email or chat id'}"
        if p.titles:
            line += f"  titles: {'; '.join(p.titles)}"
        mine = roles.get(p.id or 0, [])
        if mine:
            line += "  roles: " + ", ".join(f"{codes.get(cid, '?')} {role}" for cid, role in mine)
        if p.organiser:
            line += "  organiser"
        if p.maybe_same_as is not None:
            line += (
                f"  MAY BE #{p.maybe_same_as} (same name, nothing proves it): "
                f"`committee-bot people merge {p.maybe_same_as} {p.id}` if so"
            )
        print(line)
    return 0


async def _roles(session: AsyncSession, everyone: list[Person]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    for committee in await committees.list_committees(session):
        assert committee.id is not None
        for role in Role:
            for p in await people.holders(session, committee_id=committee.id, role=role):
                if p.id is not None:
                    out.setdefault(p.id, []).append((committee.id, str(role)))
    return out


async def _one(session: AsyncSession, text: str, workspace: str | None) -> Person:
    raw = text.strip().lstrip("#")
    if raw.isdigit():
        found = await people.get_person(session, person_id=int(raw))
        if found is None:
            raise CliProblem(f"there is no person #{raw} (`committee-bot people list` shows them)")
        return found
    if not EMAIL.match(raw):
        raise CliProblem(f"{text!r}: give a person's number (#12) or email")
    matches = [p for p in await people.list_people(session, workspace=workspace) if p.email == raw.lower()]
    if len(matches) != 1:
        where = f" in {workspace}" if workspace else ""
        if not matches:
            raise CliProblem(f"nobody has the email {raw}{where}")
        raise CliProblem(f"{raw} is in {len(matches)} workspaces; give --workspace or the person's number")
    return matches[0]


async def _merge(settings: Settings, keep_text: str, drop_text: str, workspace_flag: str | None) -> int:
    workspace = await workspace_for(settings, workspace_flag) if workspace_flag else None
    db = await open_store(settings)
    try:
        async with db.transaction() as session:
            keep = await _one(session, keep_text, workspace)
            drop = await _one(session, drop_text, workspace)
            try:
                merged = await merge_people(
                    session, keep=keep, drop=drop, now=datetime.now(UTC), actor_name=operator()
                )
            except CannotMerge as exc:
                raise CliProblem(f"not merged: {exc}") from None
            print(merged.summary(keep, drop))
    finally:
        await db.dispose()
    return 0
