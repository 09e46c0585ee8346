#!/usr/bin/env python3
"""Decodes an 8-bit RGB or RGBA PNG (as Chromium writes screenshots) with the
standard library only and prints what the browser test checks:

  size WIDTH HEIGHT
  colours N        distinct RGB colours
  non_white F      share of pixels that are not pure white
  near RRGGBB N    pixels within 6 per channel of each colour given as argument

usage: png_stats.py FILE.png [RRGGBB...]
"""
import struct
import sys
import zlib


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG: " + path)
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        sys.exit("unsupported PNG (depth %d, colour type %d)" % (depth, colour))
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, bpp, rows


def main():
    width, height, bpp, rows = decode(sys.argv[1])
    targets = [tuple(int(h[i:i + 2], 16) for i in (0, 2, 4)) for h in sys.argv[2:]]
    counts = {}
    for row in rows:
        for x in range(0, len(row), bpp):
            key = row[x:x + 3]
            counts[key] = counts.get(key, 0) + 1
    white = counts.get(b"\xff\xff\xff", 0)
    print("size %d %d" % (width, height))
    print("colours %d" % len(counts))
    print("non_white %.4f" % (1 - white / float(width * height)))
    for target, name in zip(targets, sys.argv[2:]):
        near = sum(n for c, n in counts.items()
                   if all(abs(c[i] - target[i]) <= 6 for i in range(3)))
        print("near %s %d" % (name, near))


if __name__ == "__main__":
    main()
