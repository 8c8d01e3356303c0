"""`committee-bot extract` as a user runs it: its help points at our own JSON description, the
description matches what `--json` prints, and a reader that stops early (`| head`) ends it quietly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).with_name("committee-bot")
DOC = ROOT / "docs" / "extract-json.md"
FIXTURE = ROOT / "tests" / "fixtures" / "minutes" / "01_city_numbered.txt"


def test_help_points_at_the_projects_own_description() -> None:
    helped = subprocess.run([BIN, "extract", "--help"], capture_output=True, text=True, check=True).stdout
    assert "docs/extract-json.md" in helped
    assert "shared" not in helped and "eval" not in helped
    assert DOC.is_file()


def _documented() -> dict[str, object]:
    block = re.search(r"```json\n(.*?)\n```", DOC.read_text(), re.S)
    assert block is not None, "docs/extract-json.md has a ```json example"
    example: dict[str, object] = json.loads(block.group(1))
    return example


def test_the_description_has_every_key_extract_prints() -> None:
    printed = json.loads(
        subprocess.run([BIN, "extract", "--json", FIXTURE], capture_output=True, text=True, check=True).stdout
    )
    example = _documented()
    assert set(example) == set(printed)
    resolutions = example["resolutions"]
    assert isinstance(resolutions, list) and printed["resolutions"]
    assert set(resolutions[0]) == set(printed["resolutions"][0])
    text = DOC.read_text()
    for key in [*printed, *printed["resolutions"][0]]:
        assert f"| `{key}` |" in text, f"{key} is not described"


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path: Path) -> None:
    points = "\n".join(
        f"{i}. That the Head of Service {i} provide a note on topic {i} to the next meeting."
        for i in range(1, 1500)
    )
    big = tmp_path / "long.txt"
    big.write_text(FIXTURE.read_text().replace("1. That the Commission notes the report.", points))
    proc = subprocess.Popen(
        [BIN, "extract", "--json", *[big] * 8], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100).startswith(b"{")
    proc.stdout.close()
    errors = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert errors == ""
