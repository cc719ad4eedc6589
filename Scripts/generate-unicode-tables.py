#!/usr/bin/env python3
"""Generates Sources/ThreadModel/Text/UnicodeTables.swift and docs/UNICODE.md.

Sources, all offline on a Debian machine:
  * unicodedata2 17.0 (pip): General_Category and East_Asian_Width.
  * Debian's unicode-data 15.0 (/usr/share/unicode): Grapheme_Cluster_Break,
    Extended_Pictographic, Line_Break, emoji variation sequences,
    Default_Ignorable_Code_Point, and the 15.0 East_Asian_Width and ages used
    to list what changed between the two versions.

Which version wins: 17.0 for everything it carries (category, width). The
15.0 files supply the properties unicodedata2 lacks; for code points assigned
after 15.0 those properties are derived from the 17.0 category and width
(see derive_* below), and docs/UNICODE.md lists every such code point range.

Run: python3 Scripts/generate-unicode-tables.py  (needs unicodedata2==17.0.1)
"""

import os
import sys

import unicodedata2 as ud

UCD = os.environ.get("UCD", "/usr/share/unicode")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_SWIFT = os.path.join(ROOT, "Sources/ThreadModel/Text/UnicodeTables.swift")
OUT_DOC = os.path.join(ROOT, "docs/UNICODE.md")
MAX = 0x110000

GCB = ["Other", "CR", "LF", "Control", "Extend", "ZWJ", "Regional_Indicator",
       "Prepend", "SpacingMark", "L", "V", "T", "LV", "LVT"]
# Line-break classes after LB1 resolution and tread's Chinese tailoring.
LB = ["BK", "CR", "LF", "CM", "NL", "WJ", "ZW", "GL", "SP", "ZWJ", "B2", "BA",
      "BB", "HY", "CB", "CL", "CP", "EX", "IN", "NS", "OP", "QU", "IS", "NU",
      "PO", "PR", "SY", "AL", "EB", "EM", "H2", "H3", "HL", "ID", "JL", "JV",
      "JT", "RI"]

WIDTH_ZERO, WIDTH_NARROW, WIDTH_WIDE, WIDTH_AMBIGUOUS = 0, 1, 2, 3


