/// The form words are matched by: lower-cased, spelling folded, Porter-stemmed
/// ("Organisations", "organizations" → "organiz").
public enum WordStem {
    /// The matching stem of one word.
    public static func of(_ word: String) -> String {
        PorterStemmer.stem(SpellingFold.fold(word.lowercased()))
    }
}
