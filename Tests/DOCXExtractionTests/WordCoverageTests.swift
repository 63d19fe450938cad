import Foundation
import PipelineCore
import TestSupport
import Testing

/// Compares the words of each seed text with the words the DOCX extractor reads from its
/// rendition: nothing the document says may be lost.
struct WordCoverageTests {
    /// Lower-cased words with their counts; curly apostrophes folded, link targets removed.
    static func words(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var current = ""
        func flush() {
            if !current.isEmpty { counts[current.lowercased(), default: 0] += 1 }
            current = ""
        }
        for character in text {
            if character.isLetter && character.isASCII || character.isNumber && character.isASCII || "£%&".contains(character) {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return counts
    }

    static func seedText(_ seed: String) throws -> String {
        var text = try String(contentsOf: Corpus.url("text/\(seed).txt"), encoding: .utf8)
        text = text.replacingOccurrences(of: #"HYPERLINK "[^"]*""#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\(mailto:[^)]*\)"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        return text
    }

    /// The seed words (with multiplicity) the extraction lacks.
    static func missingWords(_ seed: String) throws -> (missing: [String: Int], document: Document) {
        let document = try Extraction.document("docx/\(seed).docx")
        let extracted = words(Extraction.leafTexts(document).joined(separator: " "))
        var missing: [String: Int] = [:]
        for (word, count) in words(try seedText(seed)) where extracted[word, default: 0] < count {
            missing[word] = count - extracted[word, default: 0]
        }
        return (missing, document)
    }

    @Test(arguments: [
        "thurrock-self-evaluation", "hertfordshire-self-evaluation", "vcs-engage-additional-offer",
        "london-vcs-representation",
    ])
    func readsEveryWordOfTheSeed(seed: String) throws {
        let (missing, _) = try Self.missingWords(seed)
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    @Test func readsEveryWordOfTheScrutinyReportBesideRepeatedHeaderRows() throws {
        // The seed repeats the action plan's header row on every page it spans; the DOCX
        // states it once, as a header row.
        let (missing, document) = try Self.missingWords("barking-dagenham-scrutiny")
        let headerText = document.blocks.compactMap(\.table).flatMap(\.rows).filter(\.isHeader)
            .flatMap(\.cells).map(\.text).joined(separator: " ")
        let headerWords = Self.words(headerText)
        #expect(!missing.isEmpty)
        for word in missing.keys {
            #expect(headerWords[word] != nil, "\(word) is missing and not in a header row")
        }
    }
}
