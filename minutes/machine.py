"""The state machine over tagged lines: item -> trigger -> points -> end.

It keeps where it is (the item, whether the session is private), and hands each tagged line to the
reader of its form: a trigger to the list collector, a table to the table reader, minutes confirmed
to a resolution, points with no trigger to the headerless reader, a paragraph to the narrative."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from minutes.account_labels import recommendations_head, tells_an_account
from minutes.action_lines import (
    DONE,
    LOG_IN_TITLE,
    action_stem_owner,
    closed,
    kept_elsewhere,
    list_entry_owner,
    log_entry_point,
    log_line,
    names_only,
    not_a_task,
    tasks_of,
)
from minutes.approved_lists import approved_list
from minutes.bare_tasks import holds_bare_task
from minutes.bullet_entries import is_entry, whole_entry
from minutes.classify import notes_a_step, recommended_action
from minutes.decision_copies import DecisionCopies
from minutes.due import find_due
from minutes.exempt import Session
from minutes.headerless import ListScan, bare_list, headerless_list, introduced, record_opens_list
from minutes.headings import INLINE_MINUTES, PAGE_MINUTES, agenda_item, paragraph_item, run_on_item
from minutes.item_titles import untagged_title
from minutes.list_labels import Points
from minutes.lists import OUTCOME_ONLY, collect
from minutes.model import Item, Resolution
from minutes.motion_labels import motion_points
from minutes.motion_stems import lost_motion_end
from minutes.motions import carried_below, council_motion_carried, proposal
from minutes.moved_alone import moved_alone_carried
from minutes.name_words import may_be_first_name
from minutes.narrative_decisions import split_decisions
from minutes.owned_entries import owned_entries_below
from minutes.owners import find_owner
from minutes.page_text import cut_off, prepare, without_number
from minutes.people import first_names, named_tasks
from minutes.people_in_text import people_in_text
from minutes.point import Where, as_task, make_resolution, says_nothing, without_votes
from minutes.proposal_forms import proposal_above
from minutes.reading import Reading, Said, name_owner, point_key, settle, told_decisions
from minutes.records import confirm_under_titles, confirmed, with_amendments
from minutes.rules import tag_document
from minutes.stem_reading import read_stem
from minutes.tables import action_table
from minutes.tags import (
    Tag,
    Tagged,
    labels_a_log,
    lost_below,
    motion_below,
    motion_fate,
    opens_log,
    sibling_after_decision,
    vote_follows,
)
from minutes.text import MARKER_RE, Line, strip_bullet
from minutes.trigger_matchers import agreements_apart
from minutes.triggers import notes_agreement


class _Machine:
    def __init__(self, meeting_date: dt.date | None, names: frozenset[str] = frozenset()) -> None:
        self.meeting_date = meeting_date
        self.names = names
        """First names of the people present: "Carol to ..." gives Carol a task."""
        self.out = Reading()
        self.where = Where()
        self.session = Session()
        self.seen_items: set[tuple[str, str]] = set()
        self.last_block: tuple[int, int] | None = None
        """The resolutions the last decision block added, until narrative follows it."""
        self.item_start: tuple[int, int, int] | None = None
        self.in_log = False
        """Under an item whose title names its action points ("Matters arising and action points")."""
        self.scan = ListScan()
        self.copies = DecisionCopies()
        self.told_at: dict[tuple[str | None, str], int] = {}
        """How much discussion had been read when each point was added."""

    def add(self, res: Resolution, *, again: bool = False) -> None:
        """Append unless the same point under the same minute is there (ModernGov shows it twice); a
        task given `again` after other discussion ("ACTION – AW agenda item for next meeting." under
        two topics of one item) is a second task, not a copy."""
        key = point_key(res)
        apart = again and self.told_at.get(key, len(self.out.narrative)) != len(self.out.narrative)
        if (key in self.out.seen and not apart) or self.copies.repeats(res.text):
            return
        self.out.seen.add(key)
        self.told_at[key] = len(self.out.narrative)
        self.out.resolutions.append(res)

    def point(
        self,
        text: str,
        label: str | None,
        *,
        owner: str | None = None,
        due: str | None = None,
        actionable: bool | None = None,
        again: bool = False,
    ) -> None:
        if says_nothing(text):
            return
        where, date = self.where, self.meeting_date
        res = make_resolution(
            without_votes(text), label, where, date, owner=owner, due=due, actionable=actionable
        )
        self.add(self.named_task_in(res) if actionable is None else res, again=again)

    def enter(self, item: Item) -> None:
        self.where.minute, self.where.title = item.minute or None, item.title
        if item.minute and (item.minute, item.title) not in self.seen_items:
            self.seen_items.add((item.minute, item.title))
            self.out.items.append(item)
        self.session.enter_item(item.title)
        self.item_start = self.out.mark()
        self.copies.new_item()
        self.in_log = LOG_IN_TITLE.search(item.title) is not None
        self.where.restricted = self.session.restricted

    def formal(self) -> None:
        self.out.formal.add((self.where.minute, self.where.title))

    def run(self, lines: list[Tagged]) -> Reading:
        i, n = 0, len(lines)
        while i < n:
            t = lines[i]
            tag = t.tag
            self.copies.line(i, t.text, self.item_start is not None)
            if self.item_start is not None and INLINE_MINUTES.match(t.text):
                self.item_start = None
            if tag in (Tag.NARRATIVE, Tag.POINT) and (
                (para := paragraph_item(t.text, self.where.minute)) is not None
                or (para := run_on_item(t.text, self.where.minute)) is not None
            ):
                self.enter(para)
                self.last_block = None
            if tag is Tag.TABLE:
                j = i
                while j < n and lines[j].tag is Tag.TABLE:
                    j += 1
                found = list(action_table([x.text for x in lines[i:j]], self.where, self.meeting_date))
                if found:
                    self.formal()
                self.out.resolutions.extend(found)
                i = j
            elif tag is Tag.HEADING:
                item = t.hit.item
                if item is not None:
                    self.enter(item)
                self.last_block = None
                if item is not None and vote_follows(lines, i + 1):
                    i = self.motion(lines, i, item.title)
                elif item is not None and opens_log(lines, i, item.title):
                    i = self.block(lines, i, kind="action")
                else:
                    i += 1
            elif tag is Tag.MOTION and t.rule in ("council_motion", "moved_alone"):
                self.moved(lines, i)
                i += 1
            elif t.rule == "vote_line" and (end := motion_below(lines, i)) is not None:
                self.formal()
                for label, moved, due in motion_points([m.text for m in lines[i + 1 : end]]):
                    self.point(moved, label, due=due)
                i = end + 1
            elif t.rule == "vote_line" and (fell := lost_below(lines, i)) is not None:
                self.out.narrative.extend((x.text, self.where.minute) for x in lines[i + 1 : fell + 1])
                i = fell + 1
            elif tag is Tag.MOTION:
                i += 1
            elif tag is Tag.EXEMPT:
                self.session.mark(t.text)
                self.where.restricted = self.session.restricted
                i += 1
            elif tag is Tag.RECORD and (with_record := record_opens_list(lines, i)) is not None:
                i = self.lost_list(with_record)
            elif tag is Tag.RECORD:
                text, i = with_amendments(lines, i)
                self.add(confirmed(text, self.where, self.meeting_date))
            elif tag is Tag.TRIGGER and t.hit.kind == "that" and introduced(lines, i):
                self.narrate(t.text)
                i += 1
            elif tag is Tag.TRIGGER and t.hit.kind == "stem":
                i = read_stem(self, lines, i)
            elif tag is Tag.TRIGGER and (fell := lost_motion_end(lines, i)) is not None:
                self.out.narrative.extend((x.text, self.where.minute) for x in lines[i:fell])
                i = fell
            elif tag in (Tag.TRIGGER, Tag.ACTION):
                i = self.block(lines, i)
            elif tag is Tag.FURNITURE:
                if self.item_start is not None and PAGE_MINUTES.match(t.text):
                    self.copies.minutes_label(i, self.out.resolutions[self.item_start[2] :])
                    self.out.forget_agenda_text(self.item_start)
                    self.item_start = None
                i += 1
            elif tag is Tag.NARRATIVE and (listed := approved_list(lines, i)) is not None:
                self.point(listed[0], None)
                i = listed[1]
            elif tag is Tag.NARRATIVE and labels_a_log(lines, i):
                self.in_log = True
                self.narrate(t.text)
                i += 1
            elif self.in_log and log_line(t.line.bullet, t.text) and tag in (Tag.POINT, Tag.NARRATIVE):
                self.log_entry(t.text)
                i += 1
            elif t.hit.kind == "said" and MARKER_RE.match(t.text) and (said_list := bare_list(lines, i)):
                i = self.lost_list(said_list)
            elif t.hit.kind == "said" or t.cut or tag not in (Tag.POINT, Tag.NARRATIVE):
                self.narrate(t.text, entry=is_entry(t.line) and not t.cut)
                i += 1
            elif vote_follows(lines, i + 1) or carried_below(lines, i):
                i = self.motion(lines, i, t.text)
            elif (agenda := agenda_item(t.text, self.where.minute)) is not None:
                self.enter(agenda)
                self.last_block = None
                i += 1
            else:
                found_list = headerless_list(lines, i, self.scan)
                title = (
                    untagged_title(lines, i, minutes_read=self.item_start is None)
                    if found_list is None
                    else None
                )
                if title is not None:
                    self.enter(title)
                    self.last_block = None
                    i += 1
                    continue
                if found_list is None:
                    self.narrate(t.text, entry=is_entry(t.line))
                    i += 1
                    continue
                i = self.lost_list(found_list)
        settle(self.out)
        return self.out

    def lost_list(self, found: tuple[Points, int]) -> int:
        """The points of a list whose RESOLVED label was lost; where reading goes on."""
        self.formal()
        for label, ptext in found[0]:
            self.point(ptext, label)
        return found[1]

    def log_entry(self, text: str) -> None:
        """An entry of the action points an item reviews: its task, with its state ("COMPLETED")."""
        entry, owner, to_do = log_entry_point(text)
        self.point(entry, None, owner=owner, actionable=to_do)

    def motion(self, lines: list[Tagged], i: int, text: str) -> int:
        """A proposal (a line or a heading) over a vote line; the outcome below says whether it carried."""
        fate = motion_fate(lines, i)
        if fate is not None:
            self.narrate(text)
            return i + 1 if fate == "decided below" else i + 2
        self.formal()
        motion, rest = proposal(text)
        self.point(motion, None)
        if rest:
            self.narrate(rest)
        return i + 2

    def moved(self, lines: list[Tagged], i: int) -> None:
        """A motion or amendment moved in council: the decision if it carried, else discussion (no follow-up)."""
        if lines[i].rule == "moved_alone":
            if moved_alone_carried(lines, i):
                self.point(lines[i].hit.rest, None)
            else:
                self.out.narrative.append((lines[i].text, self.where.minute))
        elif council_motion_carried(lines, i):
            clause = lines[i].hit.rest
            self.point(lines[i].text, None, owner=find_owner(clause) if clause else None)
        else:
            self.out.narrative.append((lines[i].text, self.where.minute))

    def block(self, lines: list[Tagged], i: int, kind: str | None = None) -> int:
        t = lines[i]
        kind = kind or t.hit.kind
        rest = t.hit.rest if t.tag in (Tag.TRIGGER, Tag.ACTION) else ""
        if kind == "owner" or (kind == "action" and names_only(rest)):
            self.owner_named(rest.strip(" ."), labelled=kind == "owner", deadline=t.hit.to)
            return i + 1
        if kind == "decision" and not rest.strip() and tells_an_account(lines, i + 1):
            return i + 1
        if kind == "decision" and not rest.strip() and recommendations_head(lines, i + 1):
            i += 1
        if kind != "said" and not (kind == "action" and rest.strip()) and not notes_agreement(t.text):
            self.formal()
        if kind in ("resolved", "agreed", "decision") and (put := proposal_above(lines, i, rest)) is not None:
            if put[0] is not None:
                self.point(put[0], None)
            return i + 1
        if kind in ("resolved", "agreed") and OUTCOME_ONLY.match(rest):
            self.point(t.text, None)
            return i + 1
        points, j = collect(
            lines,
            i + 1,
            rest,
            t.text if t.tag is Tag.TRIGGER and kind not in ("decision", "action") else "",
            that_only=kind == "that",
        )
        if kind == "action" and not rest.strip() and len(points) == 1 and points[0][0] is None:
            points, j = owned_entries_below(lines, points, j)
        stem_owner = action_stem_owner(rest) if kind == "action" else None
        if stem_owner is not None:
            points, j = collect(lines, i + 1, "")
            if not points:
                points, j = [(None, rest)], i + 1
        elif (kind == "action" and rest.strip()) or (
            rest.strip() and not (len(points) > 1 and j == i + 1) and sibling_after_decision(lines, i)
        ):
            points, j = [(points[0][0], task) for task in tasks_of(points[0][1])] if points else [], i + 1
        if kind in ("decision", "action") and len(points) == 1 and rest.strip():
            points = [(points[0][0], part) for part in agreements_apart(points[0][1])]
        elif kind in ("resolved", "agreed") and len(points) == 1 and rest.strip():
            points = [(points[0][0], part) for part in tasks_of(points[0][1])]
        start = len(self.out.resolutions)
        for label, ptext in points:
            if t.hit.to is not None:
                owner = find_owner(ptext) or t.hit.to or None
                acts = True if t.hit.to else recommended_action(ptext)
                self.point(ptext, label, owner=owner if acts else None, due=t.hit.to or None, actionable=acts)
            elif kind == "action" and kept_elsewhere(ptext):
                continue
            elif kind == "action":
                owner = None if closed(ptext) else stem_owner or list_entry_owner(ptext)
                motion = owner is None and (ptext[:5].lower() == "that " or not_a_task(ptext))
                self.point(
                    ptext, label, owner=owner, actionable=None if motion else not closed(ptext), again=True
                )
            elif kind == "noted":
                self.point(ptext, label, actionable=None if notes_a_step(ptext) else False)
            else:
                self.point(ptext, label)
        self.last_block = (start, len(self.out.resolutions))
        return j

    def owner_named(self, who: str, *, labelled: bool = False, deadline: str | None = None) -> None:
        done = DONE.match(who) is not None
        due = find_due(deadline, self.meeting_date) if deadline else None
        last = name_owner(self.out, self.last_block, self.where.minute, who, labelled=labelled, due=due)
        if last is not None:
            self.point(last, None, owner=None if done else who, actionable=False if done else None)

    def narrate(self, text: str, *, entry: bool = False) -> None:
        """Keep a narrative paragraph, setting aside the decisions written as sentences in it (a
        lettered sub-item of a parish minute, "a) The Council resolved to ...", is read without its
        letter)."""
        self.last_block = None
        out = self.out
        body = without_number(strip_bullet(text)[0])
        told, rest = split_decisions(body)
        decisions, rest = whole_entry(body, told, rest) if entry else (told, rest)
        tasks = named_tasks(" ".join(rest) if decisions else body, self.names)
        for sentence, who in tasks:
            self.point(sentence, None, owner=who, actionable=True, again=True)
        if tasks and not decisions and tasks[0][0] == body:
            return
        out.narrative.append((text, self.where.minute))
        if not decisions:
            return
        found = told_decisions(decisions, self.where, self.meeting_date)
        if not told:
            found = [replace(r, actionable=True) for r in found]
        else:
            found = [replace(r, actionable=True) if holds_bare_task(r.text) else r for r in found]
        item = (self.where.minute, self.where.title)
        out.said.append(Said(item, len(out.resolutions), len(out.narrative) - 1, found, rest, decisions))

    def named_task_in(self, res: Resolution) -> Resolution:
        """A decision closed by a task given by first name ("Agreed to hold the fair on 12 July.
        Helen and Sarah to organise stalls.") is an action, and an action with no owner ("Agreed: Priya to
        email the housing officer") is theirs."""
        if (res.actionable and res.owner is not None) or not (tasks := named_tasks(res.text, self.names)):
            return res
        return as_task(res, tasks[0][1], self.meeting_date)


def read_lines(lines: list[Line], meeting_date: dt.date | None) -> Reading:
    names = first_names(lines)
    reading = _Machine(meeting_date, names | people_in_text(lines, names, may_be_first_name)).run(
        confirm_under_titles(tag_document(prepare(lines)))
    )
    cut_off(reading.resolutions, lines)
    return reading
