"""HTML minutes and ModernGov pages (mgAi.aspx, ieIssueDetails.aspx, minutes pages): text with
paragraphs, list items and table rows kept apart."""

from __future__ import annotations

import html
import re

from lxml import etree
from lxml import html as lxml_html

from minutes.formats.text_file import decode
from minutes.limits import ExtractLimits, check_size, check_text

_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
    "article", "header", "footer", "blockquote", "dt", "dd", "pre", "hr",
}  # fmt: skip
_SKIP = {"script", "style", "noscript", "head", "nav", "form", "button", "select", "iframe", "svg"}

_CONTENT_BLOCKS = {"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}


def _layout_row(cells: list[etree._Element]) -> bool:
    """A row used for page layout (ModernGov's item number | item content), not a data table:
    some cell holds several paragraphs or lists."""
    for cell in cells:
        blocks = [
            c
            for c in cell.iter()
            if isinstance(c.tag, str) and c is not cell and c.tag.lower() in _CONTENT_BLOCKS
        ]
        if len(blocks) >= 2:
            return True
    return False


def _layout_cells(cells: list[etree._Element], out: list[str]) -> None:
    """Each cell as ordinary text; a short leading cell (the item number) is put before the first
    line of the next cell, so "71." and "Apologies for Absence" read as one heading."""
    out.append("\n")
    prefix = ""
    for i, cell in enumerate(cells):
        inner: list[str] = []
        _html_walk_children(cell, inner)
        text = "".join(inner).strip()
        if i == 0 and len(cells) > 1 and len(text) <= 12 and "\n" not in text:
            prefix = text + " "
            continue
        out.append(prefix + text + "\n\n")
        prefix = ""
    if prefix:
        out.append(prefix + "\n")


def _html_walk_children(node: etree._Element, out: list[str]) -> None:
    if node.text:
        out.append(node.text)
    for child in node:
        _html_walk(child, out)


def _html_walk(node: etree._Element, out: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    tag = tag.lower().rsplit("}", 1)[-1]
    if tag in _SKIP:
        if node.tail:
            out.append(node.tail)
        return
    if tag == "tr":
        cell_nodes = [c for c in node if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        if _layout_row(cell_nodes):
            _layout_cells(cell_nodes, out)
        else:
            cells = [" ".join("".join(c.itertext()).split()) for c in cell_nodes]
            out.append("\n| " + " | ".join(cells) + " |\n")
        if node.tail:
            out.append(node.tail)
        return
    if tag in _BLOCK:
        out.append("\n")
    if tag == "li":
        out.append("- ")
    if node.text:
        out.append(node.text)
    for child in node:
        _html_walk(child, out)
    if tag in _BLOCK:
        out.append("\n")
    if node.tail:
        out.append(node.tail)


def html_text(markup: str | bytes) -> str:
    """Text of an HTML page with paragraphs, list items and table rows kept apart.

    ModernGov pages (mgAi.aspx, ieIssueDetails.aspx, minutes pages) keep the content in a
    `div#modgov`; when it is present the site chrome around it is dropped."""
    if isinstance(markup, bytes):
        markup = decode(markup)
    if not markup.strip():
        return ""
    try:
        root = lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html.unescape(markup))
    content = root.xpath("//*[@id='modgov']") or root.xpath("//main") or [root]
    out: list[str] = []
    _html_walk(content[0], out)
    text = "".join(out)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n\s*(?:\n\s*)+", "\n\n", text)


def html_page_text(data: bytes, *, source: str, limits: ExtractLimits) -> str:
    check_size(data, source=source, cap=limits.markup_bytes, what="web pages")
    return check_text(html_text(data), source=source, limits=limits)
