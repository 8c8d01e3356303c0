"""What the stack costs before our code does anything: a bolt app on aiohttp, like `serve`'s Slack
edge, whose /actions listener does only the named part of the job, then answers in the ack.

`python -m bench.floor_server PORT MODE` with SLACK_SIGNING_SECRET, SLACK_API_URL and DATABASE_URL
set. MODE is one of:

- `ack`: bolt checks the signature, parses the form, runs the listener, which only acks;
- `read`: one store lookup first (a committee by primary key, in `Database.read()`);
- `claim-read`: the request's claim (`seen.first_time`, a write transaction) and that lookup.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import seen
from storage.db import Database
from storage.models import Committee

MODES = ("ack", "read", "claim-read")


def build(mode: str) -> web.Application:
    db = Database(os.environ["DATABASE_URL"])
    client = AsyncWebClient(token="xoxb-floor", base_url=os.environ["SLACK_API_URL"])
    bolt = AsyncApp(
        client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"], process_before_response=True
    )

    @bolt.command("/actions")
    async def actions(ack: Any, body: dict[str, Any]) -> None:
        if mode == "claim-read":

            async def claim(session: AsyncSession) -> bool:
                return await seen.first_time(
                    session, key=f"floor:{body['trigger_id']}", now=datetime.now(UTC)
                )

            await db.run(claim)
        if mode in ("read", "claim-read"):
            async with db.read() as session:
                committee = await session.get(Committee, 1)
            await ack(text=f"{committee.code if committee else '?'}: {body.get('text', '')}")
            return
        await ack(text=body.get("text", ""))

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> None:
    port, mode = int(sys.argv[1]), sys.argv[2]
    if mode not in MODES:
        raise SystemExit(f"mode must be one of {', '.join(MODES)}")
    web.run_app(build(mode), host="127.0.0.1", port=port, access_log=None, print=None)


if __name__ == "__main__":
    main()
