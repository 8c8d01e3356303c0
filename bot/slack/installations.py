"""Multi-workspace installs (OAuth), kept in our database with slack_sdk's async SQLAlchemy stores.

The tables are created by our migrations (storage/slack_models.py), not by the SDK's create_tables.
"""

from __future__ import annotations

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.async_cacheable_installation_store import (
    AsyncCacheableInstallationStore,
)
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore

from bot.config import Settings
from bot.slack.allow_list import CALLBACKS
from storage.db import Database

STATE_SECONDS = 600


def scopes(settings: Settings) -> list[str]:
    return [s.strip() for s in settings.slack_scopes.split(",") if s.strip()]


def installation_store(settings: Settings, db: Database) -> AsyncInstallationStore:
    assert settings.slack_client_id
    store = AsyncSQLAlchemyInstallationStore(client_id=settings.slack_client_id, engine=db.engine)
    return AsyncCacheableInstallationStore(store)


def oauth_settings(settings: Settings, db: Database, store: AsyncInstallationStore) -> AsyncOAuthSettings:
    return AsyncOAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=scopes(settings),
        installation_store=store,
        state_store=AsyncSQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=db.engine),
        callback_options=CALLBACKS,
    )


def token_finder(store: AsyncInstallationStore):  # type: ignore[no-untyped-def]
    """`token_for(team_id, enterprise_id)` for the notifier: the bot token of that workspace's
    install (an Enterprise Grid organisation's, for an org-wide install)."""

    async def token_for(team_id: str | None, enterprise_id: str | None = None) -> str | None:
        bot = await store.async_find_bot(
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=team_id is None and bool(enterprise_id),
        )
        return bot.bot_token if bot is not None else None

    return token_for
