import CLibXML2
import Foundation
import PipelineCore
import ZIPFoundation

/// The zip package of a DOCX file, read from memory, handing out parts only within the
/// size and compression-ratio limits; the single owner of the ZIPFoundation archive.
final class PartArchive {
    private let archive: Archive
    /// Entries by lower-cased part name.
    private let entries: [String: Entry]
    private let limits: DOCXLimits
    private let file: String
    private var inflatedTotal: UInt64 = 0

    /// Opens the package.
    /// - Throws: `PipelineError` `.emptyFile`, `.encrypted` for a password-protected
    ///   document, `.unsupportedFormat` for a legacy .doc, `.corruptArchive` when the bytes are
    ///   not a readable zip, `.tooLarge` when it lists too many entries.
    init(bytes: [UInt8], file: String, limits: DOCXLimits) throws {
        self.file = file
        self.limits = limits
        guard !bytes.isEmpty else {
            throw PipelineError(stage: "extract", file: file, reason: .emptyFile, message: "the file is empty")
        }
        if bytes.starts(with: Self.compoundFileSignature) {
            throw Self.compoundFileError(bytes, file: file)
        }
        guard FormatSniffer.sniff(bytes) == .zip else {
            throw PipelineError(
                stage: "extract", file: file, reason: .corruptArchive,
                message: "not a Word document: the file is not a zip archive")
        }
        if let problem = ZipDirectory.problem(in: bytes) {
            throw PipelineError(
                stage: "extract", file: file, reason: .corruptArchive, message: "the zip archive is damaged: \(problem)")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw PipelineError(
                stage: "extract", file: file, reason: .corruptArchive,
                message: "the zip archive is damaged and cannot be opened", underlying: "\(error)")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries {
                throw PipelineError(
                    stage: "extract", file: file, reason: .tooLarge,
                    message: "the archive lists more than \(limits.maxEntries) entries")
            }
            // Part names are case-insensitive (OPC); some writers use backslashes.
            var path = entry.path.replacingOccurrences(of: "\\", with: "/").lowercased()
            if path.hasPrefix("/") { path.removeFirst() }
            if entries[path] == nil, entry.type == .file { entries[path] = entry }
        }
        self.entries = entries
    }

    /// True when the package holds a part at `path`.
    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// The inflated bytes of the part at `path`, or nil when the package has no such part.
    /// - Throws: `PipelineError` `.tooLarge` when the part's declared or actual size or its
    ///   compression ratio is over the limits (checked before and during inflation),
    ///   `.corruptArchive` when its data cannot be inflated.
    func read(_ path: String) throws -> [UInt8]? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let declared = entry.uncompressedSize
        let compressed = entry.compressedSize
        try checkSize(declared, compressed: compressed, path: path, declared: true)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(declared, limits.maxPartSize)))
        do {
            // The checksum is zlib's (ZIPFoundation's own is computed in Swift, byte by byte,
            // on this platform, and cost more than the inflating).
            var checksum: UInt = 0
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { chunk in
                checksum = chunk.withUnsafeBytes { raw in
                    crc32(checksum, raw.bindMemory(to: UInt8.self).baseAddress, UInt32(raw.count))
                }
                bytes.append(contentsOf: chunk)
                try self.checkSize(UInt64(bytes.count), compressed: compressed, path: path)
            }
            guard UInt32(truncatingIfNeeded: checksum) == entry.checksum else {
                throw PipelineError(
                    stage: "extract", file: file, reason: .corruptArchive,
                    message: "the zip archive is damaged: \(path) does not match its checksum")
            }
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(
                stage: "extract", file: file, reason: .corruptArchive,
                message: "the zip archive is damaged: \(path) cannot be inflated", underlying: "\(error)")
        }
        inflatedTotal += UInt64(bytes.count)
        if inflatedTotal > limits.maxTotalSize {
            throw PipelineError(
                stage: "extract", file: file, reason: .tooLarge,
                message: "the document's parts inflate to more than \(Self.describe(limits.maxTotalSize)) together")
        }
        return bytes
    }

    private func checkSize(_ size: UInt64, compressed: UInt64, path: String, declared: Bool = false) throws {
        if size > limits.maxPartSize {
            let claim = declared ? "would inflate to \(size) bytes, over" : "inflates to more than"
            throw PipelineError(
                stage: "extract", file: file, reason: .tooLarge,
                message: "\(path) \(claim) the \(Self.describe(limits.maxPartSize)) limit; refused as a possible zip bomb")
        }
        if size > limits.ratioThreshold {
            let ratio = compressed == 0 ? UInt64.max : size / compressed
            if ratio > limits.maxCompressionRatio {
                throw PipelineError(
                    stage: "extract", file: file, reason: .tooLarge,
                    message: "\(path) is compressed more than \(limits.maxCompressionRatio):1; refused as a possible zip bomb")
            }
        }
    }

    /// The signature of an OLE2 compound file: a legacy .doc or a password-protected DOCX.
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Tells a password-protected DOCX (its compound file holds an `EncryptionInfo` stream)
    /// from a legacy Word 97–2003 document.
    private static func compoundFileError(_ bytes: [UInt8], file: String) -> PipelineError {
        let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let encrypted = bytes.count >= marker.count && (0...(bytes.count - marker.count)).contains { start in
            bytes[start] == marker[0] && bytes[start..<start + marker.count].elementsEqual(marker)
        }
        if encrypted {
            return PipelineError(
                stage: "extract", file: file, reason: .encrypted,
                message: "the Word document is password-protected; save it without a password to read it")
        }
        return PipelineError(
            stage: "extract", file: file, reason: .unsupportedFormat,
            message: "not a DOCX file: a Word 97–2003 (.doc) or other OLE2 compound file; save it as .docx to read it")
    }

    private static func describe(_ bytes: UInt64) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
