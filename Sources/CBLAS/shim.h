// OpenBLAS's CBLAS interface plus prototypes for the Fortran LAPACK
// routines ikuplan calls. Debian's libopenblas-dev ships no lapack.h, but
// libopenblas exports the Fortran symbols (`dgeqrf_`, ...).
//
// Fortran ABI (gfortran >= 8): every argument by pointer, SUBROUTINEs
// return void, INTEGER is a 32-bit int (OpenBLAS built without
// OPENBLAS_USE64BITINT), and every CHARACTER argument has a trailing hidden
// `size_t` length. Leaving the lengths out is undefined behaviour
// (OpenBLAS issue #2154).
#ifndef IKUPLAN_CBLAS_SHIM_H
#define IKUPLAN_CBLAS_SHIM_H

#include <stddef.h>
#include <cblas.h>

/// Householder QR factorisation A = Q R (LAPACK DGEQRF).
void dgeqrf_(const int *m, const int *n, double *a, const int *lda,
             double *tau, double *work, const int *lwork, int *info);

/// Multiplies by Q or Q^T from DGEQRF's reflectors (LAPACK DORMQR).
void dormqr_(const char *side, const char *trans, const int *m, const int *n,
             const int *k, const double *a, const int *lda,
             const double *tau, double *c, const int *ldc, double *work,
             const int *lwork, int *info, size_t side_len, size_t trans_len);

/// Solves a triangular system with one or more right-hand sides
/// (LAPACK DTRTRS).
void dtrtrs_(const char *uplo, const char *trans, const char *diag,
             const int *n, const int *nrhs, const double *a, const int *lda,
             double *b, const int *ldb, int *info, size_t uplo_len,
             size_t trans_len, size_t diag_len);

/// Estimates the reciprocal condition number of a triangular matrix
/// (LAPACK DTRCON).
void dtrcon_(const char *norm, const char *uplo, const char *diag,
             const int *n, const double *a, const int *lda, double *rcond,
             double *work, int *iwork, int *info, size_t norm_len,
             size_t uplo_len, size_t diag_len);

/// Cholesky factorisation of a symmetric positive definite matrix
/// (LAPACK DPOTRF).
void dpotrf_(const char *uplo, const int *n, double *a, const int *lda,
             int *info, size_t uplo_len);

/// Unblocked Householder QR (LAPACK DGEQR2): no block-size query, for
/// matrices of a few columns.
void dgeqr2_(const int *m, const int *n, double *a, const int *lda,
             double *tau, double *work, int *info);

/// Applies the reflectors of DGEQR2, unblocked (LAPACK DORM2R).
void dorm2r_(const char *side, const char *trans, const int *m, const int *n,
             const int *k, const double *a, const int *lda,
             const double *tau, double *c, const int *ldc, double *work,
             int *info, size_t side_len, size_t trans_len);

#endif
