import CLibXML2
import PipelineCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prepares libxml2 once per process: initialises the parser and installs an external
/// entity loader that refuses every request, so no file or network resource is ever read.
private let libxml2Prepared: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader { _, _, _ in nil }
}()

/// A forward-only, streaming reader over one XML part of a DOCX package, built on
/// libxml2's `xmlTextReader`; the single owner of the reader and of the bytes it reads.
///
/// Empty elements (`<w:tab/>`) are reported as a start followed by an end, so callers see
/// every element closed. Parts with a DOCTYPE are refused before libxml2 sees them.
final class XMLPartReader {
    /// What the reader is positioned on.
    enum Node: Equatable {
        /// An element's start tag.
        case start
        /// An element's end (also reported for empty elements).
        case end
        /// Character data (text, CDATA or whitespace).
        case text
    }

    /// The part's name inside the package, used in errors.
    let part: String
    /// The input file's name, used in errors.
    let file: String

    private let reader: OpaquePointer
    private let buffer: UnsafeMutableBufferPointer<CChar>
    private var firstError: String?
    private var pendingEnd = false
    private var currentIsPending = false

    /// The current node's kind, valid after `read()` returned true.
    private(set) var node: Node = .text
    /// The current element's name (start and end nodes).
    private(set) var name = XMLName(namespace: .other, local: "")
    /// The current node's depth (the root element is 0).
    private(set) var depth = 0

    /// Opens a reader over `bytes`.
    /// - Throws: `PipelineError` `.forbiddenMarkup` when the part declares a DOCTYPE,
    ///   `.tooLarge` when it cannot be addressed by libxml2, `.malformedMarkup` when libxml2
    ///   cannot start.
    init(bytes: [UInt8], part: String, file: String) throws {
        _ = libxml2Prepared
        self.part = part
        self.file = file
        if DoctypeScanner.declaresDoctype(bytes) {
            throw Self.forbidden(part: part, file: file)
        }
        guard bytes.count < Int(Int32.max) else {
            throw PipelineError(
                stage: "extract", file: file, reason: .tooLarge,
                message: "\(part) is too large to read (\(bytes.count) bytes)")
        }
        let storage = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBytes { source in
            UnsafeMutableRawBufferPointer(storage).copyMemory(from: source)
        }
        let options = Int32(XML_PARSE_NONET.rawValue)
        guard let reader = xmlReaderForMemory(storage.baseAddress, Int32(bytes.count), part, nil, options) else {
            storage.deallocate()
            throw PipelineError(
                stage: "extract", file: file, reason: .malformedMarkup,
                message: "\(part) could not be opened as XML")
        }
        self.reader = reader
        self.buffer = storage
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let owner = Unmanaged<XMLPartReader>.fromOpaque(context).takeUnretainedValue()
            owner.record(error.pointee)
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// Moves to the next element start, element end or text node.
    /// - Returns: false at the end of the part.
    /// - Throws: `PipelineError` `.malformedMarkup` (with libxml2's message) when the part is
    ///   not well-formed, `.forbiddenMarkup` on a DOCTYPE or entity reference.
    func read() throws -> Bool {
        if pendingEnd {
            pendingEnd = false
            node = .end
            return true
        }
        while true {
            if currentIsPending {
                currentIsPending = false
            } else {
                let status = xmlTextReaderRead(reader)
                if status < 0 || firstError != nil { throw malformed() }
                if status == 0 { return false }
            }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                loadName()
                node = .start
                pendingEnd = xmlTextReaderIsEmptyElement(reader) == 1
                return true
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                loadName()
                node = .end
                return true
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                depth = Int(xmlTextReaderDepth(reader))
                node = .text
                return true
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue),
                Int32(XML_READER_TYPE_ENTITY.rawValue):
                throw Self.forbidden(part: part, file: file)
            default:
                continue
            }
        }
    }

    /// Skips the rest of the current element (positioned on its start): its content and its
    /// end are not reported.
    func skipElement() throws {
        guard node == .start else { return }
        if pendingEnd {
            pendingEnd = false
            return
        }
        let status = xmlTextReaderNext(reader)
        if status < 0 || firstError != nil { throw malformed() }
        // xmlTextReaderNext leaves the reader on the following node; report it next.
        currentIsPending = status == 1
    }

    /// The value of the current element's attribute, or nil when absent.
    /// - Parameters:
    ///   - namespace: The attribute's namespace, or nil for an unqualified attribute.
    ///   - local: The attribute's local name.
    func attribute(_ namespace: XMLNamespace?, _ local: String) -> String? {
        guard node == .start, xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            guard let attributeName = xmlTextReaderConstLocalName(reader) else { continue }
            let matchesName = local.withCString { strcmp($0, UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self)) == 0 }
            guard matchesName else { continue }
            let uri = xmlTextReaderConstNamespaceUri(reader)
            let attributeNamespace: XMLNamespace? = uri == nil ? nil : XMLNamespace.classify(uri)
            guard attributeNamespace == namespace else { continue }
            guard let value = xmlTextReaderConstValue(reader) else { return "" }
            return String(cString: value)
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        return nil
    }

    /// The current text node's characters.
    func text() -> String {
        guard node == .text, let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    private func loadName() {
        depth = Int(xmlTextReaderDepth(reader))
        let local = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
        name = XMLName(namespace: XMLNamespace.classify(xmlTextReaderConstNamespaceUri(reader)), local: local)
    }

    private func record(_ error: xmlError) {
        guard firstError == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown XML error"
        while message.last?.isWhitespace == true { message.removeLast() }
        firstError = "line \(error.line): \(message)"
    }

    private func malformed() -> PipelineError {
        PipelineError(
            stage: "extract", file: file, reason: .malformedMarkup,
            message: "\(part) is not well-formed XML", underlying: firstError ?? "libxml2 stopped reading")
    }

    private static func forbidden(part: String, file: String) -> PipelineError {
        PipelineError(
            stage: "extract", file: file, reason: .forbiddenMarkup,
            message: "\(part) declares a DOCTYPE or entities, which a Word document never needs; refused unread")
    }
}
