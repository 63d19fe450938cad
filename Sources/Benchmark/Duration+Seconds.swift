extension Duration {
    /// The duration in seconds, as every benchmark table prints it.
    var inSeconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
