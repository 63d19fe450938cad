import PDFExtraction
import PipelineCore

/// libFuzzer entry for the layout half of the PDF reader: placed words and a cairo script
/// (see `SyntheticPages`) become lines, ruled and aligned tables, and blocks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFLayout(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? SyntheticPages.document(from: text)
    return 0
}

/// The executable's entry (SwiftPM names it `FuzzPDFLayout_main`): hands control to libFuzzer.
@_cdecl("FuzzPDFLayout_main")
public func fuzzPDFLayoutMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzPDFLayout)
}

/// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *, char ***, int (*)(const uint8_t *, size_t))`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
