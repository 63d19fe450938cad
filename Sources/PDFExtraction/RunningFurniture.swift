import PipelineCore

/// Finds running headers and footers: lines in a page's top or bottom band whose text, with
/// digits ignored ("Page 3" ~ "Page 4"), repeats on most pages.
struct RunningFurniture {
    /// The share of the page height at the top and at the bottom searched for furniture.
    static let band = 0.12
    /// How many lines at each end of a page may be furniture.
    static let linesPerEnd = 3

    private var keys: Set<String> = []

    /// Learns the repeating lines of a document.
    init(pages: [PageLayout]) {
        guard pages.count >= 2 else { return }
        var counts: [String: Set<Int>] = [:]
        for page in pages {
            for line in Self.candidates(on: page) { counts[Self.key(line), default: []].insert(page.number) }
        }
        let needed = max(2, (pages.count + 1) / 2)
        keys = Set(counts.filter { $0.value.count >= needed }.map(\.key))
    }

    /// Splits a document's pages into body lines and furniture blocks (each distinct running
    /// line once, at the page where it first appears).
    func separate(_ pages: [PageLayout]) -> (pages: [PageLayout], furniture: [Block]) {
        var seen = Set<String>()
        var furniture: [Block] = []
        var kept: [PageLayout] = []
        for var page in pages {
            var body: [TextLine] = []
            let candidates = keys.isEmpty ? [] : Self.candidateIndices(on: page)
            for (index, line) in page.lines.enumerated() {
                if candidates.contains(index), keys.contains(Self.key(line)) {
                    let key = Self.key(line)
                    if seen.insert(key).inserted {
                        furniture.append(Block(
                            index: furniture.count, kind: .paragraph, text: line.cleaned,
                            page: page.number,
                            box: BoundingBox(x0: ParagraphGroup.round(line.x0), y0: ParagraphGroup.round(line.y0),
                                             x1: ParagraphGroup.round(line.x1), y1: ParagraphGroup.round(line.y1)),
                            font: line.style.map { FontInfo(size: $0.size, bold: line.bold, italic: $0.italic, family: $0.family) }))
                    }
                } else {
                    body.append(line)
                }
            }
            page.lines = body
            kept.append(page)
        }
        return (kept, furniture)
    }

    /// Lines near the top or bottom edge of a page.
    private static func candidates(on page: PageLayout) -> [TextLine] {
        candidateIndices(on: page).sorted().map { page.lines[$0] }
    }

    /// Indices of the first and last few lines of a page that lie in its top or bottom band.
    private static func candidateIndices(on page: PageLayout) -> Set<Int> {
        let lines = page.lines
        var indices = Set<Int>()
        for index in lines.indices.prefix(linesPerEnd) where lines[index].y1 <= page.height * band { indices.insert(index) }
        for index in lines.indices.suffix(linesPerEnd) where lines[index].y0 >= page.height * (1 - band) { indices.insert(index) }
        return indices
    }

    /// The comparison key: lowercase, each run of digits as one "#", spaces collapsed.
    private static func key(_ line: TextLine) -> String {
        var key = ""
        for character in line.cleaned.lowercased() {
            if character.isNumber {
                if key.last != "#" { key.append("#") }
            } else {
                key.append(character)
            }
        }
        return key
    }
}
