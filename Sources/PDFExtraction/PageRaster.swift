/// A rendered page: opaque pixels (`0xAARRGGBB`) at `scale` pixels per point, origin top-left.
struct PageRaster {
    /// Width in pixels.
    var width: Int
    /// Height in pixels.
    var height: Int
    /// Pixels per PDF point.
    var scale: Double
    /// Row-major pixels.
    var pixels: [UInt32]

    /// The luminance (0…255) of every pixel, row-major.
    func luminance() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: pixels.count) { buffer, count in
            pixels.withUnsafeBufferPointer { source in
                for index in 0..<source.count {
                    let pixel = source[index]
                    let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                    buffer[index] = UInt8(truncatingIfNeeded: (red &* 77 &+ green &* 150 &+ blue &* 29) >> 8)
                }
            }
            count = pixels.count
        }
    }

    /// True when a pixel is a neutral grey or black (channels within 48 of each other).
    func isGrey(_ index: Int) -> Bool {
        let pixel = pixels[index]
        let red = Int((pixel >> 16) & 0xFF), green = Int((pixel >> 8) & 0xFF), blue = Int(pixel & 0xFF)
        return max(red, green, blue) - min(red, green, blue) <= 48
    }

    /// The colour behind a point, read as the per-channel median of a few pixels around it;
    /// nil when white (unshaded) or outside the page.
    /// - Parameter points: Page positions in points to sample (each read as a 3-pixel cross).
    func shading(sampling points: [(x: Double, y: Double)]) -> String? {
        var reds: [Int] = [], greens: [Int] = [], blues: [Int] = []
        for point in points {
            let cx = Int(point.x * scale), cy = Int(point.y * scale)
            for (dx, dy) in [(0, 0), (1, 0), (0, 1)] {
                let x = cx + dx, y = cy + dy
                guard x >= 0, y >= 0, x < width, y < height else { continue }
                let pixel = pixels[y * width + x]
                reds.append(Int((pixel >> 16) & 0xFF))
                greens.append(Int((pixel >> 8) & 0xFF))
                blues.append(Int(pixel & 0xFF))
            }
        }
        guard !reds.isEmpty else { return nil }
        func median(_ values: [Int]) -> Int { values.sorted()[values.count / 2] }
        let red = median(reds), green = median(greens), blue = median(blues)
        if red >= 250 && green >= 250 && blue >= 250 { return nil }
        return ColorHex.string(red: red, green: green, blue: blue)
    }
}

