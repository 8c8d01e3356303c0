"""A local fake Bot Connector service: it records what the bot sends and answers like Teams does.

It listens on 127.0.0.1 only, on a free port; tests set its URL as the activity's serviceUrl, so the
real botbuilder ConnectorClient talks to it. It can be told to fail the next calls with 403
BotNotInConversationRoster, 429 (with Retry-After) or 502/504.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    conversation_id: str
    activity_id: str | None
    body: dict[str, Any]
    authorization: str | None
    raw: bytes = b""
    """The request body as sent: Teams measures a message by it, in UTF-16."""

    @property
    def utf16_bytes(self) -> int:
        return len(self.raw.decode("utf-8").encode("utf-16-le"))


@dataclass
class Failure:
    status: int
    code: str
    retry_after: int | None = None


@dataclass
class FakeConnector:
    calls: list[Call] = field(default_factory=list)
    members: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    url: str = ""
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None

    def fail_next(self, status: int, *, times: int = 1, retry_after: int | None = None) -> None:
        code = {403: "BotNotInConversationRoster", 429: "Throttled"}.get(status, "ServiceError")
        self.failures.extend(Failure(status, code, retry_after) for _ in range(times))

    def sent(self) -> list[Call]:
        """Calls that posted an activity: new messages, replies and created conversations' posts."""
        return [c for c in self.calls if c.method == "POST" and c.body.get("type") == "message"]

    def updates(self) -> list[Call]:
        return [c for c in self.calls if c.method == "PUT"]

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_post("/v3/conversations/{cid}/activities", self._send)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._send)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._send)
        app.router.add_get("/v3/conversations/{cid}/members/{mid}", self._member)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{port}/"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _failure(self) -> web.Response | None:
        if not self.failures:
            return None
        f = self.failures.pop(0)
        headers = {"Retry-After": str(f.retry_after)} if f.retry_after is not None else {}
        return web.json_response(
            {"error": {"code": f.code, "message": f"fake connector answered {f.status}"}},
            status=f.status,
            headers=headers,
        )

    async def _record(self, request: web.Request, cid: str) -> Call:
        raw = await request.read() if request.can_read_body else b""
        body = json.loads(raw) if raw else {}
        call = Call(
            method=request.method,
            path=request.path,
            conversation_id=cid,
            activity_id=request.match_info.get("aid"),
            body=body,
            authorization=request.headers.get("Authorization"),
            raw=raw,
        )
        self.calls.append(call)
        return call

    async def _send(self, request: web.Request) -> web.Response:
        call = await self._record(request, request.match_info["cid"])
        failed = self._failure()
        if failed is not None:
            return failed
        if call.method == "PUT":
            return web.json_response({"id": call.activity_id})
        return web.json_response({"id": f"act-{next(self._ids)}"}, status=201)

    async def _create(self, request: web.Request) -> web.Response:
        await self._record(request, "")
        failed = self._failure()
        if failed is not None:
            return failed
        return web.json_response({"id": f"a:personal-{next(self._ids)}", "activityId": None}, status=201)

    async def _member(self, request: web.Request) -> web.Response:
        await self._record(request, request.match_info["cid"])
        member = self.members.get(request.match_info["mid"])
        if member is None:
            return web.json_response({"error": {"code": "MemberNotFoundInConversation"}}, status=404)
        return web.json_response(member)
