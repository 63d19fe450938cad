/// The XML namespaces the DOCX reader tells apart, identified by URI, never by prefix.
enum XMLNamespace: Sendable {
    /// WordprocessingML main (transitional or strict).
    case word
    /// Office document relationships (`r:id`).
    case relationships
    /// Markup compatibility (`mc:AlternateContent`).
    case compatibility
    /// Package relationships (`_rels/*.rels`).
    case packageRelationships
    /// Dublin Core elements (`dc:title`, `dc:creator`).
    case dublinCore
    /// Dublin Core terms (`dcterms:created`, `dcterms:modified`).
    case dublinCoreTerms
    /// XML itself (`xml:space`).
    case xml
    /// Any other namespace, or none.
    case other

    /// Classifies a namespace URI given as NUL-terminated UTF-8 bytes.
    static func classify(_ uri: UnsafePointer<UInt8>?) -> XMLNamespace {
        guard let uri else { return .other }
        let length = strlen(uri)
        for (bytes, namespace) in known where bytes.count == length {
            if memcmp(uri, bytes, length) == 0 { return namespace }
        }
        return .other
    }

    private static let known: [([UInt8], XMLNamespace)] = ([
        ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", .word),
        ("http://purl.oclc.org/ooxml/wordprocessingml/main", .word),
        ("http://schemas.openxmlformats.org/officeDocument/2006/relationships", .relationships),
        ("http://purl.oclc.org/ooxml/officeDocument/relationships", .relationships),
        ("http://schemas.openxmlformats.org/markup-compatibility/2006", .compatibility),
        ("http://schemas.openxmlformats.org/package/2006/relationships", .packageRelationships),
        ("http://purl.org/dc/elements/1.1/", .dublinCore),
        ("http://purl.org/dc/terms/", .dublinCoreTerms),
        ("http://www.w3.org/XML/1998/namespace", .xml),
    ] as [(String, XMLNamespace)]).map { (Array($0.0.utf8), $0.1) }
}

/// An element or attribute name: its namespace and local name.
struct XMLName: Hashable, Sendable {
    /// The namespace the name belongs to.
    var namespace: XMLNamespace
    /// The local part of the name (`p`, `tbl`, `val`).
    var local: String

    /// A WordprocessingML name (`w:local`).
    static func w(_ local: String) -> XMLName { XMLName(namespace: .word, local: local) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
