/// A store whose schema is applied as ``StoreSchema/migrations``, and whose records can be
/// checked against each other (see ``StoreConnection/consistencyProblems()``).
package protocol VersionedStore: ReviewStore {
    /// Applies the migrations up to and including `last` that the store lacks (all when nil).
    func migrate(upTo last: String?) async throws

    /// The names of the migrations the store has applied, in schema order.
    func appliedMigrations() async throws -> [String]

    /// What is inconsistent in the store; empty when every document is complete or absent.
    func consistencyProblems() async throws -> [String]
}
