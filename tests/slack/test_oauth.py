"""Multi-workspace installs: the OAuth flow stores the installation in our database, and requests use it."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import aiohttp
import sqlalchemy as sa
from aiohttp import web

from bot.app_keys import SLACK_EDGE_KEY
from bot.server import build_app
from storage.db import Database
from storage.slack_models import slack_bots, slack_installations
from tests.slack.conftest import SAM, SIGNING_SECRET, Slack, seed, settings_for
from tests.slack.fake_slack import BOT_TOKEN, TEAM_ID, FakeSlack


async def test_install_then_a_command_from_that_workspace(fake: FakeSlack, db_url: str) -> None:
    db = Database(db_url)
    await seed(db, datetime.now(UTC))
    settings = settings_for(
        fake,
        db_url,
        slack_bot_token=None,
        slack_client_id="1111.2222",
        slack_client_secret="c1i2e3n4t5s6e7c8r9e0t",
        slack_signing_secret=SIGNING_SECRET,
    )
    app = await build_app(settings, db)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/slack/install") as resp:
                assert resp.status == 200
                page = await resp.text()
                cookie = resp.headers["Set-Cookie"].split(";", 1)[0]
            state = re.search(r"state=([\w-]+)", page)
            assert state is not None
            async with http.get(
                f"{base}/slack/oauth_redirect?code=temp-code&state={state.group(1)}",
                headers={"Cookie": cookie},
            ) as resp:
                assert resp.status == 200, await resp.text()
            assert fake.of("oauth.v2.access")[0].args["code"] == "temp-code"
            async with db.transaction() as session:
                installs = (
                    await session.exec(
                        sa.select(slack_installations.c.team_id, slack_installations.c.bot_token)
                    )
                ).all()  # type: ignore[call-overload]
                bots = (await session.exec(sa.select(slack_bots.c.team_id))).all()  # type: ignore[call-overload]
            assert [tuple(r) for r in installs] == [(TEAM_ID, BOT_TOKEN)]
            assert [tuple(r) for r in bots] == [(TEAM_ID,)]

            slack = Slack(fake=fake, url=base, db=db, http=http, edge=app[SLACK_EDGE_KEY])
            answer = await slack.answer(await slack.command("mine", user=SAM))
            assert "no open actions" in answer["text"]
            assert fake.of("users.info")[0].token == BOT_TOKEN
    finally:
        await runner.cleanup()
        await db.dispose()
