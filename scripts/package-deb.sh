#!/usr/bin/env bash
# Builds the Debian/Ubuntu package of Kanoscope: target/debian/kanoscope_VERSION_ARCH.deb.
#
#   bash scripts/package-deb.sh        # prints the .deb's path as its last line
#
# What the package holds: the release binary in /usr/bin; the desktop entry and the icon in the
# hicolor theme (16-512 px and the SVG), so Kanoscope is in the applications menu; the file type
# application/x-kanoscope-project (*.kano.json) for shared-mime-info, which the desktop entry
# opens, so a double-click on a project opens it; the copyright file and the licence of every
# font compiled into the binary. dpkg's own triggers (shared-mime-info, desktop-file-utils,
# hicolor-icon-theme) refresh the MIME, desktop and icon caches, so there are no maintainer
# scripts.
#
# Built with dpkg-deb directly, not cargo-deb: nothing to compile or install besides dpkg-dev
# (for dpkg-shlibdeps), every file's place is spelled out here, and CI stays as fast as one
# release build.
#
# The version is Cargo.toml's; a build that is not the tagged release (tag vVERSION on HEAD)
# gets +gitDATE.COMMIT after it, so that a release always upgrades a snapshot of it.
# Environment: KANOSCOPE_MAINTAINER ("Name <address>") for the control file; CARGO_TARGET_DIR.
# Needs: cargo, dpkg-deb, dpkg-shlibdeps (dpkg-dev), strip (binutils), git (optional).
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022

fail() {
  echo "package-deb: $*" >&2
  exit 1
}
say() { echo "package-deb: $*" >&2; }

for tool in cargo dpkg-deb dpkg-shlibdeps strip gzip; do
  command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install dpkg-dev binutils)"
done

target="${CARGO_TARGET_DIR:-target}"
maintainer="${KANOSCOPE_MAINTAINER:-Kanoscope maintainers <maintainers@kanoscope.invalid>}"

# --- version: Cargo's, in Debian's spelling (a pre-release sorts before its release) ----------
pkgid=$(cargo pkgid --quiet)
cargo_version="${pkgid##*[#@]}"
version="${cargo_version//-/\~}"
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && ! git describe --exact-match --tags --match "v$cargo_version" HEAD >/dev/null 2>&1; then
  version="$version+git$(git log -1 --format=%cd --date=format:%Y%m%d HEAD).${commit:0:7}"
fi
# Files in the package carry the commit's time, so two builds of one commit are alike.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct HEAD 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
arch=$(dpkg --print-architecture)

# --- the binary ---------------------------------------------------------------------------------
say "building the release binary (cargo build --release --locked)"
cargo build --release --locked --quiet --bin kanoscope
binary="$target/release/kanoscope"
[ -x "$binary" ] || fail "$binary was not built"

# --- the tree the package installs --------------------------------------------------------------
root="$target/debian/kanoscope_${version}_${arch}"
rm -rf "$root"
mkdir -p "$root/DEBIAN"
install -D -m 755 "$binary" "$root/usr/bin/kanoscope"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/kanoscope"

install -D -m 644 packaging/linux/kanoscope.desktop "$root/usr/share/applications/kanoscope.desktop"
install -D -m 644 packaging/linux/kanoscope.xml "$root/usr/share/mime/packages/kanoscope.xml"

icons="$root/usr/share/icons/hicolor"
install -D -m 644 assets/icon/kanoscope.svg "$icons/scalable/apps/kanoscope.svg"
install -D -m 644 assets/icon/kanoscope.svg "$icons/scalable/mimetypes/application-x-kanoscope-project.svg"
found_sizes=0
for png in assets/icon/kanoscope-*.png; do
  size="${png##*-}"
  size="${size%.png}"
  install -D -m 644 "$png" "$icons/${size}x${size}/apps/kanoscope.png"
  install -D -m 644 "$png" "$icons/${size}x${size}/mimetypes/application-x-kanoscope-project.png"
  found_sizes=$((found_sizes + 1))
done
[ "$found_sizes" -gt 0 ] || fail "no icons in assets/icon/ (cargo run --example render_icon)"

