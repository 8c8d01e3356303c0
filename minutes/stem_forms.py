"""What stands over a list of decision points: a stem ending in a colon or dash, a bare "that", the
subject of every point ("Resolved: The Committee"), or a lead-in qualifying every point."""

from __future__ import annotations

import re

STEM_END = re.compile(r":\s*[-–—]?$")
DASH_STEM = re.compile(r"^(?:that\s*)?[-–—]$|\bthat\s*[-–—]$", re.I)
""""RESOLVED that –", "Agreed that –": the points follow on the next lines."""
FOLLOWING_DASH = re.compile(r"\bfollowing\b[^.;]{0,200}\s[-–—]$", re.I)
""""... the following conditions were agreed between the parties -": a stem over the points below."""
LEADS_POINT = re.compile(
    r"^(?:[:\-–—.(]|that\b|to\b|$)"
    r"|^(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+to\s+(?!be\b)(?-i:[a-z])",
    re.I,
)
"""What may follow the keyword as the point itself: a clause, or who acts and what ("RESOLVED
Councillor Gritton to purchase the camera")."""
BARE_SUBJECT = re.compile(
    r"(?:that\s+(?:the\s+)?|(?-i:The)\s+)(?:(?-i:[A-Z])[\w'’-]*|of|the|and)(?:\s+(?:(?-i:[A-Z])[\w'’-]*|of|the|and)){0,6}\s*[,:\-–—]*"
    r"|(?:Council|Cabinet|Committee|Board|Panel|Members|Commission|Executive)\s*[,:\-–—]*",
    re.I,
)
""""RESOLVED - That Members of the Committee" or "Resolved: The Committee" over "1. Note the report":
the subject of every point."""
BARE_THAT = re.compile(r"that\s*[:\-–—]*", re.I)
""""RESOLVED:" then "That" alone on a line (a page that set each word in a cell of its own)."""
LEAD_IN_DASH = re.compile(r"\S\s*[-–—]\s*$")
""""Resolved: having considered the information, and subject to the observations–" over "(i) ..."
"(ii) ...": a lead-in qualifying every point, not a point itself."""
