"""Checking that a signed Slack request has the shape its kind needs, before bolt and the listeners see it.

Slack itself never sends these malformed bodies; a signed one means a bug or a replay tool, and it
deserves a 400 saying what is missing rather than a 500 from deep inside a listener (or a silent 200
for a command whose answer can never be delivered).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from bot.request_body import BadBody, load_json

INTERACTIONS_NEEDING_VIEW = ("view_submission", "view_closed")


def problem(body: str, content_type: str) -> str | None:
    """What is wrong with the request, or None when it has what its kind needs."""
    if content_type == "application/json":
        return _event_problem(body)
    form = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}
    if "payload" in form:
        return _interaction_problem(form["payload"])
    if "ssl_check" in form:
        return None
    if "command" in form:
        missing = [k for k in ("command", "user_id") if not form.get(k)]
        return f"a slash command needs {' and '.join(missing)}" if missing else None
    return "expected a slash command (command=...) or an interaction (payload=...)"


def _object(text: str, what: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        value = load_json(text, what)
    except BadBody as exc:
        return None, str(exc)
    if not isinstance(value, dict):
        return None, f"{what} must be a JSON object"
    return value, None


def _event_problem(body: str) -> str | None:
    data, bad = _object(body, "the body")
    if data is None:
        return bad
    kind = data.get("type")
    if not isinstance(kind, str):
        return "the body has no type"
    if kind == "url_verification" and not isinstance(data.get("challenge"), str):
        return "url_verification needs a challenge"
    if kind == "event_callback":
        event = data.get("event")
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            return "event_callback needs an event object with a type"
    return None


def _interaction_problem(payload: str) -> str | None:
    data, bad = _object(payload, "payload")
    if data is None:
        return bad
    kind = data.get("type")
    if not isinstance(kind, str):
        return "payload has no type"
    user = data.get("user")
    if not isinstance(user, dict) or not isinstance(user.get("id"), str):
        return f"{kind} needs user.id"
    if kind == "block_actions":
        acts = data.get("actions")
        if not isinstance(acts, list) or not acts or not all(isinstance(a, dict) for a in acts):
            return "block_actions needs a non-empty list of actions"
    if kind in INTERACTIONS_NEEDING_VIEW:
        view = data.get("view")
        if not isinstance(view, dict) or not isinstance(view.get("type"), str):
            return f"{kind} needs a view with a type"
    return None
