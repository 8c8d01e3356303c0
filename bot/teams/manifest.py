"""The Teams app manifest (schema v1.22) and app package, built from the grammar so neither drifts.

`committee-bot manifest teams --app-id ID [--zip out.zip]` prints the manifest and optionally writes
the package (manifest.json, color.png, outline.png). `python -m bot.teams.manifest` regenerates the
committed template in manifests/teams/ (with a placeholder app id).
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any, TextIO

from bot.teams import icons
from handlers.grammar import VERBS

SCHEMA_URL = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json"
MANIFEST_VERSION = "1.22"
APP_VERSION = "0.1.0"
TEMPLATE_APP_ID = "00000000-0000-0000-0000-000000000000"
TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "manifests" / "teams"
MAX_COMMANDS = 10
MAX_TITLE = 32
MAX_DESCRIPTION = 128
_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")

# Which grammar verbs Teams suggests, per scope (Teams shows at most 10 per list).
CHANNEL_COMMANDS = ("list", "overdue", "due", "stale", "done", "show", "update", "snooze", "setup", "help")
PERSONAL_COMMANDS = ("mine", "overdue", "due", "search", "show", "done", "update", "snooze", "add", "help")


def command_list(names: tuple[str, ...]) -> list[dict[str, str]]:
    out = []
    for name in names[:MAX_COMMANDS]:
        spec = VERBS[name]
        description = f"{spec.summary} — {spec.usage}"
        if len(description) > MAX_DESCRIPTION:
            description = spec.summary[:MAX_DESCRIPTION]
        out.append({"title": name[:MAX_TITLE], "description": description})
    return out


def build_manifest(app_id: str) -> dict[str, Any]:
    if not _GUID.match(app_id):
        raise ValueError(f"{app_id!r} is not a Microsoft app id; it looks like 0b6c5d8e-...-...-...-...")
    return {
        "$schema": SCHEMA_URL,
        "manifestVersion": MANIFEST_VERSION,
        "version": APP_VERSION,
        "id": app_id,
        "developer": {
            "name": "committee-bot",
            "websiteUrl": "https://github.com/committee-bot/committee-bot",
            "privacyUrl": "https://github.com/committee-bot/committee-bot/blob/main/PRIVACY.md",
            "termsOfUseUrl": "https://github.com/committee-bot/committee-bot/blob/main/TERMS.md",
        },
        "name": {"short": "committee-bot", "full": "committee-bot: actions from committee minutes"},
        "description": {
            "short": "Track the actions agreed in council committee minutes.",
            "full": (
                "committee-bot reads committee minutes, finds the actions agreed, tracks them and reminds "
                "lead officers before the meeting they are due at. Ask it what is overdue, due or stale, "
                "and mark actions done, add progress updates or snooze reminders from the cards."
            ),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*icons.ACCENT),
        "bots": [
            {
                "botId": app_id,
                "scopes": ["team", "personal", "groupChat"],
                "supportsFiles": False,
                "isNotificationOnly": False,
                "commandLists": [
                    {"scopes": ["team", "groupChat"], "commands": command_list(CHANNEL_COMMANDS)},
                    {"scopes": ["personal"], "commands": command_list(PERSONAL_COMMANDS)},
                ],
            }
        ],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
    }


def manifest_json(app_id: str) -> str:
    return json.dumps(build_manifest(app_id), indent=2, ensure_ascii=False) + "\n"


def write_package(*, app_id: str, zip_path: str | None, out: TextIO) -> int:
    try:
        text = manifest_json(app_id)
    except ValueError as exc:
        print(f"committee-bot manifest teams: {exc}", file=sys.stderr)
        return 2
    out.write(text)
    if zip_path:
        with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as package:
            package.writestr("manifest.json", text)
            package.writestr("color.png", icons.color_icon())
            package.writestr("outline.png", icons.outline_icon())
        print(f"wrote the Teams app package to {zip_path}", file=sys.stderr)
    return 0


def write_template(directory: Path = TEMPLATE_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "manifest.json").write_text(manifest_json(TEMPLATE_APP_ID), encoding="utf-8")
    (directory / "color.png").write_bytes(icons.color_icon())
    (directory / "outline.png").write_bytes(icons.outline_icon())


if __name__ == "__main__":
    write_template()
