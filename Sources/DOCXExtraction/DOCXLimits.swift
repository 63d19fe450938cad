/// The resource limits the DOCX extractor enforces before and while inflating a package,
/// so a hostile file is refused instead of exhausting memory.
public struct DOCXLimits: Sendable, Hashable {
    /// Largest inflated size of any one part (document.xml, styles.xml, a header).
    public var maxPartSize: UInt64
    /// Largest inflated size of all parts read, together.
    public var maxTotalSize: UInt64
    /// Highest compression ratio accepted for a part larger than `ratioThreshold`.
    public var maxCompressionRatio: UInt64
    /// Size above which the compression ratio is checked.
    public var ratioThreshold: UInt64
    /// Most entries an archive may list.
    public var maxEntries: Int

    /// Creates limits; the defaults fit any real council document with a wide margin.
    /// - Parameters:
    ///   - maxPartSize: Per-part cap, 64 MiB by default.
    ///   - maxTotalSize: Cap over all parts read, 256 MiB by default.
    ///   - maxCompressionRatio: 200:1 by default.
    ///   - ratioThreshold: 1 MiB by default.
    ///   - maxEntries: 20 000 by default.
    public init(
        maxPartSize: UInt64 = 64 << 20, maxTotalSize: UInt64 = 256 << 20, maxCompressionRatio: UInt64 = 200,
        ratioThreshold: UInt64 = 1 << 20, maxEntries: Int = 20_000
    ) {
        self.maxPartSize = maxPartSize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
        self.maxEntries = maxEntries
    }
}
