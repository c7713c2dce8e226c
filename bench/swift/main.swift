// ikuplan-bench: times the Monte Carlo core for bench/scenario_draws.sh.
//
// Draws N joint samples of four drivers (normal, uniform, triangular,
// lognormal; two of them correlated 0.3) through MonteCarloSampler
// (polar Box–Muller, Cholesky by dpotrf, dtrmm per block of draws), evaluates
// "min(a * b; c) / c * 100" over them and takes the median, 10th and 90th
// percentiles — the work of one scenario. Prints one JSON line with the best
// of five runs. Not a test: timings belong in bench/, never in unit tests.

import Foundation
import IKUForecast
import IKUPlan

let draws = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
LinearAlgebraBackend.limitThreads(to: 1)
let marginals: [Marginal] = [
  .normal(mean: 400, standardDeviation: 20),
  .uniform(minimum: 0.85, maximum: 0.98),
  .triangular(minimum: 900, mode: 1000, maximum: 1200),
  .lognormal(mean: 3_500_000, standardDeviation: 200_000),
]
var correlation = [Double](repeating: 0, count: 16)
for i in 0..<4 { correlation[i * 4 + i] = 1 }
correlation[0 * 4 + 2] = 0.3
correlation[2 * 4 + 0] = 0.3
let formula = try Expression(parsing: "min(a * b; c) / c * 100")

var best = Double.infinity
var checksum = 0.0
for _ in 0..<5 {
  let start = DispatchTime.now().uptimeNanoseconds
  let columns = try MonteCarloSampler(
    marginals: marginals, correlation: correlation, draws: draws, seed: 42
  ).sample()
  let values = formula.evaluate(
    ["a": columns[0], "b": columns[1], "c": columns[2]], count: draws)
  checksum = EmpiricalQuantiles.of(values, at: [0.5, 0.1, 0.9]).reduce(0, +)
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  best = min(best, seconds)
}
print(
  "{\"tool\": \"ikuplan\", \"draws\": \(draws), \"seconds\": \(best), "
    + "\"drawsPerSecond\": \(Double(draws) / best), \"checksum\": \(checksum)}")
