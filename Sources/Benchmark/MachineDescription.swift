import Foundation

/// A one-line description of the machine a benchmark ran on: CPU, cores, memory, system.
enum MachineDescription {
    /// Describes the current machine from `/proc` and `/etc/os-release` where present.
    static func current() -> String {
        let info = ProcessInfo.processInfo
        var parts: [String] = []
        if let cpu = firstValue(in: "/proc/cpuinfo", key: "model name") { parts.append(cpu) }
        parts.append("\(info.activeProcessorCount) cores")
        parts.append("\(info.physicalMemory / 1_073_741_824) GiB RAM")
        if let system = firstValue(in: "/etc/os-release", key: "PRETTY_NAME", separator: "=") {
            parts.append(system.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        } else {
            parts.append(info.operatingSystemVersionString)
        }
        return parts.joined(separator: ", ")
    }

    private static func firstValue(in path: String, key: String, separator: Character = ":") -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let pair = line.split(separator: separator, maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == key {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
