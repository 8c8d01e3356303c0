"""Item headings: "15. MINUTES OF THE PREVIOUS MEETING", "Minute 45/23 – Budget", and a numbered
capitals heading that runs on into its text ("236 SICKNESS ABSENCE – The Chairman ...")."""

from __future__ import annotations

import re

from minutes.dates import DATE_RE
from minutes.dates import MONTH_PATTERN as _MONTH
from minutes.line_openers import opens_named_task
from minutes.model import Item

_APPENDIX = re.compile(
    r"\s*\(?\b(?:appendix|appendices|annex)\s+[A-Z0-9]{1,3}\b\)?.*$|(?:\s*,|\s+[-–—])?\s+\(?if\s+any\)?\.?$",
    re.I,
)
"""What a title carries that is not its words: its papers ("(Appendix A)"), and the agenda's ", if
any" ("Declarations of personal interests, if any")."""
_SMALL = {"and", "of", "the", "for", "on", "in", "to", "with", "at", "a", "an", "by"}

ITEM_RE = re.compile(
    r"^(?:(?i:minute|item|agenda\s+item)\s+(?i:no\.?\s*)?)?(?P<num>(?:(?:[A-Z]{1,4}|[A-Z]{1,2}&[A-Z]{1,2})[/.]?)?\s?\d{1,4}(?:[./]\d{1,4})?[a-z]?)(?:\.?\s+/(?=\s)|\.|\)|\s*[-–:]|\s)\s*"
    r"(?P<title>(?:[A-Z(‘'\"]|\d{2}/\d{3,6}/)[^.;]{2,140}?)\s*(?:\((?:pages?|page)\b[^)]*\))?\.?$"
)


def title_case(text: str) -> str:
    if not text.isupper():
        return text
    words = []
    for i, w in enumerate(text.lower().split()):
        if i and w in _SMALL:
            words.append(w)
        elif re.fullmatch(r"\(?[a-z]{2,5}\)?", w) and w.strip("()") in {
            "asc",
            "cqc",
            "nhs",
            "llr",
            "lccl",
            "send",
            "ict",
        }:
            words.append(w.upper())
        else:
            words.append(w[:1].upper() + w[1:])
    return " ".join(words)


_DATED_REFERENCE = re.compile(rf"^{_MONTH}\s+\d{{4}}\b", re.I)
""""Minute 31 – July 2017 – Resolutions Report" names an earlier minute, not an item of this meeting."""


_STANDARD_TITLE = re.compile(
    r"(?:any\s+other\s+(?:competent\s+|urgent\s+)?business|date,?\s+(?:(?:time|and|venue|place),?\s+){0,4}of\s+(?:the\s+)?next\s+meeting"
    r"|dates?\s+of\s+(?:future|next)\s+meetings?|apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?"
    r"|(?:(?:to\s+)?(?:approve|confirm|adopt|agree|sign)\s+(?:the\s+)?|(?:approval|confirmation|adoption)\s+of\s+(?:the\s+)?)?"
    r"(?:minutes|notes)\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting(?:\s+and\s+(?:matters\s+arising|actions?(?:\s+log)?))?"
    r"|(?:minutes|notes)\s+of\s+the\s+(?:previous\s+|last\s+)?meeting\s+held\s+on\s+(?:\w+day\s+)?\d{1,2}(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?{_MONTH},?(?:\s+\d{{4}})?"
    r"|(?:minutes|notes)\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting\s+and\s+matters\s+arising\s+(?:that|which)\s+[^.;:]{4,60}"
    r"|matters\s+arising|urgent\s+business|work\s+programme)",
    re.I,
)
"""Standard agenda titles, which mark an item even in sentence case ("3. Date of next meeting")."""


def standard_title(title: str, *, sentence_case: bool = False) -> bool:
    """A standard agenda title, or (with `sentence_case`) a short title in sentence case ("Joint
    strategic needs assessment"), which a capitalised sentence on the next line does not run on."""
    if _STANDARD_TITLE.fullmatch(title) is not None:
        return True
    return sentence_case and len(title.split()) <= 6 and _SENTENCE_CASE_TITLE.match(title) is not None


_SMALL_WORDS = _SMALL | {"or", "from", "into"}


_ITEM_WORD = re.compile(r"^(?:agenda\s+item|item|minute)\s+(?=\d)", re.I)


