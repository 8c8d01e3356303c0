"""The handler table: every command type and the one handler (or fetcher) that answers it.

Built here, explicitly, rather than by import side effects; tests/core/test_dispatch_table.py holds
it to the `Command` union both ways.
"""

from __future__ import annotations

from handlers import admin, changes, export, home, listing, meetings, programme, review, settings, setup
from handlers.registry import Table

HANDLERS = Table(
    [
        listing.list_handler,
        changes.show,
        changes.done,
        changes.reopen,
        changes.drop,
        changes.update,
        changes.assign,
        changes.set_due,
        changes.snooze,
        changes.unsnooze,
        changes.add,
        admin.help_handler,
        home.home,
        admin.roles_handler,
        admin.title_handler,
        setup.setup,
        setup.create,
        setup.bind,
        review.review,
        review.review_change,
        review.import_minutes,
        review.import_file,
        review.import_document,
        export.export_handler,
        settings.settings_handler,
        meetings.list_meetings,
        meetings.add_meeting,
        meetings.move_meeting,
        meetings.cancel_meeting,
        meetings.link_moderngov,
        meetings.sync_fetch,
        meetings.sync_apply,
        programme.show_programme,
        programme.check_programme,
        programme.add_topic,
        programme.move_topic,
        programme.drop_topic,
        programme.note_topic,
        programme.confirm_topic,
        programme.discard_topic,
        programme.link_topic,
    ]
)
