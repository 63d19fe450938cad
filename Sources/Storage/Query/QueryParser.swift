import PipelineCore
import TextAnalysis

/// Parses the search language users type: words, "quoted phrases", prefix*, AND, OR, NOT
/// (upper case) and parentheses. Adjacent parts are ANDed; NOT binds tighter than AND,
/// AND tighter than OR. Lower-case `and`, `or`, `not` and other common small words are
/// ignored outside phrases.
///
/// User text never reaches SQL: the parser keeps letters and digits only, so every word
/// it returns is safe to bind or quote.
public struct QueryParser: Sendable {
    /// Words too common to search for on their own.
    static let stopWords = StopWords.english

    private enum Token: Equatable {
        case word(String, prefix: Bool)
        case phrase([String])
        case and, or, not, open, close
    }

    /// Creates a parser.
    public init() {}

    /// Parses `text` into a query tree.
    /// - Throws: `PipelineError(.invalidQuery)` naming the problem: an unclosed quote or
    ///   parenthesis, an operator with nothing to join, a query of only NOT parts, or no
    ///   searchable words at all.
    public func parse(_ text: String) throws -> QueryNode {
        var tokens = try tokenize(text)
        tokens.removeAll { token in
            if case .word(let word, false) = token { return Self.stopWords.contains(word) && word != word.uppercased() }
            return false
        }
        guard !tokens.isEmpty else { throw invalid(text, "the query has no words to search for") }
        var position = 0
        let node = try parseOr(tokens, &position, text)
        if position < tokens.count {
            throw invalid(text, tokens[position] == .close ? "a closing parenthesis has no opening one" : "unexpected \(describe(tokens[position]))")
        }
        return node
    }

    private func invalid(_ text: String, _ problem: String) -> PipelineError {
        PipelineError(stage: "search", file: "query", reason: .invalidQuery, message: "cannot read the query '\(text)': \(problem)")
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let word, _): return "'\(word)'"
        case .phrase: return "phrase"
        case .and: return "AND"
        case .or: return "OR"
        case .not: return "NOT"
        case .open: return "'('"
        case .close: return "')'"
        }
    }

    private func tokenize(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" || character == "“" || character == "”" {
                var end = text.index(after: index)
                while end < text.endIndex, text[end] != "\"", text[end] != "”", text[end] != "“" { end = text.index(after: end) }
                guard end < text.endIndex else { throw invalid(text, "a quoted phrase is not closed") }
                let words = Self.words(in: String(text[text.index(after: index)..<end]))
                guard !words.isEmpty else { throw invalid(text, "a quoted phrase is empty") }
                tokens.append(words.count == 1 ? .word(words[0], prefix: false) : .phrase(words))
                index = text.index(after: end)
            } else if character == "(" {
                tokens.append(.open)
                index = text.index(after: index)
            } else if character == ")" {
                tokens.append(.close)
                index = text.index(after: index)
            } else if character.isLetter || character.isNumber {
                var end = index
                while end < text.endIndex, text[end].isLetter || text[end].isNumber || text[end] == "-" || text[end] == "'" || text[end] == "’" {
                    end = text.index(after: end)
                }
                let raw = String(text[index..<end])
                var prefix = false
                if end < text.endIndex, text[end] == "*" {
                    prefix = true
                    end = text.index(after: end)
                }
                switch raw {
                case "AND": tokens.append(.and)
                case "OR": tokens.append(.or)
                case "NOT": tokens.append(.not)
                default:
                    let words = Self.words(in: raw)
                    if words.count > 1 {
                        guard !prefix else { throw invalid(text, "a prefix* must be a single word, not '\(raw)*'") }
                        tokens.append(.phrase(words))
                    } else if let word = words.first {
                        tokens.append(.word(word, prefix: prefix))
                    }
                }
                index = end
            } else if character == "*" {
                throw invalid(text, "'*' must follow a word, as in commission*")
            } else {
                index = text.index(after: index)
            }
        }
        return tokens
    }

    /// Splits text into the words the index holds, as `TextAnalysis.Tokenizer` does
    /// ("voluntary-sector's" → voluntary, sector).
    package static func words(in text: String) -> [String] {
        Tokenizer.words(in: text)
    }

    private func parseOr(_ tokens: [Token], _ position: inout Int, _ text: String) throws -> QueryNode {
        var parts = [try parseAnd(tokens, &position, text)]
        while position < tokens.count, tokens[position] == .or {
            position += 1
            guard position < tokens.count, tokens[position] != .close, tokens[position] != .or, tokens[position] != .and else {
                throw invalid(text, "OR needs something to search for on both sides")
            }
            parts.append(try parseAnd(tokens, &position, text))
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private func parseAnd(_ tokens: [Token], _ position: inout Int, _ text: String) throws -> QueryNode {
        var included: [QueryNode] = []
        var excluded: [QueryNode] = []
        while position < tokens.count {
            let token = tokens[position]
            if token == .or || token == .close { break }
            if token == .and {
                guard !included.isEmpty || !excluded.isEmpty else { throw invalid(text, "AND needs something to search for on both sides") }
                position += 1
                guard position < tokens.count, tokens[position] != .or, tokens[position] != .close, tokens[position] != .and else {
                    throw invalid(text, "AND needs something to search for on both sides")
                }
                continue
            }
            if token == .not {
                position += 1
                guard position < tokens.count, tokens[position] != .or, tokens[position] != .close, tokens[position] != .and, tokens[position] != .not else {
                    throw invalid(text, "NOT needs a word, phrase or group after it")
                }
                excluded.append(try parsePrimary(tokens, &position, text))
                continue
            }
            included.append(try parsePrimary(tokens, &position, text))
        }
        if included.isEmpty {
            if excluded.isEmpty, position < tokens.count, tokens[position] == .or {
                throw invalid(text, "OR needs something to search for on both sides")
            }
            throw invalid(text, excluded.isEmpty ? "there is nothing to search for" : "NOT must follow something to search for, as in safeguarding NOT training")
        }
        if included.count == 1 && excluded.isEmpty { return included[0] }
        return .and(included, excluded: excluded)
    }

    private func parsePrimary(_ tokens: [Token], _ position: inout Int, _ text: String) throws -> QueryNode {
        let token = tokens[position]
        position += 1
        switch token {
        case .word(let word, let prefix):
            return prefix ? .prefix(word) : .term(word)
        case .phrase(let words):
            return .phrase(words)
        case .open:
            guard position < tokens.count, tokens[position] != .close else { throw invalid(text, "a pair of parentheses is empty") }
            let inner = try parseOr(tokens, &position, text)
            guard position < tokens.count, tokens[position] == .close else { throw invalid(text, "a parenthesis is not closed") }
            position += 1
            return inner
        case .close:
            throw invalid(text, "a closing parenthesis has no opening one")
        case .and, .or, .not:
            throw invalid(text, "unexpected \(describe(token))")
        }
    }
}