def parse_ranges(path, field=1):
    """Yields (first, last, value) from a UCD-style semicolon file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split(";")]
            cps = parts[0].split("..")
            first = int(cps[0], 16)
            last = int(cps[-1], 16)
            yield first, last, parts[field]


def fill(path, wanted=None, field=1):
    table = {}
    for first, last, value in parse_ranges(path, field):
        if wanted is None or value == wanted:
            for cp in range(first, last + 1):
                table[cp] = value
    return table


def category(cp):
    return ud.category(chr(cp))


def assigned_17(cp):
    return category(cp) != "Cn"


def load():
    data = {}
    data["gcb15"] = fill(f"{UCD}/auxiliary/GraphemeBreakProperty.txt")
    data["extpict"] = set(fill(f"{UCD}/emoji/emoji-data.txt", "Extended_Pictographic"))
    data["lb15"] = fill(f"{UCD}/LineBreak.txt")
    data["age15"] = fill(f"{UCD}/DerivedAge.txt")
    data["eaw15"] = fill(f"{UCD}/EastAsianWidth.txt")
    data["ignorable"] = set(fill(f"{UCD}/DerivedCoreProperties.txt", "Default_Ignorable_Code_Point"))
    data["prepended"] = set(fill(f"{UCD}/PropList.txt", "Prepended_Concatenation_Mark"))
    vs16 = set()
    with open(f"{UCD}/emoji/emoji-variation-sequences.txt", encoding="utf-8") as f:
        for line in f:
            body = line.split("#", 1)[0]
            if "emoji style" in body:
                vs16.add(int(body.split()[0], 16))
    data["vs16"] = vs16
    return data


def is_new_since_15(cp, data):
    return assigned_17(cp) and cp not in data["age15"]


def derive_gcb(cp):
    """Grapheme_Cluster_Break for a code point the 15.0 file cannot know."""
    gc = category(cp)
    if gc in ("Mn", "Me"):
        return "Extend"
    if gc == "Mc":
        return "SpacingMark"
    if gc in ("Cc", "Cf", "Zl", "Zp"):
        return "Control"
    return "Other"


def derive_lb(cp):
    """Line_Break for a code point the 15.0 file cannot know."""
    gc = category(cp)
    if gc in ("Mn", "Mc", "Me"):
        return "CM"
    if ud.east_asian_width(chr(cp)) in ("W", "F"):
        return "ID"
    return "AL"


def default_lb(cp):
    """The @missing defaults of LineBreak.txt 15.0 for unlisted code points."""
    if 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF:
        return "ID"
    if 0x20000 <= cp <= 0x2FFFD or 0x30000 <= cp <= 0x3FFFD:
        return "ID"
    if 0x1F000 <= cp <= 0x1FAFF or 0x1FC00 <= cp <= 0x1FFFD:
        return "ID"
    if 0x20A0 <= cp <= 0x20CF:
        return "PR"
    return "XX"


TAILORED_LB = {
    0x201C: "OP",  # “ opens a quotation in Chinese: it never ends a line.
    0x2018: "OP",  # ‘ likewise.
    0x201D: "CL",  # ” closes one: it never starts a line, but a line may break after it.
}


def line_break_class(cp, data):
    if cp in TAILORED_LB:
        return TAILORED_LB[cp]
    if is_new_since_15(cp, data):
        return derive_lb(cp)
    lb = data["lb15"].get(cp) or default_lb(cp)
    gc = category(cp)
    # LB1: resolve the classes the algorithm leaves to the tailoring.
    if lb in ("AI", "SG", "XX"):
        return "AL"
    if lb == "SA":
        return "CM" if gc in ("Mn", "Mc") else "AL"
    if lb == "CJ":
        return "NS"
    return lb


def width_class(cp, data):
    gc = category(cp)
    if 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF:
        return WIDTH_ZERO  # medial and final jamo join the syllable's two columns
    if cp == 0x00AD:
        return WIDTH_AMBIGUOUS  # terminals show the soft hyphen, as wide as other ambiguous signs
    if cp in data["prepended"]:
        return WIDTH_NARROW  # signs spanning a number are visible
    if cp == 0x115F or 0x1F1E6 <= cp <= 0x1F1FF:
        return WIDTH_WIDE  # the choseong filler starts a syllable; a lone flag letter is drawn wide
    if gc in ("Mn", "Me", "Mc", "Cf", "Zl", "Zp", "Cc", "Cs"):
        return WIDTH_ZERO
    if cp in data["ignorable"]:
        return WIDTH_ZERO
    eaw = ud.east_asian_width(chr(cp))
    if eaw in ("W", "F"):
        return WIDTH_WIDE
    if eaw == "A":
        return WIDTH_AMBIGUOUS
    return WIDTH_NARROW


def grapheme_class(cp, data):
    if is_new_since_15(cp, data):
        return derive_gcb(cp)
    return data["gcb15"].get(cp, "Other")


def record(cp, data):
    gcb = grapheme_class(cp, data)
    value = width_class(cp, data)
    value |= GCB.index(gcb) << 2
    value |= (1 << 6) if cp in data["extpict"] else 0
    widens = cp in data["vs16"] and ud.east_asian_width(chr(cp)) not in ("W", "F")
    value |= (1 << 7) if widens else 0
    value |= LB.index(line_break_class(cp, data)) << 8
    value |= (1 << 14) if category(cp) == "Mc" else 0
    return value


def build_tables(data):
    records, record_index = [], {}
    blocks, block_index = [], {}
    stage1 = []
    for block_start in range(0, MAX, 256):
        block = []
        for cp in range(block_start, block_start + 256):
            r = record(cp, data)
            if r not in record_index:
                record_index[r] = len(records)
                records.append(r)
            block.append(record_index[r])
        key = bytes(block)
        if key not in block_index:
            block_index[key] = len(blocks)
            blocks.append(key)
        stage1.append(block_index[key])
    assert len(records) <= 256, len(records)
    assert len(blocks) <= 256, len(blocks)
    return stage1, b"".join(blocks), records


def hex_literal(data, indent="        "):
    text = data.hex()
    lines = [text[i:i + 120] for i in range(0, len(text), 120)]
    return "\n".join(indent + line for line in lines)


def write_swift(stage1, stage2, records):
    record_lines = []
    for i in range(0, len(records), 8):
        record_lines.append("        " + ", ".join(f"0x{r:05X}" for r in records[i:i + 8]) + ",")
    source = f'''// Generated by Scripts/generate-unicode-tables.py from Unicode 17.0 (unicodedata2)
// and Unicode 15.0 (Debian unicode-data). Do not edit; run the script again.

/// The per-code-point properties tread's text layout needs, as a two-stage table.
///
/// `stage1[cp >> 8]` names a 256-entry block of `stage2`, whose byte is an
/// index into `records`; a record packs the width class, grapheme break class,
/// Extended_Pictographic, VS16 widening, line-break class and Mc flag
/// (see ``ScalarProperties``). Allocated once and kept for the life of the process.
///
/// Line-break classes by raw value: {" ".join(LB[:19])}
/// {" ".join(LB[19:])}.
enum UnicodeTables {{
    /// Block indices, one per 256 code points.
    nonisolated(unsafe) static let stage1: UnsafePointer<UInt8> = decodeHex("""
{hex_literal(bytes(stage1))}
        """)

    /// Blocks of 256 record indices.
    nonisolated(unsafe) static let stage2: UnsafePointer<UInt8> = decodeHex("""
{hex_literal(stage2)}
        """)

    /// Distinct packed property records.
    nonisolated(unsafe) static let records: UnsafePointer<UInt32> = {{
        let values: [UInt32] = [
{chr(10).join(record_lines)}
        ]
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: values.count)
        buffer.initialize(from: values, count: values.count)
        return UnsafePointer(buffer)
    }}()
}}
'''
    with open(OUT_SWIFT, "w", encoding="utf-8") as f:
        f.write(source)


def ranges_of(cps):
    out = []
    for cp in sorted(cps):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def fmt_ranges(rs, limit=60):
    parts = [f"U+{a:04X}" if a == b else f"U+{a:04X}..U+{b:04X}" for a, b in rs]
    extra = len(parts) - limit
    text = ", ".join(parts[:limit])
    return text + (f", and {extra} more ranges" if extra > 0 else "")


def write_doc(data):
    new = [cp for cp in range(MAX) if is_new_since_15(cp, data)]
    eaw_changed = []
    for cp in range(MAX):
        if cp in data["age15"] and cp in data["eaw15"]:
            if data["eaw15"][cp] != ud.east_asian_width(chr(cp)):
                eaw_changed.append(cp)
    derived_extend = [cp for cp in new if derive_gcb(cp) != "Other"]
    derived_id = [cp for cp in new if derive_lb(cp) == "ID"]
    doc = f"""# Unicode data in tread

