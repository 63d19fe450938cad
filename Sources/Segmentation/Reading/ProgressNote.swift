/// Tidies a progress note: whitespace collapsed, surrounding brackets and leading
/// punctuation removed; nil when nothing is left.
package enum ProgressNote {
    /// The note without its status word's leftovers and surrounding brackets.
    package static func clean(_ text: String) -> String? {
        var note = TextTools.collapse(TextTools.stripTags(text))
        while let first = note.first, first == "-" || first == "–" || first == ":" || first == "," || first == "." {
            note = String(note.dropFirst()).trimmingCharacters()
        }
        if note.hasPrefix("("), note.hasSuffix(")") {
            let inner = note.dropFirst().dropLast()
            // Only strip when the brackets enclose the whole note.
            var depth = 0
            var balanced = true
            for ch in inner {
                if ch == "(" { depth += 1 }
                if ch == ")" { depth -= 1; if depth < 0 { balanced = false; break } }
            }
            if balanced { note = String(inner).trimmingCharacters() }
        } else if note.hasPrefix("("), !note.dropFirst().contains("(") {
            note = String(note.dropFirst()).trimmingCharacters()
            if note.hasSuffix(")") { note = String(note.dropLast()) }
        }
        return note.isEmpty ? nil : note
    }
}
