import Foundation

/// ISO dates as the store writes and compares them.
public enum StoreDate {
    /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public static func isISODate(_ text: String) -> Bool {
        SearchPlan.isISODate(text)
    }

    /// Today's date in UTC as `YYYY-MM-DD`.
    public static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
