#!/usr/bin/env bash
# Proves that the Debian package installs Kanoscope as a desktop app, on this machine, the way a
# colleague would use it: builds it (scripts/package-deb.sh), installs it with dpkg -i, checks
# the binary's version, the desktop entry (desktop-file-validate), the icons, the file type of
# *.kano.json and that Kanoscope is its default application (xdg-mime), opens a project with the
# installed binary under Xvfb and takes a screenshot, opens one the way a double-click does
# (xdg-open: file type, default application, the entry's Exec line) and takes a picture of the
# screen, then removes the package and checks that nothing of it is left. The pictures stay in
# target/package-check/.
#
# Run as root (CI does) or with sudo. It refuses to touch a Kanoscope installed by someone else,
# and removes its own package even when a check fails. Needs scripts/install-screenshot-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/package-check
identify=/usr/bin/identify
convert=/usr/bin/convert
mime=application/x-kanoscope-project
sizes=(16 24 32 48 64 128 256 512)
start=$SECONDS

fail() {
  echo "check-package: $*" >&2
  exit 1
}
step() { printf 'check-package: %s (%ds)\n' "$1" "$((SECONDS - start))"; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
for tool in dpkg dpkg-deb desktop-file-validate update-desktop-database update-mime-database \
  xdg-mime xdg-open mimetype xwininfo xprop import xvfb-run "$identify" "$convert"; do
  command -v "$tool" >/dev/null || fail "$tool is missing; run scripts/install-screenshot-deps.sh"
done
if dpkg-query -W -f='${Status}' kanoscope 2>/dev/null | grep -q "install ok installed"; then
  fail "a kanoscope package is already installed here; this check will not replace it (dpkg -r kanoscope)"
fi
rm -rf "$out"
mkdir -p "$out"

step "building the package"
deb=$(bash scripts/package-deb.sh | tail -n 1)
[ -f "$deb" ] || fail "scripts/package-deb.sh wrote no package"
dpkg-deb --info "$deb" >"$out/control.txt"
dpkg-deb --contents "$deb" >"$out/contents.txt"

step "installing $deb"
remove() {
  if dpkg-query -W -f='${Status}' kanoscope 2>/dev/null | grep -q "install ok installed"; then
    $sudo dpkg -r kanoscope >/dev/null
  fi
}
trap remove EXIT
$sudo dpkg -i "$deb" >"$out/dpkg-install.log" 2>&1 || {
  cat "$out/dpkg-install.log" >&2
  fail "dpkg -i $deb failed (a Depends missing? scripts/install-screenshot-deps.sh installs them)"
}

step "the installed binary"
bin=$(command -v kanoscope) || fail "kanoscope is not on PATH after installing"
[ "$bin" = /usr/bin/kanoscope ] || fail "kanoscope is $bin, expected /usr/bin/kanoscope"
pkgid=$(cargo pkgid --quiet)
expected="kanoscope ${pkgid##*[#@]} (commit $(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown))"
actual=$(/usr/bin/kanoscope --version)
[ "$actual" = "$expected" ] || fail "kanoscope --version says '$actual', expected '$expected'"
echo "  $actual"

step "the desktop entry and the icons"
entry=/usr/share/applications/kanoscope.desktop
[ -f "$entry" ] || fail "$entry is not installed"
desktop-file-validate "$entry" || fail "$entry does not pass desktop-file-validate"
exec_line=$(sed -n 's/^Exec=//p' "$entry")
[ "$exec_line" = "kanoscope %f" ] || fail "$entry: Exec=$exec_line, expected 'kanoscope %f'"
grep -qx "Icon=kanoscope" "$entry" || fail "$entry does not name the icon kanoscope"
grep -q "^MimeType=.*$mime;" "$entry" || fail "$entry does not open $mime"
for size in "${sizes[@]}"; do
  icon=/usr/share/icons/hicolor/${size}x${size}/apps/kanoscope.png
  [ "$("$identify" -format '%wx%h' "$icon" 2>/dev/null)" = "${size}x${size}" ] ||
    fail "$icon is missing or not ${size}x${size}"
done
[ -f /usr/share/icons/hicolor/scalable/apps/kanoscope.svg ] || fail "the scalable icon is missing"
for licence in copyright licenses/NotoSansSC-Kanoscope-OFL.txt licenses/egui-fonts/UFL.txt \
  licenses/crates.txt; do
  [ -s "/usr/share/doc/kanoscope/$licence" ] || fail "/usr/share/doc/kanoscope/$licence is missing"
done

step "the file type and its default application"
# dpkg's triggers ran update-mime-database and update-desktop-database during dpkg -i.
grep -q "^[0-9]*:$mime:\*\.kano\.json" /usr/share/mime/globs2 ||
  fail "/usr/share/mime/globs2 has no *.kano.json: the MIME database was not updated"
grep -q "^$mime=.*kanoscope.desktop" /usr/share/applications/mimeinfo.cache ||
  fail "mimeinfo.cache does not list kanoscope.desktop for $mime"
default=$(xdg-mime query default "$mime")
[ "$default" = kanoscope.desktop ] ||
  fail "xdg-mime query default $mime says '$default', expected kanoscope.desktop"
echo "  $mime (*.kano.json) opens with $default"

step "opening a project with the installed binary under Xvfb"
project="$out/Metro line 11.kano.json"
cp assets/samples/metro.kano.json "$project"
png="$out/installed-results.png"
# The program the desktop entry runs, found on PATH as the desktop finds it.
program=$(command -v "${exec_line%% *}")
if ! LIBGL_ALWAYS_SOFTWARE=1 timeout 120 xvfb-run -a -s "-screen 0 1920x1200x24" \
  "$program" screenshot "$project" --view results --size 1024x768 -o "$png" >"$out/screenshot.log" 2>&1; then
  sed 's/^/  /' "$out/screenshot.log" >&2
  fail "$program screenshot of $project failed or timed out"
fi
[ "$("$identify" -format '%wx%h' "$png" 2>/dev/null)" = 1024x768 ] || fail "$png is not 1024x768"
colours=$("$convert" "$png" -format '%k' info: 2>/dev/null || echo 0)
[ "$colours" -gt 50 ] || fail "$png has only $colours colours: the window looks blank"
echo "  $png, 1024x768, $colours colours"

step "double-clicking the project: xdg-open, as a file manager does, under Xvfb"
# xdg-open finds the file's type in the MIME database, its default application, and runs the
# desktop entry's Exec line on it: the studio opens the project. A throwaway HOME keeps the
# user's own file associations and the studio's settings out of it.
filetype=$(xdg-mime query filetype "$project")
[ "$filetype" = "$mime" ] || fail "xdg-mime query filetype '$project' says '$filetype', expected $mime"
home=$(mktemp -d)
title="$(basename "$project") — Kanoscope"
png="$out/double-clicked.png"
if ! HOME="$home" LIBGL_ALWAYS_SOFTWARE=1 timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
  bash -c '
    setsid xdg-open "$1" >"$3/xdg-open.log" 2>&1 &
    opener=$!
    found=1
    # Wait (60 s at most) until a window carries the project in its title: the studio opened it.
    for _ in $(seq 120); do
      if xwininfo -root -tree | grep -qF "\"$2\""; then found=0; break; fi
      sleep 0.5
    done
    if [ "$found" -eq 0 ]; then
      import -window root "$4"
      # The window class the desktop matches to the entry, and the start of its icon property.
      xprop -name "$2" WM_CLASS >"$3/window-class.txt"
      xprop -name "$2" _NET_WM_ICON | grep -o "Icon ([0-9]* x [0-9]*)" >"$3/window-icon.txt"
    fi
    kill -- -"$opener" 2>/dev/null
    exit "$found"
  ' double-click "$project" "$title" "$out" "$png" >"$out/double-click.log" 2>&1; then
  sed 's/^/  /' "$out/double-click.log" "$out/xdg-open.log" >&2 || true
  rm -rf "$home"
  fail "xdg-open '$project' did not open a window titled '$title' within 60 s"
fi
rm -rf "$home"
grep -q '"kanoscope"$' "$out/window-class.txt" ||
  fail "the window's class is $(cat "$out/window-class.txt"), not kanoscope: the desktop cannot tie it to its entry"
grep -qx "Icon (128 x 128)" "$out/window-icon.txt" ||
  fail "the window has no 128-pixel icon (src/app/desktop.rs): $(cat "$out/window-icon.txt")"
colours=$("$convert" "$png" -format '%k' info: 2>/dev/null || echo 0)
[ "$colours" -gt 50 ] || fail "$png has only $colours colours: the studio's window looks blank"
echo "  a window titled '$title' opened, class kanoscope, with its icon; $png, $colours colours"

step "removing the package"
$sudo dpkg -r kanoscope >"$out/dpkg-remove.log" 2>&1 || fail "dpkg -r kanoscope failed"
trap - EXIT
for gone in /usr/bin/kanoscope "$entry" /usr/share/mime/packages/kanoscope.xml \
  /usr/share/icons/hicolor/256x256/apps/kanoscope.png /usr/share/doc/kanoscope; do
  [ ! -e "$gone" ] || fail "$gone is still there after dpkg -r"
done
! grep -q "$mime" /usr/share/mime/globs2 || fail "the MIME database still knows $mime after dpkg -r"
[ -z "$(xdg-mime query default "$mime")" ] || fail "$mime still has a default application after dpkg -r"

step "done: the package installs, opens a project and removes cleanly"
