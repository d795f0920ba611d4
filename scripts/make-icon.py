#!/usr/bin/env python3
"""Draws koonti's icon (assets/koonti.ico): a blue rounded square with three
white bars rising left to right, a summary of many answers. Pure standard
library: each size is a 32-bit BMP with alpha, as Windows icons hold them.

Run: python3 scripts/make-icon.py  (the result is committed; the build
only reads it)."""
import struct
import sys
from pathlib import Path

BLUE = (0xA8, 0x5F, 0x1F, 0xFF)  # BGRA of #1F5FA8
WHITE = (0xFF, 0xFF, 0xFF, 0xFF)
CLEAR = (0, 0, 0, 0)


def pixel(x: float, y: float) -> tuple:
    """The colour at (x, y) in a unit square, y growing downwards."""
    radius = 0.18
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    if (x - cx) ** 2 + (y - cy) ** 2 > radius ** 2:
        return CLEAR
    bars = [(0.18, 0.62), (0.42, 0.42), (0.66, 0.22)]  # (left, top)
    for left, top in bars:
        if left <= x < left + 0.16 and top <= y < 0.82:
            return WHITE
    return BLUE


def image(size: int) -> bytes:
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for row in range(size - 1, -1, -1):  # bottom-up
        y = (row + 0.5) / size
        rows.append(b"".join(bytes(pixel((col + 0.5) / size, y)) for col in range(size)))
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)


def icon(sizes) -> bytes:
    images = [image(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, data in zip(sizes, images):
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "assets" / "koonti.ico")
    target.write_bytes(icon([16, 32, 48]))
    print(f"{target}: {target.stat().st_size} bytes")
