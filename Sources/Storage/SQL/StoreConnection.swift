/// One open connection to a store, inside whatever transaction its backend began. The
/// store's operations (``ingest(_:)``, ``search(_:)``, the tracker) are written once over this
/// protocol; a backend supplies only its dialect and a way to run a statement.
package protocol StoreConnection: Sendable {
    /// How this backend writes what differs.
    var dialect: any SQLDialect { get }

    /// Runs a statement and returns its rows.
    func rows(_ sql: SQL) async throws -> [StoreRow]

    /// Runs a statement, discarding any rows.
    func execute(_ sql: SQL) async throws
}
