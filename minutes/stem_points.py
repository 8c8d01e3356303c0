"""What a body stem over points says ("The Cabinet then:-", "The Committee noted the report and
further:"): whether its points read as decisions, and whether the stem decides something itself."""

from __future__ import annotations

import re

_DECIDES = re.compile(
    r"^(?:that\s+|to\s+)?(?:noted|agreed|approved|endorsed|instructed|requested|asked|authori[sz]ed|delegated"
    r"|deferred|resolved|recommended|considered|received|accepted|adopted|supported|referred|welcomed|decided"
    r"|reviewed|discussed|scrutini[sz]ed|commented|established|appointed|agreed|set\s+up|formed|created|awarded"
    r"|rejected|refused|declined|confirmed|allocated|invited|asked"
    r"|ratified|homologated|ratify"
    r"|note|agree|approve|endorse|instruct|request|ask|authori[sz]e|delegate|defer|recommend|receive|accept"
    r"|adopt|support|refer|stop|extend|cease|commence|proceed|award|appoint|grant|refuse|reject|confirm|establish|allocate)\b"
    r"|^(?:notes|agrees|approves|endorses|instructs|requests|asks|authori[sz]es|delegates|defers|recommends|receives"
    r"|accepts|adopts|supports|refers|welcomes|commends|thanks|acknowledges|confirms|appoints)\s+(?:the|that|to|a|an|its|their|this|these|all|officers|authority|(?-i:[A-Z]))\b"
    r"|^that\s+.{0,200}?\bbe\s+\w+",
    re.I,
)
"""A point that reads as a decision: it opens with a decision verb (past or imperative) or is a
"that ... be ..." clause."""
_STEM_TAIL = re.compile(r"\s*(?:,?\s*and\s+(?:further|also|then)\s*)?[:;]?\s*[-–—]?\s*$", re.I)
_STEM_DECIDES = re.compile(r"\b(?:noted|agreed|resolved|decided|approved|endorsed)\s+\S", re.I)


def reads_as_decision(point: str) -> bool:
    return _DECIDES.match(point) is not None


def stem_own(stem: str) -> str:
    """The stem without its closing words ("and further:")."""
    return _STEM_TAIL.sub("", stem)


def stem_decides(own: str) -> bool:
    """ "The Area Committee noted the report": the stem holds a decision of its own."""
    return _STEM_DECIDES.search(own) is not None
