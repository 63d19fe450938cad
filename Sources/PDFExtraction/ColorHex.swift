/// Formats colours as the `RRGGBB` uppercase hex Scrutineer uses everywhere.
enum ColorHex {
    private static let digits = Array("0123456789ABCDEF")

    /// `RRGGBB` for 8-bit channels.
    static func string(red: Int, green: Int, blue: Int) -> String {
        var out = ""
        for channel in [red, green, blue] {
            let value = min(255, max(0, channel))
            out.append(digits[value >> 4])
            out.append(digits[value & 0xF])
        }
        return out
    }
}
