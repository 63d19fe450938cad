import EvidenceTagging
import Foundation
import PipelineCore
import Segmentation
import TextExtraction
import Yams

/// The SET framework and glossary the pipeline ships, read once from `Pipelines/`.
let pipelines = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Pipelines")
let framework: Framework = {
    let text = (try? String(contentsOf: pipelines.appendingPathComponent("frameworks/set.yml"), encoding: .utf8)) ?? ""
    guard let framework = try? YAMLDecoder().decode(Framework.self, from: text) else {
        fatalError("cannot read \(pipelines.path)/frameworks/set.yml")
    }
    return framework
}()
let tagger: Tagger = {
    let text = (try? String(contentsOf: pipelines.appendingPathComponent("glossary.yml"), encoding: .utf8)) ?? ""
    let glossary = (try? YAMLDecoder().decode(Glossary.self, from: text)) ?? Glossary(entries: [])
    return Tagger(framework: framework, glossary: glossary)
}()

/// libFuzzer entry for segmentation and tagging. An input whose first byte is even is read as
/// a text file by the text extractor; otherwise its lines become blocks directly: `#` a heading,
/// `-` a list item, `|a|b{FF0000}|` a table row (consecutive rows make one table, `{RRGGBB}`
/// shades a cell), anything else a paragraph. The document is then segmented and tagged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = input.first else { return 0 }
    let body = Array(input.dropFirst())
    var diagnostics = Diagnostics()
    let document: Document
    if first & 1 == 0 {
        guard let read = try? TextExtractor().extract(SourceFile(path: "fuzz.txt", data: body), diagnostics: &diagnostics) else {
            return 0
        }
        document = read
    } else {
        document = FuzzDocument.blocks(String(decoding: body, as: UTF8.self))
    }
    guard let review = try? Segmenter().segment(document, framework: framework, diagnostics: &diagnostics) else { return 0 }
    _ = tagger.tag(review)
    return 0
}

/// Builds a document from lines marked as block kinds.
enum FuzzDocument {
    static func blocks(_ text: String) -> Document {
        var blocks: [Block] = []
        var rows: [TableRow] = []
        func flushTable() {
            guard !rows.isEmpty else { return }
            let text = rows.map { $0.cells.map(\.text).joined(separator: "\t") }.joined(separator: "\n")
            blocks.append(Block(index: blocks.count, kind: .table, text: text, table: Table(rows: rows)))
            rows = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                let cells = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map { raw -> TableCell in
                    var cell = String(raw)
                    var shading: String?
                    if let open = cell.lastIndex(of: "{"), cell.hasSuffix("}") {
                        shading = String(cell[cell.index(after: open)..<cell.index(before: cell.endIndex)])
                        cell = String(cell[..<open])
                    }
                    return TableCell(text: cell, shading: shading)
                }
                rows.append(TableRow(cells: cells, isHeader: rows.isEmpty && line.hasPrefix("||")))
                continue
            }
            flushTable()
            if line.hasPrefix("#") {
                let level = min(6, line.prefix { $0 == "#" }.count)
                blocks.append(Block(index: blocks.count, kind: .heading, text: String(line.drop { $0 == "#" }), level: level))
            } else if line.hasPrefix("-") {
                blocks.append(Block(index: blocks.count, kind: .listItem, text: String(line.dropFirst()), label: "•"))
            } else if !line.isEmpty {
                blocks.append(Block(index: blocks.count, kind: .paragraph, text: String(line)))
            }
        }
        flushTable()
        return Document(id: "fuzz", source: "fuzz", format: .text, blocks: blocks)
    }
}

/// The executable's entry (SwiftPM names it `FuzzSegmenter_main`): hands control to libFuzzer.
@_cdecl("FuzzSegmenter_main")
public func fuzzSegmenterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzSegmenter)
}

/// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *, char ***, int (*)(const uint8_t *, size_t))`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
