"""Which handler answers which command type."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from handlers.context import Context
from handlers.replies import Reply
from storage.db import Database

Handler = Callable[[Any, Context, Database], Awaitable[Reply]]
H = TypeVar("H", bound=Handler)

HANDLERS: dict[type, Handler] = {}


def handles(*command_types: type) -> Callable[[H], H]:
    def register(fn: H) -> H:
        for t in command_types:
            HANDLERS[t] = fn
        return fn

    return register
