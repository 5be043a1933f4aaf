#!/usr/bin/env bash
# The live room's phone page in a real browser: installs Debian's chromium and chromium-driver
# (if missing), then runs examples/room_browser.rs, which opens `kanoscope room` on the sample
# survey, loads the phone page at 390x844 through WebDriver, answers every feature, sends, and
# checks the respondent is in the file. The page's picture stays in target/screenshots/phone.png.
# `cargo test` needs none of this. Debian/Ubuntu; run as root (CI does) or with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "check-room-browser: installed ${missing[*]}"
fi

chromedriver=$(command -v chromedriver || echo /usr/bin/chromedriver)
[ -x "$chromedriver" ] || { echo "check-room-browser: chromedriver is missing" >&2; exit 1; }
mkdir -p target/screenshots
CHROMEDRIVER="$chromedriver" CHROMIUM="${CHROMIUM:-/usr/bin/chromium}" \
  timeout 600 cargo run --quiet --example room_browser --features browser-test -- \
  target/screenshots/phone.png
