import PipelineCore

/// What every part of one DOCX package is read against: its styles, its list counters
/// (shared, since numbering runs across the document), the file name and the findings.
final class DocumentContext {
    /// The input file's name, for errors and diagnostics.
    let file: String
    /// The resolved styles.
    let styles: StyleSheet
    /// List counters, advanced in reading order.
    var lists: ListCounter
    /// Non-fatal findings, in order.
    var diagnostics: [Diagnostic] = []
    /// Body block index holding each note reference, keyed by kind and note id.
    var noteOrigins: [Note.Kind: [String: Int]] = [:]

    /// Creates the context for one package.
    init(file: String, styles: StyleSheet, numbering: Numbering) {
        self.file = file
        self.styles = styles
        self.lists = ListCounter(numbering: numbering)
    }

    /// Records a warning about the file.
    func warn(_ code: String, _ message: String) {
        diagnostics.append(Diagnostic(severity: .warning, code: code, message: message, file: file))
    }
}
