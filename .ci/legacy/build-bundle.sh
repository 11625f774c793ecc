#!/usr/bin/env bash
# The bundle for the desks: Kylin V10 / UOS 20 and every x86_64 Linux with glibc >= 2.28,
# built on this machine (glibc 2.36) without a container (docs/BUNDLE.md).
#
#   make bundle-legacy      ->   dist/legacy/intake-desk/{intake-desk,intake}
#
# 1. CPython 3.11 built for glibc 2.28 with zig (build-python.sh, cached in build/legacy).
# 2. The project's pinned wheels for manylinux_2_28_x86_64 (.ci/constraints/), downloaded by
#    the development environment's pip (the legacy Python has no ssl module, by design) and
#    installed into a virtual environment of the legacy Python from those files alone.
# 3. PyInstaller (its Linux bootloader is built for glibc 2.17) freezes build.spec with it.
# 4. The bundle must need no more than GLIBC_2.28 and GLIBCXX_3.4.25 (libstdc++ and libgcc_s
#    are the desk's, as for any manylinux wheel), carry no QtNetwork, and pass its selftest.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$ROOT/build/legacy
TARGET=${LEGACY_WHEELS:-manylinux_2_28_x86_64}
GLIBC_MAX=${GLIBC_MAX:-2.28}
GLIBCXX_MAX=${GLIBCXX_MAX:-3.4.25}
HOST_PY=${HOST_PY:-$ROOT/.venv/bin/python}
DIST=$ROOT/dist/legacy
started=$(date +%s)

bash "$ROOT/.ci/legacy/build-python.sh" "$WORK"
PY=$WORK/python/bin/python3.11

echo "== wheels for $TARGET" >&2
CONSTRAINTS=$ROOT/.ci/constraints/$TARGET.txt
platforms=$("$HOST_PY" -c "
import sys; sys.path.insert(0, '$ROOT/.ci')
from constraints import platforms
print(' '.join('--platform=' + tag for tag in platforms('$TARGET')))")
mkdir -p "$WORK/wheelhouse"
# shellcheck disable=SC2046  # one word per platform tag
"$HOST_PY" -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
  --python-version 3.11 $platforms -d "$WORK/wheelhouse" -c "$CONSTRAINTS" \
  -r <(sed -n '/^[A-Za-z]/p' "$CONSTRAINTS") "pyinstaller>=6.10,<7" "setuptools>=77"

echo "== the legacy Python's environment" >&2
rm -rf "$WORK/venv"
"$PY" -m venv "$WORK/venv"
VPIP=("$WORK/venv/bin/python" -m pip --disable-pip-version-check --quiet)
"${VPIP[@]}" install --no-index --find-links "$WORK/wheelhouse" "pyinstaller>=6.10,<7" \
  "setuptools>=77"
"${VPIP[@]}" install --no-index --find-links "$WORK/wheelhouse" --no-build-isolation \
  -c "$CONSTRAINTS" "$ROOT"

echo "== freezing" >&2
rm -rf "$DIST/intake-desk"
(cd "$ROOT" && "$WORK/venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" build.spec)
BUNDLE=$DIST/intake-desk

echo "== checks" >&2
"$HOST_PY" "$ROOT/.ci/glibc_ceiling.py" "$BUNDLE" --max "$GLIBC_MAX" --max-glibcxx "$GLIBCXX_MAX"
"$HOST_PY" "$ROOT/.ci/bundle_contents.py" "$BUNDLE"
INTAKE_DATA=$WORK/selftest-data "$BUNDLE/intake" selftest
"$BUNDLE/intake" --help >/dev/null  # imports every command's module
echo "built $BUNDLE in $(( $(date +%s) - started )) s:" \
  "$(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f -exec sh -c \
  'head -c4 "$1" | grep -q ELF && echo x' _ {} \; | wc -l) ELF files" >&2
