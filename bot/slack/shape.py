"""Reading a signed Slack request's body, once, and checking it has the shape its kind needs,
before bolt and the listeners see it.

Slack itself never sends these malformed bodies; a signed one means a bug or a replay tool, and it
deserves a 400 saying what is missing rather than a 500 from deep inside a listener (or a silent 200
for a command whose answer can never be delivered).

The body read here is the one bolt is given (bot/slack/mount.py), so it is parsed once, and bolt
sees what was checked. It is read as bolt reads it (JSON for events, a form for commands, a form's
`payload` field as JSON for interactions), except that a form is told apart by its fields, not by
its text: bolt takes any form whose text holds the word "payload" for an interaction, and a
command such as `/actions search payload` reached it as an empty request.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from bot.request_body import BadBody, load_json

INTERACTIONS_NEEDING_VIEW = ("view_submission", "view_closed")


def read(body: str, content_type: str) -> dict[str, Any]:
    """The request as bolt reads it; BadBody saying what is wrong when it lacks what its kind needs."""
    if content_type == "application/json":
        data = _object(body, "the body")
        _check_event(data)
        return data
    form = dict(parse_qsl(body, keep_blank_values=True))
    if "payload" in form:
        payload = _object(form["payload"], "payload")
        _check_interaction(payload)
        return payload
    if "ssl_check" in form:
        return form
    if "command" in form:
        missing = [k for k in ("command", "user_id") if not form.get(k)]
        if missing:
            raise BadBody(f"a slash command needs {' and '.join(missing)}")
        return form
    raise BadBody("expected a slash command (command=...) or an interaction (payload=...)")


def _object(text: str, what: str) -> dict[str, Any]:
    value = load_json(text, what)
    if not isinstance(value, dict):
        raise BadBody(f"{what} must be a JSON object")
    return value


def _check_event(data: dict[str, Any]) -> None:
    kind = data.get("type")
    if not isinstance(kind, str):
        raise BadBody("the body has no type")
    if kind == "url_verification" and not isinstance(data.get("challenge"), str):
        raise BadBody("url_verification needs a challenge")
    if kind == "event_callback":
        event = data.get("event")
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            raise BadBody("event_callback needs an event object with a type")


def _check_interaction(data: dict[str, Any]) -> None:
    kind = data.get("type")
    if not isinstance(kind, str):
        raise BadBody("payload has no type")
    user = data.get("user")
    if not isinstance(user, dict) or not isinstance(user.get("id"), str):
        raise BadBody(f"{kind} needs user.id")
    if kind == "block_actions":
        acts = data.get("actions")
        if not isinstance(acts, list) or not acts or not all(isinstance(a, dict) for a in acts):
            raise BadBody("block_actions needs a non-empty list of actions")
    if kind in INTERACTIONS_NEEDING_VIEW:
        view = data.get("view")
        if not isinstance(view, dict) or not isinstance(view.get("type"), str):
            raise BadBody(f"{kind} needs a view with a type")
