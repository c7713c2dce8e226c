#!/usr/bin/env bash
# Installs what ikuplan needs on a fresh Debian machine with the Swift
# toolchain, when it is missing: OpenBLAS (BLAS + LAPACK, Debian's
# libopenblas-dev), zlib and libxml2 (reading .xlsx workbooks through
# ZIPFoundation and FoundationXML), libxlsxwriter (writing .xlsx
# workbooks), SQLite (the workspace's database, through GRDB: Debian's
# libsqlite3-dev), {fmt} (its Dragonbox writes panel forecasts: Debian's
# libfmt-dev), and pkg-config, through which SwiftPM finds them.
# Needs root (apt-get).
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists openblas zlib libxml-2.0 xlsxwriter sqlite3 fmt; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y libopenblas-dev pkg-config zlib1g-dev libxml2-dev libxlsxwriter-dev \
  libsqlite3-dev libfmt-dev
