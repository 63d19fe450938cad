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
        for index in lower..<upper {
            let glyph = page.glyphs[index]
            // A visible gap with no space character between two glyphs is a word break.
            if let previous, !previous.isSpace, !glyph.isSpace,
               glyph.x0 - previous.x1 > 0.25 * max(4, page.style(of: glyph)?.size ?? 0) {
                bytes.append(0x20)
                if firstWordEnd == nil { firstWordEnd = x1 }
            }
            previous = glyph
            append(glyph.scalar == "\n" ? " " : glyph.scalar)
            guard !glyph.isSpace else {
                if firstWordEnd == nil { firstWordEnd = x1 }
                continue
            }
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
