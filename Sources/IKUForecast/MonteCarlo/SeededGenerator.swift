/// A seeded pseudo-random generator: xoshiro256** (Blackman & Vigna 2021,
/// "Scrambled linear pseudorandom number generators", ACM TOMS 47:36),
/// seeded through SplitMix64 as its authors recommend.
///
/// The same seed gives the same stream on every run and machine, which is
/// what makes Monte Carlo output reproducible bit for bit (DESIGN §4). The
/// standard library's `SystemRandomNumberGenerator` cannot be seeded, and no
/// package on this toolchain provides a seedable generator, hence this one
/// (25 lines of the reference algorithm).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// Creates a generator from a seed.
  public init(seed: UInt64) {
    var x = seed
    func splitMix() -> UInt64 {
      x &+= 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  /// A uniform double in the open interval (0, 1): 53 random bits, offset
  /// by half a step so that neither end occurs.
  public mutating func nextOpenUnit() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1p-53
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}
