import Foundation
import PipelineCore

/// Golden-file support: encode values the way Scrutineer writes them and compare.
public enum Golden {
    /// True when golden files should be re-recorded (`SCRUTINEER_RECORD=1`), never by default.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["SCRUTINEER_RECORD"] == "1"
    }

    /// The deterministic JSON text of a value.
    public static func json<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try JSONOutput.encode(value), as: UTF8.self)
    }
}
