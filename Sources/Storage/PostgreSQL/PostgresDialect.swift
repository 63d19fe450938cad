/// PostgreSQL as the store writes it: `$n` placeholders, a GIN-indexed `tsvector` column on
/// `item` (English stemming) matched with `@@` and ranked by `ts_rank`.
package struct PostgresDialect: SQLDialect {
    /// The advisory lock writers take, so loads from several processes take turns.
    static let writerLockKey = 7294002

    package init() {}

    package func placeholder(_ index: Int) -> String { "$\(index)" }

    package func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    package func typeName(_ type: StoreSchema.ColumnType) -> String {
        switch type {
        case .text: return "TEXT"
        case .integer: return "INTEGER"
        case .rowReference: return "BIGINT"
        case .serial: return "BIGSERIAL PRIMARY KEY"
        }
    }

    package func fullTextIndexStatements(table: String) -> [String] {
        [
            "ALTER TABLE \(quote(table)) ADD COLUMN tsv TSVECTOR NOT NULL",
            "CREATE INDEX \(quote(table + "_tsv")) ON \(quote(table)) USING GIN (tsv)",
        ]
    }

    package func indexedItemColumn(text: String) -> (name: String, value: SQL)? {
        ("tsv", "to_tsvector('\(raw: TSQueryRenderer.configuration)', \(text))")
    }

    package func indexItems(_ items: [(rowid: Int, text: String)]) -> SQL? { nil }

    /// The tsvector goes with its row.
    package func unindexItems(ofDocument documentId: String) -> SQL? { nil }

    package var indexTable: String { "item" }

    package var indexConsistencyChecks: [(String, SQL)] { [] }

    package func fullTextSearch(_ node: QueryNode) -> (from: SQL, match: SQL, score: SQL) {
        ("(SELECT \(TSQueryRenderer.render(node)) AS query) q, item i", "i.tsv @@ q.query", "ts_rank(i.tsv, q.query, 1)::float8")
    }

    package func spaceSeparatedList(of column: String, from table: String, where condition: String, orderedBy order: String) -> String {
        "(SELECT string_agg(\(column), ' ' ORDER BY \(order)) FROM \(table) WHERE \(condition))"
    }

    package var codePointCollation: String { " COLLATE \"C\"" }

    package var writerLock: SQL? { "SELECT pg_advisory_xact_lock(\(raw: String(Self.writerLockKey)))" }
}
