"""Every table of the store, for Alembic: storage.models plus any storage/*_models.py module."""

from __future__ import annotations

import importlib
import pkgutil

from sqlmodel import SQLModel

import storage
import storage.models


def load_all() -> type[SQLModel]:
    for info in pkgutil.iter_modules(storage.__path__):
        if info.name.endswith("_models"):
            importlib.import_module(f"storage.{info.name}")
    return SQLModel
