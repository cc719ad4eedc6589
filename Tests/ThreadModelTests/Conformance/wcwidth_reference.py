#!/usr/bin/env python3
"""Prints Python wcwidth's widths for tread's conformance test.

Output, one record a line:
  version V                  the wcwidth version
  range FIRST LAST W1 W2     wcswidth(chr(cp)) for every cp in FIRST..LAST (hex),
                             with ambiguous characters narrow (W1) and wide (W2)
  sequence HEX,HEX,... WIDTH wcswidth of one emoji-test.txt sequence
Surrogates are skipped: no string can hold them.
"""
import sys

import wcwidth

EMOJI_TEST = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/emoji/emoji-test.txt"


def main():
    out = [f"version {wcwidth.__version__}"]
    def widths(cp):
        return f"{wcwidth.wcswidth(chr(cp))} {wcwidth.wcswidth(chr(cp), ambiguous_width=2)}"

    start, current = 0, widths(0)
    for cp in range(1, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        width = widths(cp)
        if width != current or cp == 0xE000:
            out.append(f"range {start:X} {cp - 1 if cp != 0xE000 else 0xD7FF:X} {current}")
            start, current = cp, width
    out.append(f"range {start:X} 10FFFF {current}")
    with open(EMOJI_TEST, encoding="utf-8") as f:
        for line in f:
            fields = line.split(";", 1)
            if len(fields) < 2 or line.startswith("#"):
                continue
            cps = [int(h, 16) for h in fields[0].split()]
            text = "".join(chr(c) for c in cps)
            out.append(f"sequence {','.join(f'{c:X}' for c in cps)} {wcwidth.wcswidth(text)}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
