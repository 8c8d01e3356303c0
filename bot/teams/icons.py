"""The Teams app icons, drawn here: a tiny RGBA PNG writer and two pictures of a ticked list.

color.png (192x192): white ticks and lines on a rounded square of the accent colour.
outline.png (32x32): the same mark, white on transparent, as Teams requires.
Shapes are sampled on a grid inside each pixel for smooth edges (finer for the tiny outline).
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable, Sequence
from functools import cache

ACCENT = (0x1F, 0x5F, 0x8B)
WHITE = (0xFF, 0xFF, 0xFF)

Shape = Callable[[float, float], bool]
Segment = tuple[float, float, float, float]


def png(width: int, height: int, rgba: bytes) -> bytes:
    """Encode 8-bit RGBA pixels (rows top to bottom) as a PNG file."""
    assert len(rgba) == width * height * 4
    stride = width * 4
    raw = b"".join(b"\x00" + rgba[y * stride : (y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _rounded_square(size: float, radius: float) -> Shape:
    def inside(x: float, y: float) -> bool:
        cx = min(max(x, radius), size - radius)
        cy = min(max(y, radius), size - radius)
        return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2

    return inside


def _strokes(segments: Sequence[Segment], width: float) -> Shape:
    half = width / 2

    def near(x: float, y: float) -> bool:
        for x1, y1, x2, y2 in segments:
            dx, dy = x2 - x1, y2 - y1
            t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
            if math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= half:
                return True
        return False

    return near


def _mark(size: float) -> tuple[list[Segment], float]:
    """Three rows: a tick then a line, scaled to a square of `size`."""
    u = size / 32
    segments: list[Segment] = []
    for row in range(3):
        y = (9 + row * 7) * u
        segments.append((6 * u, y, 8 * u, y + 2 * u))
        segments.append((8 * u, y + 2 * u, 12 * u, y - 2.2 * u))
        segments.append((15 * u, y, 26 * u, y))
    return segments, 2.2 * u


def _raster(
    size: int, paint: Callable[[float, float], tuple[tuple[int, int, int], float]], samples: int
) -> bytes:
    out = bytearray()
    step = 1 / samples
    for py in range(size):
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(samples):
                for sx in range(samples):
                    colour, alpha = paint(px + (sx + 0.5) * step, py + (sy + 0.5) * step)
                    r += colour[0] * alpha
                    g += colour[1] * alpha
                    b += colour[2] * alpha
                    a += alpha
            n = samples * samples
            if a:
                out += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / n)))
            else:
                out += b"\x00\x00\x00\x00"
    return bytes(out)


@cache
def color_icon(size: int = 192) -> bytes:
    square = _rounded_square(size, size * 0.18)
    segments, width = _mark(size)
    ticks = _strokes(segments, width)

    def paint(x: float, y: float) -> tuple[tuple[int, int, int], float]:
        if not square(x, y):
            return WHITE, 0.0
        return (WHITE if ticks(x, y) else ACCENT), 1.0

    return png(size, size, _raster(size, paint, 2))


@cache
def outline_icon(size: int = 32) -> bytes:
    segments, width = _mark(size)
    ticks = _strokes(segments, width)

    def paint(x: float, y: float) -> tuple[tuple[int, int, int], float]:
        return WHITE, (1.0 if ticks(x, y) else 0.0)

    return png(size, size, _raster(size, paint, 4))
