import Testing
import ThreadModel

@Suite("Exact and partial times")
struct ReplyTimeTests {
    @Test("Xueqiu's epoch milliseconds show in China time whatever the machine's zone")
    func chinaTime() {
        let time = CivilTime(milliseconds: 1_709_258_400_000, utcOffsetMinutes: CivilTime.chinaOffsetMinutes)
        #expect(time.shortForm == "2024-03-01 10:00")
        #expect(time.iso8601 == "2024-03-01T10:00:00+08:00")
    }

    @Test("ISO 8601 reads and writes back the same", arguments: [
        "2024-03-01T10:00:00+08:00", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00.250-05:30", "1960-01-01T00:00:00Z",
    ])
    func isoRoundTrip(text: String) throws {
        let time = try #require(CivilTime(iso8601: text))
        #expect(time.iso8601 == text)
    }

    @Test("impossible dates are not times", arguments: ["2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T10:00", "2024-01-01"])
    func invalid(text: String) {
        #expect(CivilTime(iso8601: text) == nil)
        #expect(ReplyTime(stored: text) == nil)
    }

    @Test("partial times are kept and shown as given")
    func partial() {
        #expect(ReplyTime(stored: "02-23 11:29") == .partial("02-23 11:29"))
        #expect(ReplyTime(stored: "昨天 12:00")?.shown == "昨天 12:00")
    }

    @Test("the same instant in two zones differs only in how it shows")
    func zones() throws {
        let utc = try #require(CivilTime(iso8601: "2024-03-01T02:00:00Z"))
        let china = try #require(CivilTime(iso8601: "2024-03-01T10:00:00+08:00"))
        #expect(utc.milliseconds == china.milliseconds)
        #expect(utc.shortForm == "2024-03-01 02:00")
    }
}
