"""Normalising text as it arrives: line endings, spaces of every kind, invisible characters, markdown
bold and escapes, a web page's document links, words set in spaced capitals and words the page ran
together; and the hash that tells the same document imported twice."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from minutes.restarted_numbers import renumber_restarted
from minutes.run_on_items import split_run_on_items
from minutes.space_tables import pipe_space_tables

_SPACES = re.compile(
    r" [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
)
"""A run of spaces of any kind, except a lone plain space, which would be replaced by itself (written
so that a plain space not followed by another fails at once)."""
_INVISIBLE = re.compile(r"[\u200b-\u200d\ufeff\u00ad]")
_BOLD = re.compile(r"\*\*|__")
_MD_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])")
"""Markdown escapes ("1\\. Apologies", "\\* item", "\\[closed]") lose their backslash."""
_ESCAPED_DASH_GOES_ON = re.compile(r"(?<=[A-Za-z0-9)])[ \t]*\n(?:[ \t]*\n)*[ \t]*\\-[ \t]+(?=[a-z])")
"""A paragraph that opens with a dash markdown escaped, so not a bullet ("\\- clerk to reply stating ..."),
under an unfinished line ("W.N.B.C. letter ... reference a Skate Park"): the rest of that line's note."""
_SQUARE_LABEL = re.compile(r"^[ \t]*\[(?P<l>[a-z]|\d{1,2}|[ivx]{1,4})\][ \t]+(?=\S)", re.M)
"""A list label in square brackets, as some Welsh community councils print it ("[a] the letter ...
be posted on the website"): read as "(a)"."""
_MD_EMPTY_LINK = re.compile(r"\[\]\([^()\s]{0,2000}\)")
"""An anchor link with no text ("### [](https://site/page#actions)Actions")."""
_MD_LABEL_HEADING = re.compile(
    r"^[ \t]*#{1,6}[ \t]+(?P<label>(?:action|decision|resolution|resolved|agreed)[ \t]*:?)[ \t]*$",
    re.I | re.M,
)
"""A markdown heading that is a label ("#### Action" over "KL to feed back to MK ..."): the label over
its paragraph, as plain minutes write "Action" on a line of its own, not the title of an item (a
plural "### Actions" stays the heading of a section of actions)."""
_WIKI_ROW = re.compile(r"^[ \t]*\|\|.*$", re.M)
"""A wiki table row (MoinMoin and Confluence double the pipes and mark bold with two or three quotes)."""
_WIKI_BOLD = re.compile(r"'{2,3}")


def _wiki_row(m: re.Match[str]) -> str:
    return _WIKI_BOLD.sub("", m.group(0).replace("||", "|"))


_QUOTED = re.compile(r"^[ \t]*>(?:[ \t]|$)", re.M)
"""A markdown or e-mail quote's marker ("> Arising from this report it was AGREED to write to the
Scottish" / "> government asking ..."): the quoted minutes are read as the text they quote."""
_HTML_BREAK = re.compile(r"\s*<br\s{0,5}/?>\s*", re.I)
"""An HTML line break left in plain text ("RESOLUTION: ... <br />ACTION: ..."): a line break."""


def _breaks(line: str) -> str:
    """HTML line breaks as line ends, but inside a markdown table's row, where they part the entries
    of one cell ("| Hard fork | ... | <p>- Prepare the deck<br>- Send out communications</p> |"):
    tables.py reads those."""
    if line.lstrip().startswith("|") and line.count("|") >= 3:
        return line
    return _HTML_BREAK.sub("\n", line)


_PDF_SIZE = re.compile(r"\s+(?:pdf\s+icon\s+)?PDF\s+\d{1,4}(?:\.\d{1,2})?\s?[KM]B\b", re.I)
"""A web page's link to a document: "460 Scrutiny Work Programme pdf icon PDF 37 KB"."""

_SPACED_CAPS = re.compile(r"^(?:[A-Z] ){3,}[A-Z](?: ?:)?$")
_SPACED_WORD = re.compile(r"(?<![\w.] )\b(?:[A-Z] ){3,}[A-Z]\b(?! \w\b)")
"""A word set in spaced capitals inside a line: "RECOMMENDED - T H A T the minutes ..."."""

_GLUED_KEYWORD = re.compile(
    r"\b(RESOLVED|AGREED|(?:agreed|resolved|decided)(?=that\b))(?=(?:that|That|to|To)\b)"
    r"|\b((?:Moved|Seconded|MOVED|SECONDED)\s+(?:by|BY))(?=[A-Z])"
    r"|\b((?:19|20)\d\d)(?=(?:were|was)\b)"
)
_GLUED = re.compile(r"RESOLVED[tT]|AGREED[tT]|by[CMDT]|BYC|w(?<=\dw)(?:ere|as)\b")
"""Words run together when the page became text: a bold keyword and its clause ("RESOLVEDthat the",
"It was agreedthat"), a label and a name ("Moved byCouncillor Craven"), a year and its verb ("on 15th
June 2015were accepted"). The year's verb is found from its "w", which `re` can skip to, instead of
trying every digit of the text."""


