"""A plain-text summary of an extraction, for the chat bot and `committee-bot extract`."""

from __future__ import annotations

from minutes.model import Extraction


def render_summary(e: Extraction) -> str:
    head = e.committee or "Unknown committee"
    when = e.meeting_date.strftime("%d %B %Y").lstrip("0") if e.meeting_date else "date not found"
    if e.meeting_time is not None:
        when += f", {e.meeting_time:%H:%M}"
    out = [f"{head} — {when}", f"Source: {e.source}" if e.source else ""]
    if e.items:
        out.append("")
        out.append(f"Items ({len(e.items)}):")
        out.extend(f"  {i.minute}. {i.title}" for i in e.items)
    out.append("")
    actions = sum(1 for r in e.resolutions if r.actionable)
    out.append(f"Resolutions ({len(e.resolutions)}, {actions} actionable):")
    if not e.resolutions:
        out.append("  none found")
    for r in e.resolutions:
        flag = "ACTION" if r.actionable else "noted "
        where = f"[{r.minute}] " if r.minute else ""
        out.append(f"  {flag} {where}{r.text}")
        extra = []
        if r.actionable:
            extra.append(f"owner: {r.owner or 'not stated'}")
            extra.append(f"due: {r.due or 'not stated'}")
        if r.work_programme:
            extra.append("work programme")
        if r.restricted:
            extra.append("exempt/private")
        if extra:
            out.append("         " + "; ".join(extra))
    if e.requests:
        out.append("")
        out.append(f"Requests in the discussion ({len(e.requests)}):")
        out.extend(f"  - {q.text}" + (f" [{q.minute}]" if q.minute else "") for q in e.requests)
    if e.work_programme:
        out.append("")
        out.append("Work programme:")
        for t in e.work_programme:
            when_t = f"{t.meeting_date.isoformat()}: " if t.meeting_date else ""
            out.append(f"  - {when_t}{t.topic}" + (f" (lead: {t.lead_officer})" if t.lead_officer else ""))
    if e.meeting_dates:
        out.append("")
        out.append(
            "Future meetings: " + ", ".join(d.strftime("%d %b %Y").lstrip("0") for d in e.meeting_dates)
        )
    return "\n".join(line for line in out if line is not None)
