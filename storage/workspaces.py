"""Workspace keys: which Slack workspace, Teams tenant or terminal a committee or person belongs to.

A key is `slack:<id>` (the Enterprise Grid organisation's id when a request carries one, since a
Grid user id is the same in every workspace of the organisation; else the team id),
`teams:<tenant id>`, or `console` (the terminal chat and the CLI). Nothing crosses between keys:
a Slack user id is unique only within its team, and two councils may share one deployment.
"""

from __future__ import annotations

import re

from storage.models import CONSOLE

__all__ = ["CONSOLE", "describe", "parse", "slack", "teams"]

_SLACK_ID = re.compile(r"^[TE][A-Z0-9]{2,30}$")
_TENANT = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{1,63}$")


def slack(*, team_id: str | None, enterprise_id: str | None = None) -> str:
    """The key of a Slack request's workspace: its Grid organisation, else its team."""
    ident = enterprise_id or team_id
    return f"slack:{ident}" if ident else "slack:unknown"


def teams(*, tenant_id: str | None) -> str:
    return f"teams:{tenant_id.lower()}" if tenant_id else "teams:unknown"


def parse(text: str) -> str:
    """A key as an operator types it (`slack:T0123ABCD`, `teams:<tenant id>`, `console`), checked."""
    raw = text.strip()
    if raw.lower() == CONSOLE:
        return CONSOLE
    platform, _, ident = raw.partition(":")
    platform = platform.lower()
    if platform == "slack" and _SLACK_ID.match(ident.upper()):
        return f"slack:{ident.upper()}"
    if platform == "teams" and _TENANT.match(ident):
        return f"teams:{ident.lower()}"
    raise ValueError(
        f"{text!r} is not a workspace; write slack:T0123ABCD (a Slack team id, or E... for an "
        "Enterprise Grid organisation), teams:<tenant id>, or console"
    )


def describe(key: str) -> str:
    platform, _, ident = key.partition(":")
    if platform == "slack":
        return f"the Slack {'organisation' if ident.startswith('E') else 'workspace'} {ident}"
    if platform == "teams":
        return f"the Teams tenant {ident}"
    return "the terminal (console)"
