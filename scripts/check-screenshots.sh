#!/usr/bin/env bash
# Opens the real studio window under a headless X server (Xvfb, Mesa's software OpenGL), takes a
# screenshot of every view with `kanoscope screenshot`, and checks that each one is a real
# picture: a PNG of the size asked for, with many colours (a blank or single-colour window means
# nothing was drawn). The pictures stay in target/screenshots/ for people to look at.
# Needs scripts/install-screenshot-deps.sh; exits non-zero with a message naming what failed.
set -euo pipefail
cd "$(dirname "$0")/.."

size="${SCREENSHOT_SIZE:-1600x1000}"
views=(results plots features responses map survey present room plots-shares plots-continuous compare)
out=target/screenshots
# ImageMagick's own tools: /usr/local/bin may hold stand-ins of the same name.
identify=/usr/bin/identify
convert=/usr/bin/convert
min_colours=50

fail() {
  echo "check-screenshots: $*" >&2
  exit 1
}

for tool in xvfb-run "$identify" "$convert"; do
  command -v "$tool" >/dev/null || fail "$tool is missing; run scripts/install-screenshot-deps.sh"
done

# A debug build is enough to draw a few frames, and CI has already built one for `cargo test`.
cargo build --quiet --bin kanoscope
bin=target/debug/kanoscope
mkdir -p "$out"

export LIBGL_ALWAYS_SOFTWARE=1
failures=0
for view in "${views[@]}"; do
  png="$out/$view.png"
  rm -f "$png"
  log="$out/$view.log"
  if ! timeout 120 xvfb-run -a -s "-screen 0 1920x1200x24" \
    "$bin" screenshot --sample --lang en --view "$view" --size "$size" -o "$png" >"$log" 2>&1; then
    echo "check-screenshots: $view: kanoscope screenshot failed or timed out:" >&2
    sed 's/^/  /' "$log" >&2
    failures=$((failures + 1))
    continue
  fi
  if [ ! -s "$png" ]; then
    echo "check-screenshots: $view: no picture was written to $png" >&2
    failures=$((failures + 1))
    continue
  fi
  actual=$("$identify" -format '%wx%h' "$png" 2>/dev/null || echo "unreadable")
  colours=$("$convert" "$png" -format '%k' info: 2>/dev/null || echo 0)
  if [ "$actual" != "$size" ]; then
    echo "check-screenshots: $view: $png is $actual pixels, expected $size" >&2
    failures=$((failures + 1))
  elif [ "$colours" -le "$min_colours" ]; then
    echo "check-screenshots: $view: $png has only $colours colours; the window looks blank" >&2
    failures=$((failures + 1))
  else
    echo "check-screenshots: $view: $png, $actual pixels, $colours colours"
  fi
done

[ "$failures" -eq 0 ] || fail "$failures of ${#views[@]} screenshots failed"
echo "check-screenshots: all ${#views[@]} screenshots are real pictures"
