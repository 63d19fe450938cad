/// Turns timeframe words into an ISO due date: the end of a range, the start of an
/// open-ended one, the day when stated.
///
/// "Dec 08 – Mar 09" → "2009-03", "Jan 09 –ongoing" → "2009-01", "Sept 08" → "2008-09",
/// "14 October 2009" → "2009-10-14", "Ongoing" → nil.
package enum DueDateParser {
    private static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10),
        ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ]

    /// One date found in the words.
    struct Found {
        var year: Int?
        var month: Int
        var day: Int?
    }

    /// The normalised due date, or nil when the words state none.
    /// An aside in brackets ("31/12/2025 (revised from 30/06/2025)") is read only when the
    /// words outside it state no date.
    package static func due(_ text: String) -> String? {
        let outside = text.replacing(Pattern.bracketedAside, with: " ")
        if outside != text, let found = due(outside) { return found }
        guard let last = dates(in: text).last else { return financialPeriodEnd(text) }
        return format(last)
    }

    /// The end of a UK financial quarter or year the words name, when they name no month:
    /// "Q3 2024/25" → "2024-12", "2024/25" → "2025-03"; the last year of a span of calendar
    /// years: "2025–2026" → "2026"; the last month of a season: "Summer 2026" → "2026-08";
    /// nil otherwise.
    static func financialPeriodEnd(_ text: String) -> String? {
        // A season ends with its last month: spring in May, summer in August, autumn in
        // November, winter in the February after ("Winter 2025/26", "Winter 2025" → 2026-02).
        if let match = text.firstMatch(of: Pattern.season), let year = Int(match.output.2) {
            switch match.output.1.lowercased() {
            case "spring": return "\(year)-05"
            case "summer": return "\(year)-08"
            case "autumn": return "\(year)-11"
            default: return "\(year + 1)-02"
            }
        }
        if let match = text.firstMatch(of: Pattern.financialQuarter),
           let quarter = Int(match.output.1), let start = Int(match.output.2) {
            let (year, month) = quarter == 4 ? (start + 1, 3) : (start, 3 + 3 * quarter)
            return "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
        if let match = text.firstMatch(of: Pattern.financialYear), let start = Int(match.output.1),
           let end = Int(match.output.2), (start + 1) % 100 == end {
            return "\(start + 1)-03"
        }
        if let match = text.firstMatch(of: Pattern.calendarYearRange), let start = Int(match.output.1),
           let end = Int(match.output.2), end > start, end - start <= 10 {
            return "\(end)"
        }
        // A year alone, or in brackets after a timeframe's words ("2026", "Long term (2026)").
        if let match = text.wholeMatch(of: Self.bareYear) ?? text.firstMatch(of: Self.bracketedYear),
           let year = Int(match.output.1), (2000...2099).contains(year) {
            return "\(year)"
        }
        return nil
    }

    /// A timeframe that is a year alone: "2026", "by 2026", "2026." .
    nonisolated(unsafe) static let bareYear = /(?:by |in |during |end of )?((?:19|20)[0-9]{2})\.?/
    /// A year in brackets closing a timeframe's words: "Long term (2026)".
    nonisolated(unsafe) static let bracketedYear = /\(((?:19|20)[0-9]{2})\)\s*$/

    /// The first full date the words state ("8 OCTOBER 2008" → "2008-10-08"), or nil.
    package static func firstDate(_ text: String) -> String? {
        dates(in: text).first.map(format)
    }

    private static func format(_ date: Found) -> String {
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        let year = date.year ?? 0
        if let day = date.day {
            return "\(year)-\(month)-\(day < 10 ? "0\(day)" : "\(day)")"
        }
        return "\(year)-\(month)"
    }

    /// Every month the words name, with its year (borrowed from the next date when missing).
    static func dates(in text: String) -> [Found] {
        let words = tokens(spellingOutMonths(text))
        var found: [Found] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if let month = month(word) {
                var date = Found(year: nil, month: month, day: nil)
                // A number before the month is its day, unless it is the year of a date before ("Dec 08 – Mar 09").
                // "4th March": the day may carry an ordinal ending.
                let back = index > 1 && ["st", "nd", "rd", "th"].contains(words[index - 1]) ? 2 : 1
                if index >= back, let day = Int(words[index - back]), (1...31).contains(day),
                   index < back + 1 || Self.month(words[index - back - 1]) == nil {
                    date.day = day
                }
                if index + 1 < words.count, let year = year(words[index + 1]) {
                    date.year = year
                    index += 1
                }
                found.append(date)
            }
            index += 1
        }
        // A month without a year takes the year of the next date that has one ("Jan -Mar 09").
        var nextYear: Int?
        for i in found.indices.reversed() {
            if let year = found[i].year { nextYear = year } else { found[i].year = nextYear }
        }
        return found.filter { $0.year != nil }
    }

    /// The text with each date written in figures, day first, given its month's name
    /// ("31/03/2025" → "31 march 2025"), so one reading serves both forms. A day or month
    /// out of range leaves the figures as they are.
    static func spellingOutMonths(_ text: String) -> String {
        guard text.contains(where: \.isNumber) else { return text }
        return text.replacing(Pattern.numericDate) { match -> String in
            guard let day = Int(match.output.1), (1...31).contains(day), let month = Int(match.output.3),
                  (1...12).contains(month), let name = months.first(where: { $0.1 == month })?.0 else {
                return String(match.output.0)
            }
            return "\(day) \(name) \(match.output.4)"
        }
    }

    private static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if let last = current.last, last.isNumber != ch.isNumber {
                    out.append(current)
                    current = ""
                }
                current.append(ch)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static func month(_ word: String) -> Int? {
        months.first { $0.0 == word }?.1
    }

    private static func year(_ word: String) -> Int? {
        guard word.allSatisfy(\.isNumber), let value = Int(word) else { return nil }
        if word.count == 4, (1990...2099).contains(value) { return value }
        if word.count == 2 { return 2000 + value }
        return nil
    }
}
