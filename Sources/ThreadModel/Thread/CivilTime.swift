/// An instant in milliseconds since 1970 UTC, with the UTC offset it is shown in.
///
/// Formatting and parsing are done here, by arithmetic, so that output never depends on the
/// machine's time zone or locale.
public struct CivilTime: Hashable, Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64
    /// Minutes east of UTC to show the time in; China time is 480.
    public var utcOffsetMinutes: Int

    /// China Standard Time, the zone Xueqiu's times are meant in.
    public static let chinaOffsetMinutes = 480

    /// An instant shown at `utcOffsetMinutes` east of UTC.
    public init(milliseconds: Int64, utcOffsetMinutes: Int) {
        self.milliseconds = milliseconds
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// `YYYY-MM-DD HH:MM` in this time's own zone.
    public var shortForm: String {
        let fields = localFields
        return "\(pad(fields.year, 4))-\(pad(fields.month))-\(pad(fields.day)) \(pad(fields.hour)):\(pad(fields.minute))"
    }

    /// ISO 8601 with seconds, milliseconds when not zero, and the offset (`Z` for UTC).
    public var iso8601: String {
        let fields = localFields
        var text = "\(pad(fields.year, 4))-\(pad(fields.month))-\(pad(fields.day))"
        text += "T\(pad(fields.hour)):\(pad(fields.minute)):\(pad(fields.second))"
        if fields.millisecond != 0 { text += ".\(pad(fields.millisecond, 3))" }
        return text + offsetText
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`; a space may stand for `T`.
    public init?(iso8601 text: String) {
        var text = text
        guard let time = text.withUTF8({ CivilTime(iso8601UTF8: $0) }) else { return nil }
        self = time
    }

    /// Parses ISO 8601 from UTF-8 bytes, as ``init(iso8601:)`` does, without making a string.
    init?(iso8601UTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2), scanner.skip("T") || scanner.skip(" "),
              let hour = scanner.number(digits: 2), scanner.skip(":"),
              let minute = scanner.number(digits: 2)
        else { return nil }
        var second = 0
        var millisecond = 0
        if scanner.skip(":") {
            guard let value = scanner.number(digits: 2) else { return nil }
            second = value
            if scanner.skip(".") {
                guard let fraction = scanner.fraction(digits: 3) else { return nil }
                millisecond = fraction
            }
        }
        guard let offset = scanner.utcOffset(), scanner.isAtEnd,
              (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let days = Int64(Self.daysSinceEpoch(year: year, month: month, day: day))
        let localSeconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        milliseconds = (localSeconds - Int64(offset * 60)) * 1000 + Int64(millisecond)
        utcOffsetMinutes = offset
    }

    /// Whether `text` begins `YYYY-`, the shape of an ISO 8601 date.
    static func looksLikeISO8601(_ text: String) -> Bool {
        looksLikeISO8601(text.utf8)
    }

    /// Whether `bytes` begin `YYYY-`.
    static func looksLikeISO8601(_ bytes: some Collection<UInt8>) -> Bool {
        var count = 0
        for byte in bytes.prefix(5) {
            guard count < 4 ? DigitScanner.isDigit(byte) : byte == UInt8(ascii: "-") else { return false }
            count += 1
        }
        return count == 5
    }

    private var offsetText: String {
        if utcOffsetMinutes == 0 { return "Z" }
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        let magnitude = abs(utcOffsetMinutes)
        return "\(sign)\(pad(magnitude / 60)):\(pad(magnitude % 60))"
    }

    private var localFields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) {
        let local = milliseconds + Int64(utcOffsetMinutes) * 60_000
        let (days, dayMilliseconds) = local.floorDivided(by: 86_400_000)
        let date = Self.civilDate(daysSinceEpoch: Int(days))
        let ms = Int(dayMilliseconds)
        return (date.year, date.month, date.day, ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000)
    }

    private func pad(_ value: Int, _ digits: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    // Howard Hinnant's days_from_civil and civil_from_days: exact for the proleptic Gregorian calendar.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Int64 {
    /// Division rounding toward negative infinity, with a remainder that is never negative.
    func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = self / divisor - (self % divisor < 0 ? 1 : 0)
        return (quotient, self - quotient * divisor)
    }
}
