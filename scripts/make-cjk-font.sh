#!/usr/bin/env bash
# Makes assets/fonts/NotoSansSC-Kanoscope.otf: the Simplified Chinese font bundled into Kanoscope so
# that Chinese text renders on every machine, also on one without any CJK font installed.
#
# What it does, step by step:
#   1. Installs Debian's fonts-noto-cjk (the source font) and fontTools (pyftsubset) if missing.
#   2. Finds the face "Noto Sans CJK SC" (Regular, not Mono) inside NotoSansCJK-Regular.ttc and
#      checks its family name with fontTools, so a reordered collection cannot give us JP glyphs.
#   3. Collects the characters to keep:
#        - printable ASCII and Latin-1 (egui's own fonts draw these first; the copies here only
#          serve text that falls back to this font, e.g. inside a CJK run),
#        - general punctuation (U+2010..U+205E: dashes, quotes, ellipsis, ‰, ※),
#        - every character of GB2312 (made with Python's gb2312 codec: 6,763 hanzi and 682 symbols
#          and full-width forms, the set any Simplified Chinese text almost always stays within),
#        - CJK symbols and punctuation (U+3000..U+303F), full-width forms (U+FF01..U+FF5E,
#          U+FFE0..U+FFE6), and a few more marks used in Chinese UI text (·, ～, ￥, …),
#        - every non-ASCII character used in the app's sources (src/**/*.rs, which holds all the
#          Chinese strings in src/i18n/) and in the sample projects (assets/samples/*.json).
#   4. Subsets with pyftsubset: no hinting, no OpenType layout features (egui draws horizontal
#      text and Latin comes from its own fonts), no vertical metrics, CFF kept subroutinised.
#   5. Writes assets/fonts/OFL.txt (the font's copyright notices and the SIL Open Font License 1.1
#      from Debian's copyright file) and prints the file size and glyph count, and the characters of the app that the subset lacks.
#
# Usage (Debian/Ubuntu; as root, or with sudo available):   bash scripts/make-cjk-font.sh
# Re-run it whenever src/i18n/ gains characters outside GB2312; `cargo test --test i18n` says so.
# The committed font was made with fonts-noto-cjk 1:20220127+repack1-1 (Noto Sans CJK 2.004) and
# fontTools 4.68.0; other versions give an equivalent but not byte-identical file.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/assets/fonts/NotoSansSC-Kanoscope.otf"
source_font=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
fonttools_version=4.68.0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

if [ ! -f "$source_font" ]; then
  echo "installing fonts-noto-cjk"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null
fi
if ! python3 -c 'import fontTools.subset' 2>/dev/null; then
  echo "installing fonttools $fonttools_version"
  python3 -m pip install --quiet "fonttools==$fonttools_version"
fi

mkdir -p "$repo/assets/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Steps 2 and 3: pick the face and write the character list, one code point per line.
font_number="$(python3 - "$source_font" "$repo" "$work/unicodes.txt" <<'PY'
import pathlib
import sys

from fontTools.ttLib import TTCollection

source, repo, unicodes_path = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]

def family(font):
    # Name ID 1 (family) in the Windows English record is the reliable one.
    name = font["name"].getName(1, 3, 1, 0x409)
    return str(name) if name else ""

collection = TTCollection(source, lazy=True)
numbers = [i for i, f in enumerate(collection.fonts) if family(f) == "Noto Sans CJK SC"]
if len(numbers) != 1:
    sys.exit(f"expected one 'Noto Sans CJK SC' face in {source}, found {numbers}")

chars = set()
chars.update(range(0x20, 0x7F))            # ASCII
chars.update(range(0xA0, 0x100))           # Latin-1 supplement
chars.update(range(0x2010, 0x205F))        # general punctuation
chars.update(range(0x3000, 0x3040))        # CJK symbols and punctuation
chars.update(range(0xFF01, 0xFF5F))        # full-width ASCII forms
chars.update(range(0xFFE0, 0xFFE7))        # full-width signs (￥ ￡ ￢ ...)
chars.update(ord(c) for c in "·×÷—–…‘’“”、。，；：？！（）《》〈〉【】「」『』～￥＋－＝％")

