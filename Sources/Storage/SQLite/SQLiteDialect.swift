/// SQLite as the store writes it: `?` placeholders, an FTS5 table `item_fts` beside `item`
/// (rowid = item id, porter stemming) ranked by bm25.
package struct SQLiteDialect: SQLDialect {
    /// The FTS5 table holding each item's folded text.
    static let ftsTable = "item_fts"

    package init() {}

    package func placeholder(_ index: Int) -> String { "?" }

    package func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    package func typeName(_ type: StoreSchema.ColumnType) -> String {
        switch type {
        case .text: return "TEXT"
        case .integer, .rowReference: return "INTEGER"
        case .serial: return "INTEGER PRIMARY KEY AUTOINCREMENT"
        }
    }

    package func fullTextIndexStatements(table: String) -> [String] {
        ["CREATE VIRTUAL TABLE \(quote(Self.ftsTable)) USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')"]
    }

    package func indexedItemColumn(text: String) -> (name: String, value: SQL)? { nil }

    package func indexItems(_ items: [(rowid: Int, text: String)]) -> SQL? {
        guard !items.isEmpty else { return nil }
        return "INSERT INTO item_fts (rowid, body) VALUES " + SQL.joined(items.map { "(\($0.rowid), \($0.text))" }, separator: ", ")
    }

    package func unindexItems(ofDocument documentId: String) -> SQL? {
        "DELETE FROM item_fts WHERE rowid IN (SELECT id FROM item WHERE document_id = \(documentId))"
    }

    package var indexTable: String { Self.ftsTable }

    package var indexConsistencyChecks: [(String, SQL)] {
        [
            ("items missing from the index", "SELECT count(*) AS n FROM item WHERE id NOT IN (SELECT rowid FROM item_fts)"),
            ("index entries without an item", "SELECT count(*) AS n FROM item_fts WHERE rowid NOT IN (SELECT id FROM item)"),
        ]
    }

    package func fullTextSearch(_ node: QueryNode) -> (from: SQL, match: SQL, score: SQL) {
        ("item_fts JOIN item i ON i.id = item_fts.rowid", "item_fts MATCH \(FTS5Renderer.render(node))", "-bm25(item_fts)")
    }

    package func spaceSeparatedList(of column: String, from table: String, where condition: String, orderedBy order: String) -> String {
        // group_concat takes no ORDER BY before SQLite 3.44, so the rows are ordered in a subquery.
        "(SELECT group_concat(value, ' ') FROM (SELECT \(column) AS value FROM \(table) WHERE \(condition) ORDER BY \(order)))"
    }

    package var codePointCollation: String { "" }

    /// `BEGIN IMMEDIATE` already takes the file's write lock.
    package var writerLock: SQL? { nil }
}