def title_like(text: str) -> bool:
    """ "25/101 Apologies", "56 Home to School Transport Policy", "3. Date of next meeting", "8. Joint
    strategic needs assessment", "Item 5 Infection prevention report": a numbered line that is an item
    title, not a sentence."""
    words = _ITEM_WORD.sub("", text).split()[1:]
    if 2 <= len(words) <= 16 and words[0] == "To" and words[1].isalpha() and words[1].islower():
        return True
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    if len(words) <= 14 and caps >= len(words) - sum(1 for w in words if w.lower() in _SMALL_WORDS) - 1:
        return True
    return standard_title(" ".join(words).strip(" -–:"), sentence_case=True)


_ROMAN_ITEM = re.compile(r"^(?P<num>(?-i:[IVXL]{1,6}))\.?\s+(?P<title>(?-i:[A-Z][A-Z0-9 ,&'’()/-]{3,120}))$")
"""A Scottish council's article: "IV GRASS CUTTING", its number roman and its title in capitals."""
_ROMAN_TITLE = re.compile(
    r"^(?P<num>(?-i:[IVX]{1,5}))\.\s+(?P<title>(?-i:[A-Z][\w'’&/-]*)(?:\s+[\w'’&/()-]+){0,9}?)\s*:?$"
)
"""An outline's roman item in title case, "I. Call to Order", "II. Parish Plan:": the full stop
after the numeral is required, and the title must read as a title (`_title_words`)."""


_SENTENCE_CASE_TITLE = re.compile(
    r"^(?!(?:approve[sd]?|agree[sd]?|note[sd]?|noting|request(?:s|ed)?|ask(?:s|ed)?|instruct(?:s|ed)?|endorse[sd]?"
    r"|accept(?:s|ed)?|adopt(?:s|ed)?|refer(?:s|red)?|delegate[sd]?|authori[sz]e[sd]?|defer(?:s|red)?|recommend(?:s|ed)?"
    r"|receive[sd]?|confirm(?:s|ed)?|support(?:s|ed)?|that|to|the|this|it|members|officers|councillors)\b)"
    r"(?-i:[A-Z])[a-z]+(?:\s+(?!(?:to|be|is|are|was|were|will|would|should|shall|must|that|be)\b)[\w'’&/-]+){1,9}$",
    re.I,
)
"""A numbered title in sentence case ("13. Review of a personal licence", "7. Play area"): short,
no verb of a decision or a clause, and no full stop (checked by the caller)."""


def _title_words(words: list[str]) -> bool:
    """Every word but one capitalised, not counting the small words of a title."""
    upper = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return upper >= max(1, len(words) - len([w for w in words if w.lower() in _SMALL])) - 1


_VOTE_TALLY = re.compile(r"^\d{1,3}\s+(?:for|against|in\s+favou?r)\b", re.I)
"""A recorded vote ("5 For, 0 Against, 1 Abstention") is no item heading."""


_PAPER_BY = re.compile(
    r"\s+[-–—]\s*(?:(?:joint|verbal|annual|further)\s+)?(?:report|update|presentation|note)s?\s+(?:by|of|from)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[^.;]{2,120}\.?$",
    re.I,
)
"""Whose paper the item takes, after its title: "2. UEFA EURO 2020 postponement - Report by
Executive Director of Finance.", as a Scottish council's agenda and its record of decisions name it."""


_ASKED_OF_THE_MEETING = re.compile(
    r"\s+[-–—]\s*to\s+(?:agree|approve|confirm|note|receive|consider|adopt|sign)\b[^.;:]{0,80}$", re.I
)
"""What the agenda asks the meeting to do with the item, after its title: "2. Minutes of the Meeting
held on 23rd March 2022 - to agree as an accurate record", "6. Work Programme - to note"."""


def item_heading(text: str) -> Item | None:
    """An item heading such as "15. MINUTES OF THE PREVIOUS MEETING", "Minute 45/23 – Budget",
    "IV GRASS CUTTING"."""
    dashed = " -" in text or " –" in text or " —" in text
    paper = (_PAPER_BY.search(text) or _ASKED_OF_THE_MEETING.search(text)) if dashed else None
    if paper is not None and paper.start() > 3:
        text = text[: paper.start()]
    roman = _ROMAN_ITEM.match(text) if text[:1] in "IVXL" else None
    if roman is not None and len(roman.group("title").split()) <= 12:
        return Item(minute=roman.group("num"), title=title_case(roman.group("title").strip()))
    outline = _ROMAN_TITLE.match(text) if text[:1] in "IVX" else None
    if outline is not None and _title_words(outline.group("title").split()):
        return Item(minute=outline.group("num"), title=outline.group("title").strip())
    m = ITEM_RE.match(text)
    if not m or _VOTE_TALLY.match(text):
        return None
    title = _APPENDIX.sub("", m.group("title")).strip(" -–:")
    words = title.split()
    if not words or title.lower().startswith(
        ("that ", "the report", "moved by ", "proposed by ", "seconded by ")
    ):
        return None
    if title[:3].lower() == "to " and not title.isupper():
        return None  # agenda text ("2. To receive the report"); in capitals, a parish item's title
    if len(words) > 16 and (len(words) > 24 or not _title_words(words)):
        return None
    if not (
        title.isupper()
        or _title_words(words)
        or _STANDARD_TITLE.fullmatch(title)
        or _SENTENCE_CASE_TITLE.match(title)
    ):
        return None
    if text.rstrip().endswith((".", ",")) and not title.isupper():
        return None
    if _DATED_REFERENCE.match(title) or _ENTRY_STATE.search(title):
        return None
    return Item(minute=m.group("num").replace(" ", ""), title=title_case(title))


