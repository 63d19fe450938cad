public import PipelineCore

/// Files the pipeline does not read, recognised by their leading bytes so that the error can
/// say what the file is: a password-protected DOCX, a legacy Word or Excel file, an image, RTF.
public enum ForeignFormat: Hashable, Sendable {
    /// An OLE2 compound file holding an `EncryptionInfo` stream: Office's wrapper for a
    /// password-protected DOCX (or XLSX, PPTX).
    case passwordProtectedOffice
    /// A Word 97–2003 document (`WordDocument` stream).
    case legacyWord
    /// An Excel 97–2003 workbook (`Workbook` or `Book` stream).
    case legacyExcel
    /// Another OLE2 compound file (PowerPoint 97–2003, Outlook message, …).
    case otherCompoundFile
    /// A raster image, named by its format (`PNG`).
    case image(String)
    /// Rich Text Format.
    case richText

    /// The short format label reports use (`docx-encrypted`, `doc`, `xls`, `png`, `rtf`).
    public var label: String {
        switch self {
        case .passwordProtectedOffice: "docx-encrypted"
        case .legacyWord: "doc"
        case .legacyExcel: "xls"
        case .otherCompoundFile: "ole2"
        case .image(let name): name.lowercased()
        case .richText: "rtf"
        }
    }

    /// Recognises the bytes, or nil when they are none of these formats.
    public static func recognise(_ bytes: [UInt8]) -> ForeignFormat? {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            if contains(bytes, utf16: "EncryptionInfo") { return .passwordProtectedOffice }
            if contains(bytes, utf16: "WordDocument") { return .legacyWord }
            if contains(bytes, utf16: "Workbook") || contains(bytes, utf16: "Book") { return .legacyExcel }
            return .otherCompoundFile
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .image("PNG") }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .image("JPEG") }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .image("GIF") }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .image("TIFF") }
        if bytes.count > 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .image("WebP") }
        if bytes.count > 14, bytes.starts(with: Array("BM".utf8)), bytes.prefix(64).contains(0) { return .image("BMP") }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .richText }
        return nil
    }

    /// The error an input of this format gets: `.encrypted` for a password-protected file,
    /// `.unsupportedFormat` for the rest, each saying what to do.
    public func error(file: String) -> PipelineError {
        func unsupported(_ message: String) -> PipelineError {
            PipelineError(stage: "extract", file: file, reason: .unsupportedFormat, message: message)
        }
        switch self {
        case .passwordProtectedOffice:
            return PipelineError(
                stage: "extract", file: file, reason: .encrypted,
                message: "a password-protected DOCX (an encrypted Office file); save it without a password to read it")
        case .legacyWord:
            return unsupported("a Word 97–2003 document (.doc), which is not read; save it as .docx")
        case .legacyExcel:
            return unsupported("an Excel 97–2003 workbook (.xls), which is not read")
        case .otherCompoundFile:
            return unsupported("an OLE2 compound file (PowerPoint 97–2003, Outlook or similar), which is not read")
        case .image(let name):
            return unsupported("a \(name) image; scanned pages need OCR, which scrutineer does not do")
        case .richText:
            return unsupported("a Rich Text Format (.rtf) file, which is not read; save it as .docx")
        }
    }

    /// True when the bytes hold `name` as UTF-16LE, as compound-file directory entries do.
    private static func contains(_ bytes: [UInt8], utf16 name: String) -> Bool {
        let marker = Array(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= marker.count, let first = marker.first else { return false }
        var start = 0
        let last = bytes.count - marker.count
        while start <= last {
            if bytes[start] == first && bytes[start..<start + marker.count].elementsEqual(marker) { return true }
            start += 1
        }
        return false
    }
}
