/// Tidies a progress note: each paragraph loses one leading "(" and one trailing ")",
/// paragraphs are joined with single spaces; nil when nothing is left.
package enum ProgressNote {
    /// The note without surrounding brackets, paragraph by paragraph.
    package static func clean(_ text: String) -> String? {
        var paragraphs: [String] = []
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var note = TextTools.collapse(TextTools.stripTags(String(raw)))
            while let first = note.first, first == "-" || first == "–" || first == ":" || first == "," {
                note = String(note.dropFirst()).trimmingCharacters()
            }
            if note.hasPrefix("(") { note = String(note.dropFirst()).trimmingCharacters() }
            if note.hasSuffix(")") {
                let opens = note.filter { $0 == "(" }.count
                let closes = note.filter { $0 == ")" }.count
                if closes > opens { note = String(note.dropLast()).trimmingCharacters() }
            }
            if !note.isEmpty { paragraphs.append(note) }
        }
        let note = TextTools.collapse(paragraphs.joined(separator: " "))
        return note.isEmpty ? nil : note
    }
}
