import Testing
@testable import Segmentation

/// The byte-level text tests give what the Foundation readings they replace give.
@Suite struct TextToolsTests {
    @Test(arguments: [
        ("KENT COUNTY COUNCIL", "county", true),
        ("Westshire County Council", "county", true),
        ("the county council", "council", true),
        ("Integrated Care Board", "board", true),
        ("Countess", "county", false),
        ("", "county", false),
        ("Cou", "county", false),
        ("Café County", "county", true),
        ("ÉCOLE COUNTY", "county", true),
    ])
    func findsAnASCIIWordInAnyCase(text: String, word: String, expected: Bool) {
        #expect(TextTools.bytesContainIgnoringCase(text, word) == expected)
        #expect(TextTools.bytesContainIgnoringCase(text, word) == TextTools.bytesContain(text.lowercased(), word))
    }

    @Test(arguments: [
        "WESTSHIRE COUNTY COUNCIL", "Westshire County Council", "2025/26 – £334.7M", "ÉCOLE", "école",
        "STRASSE", "straße", "", "1.2 (A)", "ΑΘΗΝΑ", "Αθηνα", "ǅ",
    ])
    func tellsALineOfCapitalsAsUppercasingDoes(text: String) {
        #expect(TextTools.isUnchangedByUppercasing(text) == (text == text.uppercased()))
    }
}
