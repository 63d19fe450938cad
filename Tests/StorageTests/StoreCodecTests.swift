import Foundation
import PipelineCore
import Storage
import Testing

/// Owners as the stores keep them: a JSON array of strings, read back without a JSONDecoder
/// when it is written plainly, and always to what the decoder reads.
struct StoreCodecTests {
    @Test(arguments: [
        [], ["Head of Service"], ["Chief Executive", "Director of Children’s Services"], ["A/B team", "say \"yes\""],
        ["back\\slash", "line\nbreak\tand\rreturn"], ["", " "], ["bell\u{07}"], ["café", "😀 emoji", "\u{2028}"],
    ] as [[String]])
    func readsOwnersBackAsWritten(owners: [String]) throws {
        let text = StoreCodec.encodeOwners(owners)
        #expect(StoreCodec.decodeOwners(text) == owners)
        if let plain = StoreCodec.plainStringArray(text) {
            #expect(plain == (try JSONDecoder().decode([String].self, from: Data(text.utf8))))
        }
    }

    @Test(arguments: ["", "[", "]", "[\"a\"", "[\"a\",]", "[\"a\" ]", " [\"a\"]", "[\"\\u0041\"]", "[1]", "[\"a\"]]", "[\"a\"][", "null"])
    func leavesAnythingElseToTheDecoder(text: String) {
        #expect(StoreCodec.plainStringArray(text) == nil)
    }
}

/// Item locations as the store keeps them: the text JSONEncoder with sorted keys writes.
struct StoreLocationTextTests {
    @Test(arguments: [
        PipelineCore.SourceLocation(block: 0, start: 0, end: 0), PipelineCore.SourceLocation(page: 3, block: 12, start: 5, end: 40),
        PipelineCore.SourceLocation(page: 1, block: 7, row: 2, cell: 3, start: 0, end: 118), PipelineCore.SourceLocation(block: 4, row: 0, start: 10, end: 9),
        PipelineCore.SourceLocation(block: 4, cell: 1, start: -1, end: 123_456_789),
    ])
    func writesLocationsAsTheEncoderDoes(location: PipelineCore.SourceLocation) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(IngestPlan.locationJSON(location) == String(decoding: try encoder.encode(location), as: UTF8.self))
    }
}
