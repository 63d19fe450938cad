/// An element or attribute name: its namespace and local name.
struct XMLName: Hashable, Sendable {
    /// The namespace the name belongs to.
    var namespace: XMLNamespace
    /// The local part of the name (`p`, `tbl`, `val`).
    var local: String

    /// A WordprocessingML name (`w:local`).
    static func w(_ local: String) -> XMLName { XMLName(namespace: .word, local: local) }
}
