#!/usr/bin/env bash
# The desks' bundle tried on a system as old as the desks: a Debian 11 root (glibc 2.31,
# older than Kylin V10's own libraries; debootstrap) holding only what a Kylin/UOS desktop
# has for a Qt program (X11/xcb, fontconfig, GL, D-Bus, GLib) and no Python at all.
#
#   .ci/bundle_smoke.sh BUNDLE_DIR [ROOT]      (ROOT: build/bullseye-root, made when missing)
#
# In the root: `intake selftest`; `intake verify` of a disc burnt on the build machine; a
# register with a delivery, the disc recorded and the verification sheet printed to PDF; the
# window on a 1366x768 Xvfb screen, whose screenshot is left in build/smoke/window.png.
# Needs root (chroot, mounts), debootstrap, Xvfb and ImageMagick's `import`.
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "$1" && pwd)
CHROOT=${2:-$ROOT_DIR/build/bullseye-root}
OUT=$ROOT_DIR/build/smoke
HOST_PY=${HOST_PY:-$ROOT_DIR/.venv/bin/python}
DISPLAY_NUMBER=${SMOKE_DISPLAY:-97}
DESKTOP_LIBRARIES=libx11-6,libx11-xcb1,libxcb1,libxcb-cursor0,libxcb-icccm4,libxcb-image0,\
libxcb-keysyms1,libxcb-randr0,libxcb-render-util0,libxcb-shape0,libxcb-xinerama0,libxcb-xkb1,\
libxcb-xfixes0,libxcb-sync1,libxcb-shm0,libxkbcommon0,libxkbcommon-x11-0,libfontconfig1,\
libfreetype6,libgl1,libegl1,libdbus-1-3,libglib2.0-0,libxrender1,libxi6,fonts-dejavu-core
started=$(date +%s)
for tool in debootstrap Xvfb import; do
  command -v "$tool" >/dev/null ||
    { echo "the smoke test needs $tool: apt-get install debootstrap xvfb imagemagick" >&2; exit 1; }
done

if [ ! -x "$CHROOT/bin/sh" ]; then
  echo "== making the Debian 11 root (a few minutes)" >&2
  debootstrap --variant=minbase --include="$DESKTOP_LIBRARIES" bullseye "$CHROOT" \
    http://deb.debian.org/debian >/dev/null
fi
if chroot "$CHROOT" sh -c 'command -v python3' >/dev/null; then
  echo "the root has a Python: the smoke test must show the bundle needs none" >&2
  exit 1
fi
echo "glibc in the root: $(chroot "$CHROOT" ldd --version | head -n 1)" >&2

rm -rf "$CHROOT/opt/intake-desk" "$CHROOT/smoke" "$OUT"
mkdir -p "$CHROOT/smoke" "$OUT"
cp -a "$BUNDLE" "$CHROOT/opt/intake-desk"
# A disc as a unit sends it, burnt here with the project's own demo material.
"$HOST_PY" - "$CHROOT/smoke/disc.iso" <<'BURN'
import sys
from pathlib import Path

sys.path.insert(0, ".")
from app.demo.burn import write_iso
from app.demo.season import UNITS, disc_files

write_iso(Path(sys.argv[1]), disc_files(UNITS[0]), label="SMOKE")
BURN

mounted=()
cleanup() {
  [ -n "${window:-}" ] && kill "$window" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
for place in proc dev tmp/.X11-unix; do
  mkdir -p "$CHROOT/$place" "/$place"
  mount --bind "/$place" "$CHROOT/$place"
  mounted+=("$CHROOT/$place")
done

in_root() {  # run a command of the bundle's in the root, as a clerk's session would
  chroot "$CHROOT" env -i HOME=/smoke/home LANG=C.UTF-8 PATH=/usr/bin:/bin \
    INTAKE_DATA=/smoke/data DISPLAY=":$DISPLAY_NUMBER" "$@"
}
expect_exit() {  # expect_exit "0 10" command...: fail on any other exit (70 is our fault)
  local allowed=$1 code=0
  shift
  in_root "$@" >>"$OUT/commands.log" 2>&1 || code=$?
  if ! grep -qw -- "$code" <<<"$allowed"; then
    echo "failed (exit $code): $*" >&2
    tail -n 30 "$OUT/commands.log" >&2
    exit 1
  fi
  echo "ok (exit $code): $*" >&2
}

expect_exit 0 /opt/intake-desk/intake selftest
expect_exit "0 10 20" /opt/intake-desk/intake verify /smoke/disc.iso
# A desk without a system keyring (this root has none) keeps the audit key in a file.
expect_exit 0 /opt/intake-desk/intake audit make-keyfile
expect_exit 0 /opt/intake-desk/intake receive --unit 西安市数据局 --at "2025-10-20 09:40" \
  --by 张三 --note 冒烟测试
expect_exit "0 10 20" /opt/intake-desk/intake disc add /smoke/disc.iso --unit 西安市数据局
disc=$(in_root /opt/intake-desk/intake --lang en status --json - |
  "$HOST_PY" -c "import json,sys; print(json.load(sys.stdin)['units'][0]['discs'][0]['number'])")
expect_exit 0 /opt/intake-desk/intake sheet "$disc" --pdf /smoke/sheet.pdf
expect_exit 0 /opt/intake-desk/intake audit verify
cp "$CHROOT/smoke/sheet.pdf" "$OUT/sheet.pdf"

echo "== the window on Xvfb :$DISPLAY_NUMBER (1366x768)" >&2
Xvfb ":$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
in_root /opt/intake-desk/intake-desk >"$OUT/window.log" 2>&1 &
window=$!
shown=""
for _ in $(seq 1 60); do
  sleep 1
  if ! kill -0 "$window" 2>/dev/null; then
    echo "the window ended by itself:" >&2
    cat "$OUT/window.log" >&2
    exit 1
  fi
  # The window is up once the screen is no longer one colour.
  import -display ":$DISPLAY_NUMBER" -window root "$OUT/window.png" 2>/dev/null || continue
  colours=$(convert "$OUT/window.png" -format '%k' info: 2>/dev/null || echo 1)
  if [ "${colours:-1}" -gt 50 ]; then
    sleep 3  # let it finish drawing
    import -display ":$DISPLAY_NUMBER" -window root "$OUT/window.png"
    shown=yes
    break
  fi
done
[ -n "$shown" ] || { echo "no window appeared in 60 s" >&2; cat "$OUT/window.log" >&2; exit 1; }
echo "bundle smoke test passed in $(( $(date +%s) - started )) s; screenshot: $OUT/window.png" >&2