_GLUED_SENTENCE = re.compile(
    r"\.(?<=[a-z]{3}\.)(?=(?:It|The|This|There|Members|Councillors?|Cllr|Clerk|Chair(?:man)?|He|She|They|We"
    r"|Agreed|Resolved|RESOLVED|Action|ACTION|No)\s)"
)
"""A sentence typed against the full stop of the one before ("... an illegal Caravan.It was agreed to
contact the enforcement team", "... in the public forum.Cllr Heselwood read out ..."): two sentences.
Only the words that open a sentence in minutes are looked for, so "St.John" or "Cllr.Kimber" stay."""


_SEMICOLON_LABEL = re.compile(r"\b(RESOLVED|AGREED|DECIDED|RECOMMENDED)[ \t]*;[ \t]*$", re.M)
"""A label that ends its line with a semicolon for its colon ("The Executive Mayor and Cabinet
RESOLVED;" over the points)."""


_TAB_NUMBER = re.compile(r"^([ \t]*\d{1,2})(?:\t|[ \t]{3,})(?=[^\s\d])", re.M)
"""A number set apart from its text by a tab or a wide gap at the start of a line ("1            officers
proceed with ..."), as a word processor's numbered list arrives: the number is the point's label."""


_GLUED_NUMBER = re.compile(r"^(\s*\d{1,2})\s?\.(?=(?-i:[A-Z][a-z]))", re.M)
"""A list number typed against its point or with its stop astray ("1.Review fees ...", "2 .Increase
the offering ..."): the number of a point all the same."""


_INITIALS_BOX = re.compile(
    r"\s*\bchair(?:man|person)?['’]?s?\s+initials\s*[.…_]{3,}\s*(?:\d{1,3}\b)?\s*", re.I
)
"""The box at a page's foot for the chair's initials, run into the text of a PDF flattened to one line
("... the Good Neighbour Scheme. Chairman’s Initials ……………… 1 Cannock Chase ..."): a page break."""


_BARE_RULE_ROW = re.compile(r"^[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
"""The rule under a markdown table's head written without its outer pipes ("Name | Action |" over
"---|---|"): the head and the rows below it that have cells are table rows, though none opens with a
pipe. A page's flattened cells ("Apologies ... Minutes: None. |", one cell a line) are not."""


def _open_bare_rows(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i == 0 or "|" not in line or not _BARE_RULE_ROW.match(line) or "|" not in lines[i - 1]:
            continue
        j = i - 1
        while j < len(lines) and "|" in lines[j].strip().strip("|"):
            if not lines[j].lstrip().startswith("|"):
                lines[j] = "| " + lines[j].strip()
            j += 1
    return "\n".join(lines)


def normalise(text: str) -> str:
    """Unify line endings, spaces, quotes and bullet glyphs; strip markdown bold."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if "<br" in text or "<BR" in text or "<Br" in text:
        text = "\n".join(_breaks(line) for line in text.split("\n"))
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = pipe_space_tables(text)
    if "-|" in text or "- |" in text:
        text = _open_bare_rows(text)
    if "1." in text:
        text = renumber_restarted(text)
    if "  " in text or "\t" in text:
        text = _TAB_NUMBER.sub(r"\1. ", text)
    text = _SPACES.sub(" ", _BOLD.sub("", text))
    text = _GLUED_NUMBER.sub(r"\1. ", text)
    if "PDF" in text:
        text = _PDF_SIZE.sub("", text)
    if "nitials" in text:
        text = _INITIALS_BOX.sub("\n", text)
    if "||" in text:
        text = _WIKI_ROW.sub(_wiki_row, text)
    if "[" in text:
        text = _SQUARE_LABEL.sub(r"(\g<l>) ", text)
    if "\\" in text:
        if "\\-" in text:
            text = _ESCAPED_DASH_GOES_ON.sub(" - ", text)
        text = _MD_ESCAPE.sub("", text)
    if "[](" in text:
        text = _MD_EMPTY_LINK.sub("", text)
    if "#" in text:
        text = _MD_LABEL_HEADING.sub(r"\g<label>", text)
    if "\n>" in text and len(_QUOTED.findall(text)) >= 3:
        text = _QUOTED.sub("", text)
    if "D;" in text:
        text = _SEMICOLON_LABEL.sub(r"\1:", text)
    text = _GLUED_SENTENCE.sub(". ", text)
    if "dthat" in text or _GLUED.search(text):
        text = _GLUED_KEYWORD.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)} ", text)
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if _SPACED_CAPS.match(line):
            line = line.replace(" ", "")
        elif "T H A T" in line or "A N D" in line:
            line = _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), line)
        out.append(split_run_on_items(line))
    return "\n".join(out)


def content_hash(text: str) -> str:
    """sha256 of the text with all whitespace collapsed, so re-wrapping does not change it."""
    flat = " ".join(unicodedata.normalize("NFC", _BOLD.sub("", text)).split()).lower()
    return hashlib.sha256(flat.encode("utf-8", "surrogatepass")).hexdigest()
