/// A run of words on one baseline with no wide gap inside: a poppler text line, or the part
/// of one that falls in a single table cell or column.
struct TextFragment {
    /// 1-based page.
    var page: Int
    /// The raw characters (not yet normalised), trimmed of spaces.
    var text: String
    /// Bounding box in points, origin top-left.
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// The style of most of its characters.
    var style: TextStyle?
    /// True when every visible character is bold.
    var allBold: Bool
    /// The width of its first word in points.
    var firstWordWidth: Double
    /// Note references in it: runs of digits set smaller than the text around them ("¹").
    var raisedDigits: [String]
    /// Where each word after the first starts: its UTF-8 offset in `text`, where the ink of
    /// the word before it ends and where its own begins (points).
    var wordBreaks: [WordBreak] = []

    /// A break between two words of a fragment.
    struct WordBreak {
        /// The UTF-8 offset in `text` of the word after the break.
        var byte: Int
        /// Where the word before the break ends.
        var leftEnd: Double
        /// Where the word after the break begins.
        var rightStart: Double
    }
    /// Horizontal centre.
    var midX: Double { (x0 + x1) / 2 }
    /// Vertical centre.
    var midY: Double { (y0 + y1) / 2 }
    /// Height.
    var height: Double { y1 - y0 }

    /// Builds a fragment from a slice of a page's glyphs; nil when it holds only spaces.
    init?(page: PageText, glyphs range: Range<Int>) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, page.glyphs[lower].isSpace { lower += 1 }
        while upper > lower, page.glyphs[upper - 1].isSpace { upper -= 1 }
        guard lower < upper else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(upper - lower)
        func append(_ scalar: Unicode.Scalar) {
            if scalar.value < 0x80 { bytes.append(UInt8(scalar.value)) } else { bytes.append(contentsOf: scalar.utf8) }
        }
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        // Glyphs per style, at the style's index plus one (0: glyphs without a style).
        var counts = [Int](repeating: 0, count: page.styles.count + 1)
        var bold = true
        var firstWordEnd: Double?
        var previous: Glyph?
        var breaks: [WordBreak] = []
        var afterSpace = false
        for index in lower..<upper {
            let glyph = page.glyphs[index]
            // A visible gap with no space character between two glyphs is a word break.
            if let previous, !previous.isSpace, !glyph.isSpace,
               glyph.x0 - previous.x1 > 0.25 * max(4, page.style(of: glyph)?.size ?? 0) {
                bytes.append(0x20)
                afterSpace = true
                if firstWordEnd == nil { firstWordEnd = x1 }
            }
            previous = glyph
            if afterSpace, !glyph.isSpace, !bytes.isEmpty {
                breaks.append(WordBreak(byte: bytes.count, leftEnd: x1, rightStart: glyph.x0))
            }
            append(glyph.scalar == "\n" ? " " : glyph.scalar)
            guard !glyph.isSpace else {
                afterSpace = true
                if firstWordEnd == nil { firstWordEnd = x1 }
                continue
            }
            afterSpace = false
            x0 = min(x0, glyph.x0); y0 = min(y0, glyph.y0); x1 = max(x1, glyph.x1); y1 = max(y1, glyph.y1)
            let slot = glyph.style >= 0 && Int(glyph.style) < page.styles.count ? Int(glyph.style) + 1 : 0
            counts[slot] += 1
            if !(page.style(of: glyph)?.bold ?? false) { bold = false }
        }
        // The style of most glyphs; of equal counts, the first style.
        var dominant = -1
        var most = 0
        for slot in counts.indices where counts[slot] > most {
            most = counts[slot]
            dominant = slot - 1
        }
        self.page = page.number
        self.text = String(decoding: bytes, as: UTF8.self)
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
        self.style = dominant >= 0 && Int(dominant) < page.styles.count ? page.styles[Int(dominant)] : nil
        self.allBold = bold
        self.firstWordWidth = (firstWordEnd ?? x1) - x0
        self.wordBreaks = breaks
        var marks: [String] = []
        if let size = style?.size {
            var mark = ""
            for index in lower..<upper {
                let glyph = page.glyphs[index]
                if let glyphSize = page.style(of: glyph)?.size, glyphSize < 0.75 * size, Self.isNumeric(glyph.scalar) {
                    mark.unicodeScalars.append(glyph.scalar)
                } else if !mark.isEmpty {
                    marks.append(mark)
                    mark = ""
                }
            }
            if !mark.isEmpty { marks.append(mark) }
        }
        self.raisedDigits = marks
    }

    /// The fragment cut where a word starts at one of `starts` (columns of a table whose
    /// cells ran into one fragment with no more than a word space between them: "Environmental
    /// Complete" under "Lead | Status"); itself when no word starts at one.
    func splitting(atColumnStarts starts: [Double], tolerance: Double) -> [TextFragment] {
        guard !wordBreaks.isEmpty else { return [self] }
        var pieces: [TextFragment] = []
        var rest = self
        for start in starts where start > rest.x0 + tolerance && start < rest.x1 - tolerance {
            guard let cut = rest.wordBreaks.firstIndex(where: { abs($0.rightStart - start) <= tolerance }) else { continue }
            let (left, right) = rest.split(at: cut)
            pieces.append(left)
            rest = right
        }
        pieces.append(rest)
        return pieces
    }

    /// The two fragments either side of word break `index`.
    private func split(at index: Int) -> (TextFragment, TextFragment) {
        let cut = wordBreaks[index]
        let bytes = Array(text.utf8)
        var leftBytes = bytes[..<cut.byte]
        while leftBytes.last == 0x20 { leftBytes = leftBytes.dropLast() }
        var left = self, right = self
        left.text = String(decoding: leftBytes, as: UTF8.self)
        left.x1 = cut.leftEnd
        left.wordBreaks = Array(wordBreaks[..<index])
        left.firstWordWidth = min(firstWordWidth, cut.leftEnd - x0)
        right.text = String(decoding: bytes[cut.byte...], as: UTF8.self)
        right.x0 = cut.rightStart
        right.wordBreaks = wordBreaks[(index + 1)...].map { later in
            WordBreak(byte: later.byte - cut.byte, leftEnd: later.leftEnd, rightStart: later.rightStart)
        }
        right.firstWordWidth = (right.wordBreaks.first?.leftEnd ?? x1) - cut.rightStart
        right.raisedDigits = []
        return (left, right)
    }

    /// True for a digit or other numeric character ("3", "¹", "½").
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    /// Splits a page into fragments: at line breaks, at horizontal gaps wider than an em
    /// (several spaces: a column or tab gap), and wherever `region` (a table cell, or nil outside tables) changes.
    static func split(_ page: PageText, region: (Glyph) -> TableCellKey?) -> [(fragment: TextFragment, region: TableCellKey?)] {
        var out: [(TextFragment, TableCellKey?)] = []
        let glyphs = page.glyphs
        var start = 0
        var currentRegion: TableCellKey?? = .none
        var lastInk: Glyph?
        func flush(_ end: Int) {
            if start < end, let fragment = TextFragment(page: page, glyphs: start..<end) {
                out.append((fragment, currentRegion ?? nil))
            }
            start = end
            lastInk = nil
            currentRegion = .none
        }
        for index in glyphs.indices {
            let glyph = glyphs[index]
            if glyph.scalar == "\n" {
                flush(index)
                start = index + 1
                continue
            }
            if glyph.isSpace { continue }
            let glyphRegion = region(glyph)
            if let last = lastInk {
                let size = max(4, page.style(of: glyph)?.size ?? (glyph.y1 - glyph.y0))
                let gap = glyph.x0 - last.x1
                let jumped = gap > 1.0 * size || gap < -2 * size || abs(glyph.midY - last.midY) > size
                if jumped || currentRegion.map({ $0 != glyphRegion }) == true {
                    flush(index)
                }
            }
            if case .none = currentRegion { currentRegion = .some(glyphRegion) }
            lastInk = glyph
        }
        flush(glyphs.count)
        return out
    }
}

/// One cell of one ruled table on a page: the region a fragment of text belongs to.
struct TableCellKey: Hashable {
    /// The table's index among the page's ruled tables.
    var table: Int
    /// The row's index in the table.
    var row: Int
    /// The cell's index in the row.
    var cell: Int
}
