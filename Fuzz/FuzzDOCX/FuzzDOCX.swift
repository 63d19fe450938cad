import DOCXExtraction
import Foundation
import PipelineCore
import ZIPFoundation

/// libFuzzer entry for the DOCX reader. An input whose first byte is even is read as a whole
/// file (the zip container, then its parts); otherwise the rest of the input becomes the
/// `word/document.xml` of a stored (uncompressed) zip with the package's other parts, so the
/// mutations reach the XML part reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOCX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let bytes: [UInt8]
    if let first = input.first, first & 1 == 1 {
        guard let package = DOCXPackage.stored(documentXML: Array(input.dropFirst())) else { return 0 }
        bytes = package
    } else {
        bytes = input
    }
    var diagnostics = Diagnostics()
    _ = try? DOCXExtractor().extract(SourceFile(path: "fuzz.docx", data: bytes), diagnostics: &diagnostics)
    return 0
}

/// Builds the smallest DOCX package around a given main document part.
enum DOCXPackage {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
    static let relationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """

    static func stored(documentXML: [UInt8]) -> [UInt8]? {
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(relationships.utf8)),
            ("word/document.xml", documentXML),
        ]
        for (path, content) in parts {
            let data = Data(content)
            do {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) {
                    position, size in data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                return nil
            }
        }
        return archive.data.map { Array($0) }
    }
}

/// The executable's entry (SwiftPM names it `FuzzDOCX_main`): hands control to libFuzzer.
@_cdecl("FuzzDOCX_main")
public func fuzzDOCXMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzDOCX)
}

/// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *, char ***, int (*)(const uint8_t *, size_t))`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
