"""What one reader may see, as a small value a query takes as a WHERE clause.

The rule that fills it in is `handlers.visibility`; this module only holds the result and turns
it into SQL, so a listing written as a lean Core select applies the same rule with
`Action.committee_id IN (...)` and `NOT restricted OR committee_id IN (...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.id_lists import in_ids
from storage.models import Action, Committee, CommitteeRole


@dataclass(frozen=True)
class ReadScope:
    workspace: str
    committees: Mapping[int, str] = field(default_factory=dict)
    """Every committee the reader may see (those of their workspace), id -> code."""
    exempt: frozenset[int] = frozenset()
    """Those of them whose exempt items may be shown to this reader, here."""
    held: frozenset[int] = frozenset()
    """Those of them where the reader holds a role (the committees a person's listings and App
    Home cover when no channel names one)."""

    def sees(self, committee_id: int) -> bool:
        return committee_id in self.committees

    def sees_exempt(self, committee_id: int) -> bool:
        return committee_id in self.exempt

    def sees_action(self, action: Action) -> bool:
        return self.sees(action.committee_id) and (
            not action.restricted or self.sees_exempt(action.committee_id)
        )

    @cached_property
    def exempt_codes(self) -> frozenset[str]:
        """(Worked out once per scope: a reader's scope is reused, handlers/visibility.py.)"""
        return frozenset(code for cid, code in self.committees.items() if cid in self.exempt)

    def clause(self, committee_id: Any = None, restricted: Any = None) -> sa.ColumnElement[bool]:
        """The rule as a WHERE clause over `Action` (or over the given columns of a Core select)."""
        if committee_id is None and restricted is None:
            return self._action_clause
        return self._clause(committee_id, restricted)

    @cached_property
    def _action_clause(self) -> sa.ColumnElement[bool]:
        """The clause over `Action`, built once per scope (a reader's scope is reused while the
        lookups behind it hold: handlers/visibility.py), and shared by the scopes of the same
        committees (every reader of a workspace without an exempt item here)."""
        return _action_clause(tuple(sorted(self.committees)), tuple(sorted(self.exempt)))

    def bound_clause(self) -> tuple[tuple[str, bool, bool], sa.ColumnElement[bool], dict[str, Any]]:
        """The rule over `Action` with the committees as bound parameters: (its shape, the clause,
        the values). The clause is one object per shape, shared by every reader, so a statement
        that holds it can be built once and run with each reader's values."""
        shape = ("readable", bool(self.committees), bool(self.exempt))
        return shape, _bound_clause(shape[1], shape[2]), self._bound_values

    @cached_property
    def _bound_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.committees:
            values["readable_committees"] = tuple(sorted(self.committees))
        if self.exempt:
            values["readable_exempt"] = tuple(sorted(self.exempt))
        return values

    def _clause(self, committee_id: Any, restricted: Any) -> sa.ColumnElement[bool]:
        return _rule(
            committee_id if committee_id is not None else col(Action.committee_id),
            restricted if restricted is not None else col(Action.restricted),
            sorted(self.committees),
            sorted(self.exempt),
        )


def _rule(
    committee_col: Any,
    restricted_col: Any,
    committees: Any,
    exempt: Any,
    inside: Callable[[Any, Any], sa.ColumnElement[bool]] = lambda column, ids: column.in_(ids),
) -> sa.ColumnElement[bool]:
    """Seen: of a committee the reader may see, and not exempt unless exempt items of that
    committee may be shown to them (`committees`, `exempt`: id lists, or what `inside` takes
    for them)."""
    visible = inside(committee_col, committees) if committees else sa.false()
    if not exempt:
        return sa.and_(visible, restricted_col == sa.false())
    return sa.and_(visible, sa.or_(restricted_col == sa.false(), inside(committee_col, exempt)))


@lru_cache(maxsize=512)
def _action_clause(committees: tuple[int, ...], exempt: tuple[int, ...]) -> sa.ColumnElement[bool]:
    return _rule(col(Action.committee_id), col(Action.restricted), committees, exempt)


@lru_cache(maxsize=4)
def _bound_clause(any_committees: bool, any_exempt: bool) -> sa.ColumnElement[bool]:
    return _rule(
        col(Action.committee_id),
        col(Action.restricted),
        "readable_committees" if any_committees else None,
        "readable_exempt" if any_exempt else None,
        inside=in_ids,
    )


async def committees_and_roles(
    session: AsyncSession, *, workspace: str, person_id: int | None
) -> list[tuple[int, str, bool]]:
    """(id, code, whether the person holds a role there) of every committee of the workspace, in
    one query."""
    held: sa.ColumnElement[bool]
    if person_id is None:
        held = sa.false()
    else:
        held = (
            select(CommitteeRole.id)
            .where(col(CommitteeRole.committee_id) == col(Committee.id), CommitteeRole.person_id == person_id)
            .exists()
        )
    q = select(col(Committee.id), col(Committee.code), held.label("held")).where(
        Committee.workspace == workspace
    )
    rows = (await session.exec(q)).all()
    return [(cid, code, bool(h)) for cid, code, h in rows if cid is not None]