_ENTRY_STATE = re.compile(
    r"\[\s*(?:closed|open|on\s+hold|ongoing|complete[d]?|done|new(?:\s+for\s+[^\]]{1,60})?)\s*\]\s*$", re.I
)
"""An action log's entry carries its state ("1. Circulate the fluoro protocols [closed]"): it is an
entry of the log, not an item title."""


INLINE_HEADING = re.compile(
    r"^(?P<num>\d{1,4})\.?\s+(?P<title>[A-Z][A-Z0-9 ,&'’()/-]{2,160}?)\s+[-–—]\s+(?P<rest>\S.*)$"
)
"""A numbered capitals heading that runs on into its text: "236 SICKNESS ABSENCE – The Chairman ..."."""
INLINE_CAPS_HEADING = re.compile(
    r"^(?:(?:(?i:item)\s+)?(?P<num>\d{1,4})\.?\s+(?:\(\d{1,4}\)\s+)?(?P<title>[A-Z][A-Z0-9,&'’/-]+(?:\s+[A-Z0-9,&'’/-]+){1,12})"
    r"|\((?P<bnum>\d{1,4})\)\s+(?P<btitle>[A-Z]{3}[A-Z0-9,&'’/-]*(?:\s+[A-Z0-9,&'’/-]+){0,12}))"
    r"\s+(?P<rest>[A-Z][a-z]+\s+\S.*)$"
)
"""The same heading with no dash, its text starting at the first word not in capitals, as a community
council's flattened minutes print it: "ITEM 7 (264) HIGHWAYS AND FOOTPATHS Clerk to request ...",
or a district council's, its number in brackets: "(241) MINUTES The Minutes of the meeting ..."."""


def heading_line(text: str) -> Item | None:
    """An item heading, but not a short line that opens with a date ("12 March 2024 Budget")."""
    item = item_heading(text)
    if item is None:
        return None
    if len(text) < 40:
        m = DATE_RE.search(text)
        if m and m.start() < 12:
            return None
    return item


_BARE_TITLE = re.compile(r"^(?-i:[A-Z])[\w'’&/()-]*(?:,?\s+[\w'’&/()-]+){0,6}$")
_NOT_BARE_TITLE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|will|would|should|had|has|have|agreed|noted|resolved|decided|said"
    r"|reported|thanked|councillors?|cllr|mr|mrs|ms|dr|(?<!the\s)(?:chair|chairman|chairperson|clerk)(?!['’]s\b)|present"
    r"|apologies\s+from)\b"
    r"|^(?:that|to|and|or|the\s+(?:committee|panel|board|council))\b|\d{1,2}[:.]\d{2}",
    re.I,
)
"""A name, a sentence or a time is not an item title."""


PAGE_SECTION = re.compile(r"^(?:minutes|additional\s+documents|supporting\s+documents)\s*:$", re.I)
"""What a meeting page puts under an item's title: its papers, then "Minutes:" over what was done."""
PAGE_MINUTES = re.compile(r"^minutes\s*:$", re.I)
INLINE_MINUTES = re.compile(r"^minutes\s*:\s+\S", re.I)
"""A meeting page's "Minutes:" label with what was minuted on its own line ("Minutes: A member of the
public spoke ..."): the item has had its minutes, so a title line after them starts the next item."""


def bare_title(text: str) -> Item | None:
    """An unnumbered title on a line of its own ("Matters arising", "Terms of Reference"), as
    parish councils and patient groups head each item of minutes kept as web pages."""
    if len(text) > 60 or _BARE_TITLE.match(text) is None or _NOT_BARE_TITLE.search(text):
        return None
    if " to " in text and opens_named_task(text, ""):
        return None
    return Item(minute="", title=text)


_AGENDA_ITEM = re.compile(
    r"^(?P<num>\d{1,3}(?:[./]\d{2,4})?)[.)]?\s+(?P<title>(?-i:To)\s+[a-zA-Z]+\b[^.;]{3,150}?"
    r"|(?P<plain>(?-i:[A-Z])[\w'’&/-]*(?:\s+[\w'’&/()-]+){0,9}?))\s*[.:]?$"
)


