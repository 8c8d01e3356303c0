"""A local fake of the Slack Web API on 127.0.0.1 that records every call.

In the spirit of bolt-python's tests/mock_web_api_server: the real AsyncWebClient talks HTTP to it
(SLACK_API_URL points here), and tests read back what the bot asked Slack to do. It also serves
response_url endpoints, private file downloads and plain web pages (minutes to import by URL).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
from aiohttp import web

BOT_TOKEN = "xoxb-test-committee-bot-0001"
TEAM_ID = "T0COUNCIL"
BOT_USER_ID = "UBOTCOMM1"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.monotonic)
    status: int | None = None
    """The HTTP status answered; None while held, 0 when the caller hung up before the answer."""
    ok: bool | None = None
    reply: dict[str, Any] | None = None
    peer: Any = None
    """The caller's address and port: which connection the call came on."""


@dataclass
class Upload:
    """A file the bot uploaded (files.getUploadURLExternal, the upload URL, files.completeUploadExternal)."""

    file_id: str
    filename: str
    length: int
    content: bytes | None = None
    title: str | None = None
    channel: str | None = None
    initial_comment: str | None = None

    @property
    def shared(self) -> bool:
        """Completed and shared in a channel: what people see."""
        return self.channel is not None


@dataclass
class Scripted:
    body: dict[str, Any]
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.users: dict[str, dict[str, Any]] = {}
        self.files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self.pages: dict[str, tuple[bytes, str]] = {}
        self.scripted: dict[str, list[Scripted]] = {}
        self.token = BOT_TOKEN
        self.tokens: dict[str, str] = {}
        """The bot tokens of other workspaces (`add_workspace`), and the team of each; `token` is
        the home team's."""
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.changed = asyncio.Event()
        self.sockets: list[web.WebSocketResponse] = []
        self.holds: dict[str, tuple[int, asyncio.Event, bool]] = {}
        self.uploads: dict[str, Upload] = {}

    # ---- set-up -----------------------------------------------------------------------------

    def add_user(
        self, user_id: str, name: str, email: str | None = None, *, admin: bool = False, owner: bool = False
    ) -> None:
        """A member of the workspace; `admin`/`owner`: users.info's is_admin/is_owner."""
        profile: dict[str, Any] = {"real_name": name, "display_name": name.split()[0]}
        if email:
            profile["email"] = email
        self.users[user_id] = {
            "id": user_id,
            "name": name.lower().replace(" ", "."),
            "is_admin": admin,
            "is_owner": owner,
            "profile": profile,
        }

    def add_workspace(self, team_id: str, token: str, *, name: str = "Elsewhere") -> None:
        """Another workspace the app can be installed in: its next OAuth exchange gives `token`."""
        self.tokens[token] = team_id
        self.script(
            "oauth.v2.access",
            {
                "ok": True,
                "app_id": "A0COMMBOT",
                "authed_user": {"id": "U0INSTALLR"},
                "scope": "commands,chat:write",
                "token_type": "bot",
                "access_token": token,
                "bot_user_id": BOT_USER_ID,
                "team": {"id": team_id, "name": name},
                "enterprise": None,
                "is_enterprise_install": False,
            },
        )

    def add_file(self, file_id: str, name: str, data: bytes, *, user_team: str | None = None) -> None:
        """`user_team`: the team of whoever shared it, as files.info says in a Slack Connect channel."""
        meta: dict[str, Any] = {
            "id": file_id,
            "name": name,
            "size": len(data),
            "url_private": f"{self.url}/files-pri/{file_id}/{name}",
            "url_private_download": f"{self.url}/files-pri/{file_id}/download/{name}",
        }
        if user_team is not None:
            meta["user_team"] = user_team
        self.files[file_id] = (meta, data)

    def add_page(self, path: str, content: bytes, content_type: str = "text/plain") -> str:
        self.pages[path.lstrip("/")] = (content, content_type)
        return f"{self.url}/pages/{path.lstrip('/')}"

    def script(
        self, method: str, body: dict[str, Any], *, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        """The next call of `method` gets this answer instead of the usual one."""
        self.scripted.setdefault(method, []).append(Scripted(body, status, headers or {}))

    def fail(
        self, method: str, times: int, *, status: int, error: str, retry_after: int | None = None
    ) -> None:
        """The next `times` calls of `method` fail with this HTTP status (429 and 5xx drills)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
        for _ in range(times):
            self.script(method, {"ok": False, "error": error}, status=status, headers=headers)

    def hold(self, method: str, *, after: int = 0, accept: bool = False) -> None:
        """After `after` more calls, calls of `method` hang until `release` (a slow or hung Slack).

        A held call whose caller hangs up meanwhile is answered `status` 0 and did nothing; with
        `accept` it is done (the message posted) first and only its answer is held back.
        """
        self.holds[method] = (len(self.of(method)) + after, asyncio.Event(), accept)

    def release(self, method: str) -> None:
        held = self.holds.pop(method, None)
        if held is not None:
            held[1].set()

    def accepted(self, method: str) -> list[Call]:
        """The calls answered with success: for chat.postMessage, the messages Slack really posted."""
        return [c for c in self.of(method) if c.status == 200 and c.ok]

    def response_url(self, name: str) -> str:
        return f"{self.url}/response/{name}"

    # ---- reading back ---------------------------------------------------------------------------

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until the bot has made the calls a test expects (its work runs after the ack)."""
        deadline = time.monotonic() + timeout
        while True:
            found = predicate()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls so far: {[c.method for c in self.calls]}")
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), timeout=0.2)

    async def wait_calls(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        result: list[Call] = await self.wait_for(
            lambda: len(self.of(method)) >= count and self.of(method), timeout
        )
        return result

    # ---- the server ----------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response)
        app.router.add_get("/files-pri/{rest:.*}", self._file)
        app.router.add_post("/upload/v1/{file_id}", self._upload)
        app.router.add_get("/pages/{path:.*}", self._page)
        app.router.add_get("/link", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    async def stop(self) -> None:
        for ws in self.sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self.changed.set()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.read()
        args: dict[str, Any]
        if request.content_type == "application/json":
            args = json.loads(raw or b"{}")
        else:
            args = dict(parse_qsl(raw.decode()))
            args.update(request.query)
            for key in ("blocks", "view"):
                if isinstance(args.get(key), str):
                    args[key] = json.loads(args[key])
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else args.get("token")
        call = Call(method, args, token)
        call.peer = request.transport.get_extra_info("peername") if request.transport else None
        index = len(self.of(method))
        self._record(call)
        held = self.holds.get(method)
        held = held if held is not None and index >= held[0] else None
        if held is not None and not held[2]:
            await held[1].wait()
            await asyncio.sleep(0.2)  # let the loop read a hang-up that arrived while held
            if request.transport is None or request.transport.is_closing():
                return self._answered(call, web.Response(status=499))
        response = self._respond(method, args, token)
        self._answered(call, response)
        if held is not None:
            await held[1].wait()
        return response

    def _respond(self, method: str, args: dict[str, Any], token: str | None) -> web.Response:
        queue = self.scripted.get(method)
        if queue:
            s = queue.pop(0)
            return web.json_response(s.body, status=s.status, headers=s.headers)
        known = token == self.token or token in self.tokens
        if not known and method not in ("oauth.v2.access", "apps.connections.open"):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response(self._answer(method, args, self.tokens.get(token or "", TEAM_ID)))

    def _answered(self, call: Call, response: web.Response) -> web.Response:
        call.status = 0 if response.status == 499 else response.status
        body = response.body
        call.reply = json.loads(body) if isinstance(body, bytes) and body else None
        call.ok = bool(call.reply and call.reply.get("ok") is True)
        self.changed.set()
        return response

    def _answer(self, method: str, args: dict[str, Any], team_id: str = TEAM_ID) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://borsetshire.slack.com/",
                "team": "Borsetshire",
                "user": "committee-bot",
                "team_id": team_id,
                "user_id": BOT_USER_ID,
                "bot_id": "BCOMMBOT1",
            }
        if method == "users.info":
            user = self.users.get(str(args.get("user")))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "")).split(",")[0][1:]}}
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": {"ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000000.{next(self._ts):06d}"}
        if method == "chat.update":
            return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}
        if method in ("views.open", "views.publish", "views.update"):
            return {"ok": True, "view": {"id": f"V{next(self._ts):08d}", **(args.get("view") or {})}}
        if method == "oauth.v2.access":
            return {
                "ok": True,
                "app_id": "A0COMMBOT",
                "authed_user": {"id": "U0SAMPATEL"},
                "scope": "commands,chat:write",
                "token_type": "bot",
                "access_token": self.token,
                "bot_user_id": BOT_USER_ID,
                "team": {"id": TEAM_ID, "name": "Borsetshire"},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": self.url.replace("http://", "ws://") + "/link"}
        if method == "files.getUploadURLExternal":
            return self._upload_url(args)
        if method == "files.completeUploadExternal":
            return self._complete_upload(args)
        if method == "files.info":
            found = self.files.get(str(args.get("file")))
            return {"ok": True, "file": found[0]} if found else {"ok": False, "error": "file_not_found"}
        return {"ok": True}

    def _upload_url(self, args: dict[str, Any]) -> dict[str, Any]:
        """Slack's first step of an upload: a file id and a URL to send the bytes to."""
        filename, length = args.get("filename"), str(args.get("length") or "")
        if not filename or not length.isdigit():
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F{next(self._ts):08d}"
        self.uploads[file_id] = Upload(file_id, str(filename), int(length))
        return {"ok": True, "upload_url": f"{self.url}/upload/v1/{file_id}", "file_id": file_id}

    def _complete_upload(self, args: dict[str, Any]) -> dict[str, Any]:
        """The last step: the uploaded files are shared in `channel_id` (or kept private)."""
        try:
            files = json.loads(str(args.get("files") or "[]"))
        except ValueError:
            return {"ok": False, "error": "invalid_arguments"}
        done = []
        for f in files:
            upload = self.uploads.get(str(f.get("id")))
            if upload is None or upload.content is None:
                return {"ok": False, "error": "file_not_found"}
            upload.title = f.get("title") or upload.filename
            upload.channel = args.get("channel_id") or None
            upload.initial_comment = args.get("initial_comment") or None
            done.append(
                {"id": upload.file_id, "name": upload.filename, "title": upload.title, "size": upload.length}
            )
        if not done:
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True, "files": done}

    async def _upload(self, request: web.Request) -> web.Response:
        """The upload URL: takes the file's bytes; the length must be what was announced."""
        file_id = request.match_info["file_id"]
        data = await request.read()
        call = Call("upload", {"file_id": file_id, "length": len(data)}, None)
        self._record(call)
        upload = self.uploads.get(file_id)
        if upload is None:
            response = web.Response(status=404, text="unknown upload")
        elif len(data) != upload.length:
            response = web.Response(status=400, text=f"expected {upload.length} bytes, got {len(data)}")
        else:
            upload.content = data
            response = web.Response(text=f"OK - {len(data)}")
        call.status = response.status
        call.ok = response.status == 200
        self.changed.set()
        return response

    async def send_envelope(self, kind: str, payload: dict[str, Any]) -> str:
        """Push a Socket Mode envelope to the connected app; its ack is recorded as `socket_ack`."""
        envelope_id = f"env-{next(self._ts)}"
        await self.wait_for(lambda: self.sockets)
        await self.sockets[-1].send_json(
            {"envelope_id": envelope_id, "type": kind, "payload": payload, "accepts_response_payload": True}
        )
        return envelope_id

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"type": "hello", "num_connections": 1})
        self.sockets.append(ws)
        self.changed.set()
        async for message in ws:
            if message.type == aiohttp.WSMsgType.TEXT:
                self._record(Call("socket_ack", json.loads(message.data), None))
        return ws

    async def _response(self, request: web.Request) -> web.Response:
        body = await request.json()
        self._record(Call(f"response_url:{request.match_info['name']}", body, None))
        return web.Response(text="ok")

    async def _file(self, request: web.Request) -> web.Response:
        file_id = request.match_info["rest"].split("/", 1)[0]
        self._record(Call("file_download", {"file": file_id}, request.headers.get("Authorization")))
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.Response(text="<html>sign in</html>", content_type="text/html")
        found = self.files.get(file_id)
        if found is None:
            raise web.HTTPNotFound()
        return web.Response(body=found[1], content_type="application/octet-stream")

    async def _page(self, request: web.Request) -> web.Response:
        found = self.pages.get(request.match_info["path"])
        if found is None:
            raise web.HTTPNotFound()
        return web.Response(body=found[0], content_type=found[1])
