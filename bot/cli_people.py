"""What the CLI's committee and people commands share: which workspace a command means, and
finding (or recording) the person an operator names as EMAIL, slack:U123 or teams:AAD-ID."""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from storage import people, workspaces
from storage.models import CONSOLE, Person

EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


class CliProblem(ValueError):
    """What was wrong with what the operator typed; printed as is."""


def operator() -> str:
    """Who ran the CLI, for the audit trail."""
    try:
        return f"committee-bot CLI ({getpass.getuser()})"
    except (KeyError, OSError):
        return "committee-bot CLI"


@dataclass(frozen=True)
class Who:
    text: str
    email: str | None = None
    slack_user_id: str | None = None
    teams_aad_id: str | None = None

    @classmethod
    def parse(cls, text: str) -> Who:
        raw = text.strip()
        platform, sep, ident = raw.partition(":")
        if sep and platform.lower() == "slack" and re.match(r"^[UW][A-Z0-9]{2,30}$", ident.strip().upper()):
            return cls(raw, slack_user_id=ident.strip().upper())
        if sep and platform.lower() == "teams" and re.match(r"^[0-9A-Za-z-]{8,64}$", ident.strip()):
            return cls(raw, teams_aad_id=ident.strip().lower())
        if EMAIL.match(raw):
            return cls(raw, email=raw.lower())
        raise CliProblem(
            f"{text!r} names nobody: give an email (sam.patel@council.gov.uk), slack:U0123ABCD or "
            "teams:<AAD object id>"
        )

    def default_name(self) -> str:
        if self.email:
            local = self.email.split("@", 1)[0]
            return " ".join(w.capitalize() for w in re.split(r"[._-]+", local) if w) or self.email
        return self.text


async def find_or_add(
    session: AsyncSession, who: Who, *, workspace: str, name: str | None = None
) -> tuple[Person, bool]:
    """The person of the workspace the spec names, recorded now if they are not yet; True if new."""
    found = await people.person_by_platform(
        session,
        workspace=workspace,
        slack_user_id=who.slack_user_id,
        teams_aad_id=who.teams_aad_id,
        email=who.email,
    )
    if found is not None:
        return found, False
    added = await people.add_person(
        session,
        display_name=name or who.default_name(),
        workspace=workspace,
        email=who.email,
        slack_user_id=who.slack_user_id,
        teams_aad_id=who.teams_aad_id,
    )
    return added, True


async def configured_workspaces(settings: Settings) -> list[str]:
    """The workspaces this deployment's settings name: SLACK_ALLOWED_TEAMS, the single-workspace
    bot token's own team (Slack's auth.test says which), the Teams tenant."""
    found: list[str] = [f"slack:{ident}" for ident in sorted(settings.slack_allowed_ids)]
    oauth = bool(settings.slack_client_id and settings.slack_client_secret)
    if settings.slack_bot_token and not oauth:
        found.append(await _token_workspace(settings))
    if settings.microsoft_app_id and settings.microsoft_app_tenant_id:
        found.append(workspaces.teams(tenant_id=settings.microsoft_app_tenant_id))
    return list(dict.fromkeys(found))


async def _token_workspace(settings: Settings) -> str:
    from slack_sdk.errors import SlackApiError

    from bot.slack.clients import slack_error, web_client

    client = web_client(settings, settings.slack_bot_token)
    try:
        answer = await client.auth_test()
    except SlackApiError as exc:
        raise CliProblem(
            f"Slack would not say which workspace SLACK_BOT_TOKEN belongs to ({slack_error(exc)}); "
            "give --workspace slack:T0123ABCD"
        ) from exc
    except OSError as exc:
        raise CliProblem(
            f"could not reach Slack to ask which workspace SLACK_BOT_TOKEN belongs to ({exc}); "
            "give --workspace slack:T0123ABCD"
        ) from exc
    return workspaces.slack(team_id=answer.get("team_id"), enterprise_id=answer.get("enterprise_id"))


async def workspace_for(settings: Settings, given: str | None) -> str:
    """The workspace a command means: --workspace, else the one the settings name, else the
    console's when there are no chat credentials. Several named: the operator must choose."""
    if given:
        try:
            return workspaces.parse(given)
        except ValueError as exc:
            raise CliProblem(str(exc)) from None
    found = await configured_workspaces(settings)
    if len(found) == 1:
        return found[0]
    if not found:
        return CONSOLE
    raise CliProblem(f"this deployment serves several workspaces ({', '.join(found)}); give --workspace")
