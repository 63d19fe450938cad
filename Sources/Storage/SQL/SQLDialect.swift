/// Everything the two backends write differently, in one place per backend (after Vapor
/// SQLKit's `SQLDialect`): how a bound value is written, how names are quoted and column types
/// named, how a schema change becomes statements, and how keyword search is indexed, matched
/// and ranked. Every other statement is shared, written once as ``SQL``.
///
/// What both accept alike stays out of the dialect: `INSERT … ON CONFLICT … DO NOTHING`
/// (SQLite 3.24+), `RETURNING` (SQLite 3.35+), `coalesce`, `substr`, `lower`. No column is
/// boolean or JSON-typed: owners and locations are JSON text in text columns on both.
package protocol SQLDialect: Sendable {
    /// The placeholder for the `index`th bound value, counting from 1 (`?`, `$1`).
    func placeholder(_ index: Int) -> String

    /// A table or column name, quoted.
    func quote(_ identifier: String) -> String

    /// The column type as the backend names it, with the primary key clause for a serial key.
    func typeName(_ type: StoreSchema.ColumnType) -> String

    /// The statements that make `table`'s rows searchable by keyword.
    func fullTextIndexStatements(table: String) -> [String]

    /// A column written with each new item to index its text, as name and value, when the
    /// index lives in the item's own row (PostgreSQL's tsvector); nil otherwise.
    func indexedItemColumn(text: String) -> (name: String, value: SQL)?

    /// One statement indexing items already inserted, given as (row id, index text), when the
    /// index is a table of its own (SQLite's FTS5 table); nil otherwise.
    func indexItems(_ items: [(rowid: Int, text: String)]) -> SQL?

    /// A statement removing a document's items from the index before the document is
    /// deleted, when deleting the items does not (SQLite's FTS5 table); nil otherwise.
    func unindexItems(ofDocument documentId: String) -> SQL?

    /// The table whose rows count as the index's entries.
    var indexTable: String { get }

    /// Checks that the index matches the items, as (problem, query counting the rows that show it).
    var indexConsistencyChecks: [(String, SQL)] { get }

    /// Keyword search for `node`: the `FROM` clause joining the index to items as `i`, the
    /// condition an item must meet, and its score (higher is better).
    func fullTextSearch(_ node: QueryNode) -> (from: SQL, match: SQL, score: SQL)

    /// An expression listing `column` of the rows of `table` meeting `condition`, ordered by
    /// `order`, joined by single spaces; NULL when there are none.
    func spaceSeparatedList(of column: String, from table: String, where condition: String, orderedBy order: String) -> String

    /// The collation to order text by code point (`""` when that is the default).
    var codePointCollation: String { get }

    /// A statement a writing transaction runs first so that writers from other processes
    /// take turns; nil when beginning the transaction already does that.
    var writerLock: SQL? { get }
}

extension SQLDialect {
    /// The text and bound values of `sql`, with the backend's placeholders.
    package func render(_ sql: SQL) -> (text: String, values: [StoreValue]) {
        var text = ""
        var values: [StoreValue] = []
        for part in sql.parts {
            switch part {
            case .text(let piece):
                text += piece
            case .value(let value):
                values.append(value)
                text += placeholder(values.count)
            }
        }
        return (text, values)
    }

    /// The statements that apply `migration`.
    package func statements(for migration: StoreSchema.Migration) -> [String] {
        migration.changes.flatMap(statements(for:))
    }

    /// The statements that apply one change.
    package func statements(for change: StoreSchema.Change) -> [String] {
        switch change {
        case .createTable(let table):
            var lines = table.columns.map(columnDefinition)
            if !table.compositeKey.isEmpty {
                lines.append("PRIMARY KEY (" + table.compositeKey.map(quote).joined(separator: ", ") + ")")
            }
            for columns in table.unique {
                lines.append("UNIQUE (" + columns.map(quote).joined(separator: ", ") + ")")
            }
            return ["CREATE TABLE \(quote(table.name)) (\n    " + lines.joined(separator: ",\n    ") + "\n)"]
        case .createIndex(let name, let table, let columns):
            return ["CREATE INDEX \(quote(name)) ON \(quote(table)) (" + columns.map(quote).joined(separator: ", ") + ")"]
        case .createFullTextIndex(let table):
            return fullTextIndexStatements(table: table)
        }
    }

    private func columnDefinition(_ column: StoreSchema.Column) -> String {
        var definition = quote(column.name) + " " + typeName(column.type)
        if column.type != .serial {
            if column.primaryKey { definition += " PRIMARY KEY" }
            if column.notNull { definition += " NOT NULL" }
        }
        if let value = column.defaultValue { definition += " DEFAULT " + value }
        if let table = column.references { definition += " REFERENCES \(quote(table)) ON DELETE CASCADE" }
        return definition
    }
}