Generated by `Scripts/generate-unicode-tables.py`; do not edit by hand.

| property | source | version |
| --- | --- | --- |
| General_Category, East_Asian_Width | `unicodedata2` (pip) | {ud.unidata_version} |
| Grapheme_Cluster_Break, Extended_Pictographic, Line_Break, emoji variation sequences, Default_Ignorable_Code_Point | Debian `unicode-data` | 15.0.0 |

**Which wins.** 17.0 wins wherever it has the property: a code point's
display width comes from its 17.0 category and East Asian Width. The
segmentation properties exist here only at 15.0; for the {len(new)} code points
assigned after 15.0 they are derived from 17.0 data: a mark (Mn, Me) is
`Extend`, a spacing mark (Mc) is `SpacingMark`, a format or control character
is `Control`, anything else `Other`; its line-break class is `CM` for marks,
`ID` when it is wide and `AL` otherwise.

## Differences between the versions

- Code points assigned after 15.0 ({len(new)}): {fmt_ranges(ranges_of(new))}.
- Of those, derived as grapheme extenders, spacing marks or controls ({len(derived_extend)}): {fmt_ranges(ranges_of(derived_extend))}.
- Of those, derived as ideographic for line breaking ({len(derived_id)}): {fmt_ranges(ranges_of(derived_id))}.
- East_Asian_Width changed for code points already assigned in 15.0 ({len(eaw_changed)}): {fmt_ranges(ranges_of(eaw_changed))}.
- Grapheme rule GB9c (Indic conjuncts, added in 15.1) is not applied: the
  `Indic_Conjunct_Break` property is not in the 15.0 data. Swift's own
  `Character` (17.0) applies it, so a consonant–virama–consonant sequence is
  one `Character` in Swift and two clusters in tread; the width is the same
  either way (see `docs/TEXT-LAYOUT.md`).
"""
    with open(OUT_DOC, "w", encoding="utf-8") as f:
        f.write(doc)


def main():
    if ud.unidata_version != "17.0.0":
        sys.exit(f"unicodedata2 has Unicode {ud.unidata_version}; install unicodedata2==17.0.1")
    data = load()
    stage1, stage2, records = build_tables(data)
    write_swift(stage1, stage2, records)
    write_doc(data)
    print(f"{len(records)} records, {len(stage2) // 256} blocks, "
          f"{len(stage1) + len(stage2) + 4 * len(records)} bytes")


if __name__ == "__main__":
    main()
