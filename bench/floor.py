"""The floor under the HTTP ratio: how fast the stack alone answers signed slash commands.

`python -m bench.floor` measures, with the same open-loop stepped search as bench/http_bench.py,
the sustained rate of a bare aiohttp endpoint and of a bolt app on aiohttp that does only part of
`serve`'s job (bench/floor_server.py): ack only; one store lookup; the claim and the lookup. The
store is a fresh SQLite file with one committee. What no real command can beat is the last two
rows: every command reads the store at least once.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import secrets
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from bench.harness import FakeSlack, free_port, process, signed_headers
from bench.http_bench import HttpFigures, _steps
from storage import committees
from storage.db import Database
from storage.migrate import upgrade

ROOT = Path(__file__).resolve().parents[1]


class Signed:
    """Signed `/actions` bodies, each with its own trigger id (the claim's key)."""

    def __init__(self, secret: str, fake: FakeSlack) -> None:
        self.secret = secret.encode()
        self.fake = fake
        self.count = itertools.count(1)

    def next(self) -> tuple[str, bytes, dict[str, str]]:
        rid = f"f{next(self.count)}"
        body = urlencode(
            {
                "team_id": "TFLOOR",
                "channel_id": "CFLOOR",
                "user_id": "UFLOOR",
                "command": "/actions",
                "text": "list",
                "api_app_id": "AFLOOR",
                "response_url": self.fake.response_url(rid),
                "trigger_id": f"{rid}.{secrets.token_hex(6)}",
            }
        ).encode()
        return rid, body, signed_headers(self.secret, body)


async def measure(workdir: Path, *, step_seconds: float = 4.0) -> list[tuple[str, float]]:
    url = f"sqlite+aiosqlite:///{workdir / 'floor.db'}"
    await asyncio.to_thread(upgrade, url)
    db = Database(url)
    async with db.transaction() as session:
        await committees.create_committee(session, code="FLR", name="Floor Committee")
    await db.dispose()
    fake = FakeSlack()
    await fake.start()
    secret = secrets.token_hex(16)
    signed = Signed(secret, fake)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": url,
        "SLACK_SIGNING_SECRET": secret,
        "SLACK_API_URL": fake.api_url,
    }
    rates = [20.0 * 2**i for i in range(9)]
    out = []
    try:
        for name, args in [
            ("bare aiohttp (bench/bare_server.py)", ["bench.bare_server"]),
            ("bolt, ack only", ["bench.floor_server", "ack"]),
            ("bolt, one store lookup, answer in the ack", ["bench.floor_server", "read"]),
            ("bolt, claim + one lookup, answer in the ack", ["bench.floor_server", "claim-read"]),
        ]:
            port = free_port()
            cmd = [sys.executable, "-m", args[0], str(port), *args[1:]]
            async with process(cmd, env, port, workdir, workdir / f"{args[-1]}.log"):
                url_ = f"http://127.0.0.1:{port}/slack/events"
                await _steps(url_, signed, fake, rates=[10.0], seconds=2, needs_reply=False)
                steps = await _steps(url_, signed, fake, rates=rates, seconds=step_seconds, needs_reply=False)
            out.append((name, HttpFigures.sustained(steps, needs_reply=False)))
            print(f"  {name}: {out[-1][1]:g} req/s", flush=True)
    finally:
        await fake.stop()
    return out


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="committee-bot-floor-") as tmp:
        rows = asyncio.run(measure(Path(tmp)))
    bare = rows[0][1] or 1.0
    print("\n| What answers the slash command | sustained req/s | of bare |")
    print("|---|---|---|")
    for name, rate in rows:
        print(f"| {name} | {rate:g} | {rate / bare:.2f} |")


if __name__ == "__main__":
    main()
