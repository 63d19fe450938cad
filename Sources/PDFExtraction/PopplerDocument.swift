import CPoppler
import CPopplerDrawing
import PipelineCore

/// The one owner of an open poppler document; confined to the task that opened it.
///
/// Opens the PDF from memory (`poppler_document_new_from_bytes`), maps poppler's `GError`
/// to `PipelineError` (an encrypted file told from a damaged one), and hands out the page count
/// and metadata as Swift values; the pages themselves are read by `PageReader`. No poppler or
/// glib pointer leaves this file.
final class PopplerDocument {
    private let handle: OpaquePointer
    private let path: String

    /// Opens a PDF held in memory.
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - path: The name errors report.
    ///   - password: The password for an encrypted PDF, or nil.
    /// - Throws: `PipelineError` with reason `.encrypted` when a password is needed (or the one
    ///   given is wrong), `.damaged` (keeping poppler's message) when poppler cannot read the file.
    init(bytes: [UInt8], path: String, password: String? = nil) throws {
        self.path = path
        // poppler's process-wide parameters, set up once before poppler-glib would make them.
        cpoppler_prepare()
        let gbytes = bytes.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        defer { g_bytes_unref(gbytes) }
        var error: UnsafeMutablePointer<GError>?
        let document = poppler_document_new_from_bytes(gbytes, password, &error)
        if let error {
            let domain = error.pointee.domain
            let code = error.pointee.code
            let message = error.pointee.message.map { String(cString: $0) } ?? ""
            g_error_free(error)
            if let document { CPoppler_object_unref(UnsafeMutableRawPointer(document)) }
            if domain == poppler_error_quark() && code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw PipelineError(
                    stage: "extract", file: path, reason: .encrypted,
                    message: password == nil ? "the PDF is encrypted and no password was given" : "the PDF is encrypted and the password given does not open it",
                    underlying: message)
            }
            throw PipelineError(
                stage: "extract", file: path, reason: .damaged,
                message: "the PDF is damaged and cannot be read", underlying: message)
        }
        guard let document else {
            throw PipelineError(
                stage: "extract", file: path, reason: .damaged,
                message: "the PDF is damaged and cannot be read")
        }
        handle = document
    }

    deinit {
        CPoppler_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The number of pages.
    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    /// Title, author, dates and page count from the document's info dictionary.
    var metadata: DocumentMetadata {
        DocumentMetadata(
            title: Self.take(poppler_document_get_title(handle)),
            author: Self.take(poppler_document_get_author(handle)),
            created: Self.iso8601(poppler_document_get_creation_date_time(handle)),
            modified: Self.iso8601(poppler_document_get_modification_date_time(handle)),
            pageCount: pageCount)
    }

    /// Copies a glib-owned string into Swift, frees it, and drops it when blank.
    private static func take(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        let text = TextNormalizer.collapseWhitespace(TextNormalizer.clean(String(cString: pointer)))
        return text.isEmpty ? nil : text
    }

    /// Formats a `GDateTime` as ISO 8601 and releases it.
    private static func iso8601(_ dateTime: OpaquePointer?) -> String? {
        guard let dateTime else { return nil }
        defer { g_date_time_unref(dateTime) }
        return take(g_date_time_format_iso8601(dateTime))
    }
}
