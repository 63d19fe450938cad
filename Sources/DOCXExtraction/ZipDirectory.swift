/// Checks a zip archive's directory before ZIPFoundation reads it from memory: every place the
/// reader will seek to (the central directory, each entry's record, local header, data and
/// data descriptor) must lie inside the bytes. ZIPFoundation's in-memory file traps on a read
/// after a seek past the end, and leaks the archive when its set-up fails, so a damaged
/// archive is refused here with what is wrong instead.
enum ZipDirectory {
    /// What is wrong with the archive's directory, or nil when every offset it gives is in bounds.
    static func problem(in bytes: [UInt8]) -> String? {
        let count = bytes.count
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        func u64(_ at: Int) -> Int? {
            guard let low = u32(at), let high = u32(at + 4), high < 0x8000 else { return nil }
            return low | high << 32
        }
        func signature(_ at: Int, _ third: UInt8, _ fourth: UInt8) -> Bool {
            at >= 0 && at + 4 <= count && bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == third && bytes[at + 3] == fourth
        }

        // End of central directory: the last signature within the final 64 KiB + 22 bytes.
        guard count >= 22 else { return "it is too short to hold a zip directory" }
        var end = count - 22
        let lowest = max(0, count - 22 - 0xFFFF)
        while end >= lowest, !signature(end, 0x05, 0x06) { end -= 1 }
        guard end >= lowest else { return "its end-of-directory record is missing" }
        guard var total = u16(end + 10), var size = u32(end + 12), var offset = u32(end + 16) else {
            return "its end-of-directory record is cut short"
        }
        if total == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF || signature(end - 20, 0x06, 0x07) {
            // ZIP64: the locator just before the record points at the 64-bit record, which
            // ZIPFoundation reads whenever the locator is there.
            guard signature(end - 20, 0x06, 0x07), let record = u64(end - 20 + 8), signature(record, 0x06, 0x06),
                  let total64 = u64(record + 32), let size64 = u64(record + 40), let offset64 = u64(record + 48) else {
                return "its ZIP64 end-of-directory record is missing or out of bounds"
            }
            total = total64
            size = size64
            offset = offset64
        }
        guard offset <= count, size <= count - offset else { return "its central directory lies outside the file" }

        var position = offset
        for _ in 0..<total {
            guard signature(position, 0x01, 0x02), position + 46 <= count,
                  let method = u16(position + 10),
                  var compressed = u32(position + 20), var uncompressed = u32(position + 24),
                  let nameLength = u16(position + 28), let extraLength = u16(position + 30),
                  let commentLength = u16(position + 32), var local = u32(position + 42) else {
                return "an entry of its central directory lies outside the file or is damaged"
            }
            let extraStart = position + 46 + nameLength
            guard extraStart + extraLength + commentLength <= count else {
                return "an entry of its central directory runs past the end of the file"
            }
            // 64-bit sizes and offset, in the ZIP64 extra field, for the fields that say so.
            if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                var field = extraStart
                var found = false
                while field + 4 <= extraStart + extraLength, let id = u16(field), let length = u16(field + 2) {
                    if id == 0x0001 {
                        var at = field + 4
                        if uncompressed == 0xFFFF_FFFF { uncompressed = u64(at) ?? Int.max; at += 8 }
                        if compressed == 0xFFFF_FFFF { compressed = u64(at) ?? Int.max; at += 8 }
                        if local == 0xFFFF_FFFF { local = u64(at) ?? Int.max }
                        found = true
                        break
                    }
                    field += 4 + length
                }
                guard found else { return "an entry's ZIP64 sizes are missing" }
            }
            guard local <= count - 30, signature(local, 0x03, 0x04),
                  let localName = u16(local + 26), let localExtra = u16(local + 28) else {
                return "an entry's local header lies outside the file"
            }
            let dataStart = local + 30 + localName + localExtra
            let dataLength = method == 0 ? uncompressed : compressed
            guard dataStart <= count, dataLength <= count - dataStart, compressed <= count - dataStart else {
                return "an entry's data runs past the end of the file"
            }
            position = extraStart + extraLength + commentLength
        }
        return nil
    }
}
