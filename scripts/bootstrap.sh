#!/usr/bin/env bash
# Installs what ikuplan needs on a fresh Debian machine with the Swift
# toolchain: OpenBLAS (BLAS + LAPACK, Debian's libopenblas-dev) and
# pkg-config, which SwiftPM uses to find it. Does nothing when both are
# there. Needs root (apt-get).
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists openblas; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y libopenblas-dev pkg-config
