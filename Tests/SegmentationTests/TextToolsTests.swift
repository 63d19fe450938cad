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

    @Test(arguments: [
        ("DUNSTOWE DISTRICT COUNCIL – Waste and Recycling", " – "),
        ("Café – Résumé – Naïve", " – "),
        ("Report of the Director | Scrutiny", " | "),
        ("no dash here", " – "),
        ("", " – "),
        ("ends with –", " – "),
        ("1 April 2026 to 31 March 2027", " to "),
        ("Item 12 of 12", "12"),
    ])
    func findsAPhraseWhereTheStandardLibrarysSearchFindsIt(text: String, part: String) throws {
        let found = TextTools.byteRange(of: part, in: text)
        let expected = text.firstRange(of: part)
        #expect(found == expected)
        if let found { #expect(String(text[found]) == part) }
    }

    @Test func comparesScalarsNotCharacters() {
        // A combining accent after "e" makes one character "é" but leaves the scalar "e" there:
        // the byte search finds it, a search by characters does not.
        #expect(TextTools.byteRange(of: "e", in: "Cafe\u{301}") != nil)
        #expect("Cafe\u{301}".firstRange(of: "e") == nil)
    }

    @Test func splitsALineAroundTheFoundPhrase() throws {
        let text = "ASHCOMBE BOROUGH COUNCIL – Environmental Health"
        let dash = try #require(TextTools.byteRange(of: " – ", in: text))
        #expect(String(text[..<dash.lowerBound]) == "ASHCOMBE BOROUGH COUNCIL")
        #expect(String(text[dash.upperBound...]) == "Environmental Health")
    }
}
