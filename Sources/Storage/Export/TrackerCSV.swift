/// The tracker list as CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order
/// mark (so Excel reads it as UTF-8), every field quoted, CRLF line ends, ISO dates.
public enum TrackerCSV {
    /// The column names, in order.
    public static let header = [
        "id", "authority", "kind", "label", "theme", "text", "owners", "due", "status", "status_date", "progress",
        "observations", "overdue",
    ]

    /// The CSV text of `items`; `overdueAt` fills the overdue column (`yes`/`no`), blank when nil.
    public static func render(_ items: [TrackedItem], overdueAt: String? = nil) -> String {
        var out = "\u{FEFF}" + line(header)
        for item in items {
            out += line([
                item.id, item.authority ?? "", item.kind.rawValue, item.label ?? "", item.theme ?? "", item.text,
                item.owners.joined(separator: "; "), item.due ?? "", item.status?.rawValue ?? "", item.statusDate ?? "",
                item.progress ?? "", String(item.observationCount), overdueAt.map { item.isOverdue(at: $0) ? "yes" : "no" } ?? "",
            ])
        }
        return out
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    /// One quoted field; a leading `=`, `+`, `@` or `-` is prefixed with `'` so a spreadsheet
    /// shows it as text instead of running it as a formula.
    static func quote(_ field: String) -> String {
        var text = field
        if let first = text.first, "=+@-".contains(first), !(first == "-" && text.dropFirst().first?.isNumber == true) {
            text = "'" + text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
