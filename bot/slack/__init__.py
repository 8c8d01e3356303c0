"""The Slack edge: a slack-bolt AsyncApp on the bot's aiohttp server (or over Socket Mode)."""
