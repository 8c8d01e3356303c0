"""Who may read what: where actions from exempt items (`Action.restricted`) may be shown.

Every read asks here rather than deciding for itself. Today's rules, as they were before this
module: a single exempt action is shown only in a direct message (or the terminal), and a listing
includes exempt actions unless it is shared in the channel. The edges still leave exempt items out
of whatever they post where everyone sees it (Block Kit `public=True`, Teams `for_audience`).
"""

from __future__ import annotations

from handlers.context import Context


def shows_exempt_action(ctx: Context) -> bool:
    """Whether `show` may answer with an exempt action's card here."""
    return ctx.is_dm or ctx.platform == "console"


def lists_exempt_actions(*, shared: bool) -> bool:
    """Whether a listing includes exempt actions: not when it is shared in the channel."""
    return not shared
