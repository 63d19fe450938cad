/// Finds a DOCTYPE declaration in an XML part's prolog without parsing it, so a part that
/// declares entities (external or recursive) is refused before libxml2 reads it.
enum DoctypeScanner {
    /// True when the prolog (before the root element) contains `<!DOCTYPE`.
    ///
    /// UTF-16 parts are scanned through their low bytes; anything the scan cannot decide is
    /// left to the reader, which also refuses DOCTYPE nodes.
    static func declaresDoctype(_ bytes: [UInt8]) -> Bool {
        var ascii: [UInt8] = []
        let prologLimit = min(bytes.count, 1 << 20)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0x3C && bytes[1] == 0x00) {
            ascii.reserveCapacity(prologLimit / 2)
            var index = bytes[0] == 0xFF ? 2 : 0
            while index + 1 < prologLimit { ascii.append(bytes[index + 1] == 0 ? bytes[index] : 0x80); index += 2 }
        } else if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0x00 && bytes[1] == 0x3C) {
            ascii.reserveCapacity(prologLimit / 2)
            var index = bytes[0] == 0xFE ? 2 : 0
            while index + 1 < prologLimit { ascii.append(bytes[index] == 0 ? bytes[index + 1] : 0x80); index += 2 }
        } else {
            ascii = Array(bytes.prefix(prologLimit))
        }
        return scanProlog(ascii)
    }

    private static func scanProlog(_ text: [UInt8]) -> Bool {
        var index = 0
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < text.count {
            let byte = text[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
            guard byte == 0x3C else { return false }
            if matches(text, at: index, "<?") {
                guard let close = find(text, "?>", from: index + 2) else { return false }
                index = close + 2
            } else if matches(text, at: index, "<!--") {
                guard let close = find(text, "-->", from: index + 4) else { return false }
                index = close + 3
            } else if matches(text, at: index, "<!") {
                return true
            } else {
                return false
            }
        }
        return false
    }

    private static func matches(_ text: [UInt8], at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= text.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where text[index + offset] != pointer[offset] { return false }
        return true
    }

    private static func find(_ text: [UInt8], _ literal: StaticString, from start: Int) -> Int? {
        var index = start
        while index < text.count {
            if matches(text, at: index, literal) { return index }
            index += 1
        }
        return nil
    }
}
