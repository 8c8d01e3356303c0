"""Card buttons: what an Adaptive Card's Action.Submit or Action.Execute data stands for (the command
of handlers/buttons.py, or a listing page asked for again), and the answer an Action.Execute gets."""

from __future__ import annotations

from typing import Any

from msrest.serialization import Model

from bot.teams import cards
from handlers import commands as c
from handlers.buttons import button_command
from handlers.grammar import ParseError, parse
from handlers.replies import ButtonKind

ERROR_MESSAGE_TYPE = "application/vnd.microsoft.activity.message"


class CardActionAnswer(Model):
    """The adaptiveCard/action answer; its `value` is a card or, for a message, a plain string."""

    _attribute_map = {  # noqa: RUF012  (msrest reads this class attribute)
        "status_code": {"key": "statusCode", "type": "int"},
        "type": {"key": "type", "type": "str"},
        "value": {"key": "value", "type": "object"},
    }

    def __init__(self, *, status_code: int, type: str, value: object) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.status_code = status_code
        self.type = type
        self.value = value


def card_action(value: dict[str, Any]) -> tuple[c.Command | None, str | None]:
    """The command a card button stands for, or a message saying what was wrong with it."""
    verb = str(value.get("verb") or "")
    ref = str(value.get("ref") or "")
    if verb == cards.PAGE_VERB:
        try:
            return parse(str(value.get("text") or "")), None
        except ParseError as exc:
            return None, exc.message
    if not ref:
        return None, "That button did not say which action it is for; type the command instead."
    if verb not in ButtonKind.__members__:
        return None, f"I don't know the button `{verb}`; type `help` for what I can do."
    note = ""
    if verb == ButtonKind.update:
        note = str(value.get(cards.note_input_id(ref)) or value.get("note") or "").strip()
        if not note:
            return None, f"Write the update on {ref} in the box first, then press Save update."
    return button_command(ButtonKind(verb), ref, note=note), None
