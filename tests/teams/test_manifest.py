"""The Teams app manifest validates against schema v1.22, mirrors the grammar, and the icons are ours."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

import jsonschema
import pytest

from bot.manifest_cli import manifest_cli
from bot.teams import icons
from bot.teams.manifest import TEMPLATE_APP_ID, build_manifest, manifest_json, write_package
from handlers.grammar import VERBS

REPO = Path(__file__).resolve().parents[2]
SCHEMA = REPO.parent / "shared" / "schemas" / "teams" / "v1.22" / "MicrosoftTeams.schema.json"
APP_ID = "6f1f3c53-5e43-4f53-9a4b-8e3c2b1d0a11"


def pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode our own PNGs (8-bit RGBA, filter 0) into rows."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        assert struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0] == zlib.crc32(kind + body)
        if kind == b"IHDR":
            w, h, depth, colour = struct.unpack(">IIBB", body[:10])
            assert (depth, colour) == (8, 6)
            size = (w, h)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    w, h = size
    rows = [raw[y * (w * 4 + 1) : (y + 1) * (w * 4 + 1)] for y in range(h)]
    assert all(r[0] == 0 for r in rows)
    return w, h, [r[1:] for r in rows]


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    if not SCHEMA.parent.parent.parent.exists():
        pytest.skip("../shared is not present next to the repository")
    loaded: dict[str, object] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return loaded


def test_manifest_validates_against_the_v1_22_schema(schema: dict[str, object]) -> None:
    manifest = build_manifest(APP_ID)
    jsonschema.validate(manifest, schema)
    assert manifest["manifestVersion"] == "1.22"
    [bot] = manifest["bots"]
    assert bot["botId"] == APP_ID and set(bot["scopes"]) == {"team", "personal", "groupChat"}


def test_command_lists_mirror_the_grammar() -> None:
    [bot] = build_manifest(APP_ID)["bots"]
    scopes = [s for cl in bot["commandLists"] for s in cl["scopes"]]
    assert sorted(scopes) == ["groupChat", "personal", "team"]
    for command_list in bot["commandLists"]:
        assert 1 <= len(command_list["commands"]) <= 10
        for command in command_list["commands"]:
            assert command["title"] in VERBS and len(command["title"]) <= 32
            assert VERBS[command["title"]].summary in command["description"]


def test_committed_template_and_icons_are_what_the_code_builds() -> None:
    folder = REPO / "manifests" / "teams"
    assert (folder / "manifest.json").read_text(encoding="utf-8") == manifest_json(TEMPLATE_APP_ID)
    assert (folder / "color.png").read_bytes() == icons.color_icon()
    assert (folder / "outline.png").read_bytes() == icons.outline_icon()


def test_icons_have_the_sizes_and_colours_teams_requires() -> None:
    w, h, rows = pixels(icons.color_icon())
    assert (w, h) == (192, 192)
    centre = rows[96][96 * 4 : 96 * 4 + 4]
    assert centre[3] == 255
    w, h, rows = pixels(icons.outline_icon())
    assert (w, h) == (32, 32)
    seen = {bytes(row[x * 4 : x * 4 + 4]) for row in rows for x in range(32)}
    assert all(px[3] == 0 or px[:3] == b"\xff\xff\xff" for px in seen)  # white on transparent
    assert any(px[3] == 255 for px in seen) and any(px[3] == 0 for px in seen)


def test_cli_writes_the_app_package(tmp_path: Path, schema: dict[str, object]) -> None:
    out = io.StringIO()
    target = tmp_path / "committee-bot-teams.zip"
    assert write_package(app_id=APP_ID, zip_path=str(target), out=out) == 0
    printed = json.loads(out.getvalue())
    with zipfile.ZipFile(target) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        packed = json.loads(package.read("manifest.json"))
        assert pixels(package.read("color.png"))[:2] == (192, 192)
        assert pixels(package.read("outline.png"))[:2] == (32, 32)
    assert packed == printed
    jsonschema.validate(packed, schema)


def test_cli_refuses_a_malformed_or_missing_app_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert write_package(app_id="my-bot", zip_path=None, out=io.StringIO()) == 2
    assert "not a Microsoft app id" in capsys.readouterr().err
    assert manifest_cli("teams", url=None, app_id=None, zip_path=None) == 2
    assert "--app-id" in capsys.readouterr().err
