@testable import PDFExtraction
import Testing

/// Recognising list labels at the start of a line.
@Suite struct ListLabelTests {
    @Test(arguments: [
        ("1. The sector will need support", "1.", "The sector will need support"),
        ("a) To what extent", "a)", "To what extent"),
        ("(21) The Children's Trust", "(21)", "The Children's Trust"),
        ("(iv) To monitor the plan", "(iv)", "To monitor the plan"),
        ("• The authority and other partners", "•", "The authority and other partners"),
        ("· marketing support", "·", "marketing support"),
        ("- a dash item", "-", "a dash item"),
        ("1.2 Therefore, a Scrutiny Panel", "1.2", "Therefore, a Scrutiny Panel"),
    ])
    func splitsLabelFromText(line: String, label: String, rest: String) throws {
        let split = try #require(ListLabel.split(line))
        #expect(split.label == label)
        #expect(split.rest == rest)
    }

    @Test(arguments: ["8 OCTOBER 2008", "2008 was a year", "Children's Trust", "(Under new arrangements)", "1.", "e.g. this"])
    func leavesOrdinaryLinesAlone(line: String) {
        #expect(ListLabel.split(line) == nil)
    }
}
