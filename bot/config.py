"""Settings from the environment (and a .env file), in one typed object."""

from __future__ import annotations

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from storage.db import DEFAULT_SQLITE_URL, normalise_url, safe_url

PLACEHOLDERS = {"changeme", "xxx", "abc123", "your-token-here", "secret", "placeholder", "todo"}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = DEFAULT_SQLITE_URL
    host: str = "127.0.0.1"
    port: int = 3000
    tz: str = "Europe/London"
    log_level: str = "INFO"

    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str | None = None
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    slack_allowed_teams: str | None = None
    """The Slack team ids (T...) and Enterprise Grid organisation ids (E...) the bot serves,
    comma-separated. OAuth installs from any other workspace are refused, as are its requests."""
    slack_scopes: str = (
        "commands,chat:write,chat:write.public,users:read,users:read.email,files:read,files:write,"
        "im:write,im:history"
    )

    microsoft_app_id: str | None = None
    microsoft_app_password: str | None = None
    microsoft_app_tenant_id: str | None = None
    microsoft_app_type: str = "SingleTenant"

    max_body_bytes: int = 1_000_000

    fetch_allowed_hosts: str | None = None
    """Intranet hosts (names, IPs, CIDR networks) that URL imports and ModernGov may reach."""
    fetch_timeout_seconds: float | None = Field(default=None, gt=0)
    fetch_max_mb: int | None = Field(default=None, gt=0)
    extract_timeout_seconds: float | None = Field(default=None, gt=0)
    extract_memory_mb: int | None = Field(default=None, gt=0)

    reminder_tick_seconds: float = 60.0
    """How often `serve` works out which reminders are due (tests and drills tick faster)."""
    reminder_lease_seconds: float = 300.0
    """How long a claimed, unrecorded reminder waits before another instance may send it."""

    @field_validator(
        "slack_bot_token",
        "slack_signing_secret",
        "slack_app_token",
        "slack_client_secret",
        "microsoft_app_password",
    )
    @classmethod
    def _no_placeholder(cls, value: str | None) -> str | None:
        if value is not None and value.strip().lower() in PLACEHOLDERS:
            raise ValueError("is a placeholder, not a real secret; unset it or give the real value")
        return value or None

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        return normalise_url(value)

    @property
    def secrets(self) -> list[str | None]:
        from sqlalchemy.engine import make_url

        return [
            self.slack_bot_token,
            self.slack_signing_secret,
            self.slack_app_token,
            self.slack_client_secret,
            self.microsoft_app_password,
            make_url(self.database_url).password,
        ]

    @property
    def minutes_limits(self) -> dict[str, str | int | float | None]:
        """The budgets of reading and fetching minutes, by environment name (see minutes.limits)."""
        return {
            "FETCH_ALLOWED_HOSTS": self.fetch_allowed_hosts,
            "FETCH_TIMEOUT_SECONDS": self.fetch_timeout_seconds,
            "FETCH_MAX_MB": self.fetch_max_mb,
            "EXTRACT_TIMEOUT_SECONDS": self.extract_timeout_seconds,
            "EXTRACT_MEMORY_MB": self.extract_memory_mb,
        }

    @property
    def slack_allowed_ids(self) -> frozenset[str]:
        raw = self.slack_allowed_teams or ""
        return frozenset(part.strip().upper() for part in raw.replace(";", ",").split(",") if part.strip())

    @property
    def safe_database_url(self) -> str:
        return safe_url(self.database_url)

    @property
    def slack_enabled(self) -> bool:
        single = bool(self.slack_bot_token and self.slack_signing_secret)
        oauth = bool(self.slack_client_id and self.slack_client_secret and self.slack_signing_secret)
        return single or oauth or bool(self.slack_app_token and self.slack_bot_token)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id)

    @property
    def has_chat_credentials(self) -> bool:
        return self.slack_enabled or self.teams_enabled
