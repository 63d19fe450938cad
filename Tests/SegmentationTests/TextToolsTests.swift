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

    @Test(arguments: [
        "KENT COUNTY COUNCIL", "Westshire County Council", "the county council", "Countess of Wessex",
        "", "Cou", "Café County", "ÉCOLE COUNTY", "Integrated Care Board", "NHS Pellbridge", "BOROUGH",
        "a Borough-wide plan", "Citywide", "x",
    ])
    func findsAnyOfSeveralPartsAsSeparateSearchesDo(text: String) {
        let parts = ["County", "Council", "NHS", "Borough", "City", "Care Board"]
        let lowered = parts.map { $0.lowercased() }
        #expect(TextTools.BytePhrases(parts).occur(in: text) == parts.contains { TextTools.bytesContain(text, $0) })
        #expect(TextTools.BytePhrases(lowered, ignoringCase: true).occur(in: text)
                == lowered.contains { TextTools.bytesContainIgnoringCase(text, $0) })
        #expect(TextTools.BytePhrases(["Count", "County"]).occur(in: "Westshire County") == true)
        #expect(TextTools.BytePhrases(["", "County"]).occur(in: text) == true)
        #expect(TextTools.BytePhrases([String]()).occur(in: text) == false)
    }
}
