/// A store whose schema is applied as ``StoreSchema/migrations``.
package protocol VersionedStore: ReviewStore {
    /// Applies the migrations up to and including `last` that the store lacks (all when nil).
    func migrate(upTo last: String?) async throws

    /// The names of the migrations the store has applied, in schema order.
    func appliedMigrations() async throws -> [String]
}
