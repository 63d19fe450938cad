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

    /// Renders the page onto `context` (a surface of `PageDrawer`'s script device).
    func render(onto context: OpaquePointer) {
        poppler_page_render(handle, context)
    }
}

/// The one owner of a cairo script device for one document: renders pages onto it and reads
/// back what each paints besides text (filled rectangles with their colours and straight
/// ruling lines). No pixels are made.
///
/// One device serves every page of a document, because the script device writes each font
/// (and each glyph drawn with it) once per device: a device per page wrote, and compressed,
/// the document's fonts again on every page, which cost more than reading the page's text.
final class PageDrawer {
    private let sink = ScriptSink()
    private let closure: Unmanaged<ScriptSink>
    private var device: OpaquePointer?

    init() {
        closure = Unmanaged.passRetained(sink)
        device = cairo_script_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_SUCCESS }
            let sink = Unmanaged<ScriptSink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, closure.toOpaque())
        if let device, cairo_device_status(device) != CAIRO_STATUS_SUCCESS {
            cairo_device_destroy(device)
            self.device = nil
        }
    }

    deinit {
        finish()
        closure.release()
    }

    /// What `page` paints besides text; empty when cairo cannot draw it.
    func drawing(of page: PopplerPage) -> PageDrawing {
        guard let device else { return .empty }
        let (width, height) = page.size
        sink.bytes.removeAll(keepingCapacity: true)
        guard let surface = cairo_script_surface_create(device, CAIRO_CONTENT_COLOR_ALPHA, width, height) else { return .empty }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return .empty }
        if let context = cairo_create(surface) {
            page.render(onto: context)
            cairo_destroy(context)
        }
        cairo_surface_finish(surface)
        cairo_device_flush(device)
        return CairoScriptReader.read(sink.bytes, width: width, height: height)
    }

    /// Finishes and frees the device; later drawings are empty. Call it while the document
    /// whose fonts the device holds is still open.
    func finish() {
        guard let device else { return }
        cairo_device_finish(device)
        cairo_device_destroy(device)
        self.device = nil
        sink.bytes = []
    }
}

/// Collects the bytes cairo's script device writes.
private final class ScriptSink {
    var bytes: [UInt8] = []
}
