#!/usr/bin/env bash
# Installs what headless screenshots of the real window need: an X server (Xvfb), Mesa's
# software OpenGL (llvmpipe), the X11 client libraries winit loads at run time, and ImageMagick
# to check the pictures; and what building and checking the Debian package needs
# (scripts/package-deb.sh, scripts/check-package.sh): dpkg-dev and binutils to build it, the
# libraries it Depends on, and the desktop's file-type and menu tools it is checked with
# (xdg-open finds a file's type with libfile-mimeinfo-perl; xwininfo sees the window open).
# `cargo test` and `cargo run` need none of this.
# Debian/Ubuntu; run as root (CI does) or with sudo.
set -euo pipefail

packages=(xvfb xauth libgl1 libglx-mesa0 libegl1 libegl-mesa0 libgl1-mesa-dri
  libxkbcommon-x11-0 libxcursor1 libxi6 libx11-xcb1 imagemagick
  dpkg-dev binutils desktop-file-utils xdg-utils shared-mime-info hicolor-icon-theme
  libfile-mimeinfo-perl x11-utils)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "screenshot dependencies: all installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "screenshot dependencies: installed ${missing[*]}"
