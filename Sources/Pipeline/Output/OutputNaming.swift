/// Decides the output file name of each input, so that no two inputs of one run write the
/// same file.
///
/// An input is named by its file name without extension (`Corpus/docx/x.docx` → `x`). When
/// several inputs share that stem, each keeps its extension instead (`x.docx`, `x.pdf`,
/// `x.txt`); when even the file names are equal (the same name in two folders), the later
/// ones get `-2`, `-3`, … in input order.
public enum OutputNaming {
    /// The output name (without `.json`) for each input path.
    public static func names(for paths: [String]) -> [String: String] {
        func fileName(_ path: String) -> String {
            path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        }
        func stem(_ path: String) -> String {
            let name = fileName(path)
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
            return String(name[..<dot])
        }
        var stemCounts: [String: Int] = [:]
        for path in Set(paths) { stemCounts[stem(path), default: 0] += 1 }
        var names: [String: String] = [:]
        var used: [String: Int] = [:]
        for path in paths where names[path] == nil {
            let base = (stemCounts[stem(path)] ?? 0) > 1 ? fileName(path) : stem(path)
            let count = (used[base] ?? 0) + 1
            used[base] = count
            names[path] = count == 1 ? base : "\(base)-\(count)"
        }
        return names
    }

    /// The name of one input when it is the only one of its run.
    public static func name(for path: String) -> String {
        names(for: [path])[path] ?? path
    }
}