_NUMBER = re.compile(r"(?P<main>\d{1,3})(?P<suffix>[./]\d{2,4})?")
"""A minute number with the year after it, as parishes and charities number theirs ("45.15", "17/29")."""


CAPITAL_VERB = re.compile(
    r"^(?-i:APPROVED|AGREED|NOTED|ENDORSED|RESOLVED|DECIDED|RECOMMENDED|REQUESTED|DELEGATED|AUTHORI[SZ]ED|INSTRUCTED"
    r"|ACCEPTED|REJECTED|ADOPTED|DENIED|DIRECTED|RATIFIED|DEFERRED|CONTINUED|REFERRED)\b"
)
"""A decision page's points each opening with the decision in capitals ("1. APPROVED the Strategy;"
"2. AGREED for the Panel to oversee it; and" "3. NOTED that an annual update should be provided"), or an
American action summary's numbered items ("6. APPROVED claims as submitted", "10. REJECTED the claim of
... and referred to County Counsel"), which may start at any number."""


def agenda_item(text: str, current: str | None) -> Item | None:
    """A parish minute headed with its agenda wording ("9. To approve draft minutes of the Meeting
    17th April", "4 To declare any personal interest.") or a short title ("6 Matters arising from the
    minutes."), numbered next after the item before it: an item, though "To ..." under a RESOLVED
    would be a point, and a sentence or a name is never a title."""
    m = _AGENDA_ITEM.match(text)
    if m is None or current is None or len(m.group("title").split()) > 24:
        return None
    now, before = _NUMBER.fullmatch(m.group("num")), _NUMBER.fullmatch(current)
    if now is None or before is None or now.group("suffix") != before.group("suffix"):
        return None
    if m.group("plain") and _NOT_BARE_TITLE.search(m.group("plain")):
        return None
    if CAPITAL_VERB.match(m.group("title")):
        return None
    if not 1 <= int(now.group("main")) - int(before.group("main")) <= 3:
        return None
    return Item(minute=m.group("num"), title=m.group("title"))


_PARAGRAPH = re.compile(r"^(?P<major>\d{1,3})\.\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+(?=[A-Z])")
_MINUTE = re.compile(r"(?P<major>\d{1,3})(?:\.\d{1,3}){0,3}")


def paragraph_item(text: str, current: str | None) -> Item | None:
    """Minutes numbered by paragraph ("1.1 ... RESOLVED", then "2.1 The Chief Executive advised
    ..."): a paragraph numbered under the next whole number starts the next item, though its
    heading was lost, so a decision in it is not taken for discussion of the item before. A number
    with the year after it ("45.31" after "44.31") is an item number, not a paragraph's."""
    m = _PARAGRAPH.match(text) if current is not None else None
    if m is None or current is None:
        return None
    now = _MINUTE.fullmatch(current)
    if now is None or int(m.group("major")) != int(now.group("major")) + 1:
        return None
    suffix = text[m.end("major") : m.end()].split()[0].rstrip(".")
    if len(suffix) >= 3 and suffix == current[now.end("major") :]:
        return None
    return Item(minute=m.group("major"), title="")


_RUN_ON_ITEM = re.compile(
    r"^(?P<num>\d{1,3}(?:/\d{2,4})?)(?:\.\s*|\s+)(?P<title>[A-Z][^:–—.;]{1,80}?)\s?(?::|\s[-–—])\s+(?=\S)"
)


_TOLD = re.compile(r"\b(?-i:was|were|is|are|be|been|will|would|had|has|have|[a-z]+ed)\b")
"""A sentence, not a title, before the dash ("5 Residents attended – they raised the parking")."""


def run_on_item(text: str, current: str | None) -> Item | None:
    """A numbered title that runs on into its text after a colon or a dash, as parish minutes set each
    item ("12. Roads: The street sign is damaged. Clerk to report.", "03/2011 Members’ Declarations –
    ..."): the next item, so what it decides is not taken for discussion of the item before. Its
    number follows the one before (or is the first)."""
    m = _RUN_ON_ITEM.match(text)
    if m is None:
        return None
    if current is not None:
        now, before = _NUMBER.fullmatch(m.group("num")), _NUMBER.fullmatch(current)
        if now is None or before is None or now.group("suffix") != before.group("suffix"):
            return None
        if not 1 <= int(now.group("main")) - int(before.group("main")) <= 3:
            return None
    if _TOLD.search(m.group("title")):
        return None
    return item_heading(f"{m.group('num')} {m.group('title').strip()}")
