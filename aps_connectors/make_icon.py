"""Write the ACC connector's icon: a 230x230 PNG in the brand colour, stdlib only.

python aps_connectors/make_icon.py
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIZE = 230
COLOR = (0x06, 0x96, 0xD7)
TARGET = Path(__file__).parent / "acc" / "acc.png"


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid-colour 8-bit RGB PNG."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    row = b"\x00" + bytes(rgb) * width
    pixels = zlib.compress(row * height, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def main() -> None:
    """Write `acc/acc.png` beside this script."""
    TARGET.write_bytes(png(SIZE, SIZE, COLOR))


if __name__ == "__main__":
    main()
