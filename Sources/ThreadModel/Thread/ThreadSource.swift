/// Where a thread came from, e.g. `xueqiu`; kept as written so unknown sources survive a round trip.
public struct ThreadSource: Hashable, Sendable, CustomStringConvertible {
    /// The source's name as stored in `tread-thread/1`.
    public var rawValue: String

    /// A source named `rawValue`.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Xueqiu (雪球), from page text or its API JSON.
    public static let xueqiu = ThreadSource("xueqiu")
    /// Written by tread itself or by hand in `tread-thread/1` with no other source named.
    public static let tread = ThreadSource("tread")

    /// The source's name.
    public var description: String { rawValue }
}
