/// The store's tables, described once and rendered by each backend's ``SQLDialect``, as an
/// ordered list of named migrations. A store records the migrations it has applied (GRDB's
/// `grdb_migrations` on SQLite, `schema_migration` on PostgreSQL), so a store written by an
/// older build opens and is brought up to date. Migrations are never edited once released:
/// a change to the schema is a new migration at the end of the list.
package enum StoreSchema {
    /// The type of a column, named per backend by ``SQLDialect/typeName(_:)``.
    package enum ColumnType: Sendable, Hashable {
        /// Text of any length.
        case text
        /// A small whole number (counts, positions).
        case integer
        /// The row key of another table's ``serial`` column.
        case rowReference
        /// A key the database numbers itself, increasing and never reused.
        case serial
    }

    /// One column.
    package struct Column: Sendable, Hashable {
        package var name: String
        package var type: ColumnType
        package var notNull: Bool
        package var primaryKey: Bool
        /// A literal default (`'[]'`, `0`), or nil.
        package var defaultValue: String?
        /// The table whose key this column holds; rows here are deleted with that row.
        package var references: String?

        /// A column; `serial` columns are always the primary key.
        package init(_ name: String, _ type: ColumnType, notNull: Bool = false, primaryKey: Bool = false,
                     default defaultValue: String? = nil, references: String? = nil) {
            self.name = name
            self.type = type
            self.notNull = notNull || primaryKey || type == .serial
            self.primaryKey = primaryKey || type == .serial
            self.defaultValue = defaultValue
            self.references = references
        }
    }

    /// One table.
    package struct Table: Sendable, Hashable {
        package var name: String
        package var columns: [Column]
        /// A primary key over several columns, when no column is the key on its own.
        package var compositeKey: [String]
        /// Sets of columns whose values are unique together.
        package var unique: [[String]]

        package init(_ name: String, _ columns: [Column], compositeKey: [String] = [], unique: [[String]] = []) {
            self.name = name
            self.columns = columns
            self.compositeKey = compositeKey
            self.unique = unique
        }
    }

    /// One step of a migration.
    package enum Change: Sendable, Hashable {
        /// Creates a table.
        case createTable(Table)
        /// Creates an index on columns of a table.
        case createIndex(name: String, table: String, columns: [String])
        /// Makes a table's text searchable by keyword; how is the dialect's business
        /// (an FTS5 table on SQLite, a GIN-indexed tsvector column on PostgreSQL).
        case createFullTextIndex(table: String)
    }

    /// A named, ordered set of changes, applied once in one transaction.
    package struct Migration: Sendable, Hashable {
        /// The name a store records once it is applied.
        package var id: String
        package var changes: [Change]
    }

    /// Every migration, oldest first.
    package static let migrations: [Migration] = [
        Migration(id: "v1-documents-items-tracker", changes: [
            .createTable(Table("document", [
                Column("id", .text, primaryKey: true),
                Column("source", .text, notNull: true),
                Column("format", .text, notNull: true),
                Column("title", .text),
                Column("authority", .text),
                Column("kind", .text, notNull: true),
                Column("date", .text),
                Column("page_count", .integer),
            ])),
            .createIndex(name: "document_source", table: "document", columns: ["source"]),
            .createTable(Table("item", [
                Column("id", .serial),
                Column("document_id", .text, notNull: true, references: "document"),
                Column("kind", .text, notNull: true),
                Column("item_id", .text, notNull: true),
                Column("domain", .text),
                Column("label", .text),
                Column("text", .text, notNull: true),
                Column("location", .text, notNull: true),
                Column("tracked_id", .text),
            ], unique: [["document_id", "item_id"]])),
            .createFullTextIndex(table: "item"),
            .createTable(Table("item_tag", [
                Column("item_rowid", .rowReference, notNull: true, references: "item"),
                Column("set_question", .text, notNull: true),
                Column("position", .integer, notNull: true),
            ], compositeKey: ["item_rowid", "set_question"])),
            .createIndex(name: "item_tag_question", table: "item_tag", columns: ["set_question"]),
            .createTable(Table("tracked_item", [
                Column("id", .text, primaryKey: true),
                Column("kind", .text, notNull: true),
                Column("authority_key", .text, notNull: true),
                Column("authority", .text),
                Column("label", .text),
                Column("theme", .text),
                Column("text", .text, notNull: true),
                Column("owners", .text, notNull: true, default: "'[]'"),
                Column("due", .text),
                Column("status", .text),
                Column("status_date", .text),
                Column("progress", .text),
                Column("observation_count", .integer, notNull: true, default: "0"),
            ])),
            .createIndex(name: "tracked_item_authority", table: "tracked_item", columns: ["authority_key", "kind"]),
            .createTable(Table("observation", [
                Column("sequence", .serial),
                Column("tracked_id", .text, notNull: true, references: "tracked_item"),
                Column("document_id", .text, references: "document"),
                Column("date", .text),
                Column("label", .text),
                Column("theme", .text),
                Column("text", .text),
                Column("owners", .text, notNull: true, default: "'[]'"),
                Column("due", .text),
                Column("status", .text),
                Column("note", .text),
                Column("recorded_by", .text),
            ])),
            .createIndex(name: "observation_tracked", table: "observation", columns: ["tracked_id"]),
            .createIndex(name: "observation_document", table: "observation", columns: ["document_id"]),
        ]),
        // Reviewers' corrections, kept beside the machine's values rather than over them:
        // which item (by a stable id: a tracked id, or a document's content hash and item id),
        // which field, the corrected value as JSON, who, when and why.
        Migration(id: "v2-corrections", changes: [
            .createTable(Table("correction", [
                Column("sequence", .serial),
                Column("item_key", .text, notNull: true),
                Column("field", .text, notNull: true),
                Column("value", .text),
                Column("note", .text),
                Column("recorded_by", .text),
                Column("date", .text, notNull: true),
            ])),
            .createIndex(name: "correction_item", table: "correction", columns: ["item_key", "field"]),
        ]),
    ]

    /// The migrations up to and including the one named `last`; all of them when nil.
    /// - Throws: `StoreSchema.UnknownMigration` when no migration has that name.
    package static func migrations(upTo last: String?) throws -> [Migration] {
        guard let last else { return migrations }
        guard let end = migrations.firstIndex(where: { $0.id == last }) else { throw UnknownMigration(id: last) }
        return Array(migrations[...end])
    }

    /// A migration name the schema does not have.
    package struct UnknownMigration: Error, CustomStringConvertible {
        package var id: String
        package var description: String { "the schema has no migration named \(id)" }
    }
}
