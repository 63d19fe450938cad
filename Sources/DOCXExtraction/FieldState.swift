/// One open Word field (`w:fldChar` begin…end, or `w:fldSimple`): while its instruction is
/// being read nothing is shown; its result is shown, linked when the field is a HYPERLINK.
struct FieldState {
    /// Where the field is.
    enum Phase {
        /// Between begin and separate: instruction text, never shown.
        case instruction
        /// Between separate and end: the displayed result.
        case result
    }

    /// The current phase.
    var phase: Phase
    /// The instruction text read so far.
    var instruction = ""
    /// The link target of a HYPERLINK field, once its instruction is known.
    var link: String?

    /// Creates a field in a phase, with an instruction already known (`w:fldSimple`).
    init(phase: Phase, instruction: String = "") {
        self.phase = phase
        self.instruction = instruction
        if phase == .result { link = Self.link(in: instruction) }
    }

    /// Moves to the result phase and reads the link from the instruction.
    mutating func separate() {
        phase = .result
        link = Self.link(in: instruction)
    }

    /// The target of a `HYPERLINK "url"` or `HYPERLINK \l "anchor"` instruction.
    static func link(in instruction: String) -> String? {
        let tokens = tokenize(instruction)
        guard let keyword = tokens.first, keyword.uppercased() == "HYPERLINK" else { return nil }
        var target: String?
        var anchor: String?
        var index = 1
        while index < tokens.count {
            let token = tokens[index]
            if token.lowercased() == "\\l", index + 1 < tokens.count {
                anchor = tokens[index + 1]
                index += 2
                continue
            }
            if token.hasPrefix("\\") {
                index += ["\\o", "\\t"].contains(token.lowercased()) ? 2 : 1
                continue
            }
            if target == nil { target = token }
            index += 1
        }
        if let target, !target.isEmpty { return anchor.map { target + "#" + $0 } ?? target }
        return anchor.map { "#" + $0 }
    }

    private static func tokenize(_ instruction: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        var hasToken = false
        for character in instruction {
            if character == "\"" {
                if quoted {
                    tokens.append(current)
                    current = ""
                    hasToken = false
                }
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                if hasToken { tokens.append(current) }
                current = ""
                hasToken = false
            } else {
                current.append(character)
                hasToken = true
            }
        }
        if hasToken || (quoted && !current.isEmpty) { tokens.append(current) }
        return tokens
    }
}
