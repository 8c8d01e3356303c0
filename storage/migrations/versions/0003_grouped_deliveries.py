"""grouped deliveries and the next reminder time

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00.000000

- action.next_reminder_at (indexed): when the scheduler must next look at an action, so a tick
  reads what is due and not every live action; filled here for the live actions already stored.
- action.snooze_meeting_id: a snooze "until the next meeting" follows that meeting.
- deliveryitem: the items (nudges, pre-meeting reminders, digests) each grouped message covered.
"""

from collections import namedtuple
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models
from storage import rules

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_Facts = namedtuple(
    "_Facts",
    "committee_id assignee_id status due_kind due_date last_progress_at snoozed_until",
)


def upgrade() -> None:
    op.create_table(
        "deliveryitem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("deliveryitem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deliveryitem_delivery_id"), ["delivery_id"], unique=False)

    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("snooze_meeting_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("next_reminder_at", storage.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_foreign_key(
            "fk_action_snooze_meeting_id_meeting", "meeting", ["snooze_meeting_id"], ["id"]
        )
        batch_op.create_index("ix_action_next_reminder", ["next_reminder_at"], unique=False)

    _fill_next_reminders()


def _fill_next_reminders() -> None:
    """The next reminder time of every live action already in the store, by the same rule the
    application keeps it with (storage.rules.next_reminder_at)."""
    bind = op.get_bind()
    committee = sa.table(
        "committee",
        sa.column("id", sa.Integer()),
        sa.column("timezone", sa.String()),
        sa.column("reminder_time", sa.String()),
        sa.column("stale_days", sa.Integer()),
    )
    action = sa.table(
        "action",
        sa.column("id", sa.Integer()),
        sa.column("committee_id", sa.Integer()),
        sa.column("status", sa.String()),
        sa.column("last_progress_at", storage.models.UTCDateTime()),
        sa.column("snoozed_until", storage.models.UTCDateTime()),
        sa.column("next_reminder_at", storage.models.UTCDateTime()),
    )
    cadences = {
        cid: rules.Cadence(tz=rules.zone(tz), at=rules.reminder_time(at), stale_days=max(1, days))
        for cid, tz, at, days in bind.execute(
            sa.select(committee.c.id, committee.c.timezone, committee.c.reminder_time, committee.c.stale_days)
        )
    }
    now = datetime.now(UTC)
    live = [s.value for s in rules.LIVE]
    rows = bind.execute(
        sa.select(
            action.c.id,
            action.c.committee_id,
            action.c.last_progress_at,
            action.c.snoozed_until,
            action.c.status,
        ).where(action.c.status.in_(live))
    ).all()
    updates = []
    for id_, committee_id, progress, snoozed, status in rows:
        cadence = cadences.get(committee_id)
        if cadence is None:
            continue
        facts = _Facts(committee_id, None, storage.models.ActionStatus(status), None, None, progress, snoozed)
        at = rules.next_reminder_at(facts, cadence, now=now)
        if at is not None:
            updates.append({"b_id": id_, "b_at": at})
    if updates:
        bind.execute(
            action.update()
            .where(action.c.id == sa.bindparam("b_id"))
            .values(next_reminder_at=sa.bindparam("b_at")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_next_reminder")
        batch_op.drop_constraint("fk_action_snooze_meeting_id_meeting", type_="foreignkey")
        batch_op.drop_column("next_reminder_at")
        batch_op.drop_column("snooze_meeting_id")
    with op.batch_alter_table("deliveryitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliveryitem_delivery_id"))
    op.drop_table("deliveryitem")
