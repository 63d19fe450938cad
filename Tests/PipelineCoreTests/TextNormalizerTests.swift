@testable import PipelineCore
import Testing

/// Cleaning as text leaves an extractor, and whitespace collapsing: runs become one space,
/// both ends trimmed, the same whether the text is read byte by byte (all ASCII) or character
/// by character.
struct TextNormalizerTests {
    @Test func unfoldsLigaturesAndDropsPrivateUseGlyphs() {
        #expect(TextNormalizer.clean("ﬁnance\u{F0B7} of\u{00AD}ﬁce\u{FFFD}") == "finance office")
    }

    /// Text with nothing to clean comes back as it is; one scalar to clean anywhere sends the
    /// whole text through the cleaning.
    @Test(arguments: [
        ("plain text, tabs\tand\nlines\r\n", "plain text, tabs\tand\nlines\r\n"), ("café’s naïve — menu", "café’s naïve — menu"),
        ("", ""), ("a\u{7F}b", "ab"), ("a\u{0}b\u{1F}c", "abc"), ("café\u{00A0}au lait", "café au lait"), ("ﬀ ﬃ ﬆ", "ff ffi st"),
        ("x\u{200B}y\u{FEFF}z", "xyz"), ("€100\u{202F}000", "€100 000"), ("\u{0B}\u{0C}", ""),
    ])
    func cleansOnlyWhatNeedsCleaning(text: String, cleaned: String) {
        #expect(TextNormalizer.clean(text) == cleaned)
        #expect(TextNormalizer.needsCleaning(text) == (text != cleaned))
    }

    @Test(arguments: [
        "", " ", "plain", "  lead and trail  ", "tabs\tand\nnew\r\nlines", "one  two   three", "end ", " start",
        "\u{0B}vertical\u{0C}feed", "a b c",
    ])
    func collapsesASCIIAsCharactersDo(text: String) {
        #expect(TextNormalizer.collapseASCIIWhitespace(text) == TextNormalizer.collapseCharacterWhitespace(text))
    }

    @Test(arguments: [
        "Children’s  Centres ", "\u{00A0}non-breaking\u{00A0}\u{00A0}space", "em\u{2003}space", "café  au lait", "naïve",
        "line\u{2028}separator", " ½ ",
    ])
    func collapsesScalarsAsCharactersDo(text: String) {
        #expect(TextNormalizer.collapseScalarWhitespace(text) == TextNormalizer.collapseCharacterWhitespace(text))
    }

    @Test func leavesASpaceCarryingAnAccentToTheCharacterReading() {
        #expect(TextNormalizer.collapseScalarWhitespace("a \u{301}b") == nil)
        #expect(TextNormalizer.collapseWhitespace("a \u{301}b") == TextNormalizer.collapseCharacterWhitespace("a \u{301}b"))
    }

    @Test func collapsesRunsAndTrims() {
        #expect(TextNormalizer.collapseWhitespace("  Lead\t officer \n named ") == "Lead officer named")
        #expect(TextNormalizer.collapseWhitespace("Lead\u{00A0}\u{00A0}officer ") == "Lead officer")
        #expect(TextNormalizer.collapseASCIIWhitespace("Lead\u{00A0}officer") == nil)
    }
}
