import Foundation
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
