#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Meeus states his series in degrees; these keep the formulas readable as printed.
@inline(__always) func sinDeg(_ degrees: Double) -> Double { sin(degrees * .pi / 180) }

/// An angle reduced to [0, 360).
@inline(__always) func normalizedDegrees(_ degrees: Double) -> Double {
    let r = degrees.truncatingRemainder(dividingBy: 360)
    return r < 0 ? r + 360 : r
}
