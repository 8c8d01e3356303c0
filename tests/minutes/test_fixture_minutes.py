"""Each fixture is a short minutes document in one council's style, written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutes.model import Extraction, Resolution
from minutes.sources import read_source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"


async def read(name: str) -> Extraction:
    return await read_source(str(FIXTURES / name))


def res(e: Extraction, fragment: str) -> Resolution:
    found = [r for r in e.resolutions if fragment.lower() in r.text.lower()]
    assert len(found) == 1, f"{fragment!r} in {[r.text for r in e.resolutions]}"
    return found[0]


async def test_city_numbered_minutes() -> None:
    e = await read("01_city_numbered.txt")
    assert e.committee == "Housing Scrutiny Commission"
    assert e.meeting_date == dt.date(2023, 9, 12)
    assert [(i.minute, i.title) for i in e.items][:3] == [
        ("31", "Apologies for Absence"),
        ("32", "Minutes of the Previous Meeting"),
        ("33", "Damp and Mould in Council Homes"),
    ]
    assert len(e.resolutions) == 5
    record = res(e, "confirmed as a correct record")
    assert (record.actionable, record.minute) == (False, "32")
    assert not res(e, "notes the report").actionable
    assert not res(e, "believes tenants").actionable
    breakdown = res(e, "breakdown of damp cases")
    assert breakdown.actionable and breakdown.owner == "the Director of Housing"
    assert breakdown.due == "2023-10-31" and not breakdown.work_programme and breakdown.minute == "33"
    backlog = res(e, "repairs backlog")
    assert (
        backlog.actionable
        and backlog.due == "next meeting"
        and backlog.work_programme
        and backlog.owner is None
    )
    # the Chair's request for a breakdown by ward is point 2 of the resolution: not proposed twice
    assert [r.text for r in e.requests] == ["Figures on repeat visits were also requested."]
    assert [t.topic for t in e.work_programme] == ["Temporary accommodation", "Tenant engagement"]
    assert e.meeting_dates == [dt.date(2023, 11, 14)]


async def test_county_roman_discussion_and_lettered_resolutions() -> None:
    e = await read("02_county_roman.txt")
    assert [r.text for r in e.resolutions] == [
        "That the update on the Highways Asset Plan be noted.",
        "That the Director of Environment be asked to report back to the Committee in March 2025 on gully "
        "cleaning performance.",
    ]
    noted, report = e.resolutions
    assert not noted.actionable and noted.minute == "a"
    assert report.actionable and report.owner == "the Director of Environment" and report.due == "March 2025"
    assert report.minute == "b" and report.work_programme
    texts = [r.text for r in e.requests]
    assert any(t.startswith("Members requested that the cleaning schedule be published") for t in texts)
    assert any(t.startswith("The Lead Member undertook to raise") for t in texts)


async def test_moderngov_agenda_item_page() -> None:
    e = await read("03_moderngov_item.html")
    assert [r.text for r in e.resolutions] == [
        "That the report be noted.",
        "That the Head of Parks to circulate the list of parks awaiting play equipment to Members outside the meeting.",
    ]
    assert not e.resolutions[0].actionable
    circulate = e.resolutions[1]
    assert circulate.actionable and circulate.owner == "the Head of Parks"
    assert circulate.due is None and not circulate.work_programme
    assert len(e.requests) == 1 and "would be provided to Members" in e.requests[0].text
    assert "Contact us" not in " ".join(r.text for r in e.resolutions)


async def test_london_inline_roman_and_exempt_items() -> None:
    e = await read("04_london_inline.txt")
    assert e.committee == "Overview and Scrutiny Committee"
    assert e.meeting_date == dt.date(2024, 3, 6)
    assert [r.minute for r in e.resolutions] == ["12", "12", "12", "13", "14"]
    noted, cabinet, data, exclusion, leisure = e.resolutions
    assert noted.text == "That the findings of the review be noted" and not noted.actionable
    assert cabinet.actionable and cabinet.owner == "the Cabinet" and cabinet.due == "Cabinet"
    assert data.actionable and data.owner == "officers" and data.due == "2024-04-15"
    assert not exclusion.actionable and not exclusion.restricted
    assert leisure.restricted and leisure.actionable and leisure.due == "next meeting"
    assert leisure.owner == "the Director of Finance"
    assert [r.text for r in e.requests] == [
        "Councillor Pellow asked for the attendance data to be split by centre."
    ]


async def test_county_decision_action_lines_and_action_table() -> None:
    e = await read("05_county_decision_action.txt")
    assert e.committee == "Corporate Parenting Panel" and e.meeting_date == dt.date(2024, 10, 3)
    assert len(e.resolutions) == 5
    assert not res(e, "noted the report").actionable
    campaign = res(e, "recruitment campaign")
    assert campaign.text.startswith("It was agreed that") and campaign.owner == "Head of Fostering"
    assert campaign.minute == "5"
    assert res(e, "council tax exemption").actionable
    survey = res(e, "survey results")
    assert (survey.owner, survey.due, survey.minute) == ("Participation Officer", "2024-10-31", "6.1")
    invite = res(e, "care leaver representative")
    assert (invite.owner, invite.due, invite.work_programme) == ("Democratic Services", "next meeting", True)


async def test_welsh_it_was_resolved_and_next_meeting() -> None:
    e = await read("06_welsh_district.txt")
    assert e.committee == "Licensing and Regulatory Committee"
    assert e.meeting_date == dt.date(2024, 5, 14)
    policy, letters = e.resolutions
    assert not policy.actionable and policy.minute == "7"
    assert letters.actionable and letters.owner == "officers" and letters.due == "2024-07-01"
    assert [r.text for r in e.requests] == [
        "The Licensing Manager agreed to provide Members with a map of the consent streets."
    ]
    assert e.meeting_dates == [dt.date(2024, 7, 9)]


async def test_agenda_pack_dates_and_flattened_work_programme() -> None:
    e = await read("07_agenda_pack.txt")
    assert e.committee == "Environment Scrutiny Committee"
    assert e.meeting_date == dt.date(2024, 6, 10)
    assert e.resolutions == []
    assert e.meeting_dates == [dt.date(2024, 7, 22), dt.date(2024, 9, 16), dt.date(2024, 12, 2)]
    topics = [(t.topic, t.meeting_date, t.lead_officer) for t in e.work_programme]
    assert topics == [
        ("Air Quality Action Plan", dt.date(2024, 6, 10), "Jo Rivers"),
        ("Flood Risk Strategy 2024-29", dt.date(2024, 6, 10), "Jo Rivers"),
        ("Work Programme 2024/25", dt.date(2024, 6, 10), "Jo Rivers"),
        ("Fly-tipping enforcement", dt.date(2024, 7, 22), "Sam Oduya"),
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
async def test_json_schema_and_hash(name: str) -> None:
    e = await read(name)
    j = e.to_json()
    assert set(j) >= {
        "source",
        "committee",
        "meeting_date",
        "resolutions",
        "requests",
        "work_programme_topics",
        "meeting_dates",
    }
    assert all(isinstance(t, str) for t in j["requests"] + j["work_programme_topics"])
    assert len(e.content_hash) == 64
    again = await read(name)
    assert again.content_hash == e.content_hash
