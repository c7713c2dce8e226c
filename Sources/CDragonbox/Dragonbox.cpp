// {fmt}'s Dragonbox (fmt::detail::dragonbox::to_decimal) is the one
// function of the library's that is exported for double and that gives the
// digits and the exponent apart; its public API (fmt::format) spells them
// its own way ("1" for 1.0), not Swift's.
#include "CDragonbox.h"

#include <fmt/format.h>

extern "C" uint64_t ikuplan_shortest_decimal(double value, int32_t *exponent) {
  auto decimal = fmt::detail::dragonbox::to_decimal(value < 0 ? -value : value);
  *exponent = decimal.exponent;
  return decimal.significand;
}
