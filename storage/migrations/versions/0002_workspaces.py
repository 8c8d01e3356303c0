"""workspaces: committees and people belong to a Slack workspace, a Teams tenant or the console

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

Each existing committee is given the one workspace it is used in: the Slack team of its Slack
channels, the tenant of its Teams conversations (from the stored conversation reference), else the
only Slack workspace or Teams tenant the store knows of (its channels and OAuth installs), else
`console`. Each person goes with the committees they hold roles in or own actions of, else with
the only workspace known on the platform they have an id for, else `console`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSOLE = "console"


def upgrade() -> None:
    op.create_table(
        "auditevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("workspace", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auditevent_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_auditevent_workspace"), ["workspace"], unique=False)

    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "workspace",
                sqlmodel.sql.sqltypes.AutoString(length=80),
                nullable=False,
                server_default=CONSOLE,
            )
        )
        batch_op.add_column(
            sa.Column(
                "meeting_time", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="10:00"
            )
        )
        batch_op.add_column(
            sa.Column("archived_at", storage.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index(batch_op.f("ix_committee_workspace"), ["workspace"], unique=False)

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "workspace",
                sqlmodel.sql.sqltypes.AutoString(length=80),
                nullable=False,
                server_default=CONSOLE,
            )
        )
        batch_op.add_column(sa.Column("organiser", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("maybe_same_as", sa.Integer(), nullable=True))
        batch_op.drop_index(batch_op.f("ix_person_slack_user_id"))
        batch_op.create_index(batch_op.f("ix_person_slack_user_id"), ["slack_user_id"], unique=False)
        batch_op.drop_index(batch_op.f("ix_person_teams_aad_id"))
        batch_op.create_index(batch_op.f("ix_person_teams_aad_id"), ["teams_aad_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_workspace"), ["workspace"], unique=False)
        batch_op.create_unique_constraint("uq_person_workspace_slack", ["workspace", "slack_user_id"])
        batch_op.create_unique_constraint("uq_person_workspace_teams", ["workspace", "teams_aad_id"])

    _place_existing(op.get_bind())


def _tenant(reference: str | None) -> str | None:
    """The tenant of a stored Teams ConversationReference."""
    try:
        ref = json.loads(reference or "")
    except ValueError:
        return None
    conversation = ref.get("conversation") if isinstance(ref, dict) else None
    tenant = conversation.get("tenantId") if isinstance(conversation, dict) else None
    return str(tenant).lower() if tenant else None


def _place_existing(conn: sa.Connection) -> None:
    used: dict[int, Counter[str]] = {}
    known: dict[str, set[str]] = {"slack": set(), "teams": set()}
    grid: dict[str, str] = {}
    """The Enterprise Grid organisation of each team installed through one (its people are keyed by it)."""
    for table in ("slack_bots", "slack_installations"):
        for enterprise_id, team_id in conn.execute(
            sa.text(f"SELECT enterprise_id, team_id FROM {table}")
        ).all():
            if enterprise_id and team_id:
                grid[team_id] = enterprise_id
            if enterprise_id or team_id:
                known["slack"].add(f"slack:{enterprise_id or team_id}")
    bindings = conn.execute(
        sa.text("SELECT committee_id, platform, team_id, conversation_ref FROM channelbinding")
    ).all()
    for committee_id, platform, team_id, reference in bindings:
        key = None
        if platform == "slack" and team_id:
            key = f"slack:{grid.get(team_id, team_id)}"
        elif platform == "teams":
            tenant = _tenant(reference)
            key = f"teams:{tenant}" if tenant else None
        if key is None:
            continue
        known[platform].add(key)
        if committee_id is not None:
            used.setdefault(committee_id, Counter())[key] += 1
    only = {p: next(iter(keys)) for p, keys in known.items() if len(keys) == 1}

    committees = {}
    for committee_id, platforms in _platforms_of_committees(conn).items():
        counted = used.get(committee_id)
        if counted:
            committees[committee_id] = counted.most_common(1)[0][0]
        elif len(platforms) == 1 and next(iter(platforms)) in only:
            committees[committee_id] = only[next(iter(platforms))]
    for committee_id, key in committees.items():
        conn.execute(
            sa.text("UPDATE committee SET workspace = :key WHERE id = :id"), {"key": key, "id": committee_id}
        )

    tied: dict[int, str] = {}
    for person_id, committee_id in conn.execute(
        sa.text(
            "SELECT person_id, committee_id FROM committeerole "
            "UNION SELECT assignee_id, committee_id FROM action WHERE assignee_id IS NOT NULL "
            "ORDER BY 1, 2"
        )
    ).all():
        if person_id not in tied and committee_id in committees:
            tied[person_id] = committees[committee_id]
    for person_id, slack_id, teams_id in conn.execute(
        sa.text("SELECT id, slack_user_id, teams_aad_id FROM person")
    ).all():
        key = tied.get(person_id)
        if key is None and slack_id and "slack" in only:
            key = only["slack"]
        if key is None and teams_id and "teams" in only:
            key = only["teams"]
        if key is not None:
            conn.execute(
                sa.text("UPDATE person SET workspace = :key WHERE id = :id"), {"key": key, "id": person_id}
            )


def _platforms_of_committees(conn: sa.Connection) -> dict[int, set[str]]:
    """Per committee, the platforms its channels are on (none for a committee never bound)."""
    out: dict[int, set[str]] = {
        cid: set() for (cid,) in conn.execute(sa.text("SELECT id FROM committee")).all()
    }
    for committee_id, platform in conn.execute(
        sa.text("SELECT DISTINCT committee_id, platform FROM channelbinding WHERE committee_id IS NOT NULL")
    ).all():
        out.setdefault(committee_id, set()).add(platform)
    return out


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint("uq_person_workspace_teams", type_="unique")
        batch_op.drop_constraint("uq_person_workspace_slack", type_="unique")
        batch_op.drop_index(batch_op.f("ix_person_workspace"))
        batch_op.drop_index(batch_op.f("ix_person_teams_aad_id"))
        batch_op.create_index(batch_op.f("ix_person_teams_aad_id"), ["teams_aad_id"], unique=True)
        batch_op.drop_index(batch_op.f("ix_person_slack_user_id"))
        batch_op.create_index(batch_op.f("ix_person_slack_user_id"), ["slack_user_id"], unique=True)
        batch_op.drop_column("maybe_same_as")
        batch_op.drop_column("organiser")
        batch_op.drop_column("workspace")

    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_workspace"))
        batch_op.drop_column("archived_at")
        batch_op.drop_column("meeting_time")
        batch_op.drop_column("workspace")

    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auditevent_workspace"))
        batch_op.drop_index(batch_op.f("ix_auditevent_at"))

    op.drop_table("auditevent")
