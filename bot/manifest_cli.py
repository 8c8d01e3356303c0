"""`committee-bot manifest slack|teams`: print or package the app manifests."""

from __future__ import annotations

import sys


def manifest_cli(platform: str, *, url: str | None, app_id: str | None, zip_path: str | None) -> int:
    if platform == "slack":
        from bot.slack.manifest import render_manifest

        sys.stdout.write(render_manifest(base_url=url))
        return 0
    from bot.teams.manifest import write_package

    if not app_id:
        print("committee-bot manifest teams: give --app-id (the bot's Microsoft app id)", file=sys.stderr)
        return 2
    status: int = write_package(app_id=app_id, zip_path=zip_path, out=sys.stdout)
    return status