# --- copyright and the licences of what is compiled in -----------------------------------------
doc="$root/usr/share/doc/kanoscope"
install -D -m 644 packaging/debian/copyright "$doc/copyright"
install -D -m 644 assets/fonts/OFL.txt "$doc/licenses/NotoSansSC-Kanoscope-OFL.txt"
# egui's default fonts are compiled in as well: their licence files come from the crate's source.
fonts_manifest=$(cargo metadata --locked --format-version 1 |
  grep -o '"manifest_path":"[^"]*/epaint_default_fonts-[^"]*/Cargo.toml"' | head -n 1 |
  sed 's/^"manifest_path":"//; s/"$//')
[ -n "$fonts_manifest" ] || fail "cannot find the source of epaint_default_fonts (cargo metadata)"
egui_fonts="$(dirname "$fonts_manifest")/fonts"
for licence in Hack-Regular.txt OFL.txt UFL.txt emoji-icon-font-mit-license.txt egui-icons.txt; do
  [ -f "$egui_fonts/$licence" ] || fail "$egui_fonts/$licence is missing: has egui changed its fonts?"
  install -D -m 644 "$egui_fonts/$licence" "$doc/licenses/egui-fonts/$licence"
done
{
  echo "The Rust crates compiled into /usr/bin/kanoscope ($arch), with their licences"
  echo "(from cargo tree; each crate's licence text is in its source on crates.io)."
  echo
  cargo tree --locked --edges normal --prefix none --format '{p} | {l}' |
    sed 's/ (\/[^)]*)//; s/ (\*)$//' | sort -u
} >"$doc/licenses/crates.txt"
chmod 644 "$doc/licenses/crates.txt"
{
  echo "kanoscope ($version) unstable; urgency=medium"
  echo
  echo "  * Built from commit $commit by scripts/package-deb.sh."
  echo
  echo " -- $maintainer  $(date -R -u -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$doc/changelog.Debian.gz"
chmod 644 "$doc/changelog.Debian.gz"

# --- what it needs at run time ------------------------------------------------------------------
# Linked (objdump -p: NEEDED): only libc and libgcc_s; dpkg-shlibdeps names their packages.
shlibs_dir=$(mktemp -d)
trap 'rm -rf "$shlibs_dir"' EXIT
mkdir -p "$shlibs_dir/debian"
printf 'Source: kanoscope\n\nPackage: kanoscope\nArchitecture: any\n' >"$shlibs_dir/debian/control"
installed_binary=$(realpath "$root/usr/bin/kanoscope")
shlibs=$(cd "$shlibs_dir" && dpkg-shlibdeps -O -e "$installed_binary" 2>/dev/null |
  sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || fail "dpkg-shlibdeps found no libraries for the binary"
# Loaded at run time with dlopen (winit, glutin), so no tool sees them; the lists below are what
# LD_DEBUG=libs shows a window load:
# - X11, which works in every desktop session (Wayland sessions run XWayland): OpenGL through
#   GLX (libGL), Xlib, xcb, Xcursor, XInput and xkbcommon for the keyboard. Depends.
# - A native Wayland window (sharper on scaled screens) needs EGL and the Wayland libraries;
#   without them the window opens through XWayland. Recommends.
# - The system's Open/Save dialogs go through the XDG desktop portal (rfd); without one, zenity or
#   the studio's own file dialog is shown instead. Recommends.
depends="$shlibs, libgl1, libx11-6, libx11-xcb1, libxcb1, libxcursor1, libxi6, libxkbcommon0, libxkbcommon-x11-0"
recommends="libegl1, libwayland-client0, libwayland-cursor0, libwayland-egl1, xdg-desktop-portal, xdg-desktop-portal-gtk | xdg-desktop-portal-backend"
suggests="fonts-noto-cjk"

installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: kanoscope
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Recommends: $recommends
Suggests: $suggests
Section: science
Priority: optional
Description: desktop studio for the Kano model of customer satisfaction
 Kanoscope turns Kano question pairs ("How would you feel if the service had
 X? ... did not have X?") into each feature's category (Must-be,
 One-dimensional, Attractive, Indifferent, Reverse, Questionable), with
 Better/Worse coefficients, strength and significance, in tables and plots
 that update live as answers come in. It imports survey-platform exports,
 runs a survey on the spot, presents results full screen in a workshop, and
 exports reports, spreadsheets and plots. English and Simplified Chinese.
EOF
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

deb="$target/debian/kanoscope_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
say "built $deb ($(du -h "$deb" | cut -f1)), Depends: $depends"
echo "$deb"
