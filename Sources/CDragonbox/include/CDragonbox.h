// The shortest decimal of a double, by Dragonbox (Junekey Jeon, "Dragonbox:
// A New Floating-Point Binary-to-Decimal Conversion Algorithm", 2020) as
// {fmt} implements it (Debian's libfmt-dev). {fmt} is C++; Swift calls
// this one C function.
#ifndef IKUPLAN_CDRAGONBOX_H
#define IKUPLAN_CDRAGONBOX_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The shortest decimal significand s and exponent e with s × 10^e reading
/// back to `value`; of several such, the one closest to `value` (ties to
/// an even last digit). `value` is finite and not zero; the sign is
/// ignored. s has no trailing zeros and at most 17 digits.
uint64_t ikuplan_shortest_decimal(double value, int32_t *exponent);

#ifdef __cplusplus
}
#endif

#endif
