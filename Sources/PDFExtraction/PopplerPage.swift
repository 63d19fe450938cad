import CPoppler

/// The one owner of a poppler page: reads its text with positions and fonts, and renders it.
final class PopplerPage {
    private let handle: OpaquePointer

    /// Takes ownership of a page returned by `poppler_document_get_page`.
    init(owning handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        CPoppler_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The page size in points.
    var size: (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return (width, height)
    }

    /// The page's characters in poppler's reading order, each with its rectangle (points,
    /// origin top-left) and its font, copied into Swift.
    func text(pageNumber: Int) -> PageText {
        let (width, height) = size
        guard let raw = poppler_page_get_text(handle) else {
            return PageText(number: pageNumber, width: width, height: height, glyphs: [], styles: [])
        }
        let scalars = Array(String(cString: raw).unicodeScalars)
        g_free(raw)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        var boxes: [(Double, Double, Double, Double)] = []
        if poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles {
            boxes.reserveCapacity(Int(count))
            for i in 0..<Int(count) {
                let r = rectangles[i]
                boxes.append((r.x1, r.y1, r.x2, r.y2))
            }
        }
        g_free(rectangles)

        var styles: [TextStyle] = []
        var styleIndex: [TextStyle: Int32] = [:]
        var glyphStyle = [Int32](repeating: -1, count: scalars.count)
        if let list = poppler_page_get_text_attributes(handle) {
            var node: UnsafeMutablePointer<GList>? = list
            while let current = node {
                if let data = current.pointee.data {
                    let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    let name = attributes.font_name.map { String(cString: $0) } ?? ""
                    let style = TextStyle(
                        fontName: name, size: (attributes.font_size * 10).rounded() / 10,
                        color: TextStyle.hex(attributes.color))
                    let index: Int32
                    if let known = styleIndex[style] {
                        index = known
                    } else {
                        index = Int32(styles.count)
                        styles.append(style)
                        styleIndex[style] = index
                    }
                    let start = max(0, Int(attributes.start_index))
                    let end = min(scalars.count - 1, Int(attributes.end_index))
                    if start <= end {
                        for i in start...end { glyphStyle[i] = index }
                    }
                }
                node = current.pointee.next
            }
            poppler_page_free_text_attributes(list)
        }

        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            let box = i < boxes.count ? boxes[i] : (0, 0, 0, 0)
            glyphs.append(Glyph(
                scalar: scalar, x0: box.0, y0: box.1, x1: box.2, y1: box.3, style: glyphStyle[i]))
        }
        return PageText(number: pageNumber, width: width, height: height, glyphs: glyphs, styles: styles)
    }
}
