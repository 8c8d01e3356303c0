"""What may be stored of a text: control and bidi-override characters out, lines and tabs kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers import commands as c
from handlers.buttons import button_command
from handlers.grammar import parse
from handlers.replies import ButtonKind
from storage.clean_text import clean

UNWANTED = [chr(n) for n in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))] + [
    *(chr(n) for n in range(0x202A, 0x202F)),
    *(chr(n) for n in range(0x2066, 0x206A)),
    "\ud800",
    "\udfff",
]


@pytest.mark.parametrize(
    ("text", "lines", "one_line"),
    [
        ("plain words", "plain words", "plain words"),
        ("NUL\x00BEL\x07ESC\x1b[31mred", "NULBELESC[31mred", "NULBELESC[31mred"),
        ("\u202eevil\u202c text", "evil text", "evil text"),
        ("\u2067isolate\u2069", "isolate", "isolate"),
        ("one\ntwo\tthree", "one\ntwo\tthree", "one two three"),
        ("dos\r\nline\rold mac", "dos\nline\nold mac", "dos line old mac"),
        ("C1\x85\x9bcontrols", "C1controls", "C1controls"),
        ("lone \ud83d surrogate", "lone  surrogate", "lone  surrogate"),
        (
            "\u05e9\u05dc\u05d5\u05dd \u200fmark\u200e kept",
            "\u05e9\u05dc\u05d5\u05dd \u200fmark\u200e kept",
            None,
        ),
        ("Jo\u2019s caf\u00e9 \U0001f600", "Jo\u2019s caf\u00e9 \U0001f600", None),
    ],
)
def test_clean(text: str, lines: str, one_line: str | None) -> None:
    assert clean(text) == lines
    assert clean(text, one_line=True) == (one_line if one_line is not None else lines)


@given(st.text())
def test_nothing_unwanted_survives(text: str) -> None:
    out = clean(text)
    assert not any(ch in out for ch in UNWANTED)
    assert "\r" not in out
    assert "\n" not in clean(text, one_line=True) and "\t" not in clean(text, one_line=True)
    assert clean(out) == out
    out.encode("utf-8")


def test_chat_text_is_clean_before_it_is_parsed() -> None:
    assert parse("add Re\x00port\x07 on \u202ecarers\x1b") == c.Add("Report on carers")
    assert parse("update A1 half\x00way\nthere") == c.Update("A1", "halfway\nthere")
    assert parse("\x00mine") == c.ListActions(c.ListKind.mine)


def test_the_update_form_note_is_clean() -> None:
    assert button_command(ButtonKind.update, "A1", note="met\x1b[2J \u202eok") == c.Update("A1", "met[2J ok")
