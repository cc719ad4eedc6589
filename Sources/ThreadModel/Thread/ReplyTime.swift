/// When a post or reply was written: an exact instant, or a partial time kept as the source gave it.
///
/// Xueqiu's page text shows `02-23 11:29` with no year or zone; guessing either would invent
/// facts, so such a time stays a string and is shown as given.
public enum ReplyTime: Hashable, Sendable {
    /// An instant, with the UTC offset to show it in (Xueqiu: +08:00, China time).
    case exact(CivilTime)
    /// A time as the source wrote it, e.g. `02-23 11:29`.
    case partial(String)

    /// The time for a reader: `2024-02-23 11:29` in its own zone, or the partial form as given.
    public var shown: String {
        switch self {
        case .exact(let time): time.shortForm
        case .partial(let text): text
        }
    }

    /// The time as `tread-thread/1` stores it: ISO 8601 with offset, or the partial form.
    public var stored: String {
        switch self {
        case .exact(let time): time.iso8601
        case .partial(let text): text
        }
    }

    /// Reads a stored time: ISO 8601 when it starts like a date (`YYYY-`), else a partial time.
    ///
    /// Returns nil for text that starts like an ISO date but is not one, so a typo is reported
    /// rather than silently kept as a partial time.
    public init?(stored text: String) {
        if CivilTime.looksLikeISO8601(text) {
            guard let time = CivilTime(iso8601: text) else { return nil }
            self = .exact(time)
        } else {
            self = .partial(text)
        }
    }
}
