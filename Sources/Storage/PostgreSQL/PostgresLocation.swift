import Foundation
import PipelineCore

/// The parts of a `postgres://user:password@host:port/database?schema=name` URL.
public struct PostgresLocation: Hashable, Sendable, CustomStringConvertible {
    /// Server host.
    public var host: String
    /// Server port.
    public var port: Int
    /// Role to log in as.
    public var username: String
    /// Its password, or nil.
    public var password: String?
    /// Database name.
    public var database: String
    /// Schema holding the tables (`public` unless the URL says `?schema=`).
    public var schema: String

    /// Reads a URL.
    /// - Throws: `PipelineError(.invalidConfiguration)` when a part is missing or malformed.
    public init(url text: String) throws {
        func bad(_ problem: String) -> PipelineError {
            PipelineError(stage: "store", file: "--store", reason: .invalidConfiguration, message: "cannot read the PostgreSQL URL: \(problem)")
        }
        guard let components = URLComponents(string: text) else { throw bad("it is not a URL") }
        guard let host = components.host, !host.isEmpty else { throw bad("it names no host") }
        guard let user = components.user, !user.isEmpty else { throw bad("it names no user (postgres://user:password@host/database)") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw bad("it names no database") }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database
        let schema = components.queryItems?.first { $0.name == "schema" }?.value ?? "public"
        guard !schema.isEmpty, schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw bad("the schema must be letters, digits and underscores")
        }
        self.schema = schema
    }

    /// The URL without its password.
    public var description: String {
        "postgres://\(username)@\(host):\(port)/\(database)" + (schema == "public" ? "" : "?schema=\(schema)")
    }
}
