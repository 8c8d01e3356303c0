"""Print how the reader tags each logical line of a document: `python -m minutes.show_tags FILE`.

The first thing to look at when a council's minutes read wrongly: which rule took each line."""

from __future__ import annotations

import sys
from pathlib import Path

from minutes.extract import _STARTS_NEW
from minutes.formats import bytes_to_text
from minutes.page_text import prepare
from minutes.rules import tag_document
from minutes.text import logical_lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m minutes.show_tags FILE", file=sys.stderr)
        return 2
    path = Path(argv[0])
    text = bytes_to_text(path.read_bytes(), source=str(path))
    for t in tag_document(prepare(logical_lines(text, starts_new=_STARTS_NEW))):
        extra = f" {t.hit.kind}" if t.hit.kind else ""
        if t.hit.item is not None:
            extra += f" item={t.hit.item.minute or '-'}|{t.hit.item.title}"
        flags = ("•" if t.line.bullet else " ") + ("…" if t.cut else " ")
        print(f"{t.rule:26s}{flags}{extra} | {t.text[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
