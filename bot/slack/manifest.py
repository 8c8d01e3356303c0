"""The Slack app manifest: manifests/slack/manifest.yaml (Socket Mode), or with the HTTP URLs filled in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.slack.mount import EVENTS_PATH, REDIRECT_PATH

MANIFEST = Path(__file__).resolve().parents[2] / "manifests" / "slack" / "manifest.yaml"


def load_manifest(path: Path = MANIFEST) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not hold a Slack app manifest")
    return data


def with_urls(manifest: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The HTTP form: Slack posts commands, interactivity and events to the server's /slack/events."""
    base = base_url.rstrip("/")
    if not base.startswith(("https://", "http://")):
        raise ValueError(f"{base_url!r} is not a web address; give one like https://bot.example.gov.uk")
    events = base + EVENTS_PATH
    settings = manifest.setdefault("settings", {})
    settings["socket_mode_enabled"] = False
    settings.setdefault("event_subscriptions", {})["request_url"] = events
    settings.setdefault("interactivity", {})["request_url"] = events
    for command in manifest.get("features", {}).get("slash_commands", []):
        command["url"] = events
    manifest.setdefault("oauth_config", {})["redirect_urls"] = [base + REDIRECT_PATH]
    return manifest


def render_manifest(*, base_url: str | None) -> str:
    manifest = load_manifest()
    if base_url:
        manifest = with_urls(manifest, base_url)
    return yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True, width=100)