# Every character of GB2312, by decoding every two-byte code of its 94 x 94 grid.
for lead in range(0xA1, 0xF8):
    for trail in range(0xA1, 0xFF):
        try:
            chars.update(ord(c) for c in bytes([lead, trail]).decode("gb2312"))
        except UnicodeDecodeError:
            pass  # an unassigned cell of the grid

# What the app itself shows: its sources (all strings live there) and the bundled samples.
used = set()
for path in sorted(repo.glob("src/**/*.rs")) + sorted(repo.glob("assets/samples/*.json")):
    used.update(ord(c) for c in path.read_text(encoding="utf-8") if ord(c) > 0x7E)
chars |= used

with open(unicodes_path, "w", encoding="ascii") as f:
    for cp in sorted(chars):
        f.write(f"U+{cp:04X}\n")

face = collection.fonts[numbers[0]]
cmap = face.getBestCmap()
missing = sorted(cp for cp in used if cp not in cmap)
print(
    f"face {numbers[0]}: {family(face)}; {len(chars)} characters asked, "
    f"{sum(cp in cmap for cp in chars)} in the font",
    file=sys.stderr,
)
if missing:
    print(
        "used by the app but not in Noto Sans CJK SC (egui's own fonts must draw these): "
        + " ".join(f"{chr(cp)} U+{cp:04X}" for cp in missing),
        file=sys.stderr,
    )
print(numbers[0])
PY
)"

# Step 4.
python3 -m fontTools.subset "$source_font" \
  --font-number="$font_number" \
  --unicodes-file="$work/unicodes.txt" \
  --output-file="$out" \
  --layout-features='' \
  --no-hinting \
  --drop-tables+=vhea,vmtx,VORG,BASE,DSIG \
  --name-IDs='*' \
  --name-languages='*' \
  --notdef-outline \
  --recommended-glyphs

# The licence goes beside the font: the copyright and trademark notices from the font's own name
# table, then the SIL Open Font License 1.1 as Debian ships it with the package.
python3 - "$out" /usr/share/doc/fonts-noto-cjk/copyright "$repo/assets/fonts/OFL.txt" <<'PY'
import sys

from fontTools.ttLib import TTFont

font_path, debian_copyright, ofl_path = sys.argv[1:]
names = TTFont(font_path)["name"]
notices = [str(names.getName(i, 3, 1, 0x409)) for i in (0, 7)]  # copyright, trademark

# In the Debian file the licence text is the stand-alone paragraph "License: SIL-1.1" (the same
# line also ends the "Files: *" paragraph, with no text under it), indented by one space, with
# " ." for blank lines.
lines = open(debian_copyright, encoding="utf-8").read().split("\n")
start = max(i for i, line in enumerate(lines) if line == "License: SIL-1.1") + 1
body = []
for line in lines[start:]:
    if not line.startswith(" "):
        break
    body.append("" if line == " ." else line[1:])
if not body or "SIL OPEN FONT LICENSE Version 1.1" not in body[1]:
    sys.exit(f"the SIL OFL 1.1 text was not found in {debian_copyright}")

with open(ofl_path, "w", encoding="utf-8") as f:
    f.write("\n".join(notices) + "\n\n")
    f.write("This Font Software is licensed under the SIL Open Font License, Version 1.1.\n")
    f.write("This license is copied below, and is also available with a FAQ at:\n")
    f.write("https://openfontlicense.org\n\n")
    f.write("\n".join(body).rstrip() + "\n")
PY

# Step 5: check the result with fontTools, and with fc-query where fontconfig is installed.
python3 - "$out" <<'PY'
import os
import sys

from fontTools.ttLib import TTFont

path = sys.argv[1]
font = TTFont(path)
name = font["name"].getName(4, 3, 1, 0x409)
print(
    f"{path}: {os.path.getsize(path)} bytes, {len(font.getGlyphOrder())} glyphs, "
    f"{len(font.getBestCmap())} characters, face {name}"
)
PY
if command -v fc-query >/dev/null; then
  fc-query -f '%{family[0]} %{style[0]}, version %{fontversion}\n' "$out"
fi
