"""Reading a request body strictly, for the edges: junk is a 400 with a one-line warning, never a
500 with a traceback.

A body in an unknown charset, bytes that are not text in the declared (or default UTF-8) charset,
JSON that does not parse or is nested deeper than any real payload (Slack's and Bot Framework's are
a dozen levels at most; a signed body of 100,000 brackets would otherwise reach the JSON decoder's
recursion limit deep inside a listener or the SDK): each is refused here, before the body is handed
on, with a message that says what was wrong.
"""

from __future__ import annotations

import codecs
import json
import logging
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

MAX_JSON_DEPTH = 64


class BadBody(ValueError):
    """What is wrong with a body, in words fit for the 400 answer."""


def text_of(raw: bytes, charset: str | None) -> str:
    """The body as text in its declared charset (UTF-8 when none is declared), strictly."""
    name = charset or "utf-8"
    try:
        return raw.decode(name)
    except LookupError:
        raise BadBody(f"the charset {name[:40]!r} is not a text encoding I know; send UTF-8") from None
    except UnicodeDecodeError as exc:
        raise BadBody(f"the body is not valid {codecs.lookup(name).name} (byte {exc.start})") from None


def load_json(text: str | bytes, what: str = "the body") -> Any:
    """Parsed JSON no deeper than MAX_JSON_DEPTH."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise BadBody(f"{what} is JSON nested more than {MAX_JSON_DEPTH} levels deep") from None
    except ValueError:
        raise BadBody(f"{what} is not valid JSON") from None
    if depth_over(value, MAX_JSON_DEPTH):
        raise BadBody(f"{what} is JSON nested more than {MAX_JSON_DEPTH} levels deep")
    return value


def depth_over(value: Any, limit: int) -> bool:
    """Whether lists and objects nest more than `limit` levels (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def refused(where: str, request: web.Request, problem: str, status: int = 400) -> web.Response:
    """The answer to a junk request, and the one warning line that records it. A 401 says no more
    than that the request is not authenticated; why is in the log."""
    log.warning("%s: refused %s %s with %d: %s", where, request.method, request.path, status, problem)
    answer = "the request is not authenticated" if status == 401 else problem
    return web.json_response({"error": answer}, status=status)
