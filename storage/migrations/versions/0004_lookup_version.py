"""the version of the per-request lookups

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 09:00:00.000000

`serve` caches what every request looks up and rarely changes (the person behind a platform id,
the committee a channel is bound to, the committees and roles of a workspace; storage/lookups.py).
One row, `lookupversion.n`, is bumped by triggers in the very transaction of any change to a
person, a committee, a committee role or a channel binding, whoever makes it (`serve`, another
instance of it, the CLI, SQL by hand), so a cache that compares it never serves a change late.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("person", "committee", "committeerole", "channelbinding")
BUMP = "UPDATE lookupversion SET n = n + 1 WHERE id = 1"


def upgrade() -> None:
    op.create_table(
        "lookupversion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO lookupversion (id, n) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION bump_lookup_version() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {BUMP}; RETURN NULL; END $$"
        )
        for table in TABLES:
            op.execute(
                f'CREATE TRIGGER lookup_version_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
                "FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_version()"
            )
        return
    for table in TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER lookup_version_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {BUMP}; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f'DROP TRIGGER lookup_version_{table} ON "{table}"')
        op.execute("DROP FUNCTION bump_lookup_version()")
    else:
        for table in TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER lookup_version_{table}_{event}")
    op.drop_table("lookupversion")
