"""Caches that live for one document: the reader asks the same question of a line or paragraph
from several places (tagging, then reading), and a cache of the document being read answers the
second time. Each is emptied when the next document's reading starts, so a long-running bot keeps
no text of the documents before."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[Any] = []


def per_document(size: int) -> Callable[[F], F]:
    """An lru_cache of `size` entries (enough for the largest packs), emptied by `new_document`."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=size)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def new_document() -> None:
    for cached in _CACHES:
        cached.cache_clear()
