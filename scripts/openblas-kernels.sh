#!/usr/bin/env sh
# Prints, one per line, the OpenBLAS kernels (OPENBLAS_CORETYPE values) that
# this CPU can run and that round differently from each other, so that the
# test suite can be run under each (DESIGN §6: no result may depend on the
# kernel the CPU picks):
#   Haswell   AVX2 + FMA (most x86-64 machines pick it or Zen, which shares it)
#   SkylakeX  AVX-512 (Skylake-SP, Ice Lake, Sapphire Rapids, Zen 4)
#   Prescott  SSE3, no FMA: runs on every x86-64
# A kernel the CPU lacks the instructions for stops with an illegal
# instruction, so it is left out, with a note on standard error.
# Nothing is printed on other architectures.
set -eu
[ "$(uname -m)" = x86_64 ] || exit 0
flags=$(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null || true)
has() { for f in "$@"; do case " $flags " in *" $f "*) ;; *) return 1 ;; esac; done; }
if has avx2 fma; then echo Haswell; else echo "openblas-kernels: no AVX2/FMA here, Haswell left out" >&2; fi
if has avx512f avx512dq avx512bw avx512vl; then
  echo SkylakeX
else
  echo "openblas-kernels: no AVX-512 here, SkylakeX left out (Prescott stands in as the second kernel)" >&2
fi
echo Prescott
