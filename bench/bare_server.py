"""The yardstick for the HTTP figures: a bare aiohttp endpoint, in its own process like `serve`.

`python -m bench.bare_server PORT` answers POST /slack/events with an empty 200 and GET /healthz.
"""

from __future__ import annotations

import sys

from aiohttp import web


async def ack(request: web.Request) -> web.Response:
    await request.read()
    return web.Response()


async def healthz(_: web.Request) -> web.Response:
    return web.json_response({"ok": True})


def main() -> None:
    app = web.Application()
    app.router.add_post("/slack/events", ack)
    app.router.add_get("/healthz", healthz)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)


if __name__ == "__main__":
    main()
