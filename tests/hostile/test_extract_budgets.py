"""Reading hostile documents is bounded: caps refuse what is too big before the work, the worker
process is stopped at its time and memory budgets, and each refusal says what was wrong.

The real budgets (30 s, 1 GB) are measured by bench/bounded_bench.py; here small budgets show the
mechanism, so each test takes a second or two.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes.bounded import ReaderPool, pool
from minutes.errors import MinutesError, OverBudget, TooLarge, UnsupportedFormat
from minutes.limits import MB, ExtractLimits
from minutes.model import Extraction
from minutes.sources import read_source
from tests.drills.support import committee_bot
from tests.hostile.hostile_files import docx_bomb, docx_with_parts, pdf_of_pages

SLOW_TEXT = (
    "RESOLVED: That the Director of Adult Social Care provide the figures to the next meeting.\n" * 40_000
).encode()
"""About 3.6 MB that the parser needs a second or two for: past a budget of a fraction of a second."""


async def _refusal(data: bytes, source: str, limits: ExtractLimits | None = None) -> MinutesError:
    with pytest.raises(MinutesError) as caught:
        await pool().read(data, source=source, limits=limits)
    return caught.value


async def test_a_docx_zip_bomb_is_refused_from_its_directory() -> None:
    bomb = docx_bomb(1_000_000_000)  # 3.5 MB that would unzip to a gigabyte of paragraphs
    assert len(bomb) < 4 * MB
    started = time.monotonic()
    error = await _refusal(bomb, "minutes.docx")
    assert isinstance(error, TooLarge)
    assert str(error).startswith("minutes.docx expands to more than 50 MB when unzipped (1.0 GB from a 3.")
    assert "send the PDF" in str(error)
    assert time.monotonic() - started < 5


async def test_a_docx_whose_directory_lies_about_its_size_stops_at_the_lie() -> None:
    """zipfile inflates no more than the declared size, then fails the CRC: refused, not inflated."""
    error = await _refusal(docx_bomb(100 * MB, declared=1 * MB), "lying.docx")
    assert isinstance(error, UnsupportedFormat) and "Bad CRC-32" in str(error)


async def test_a_docx_of_thousands_of_parts_is_refused() -> None:
    error = await _refusal(docx_with_parts(5_000), "parts.docx")
    assert isinstance(error, TooLarge)
    assert "holds 5,003 files inside; a Word document has a few dozen and I read up to 1,000" in str(error)


async def test_a_30000_page_pdf_is_refused_before_its_pages_are_read() -> None:
    started = time.monotonic()
    error = await _refusal(pdf_of_pages(30_000), "pack.pdf")
    assert isinstance(error, TooLarge)
    assert str(error).startswith("pack.pdf has 30,000 pages; I read PDFs of up to 2,000 pages.")
    assert time.monotonic() - started < 5


async def test_a_pdf_whose_page_count_lies_is_stopped_at_the_cap() -> None:
    error = await _refusal(pdf_of_pages(120, count=9), "lying.pdf", ExtractLimits(pdf_pages=100))
    assert isinstance(error, TooLarge) and "has more than 100 pages" in str(error)


async def test_50_mb_of_text_is_refused_without_parsing_it() -> None:
    text = b"RESOLVED: That the report be noted.\n" * (50 * MB // 36)
    started = time.monotonic()
    error = await _refusal(text, "minutes.txt")
    assert isinstance(error, TooLarge)
    assert "minutes.txt has more than 10,000,000 characters of text" in str(error)
    assert time.monotonic() - started < 5


async def test_a_document_past_its_time_budget_is_stopped_and_the_next_is_read() -> None:
    readers = ReaderPool(1)
    try:
        started = time.monotonic()
        with pytest.raises(
            OverBudget, match=r"reading slow\.txt took longer than 0\.3 s, the limit, so I stopped"
        ):
            await readers.read(SLOW_TEXT, source="slow.txt", limits=ExtractLimits(seconds=0.3))
        assert time.monotonic() - started < 2
        done = await readers.read(b"RESOLVED: That the report be noted.\n", source="next.txt")
        assert len(done.extraction.resolutions) == 1
    finally:
        readers.close()


async def test_a_document_past_its_memory_budget_is_stopped() -> None:
    page = (
        b"<html><body>"
        + b"<div><p>That the Director provide figures.</p></div>" * 300_000
        + b"</body></html>"
    )
    readers = ReaderPool(1)
    try:
        with pytest.raises(
            OverBudget, match=r"reading big\.html needed more than 200 MB of memory, the limit"
        ):
            await readers.read(page, source="big.html", limits=ExtractLimits(memory_bytes=200 * MB))
        done = await readers.read(b"RESOLVED: That the report be noted.\n", source="next.txt")
        assert len(done.extraction.resolutions) == 1
    finally:
        readers.close()


async def test_file_imports_are_bounded_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "slow.txt"
    path.write_bytes(SLOW_TEXT)
    monkeypatch.setenv("EXTRACT_TIMEOUT_SECONDS", "0.3")
    with pytest.raises(OverBudget, match=r"took longer than 0\.3 s"):
        await read_source(str(path))
    with pytest.raises(MinutesError, match="not a regular file"):
        await read_source("/dev/zero")


def test_committee_bot_extract_is_bounded_in_time(tmp_path: Path) -> None:
    """The CLI, as a user runs it: each input gets its refusal, and the run ends within the budgets."""
    slow = tmp_path / "slow.txt"
    slow.write_bytes(SLOW_TEXT)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"That the report be noted.\n" * (50 * MB // 26))
    env = {**os.environ, "EXTRACT_TIMEOUT_SECONDS": "0.5"}
    started = time.monotonic()
    run = subprocess.run(
        [*committee_bot(), "extract", str(slow), str(huge)],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert time.monotonic() - started < 10
    assert run.returncode == 1
    assert f"{slow}: reading {slow} took longer than 0.5 s, the limit" in run.stderr
    assert f"{huge}: {huge} is 50 MB; I read documents up to 50 MB" in run.stderr or (
        f"{huge} has more than 10,000,000 characters" in run.stderr
    )


# ---- no input runs past its budget ------------------------------------------------------------

BUDGET = ExtractLimits(seconds=0.5, memory_bytes=400 * MB, pdf_pages=500, text_chars=2 * MB)
GRACE = 1.5
"""The pipe both ways, and killing and replacing a worker, on a busy two-core machine."""

LINE = st.sampled_from(
    [
        b"RESOLVED: That the Director provide the figures to the next meeting.\n",
        b"14. DAY CENTRES REVIEW\n",
        b"That the report be noted.\n",
        b"(a) the Head of Service to report back; and\n",
        b"\xff\xfe\x00\x01",
    ]
)
HOSTILE = st.one_of(
    st.tuples(LINE, st.integers(1, 300_000)).map(lambda t: t[0] * t[1]),
    st.integers(1, 200_000).map(
        lambda n: b"<html><body>" + b"<div>" * n + b"That the report be noted." + b"</div>" * n
    ),
    st.integers(1, 50_000).map(
        lambda n: b"<html><body><table>" + b"<tr><td>a</td><td>b</td></tr>" * n + b"</table>"
    ),
    st.integers(1, 400).map(lambda n: docx_bomb(n * MB)),
    st.integers(1, 400).map(lambda n: docx_bomb(n * MB, declared=MB)),
    st.integers(1, 3_000).map(lambda n: docx_with_parts(n)),
    st.integers(1, 3_000).map(lambda n: pdf_of_pages(n)),
    st.integers(1, 800).map(lambda n: pdf_of_pages(n, lines_per_page=30)),
    st.binary(max_size=5_000),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(HOSTILE, st.sampled_from(["minutes.txt", "minutes.pdf", "minutes.docx", "page.html", "upload"]))
async def test_no_input_runs_past_its_budget(data: bytes, source: str) -> None:
    started = time.monotonic()
    try:
        outcome = await pool().read(data, source=source, limits=BUDGET)
    except MinutesError as exc:
        assert str(exc).strip()
    else:
        assert isinstance(outcome.extraction, Extraction)
    assert time.monotonic() - started < BUDGET.seconds + GRACE, f"{source}: {len(data):,} bytes"


def test_the_worker_does_not_load_the_readers_into_the_server() -> None:
    """The server imports minutes.bounded; pypdf and python-docx stay in the workers."""
    code = (
        "import sys, minutes.bounded, minutes.sources; print('pypdf' in sys.modules, 'docx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["False", "False"]
