/// Reads the fills and straight strokes out of a cairo script (the text cairo's script surface
/// writes for what is drawn on it) into a `PageDrawing`.
///
/// Only the few commands that place paint are interpreted: the path (`n`, `m`, `l`, `c`, `h`,
/// `rectangle`), the transform (`identity`/`[…] set-matrix`, `scale`, `translate`), the source
/// colour (`g`, `rgb`, `rgba` then `set-source`), the clip (`clip`, `clip+`, `reset-clip`),
/// `save`/`restore`, and the painting commands `fill`, `fill+`, `stroke`, `stroke+` and
/// `paint`. Everything else (fonts, glyphs, images, dictionaries, procedures) is skipped, so any
/// bytes give a drawing, perhaps an empty one.
struct CairoScriptReader {
    /// A 2-D affine transform `x' = a x + c y + e`, `y' = b x + d y + f`.
    struct Matrix {
        var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

        static let identity = Matrix()

        func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
            (a * x + c * y + e, b * x + d * y + f)
        }

        /// `other` applied first, then `self`.
        func after(_ other: Matrix) -> Matrix {
            Matrix(
                a: other.a * a + other.b * c, b: other.a * b + other.b * d,
                c: other.c * a + other.d * c, d: other.c * b + other.d * d,
                e: other.e * a + other.f * c + e, f: other.e * b + other.f * d + f)
        }
    }

    /// An operand on the stack.
    private enum Value {
        case number(Double)
        case matrix(Matrix)
        case color(PageDrawing.Color)
        case mark
        case other
    }

    private typealias Box = DrawingBuilder.Box
    private typealias Subpath = DrawingBuilder.Subpath

    private struct GraphicsState {
        var matrix = Matrix.identity
        var source: PageDrawing.Color? = PageDrawing.Color(red: 0, green: 0, blue: 0, alpha: 1)
        var clip: Box
    }

    /// Most operands kept; a hostile script cannot grow the stack without bound.
    private static let stackLimit = 64
    /// Most path points kept before a path is dropped as not a table's.
    private static let pathLimit = 4096

    private var stack: [Value] = []
    private var state: GraphicsState
    private var saved: [GraphicsState] = []
    private var path: [Subpath] = []
    private var pathPoints = 0
    private var builder: DrawingBuilder
    private var page: Box { builder.page }

    private init(width: Double, height: Double) {
        builder = DrawingBuilder(width: width, height: height)
        state = GraphicsState(clip: builder.page)
    }

    /// Interprets a script written for one page of `width` × `height` points.
    static func read(_ bytes: [UInt8], width: Double, height: Double) -> PageDrawing {
        var reader = CairoScriptReader(width: width, height: height)
        bytes.withUnsafeBufferPointer { reader.run($0) }
        return reader.builder.drawing
    }

    // MARK: Tokens

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "%")
    }

    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if Self.isSpace(byte) {
                i += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "%"):
                while i < count && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
            case UInt8(ascii: "("):
                // A string, with nested parentheses and backslash escapes.
                var depth = 0
                while i < count {
                    let current = bytes[i]
                    if current == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if current == UInt8(ascii: "(") { depth += 1 }
                    if current == UInt8(ascii: ")") {
                        depth -= 1
                        if depth == 0 {
                            i += 1
                            break
                        }
                    }
                    i += 1
                }
                push(.other)
            case UInt8(ascii: "<"):
                if i + 1 < count && bytes[i + 1] == UInt8(ascii: "<") {
                    i += 2
                    push(.mark)
                } else {
                    // Base-85 (`<~ … ~>`), compressed base-85 (`<| … ~>`) or hex (`< … >`) data.
                    let encoded = i + 1 < count && (bytes[i + 1] == UInt8(ascii: "~") || bytes[i + 1] == UInt8(ascii: "|"))
                    i += 2
                    while i < count {
                        if bytes[i] == UInt8(ascii: ">") && (!encoded || bytes[i - 1] == UInt8(ascii: "~")) { break }
                        i += 1
                    }
                    i += 1
                    push(.other)
                }
            case UInt8(ascii: ">"):
                i += (i + 1 < count && bytes[i + 1] == UInt8(ascii: ">")) ? 2 : 1
                popToMark()
                push(.other)
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                i += 1
                push(.mark)
            case UInt8(ascii: "]"):
                i += 1
                closeArray()
            case UInt8(ascii: "}"):
                i += 1
                popToMark()
                push(.other)
            case UInt8(ascii: ")"):
                i += 1
            case UInt8(ascii: "/"):
                i += 1
                while i < count && !Self.isDelimiter(bytes[i]) { i += 1 }
                if i < count && bytes[i] == UInt8(ascii: "/") {
                    i += 1
                    while i < count && !Self.isDelimiter(bytes[i]) { i += 1 }
                }
                push(.other)
            default:
                let start = i
                while i < count && !Self.isDelimiter(bytes[i]) { i += 1 }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<i])
                if let number = Self.number(token) {
                    push(.number(number))
                } else {
                    perform(token)
                }
            }
        }
    }

    /// The token as a number (`12`, `-0.5`, `1e-3`), or nil.
    private static func number(_ token: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < token.count && (token[index] == UInt8(ascii: "-") || token[index] == UInt8(ascii: "+")) {
            negative = token[index] == UInt8(ascii: "-")
            index += 1
        }
        var value = 0.0
        var digits = 0
        while index < token.count, token[index] >= 0x30, token[index] <= 0x39 {
            value = value * 10 + Double(token[index] - 0x30)
            digits += 1
            index += 1
        }
        if index < token.count && token[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < token.count, token[index] >= 0x30, token[index] <= 0x39 {
                value += Double(token[index] - 0x30) * scale
                scale /= 10
                digits += 1
                index += 1
            }
        }
        guard digits > 0 else { return nil }
        if index < token.count && (token[index] == UInt8(ascii: "e") || token[index] == UInt8(ascii: "E")) {
            index += 1
            var exponentNegative = false
            if index < token.count && (token[index] == UInt8(ascii: "-") || token[index] == UInt8(ascii: "+")) {
                exponentNegative = token[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponent = 0
            var exponentDigits = 0
            while index < token.count, token[index] >= 0x30, token[index] <= 0x39 {
                exponent = min(400, exponent * 10 + Int(token[index] - 0x30))
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            var power = 1.0
            for _ in 0..<exponent { power *= 10 }
            value = exponentNegative ? value / power : value * power
        }
        guard index == token.count, value.isFinite else { return nil }
        return negative ? -value : value
    }

    // MARK: Stack

    private mutating func push(_ value: Value) {
        if stack.count >= Self.stackLimit { stack.removeFirst(stack.count / 2) }
        stack.append(value)
    }

    private mutating func popToMark() {
        while let last = stack.popLast() {
            if case .mark = last { return }
        }
    }

    private mutating func closeArray() {
        var numbers: [Double] = []
        var onlyNumbers = true
        while let last = stack.popLast() {
            if case .mark = last { break }
            if case .number(let value) = last { numbers.append(value) } else { onlyNumbers = false }
        }
        if onlyNumbers && numbers.count == 6 {
            let n = Array(numbers.reversed())
            push(.matrix(Matrix(a: n[0], b: n[1], c: n[2], d: n[3], e: n[4], f: n[5])))
        } else {
            push(.other)
        }
    }

    /// The top `count` operands as numbers, bottom first, if they all are.
    private func numbers(_ count: Int) -> [Double]? {
        guard stack.count >= count else { return nil }
        var out: [Double] = []
        out.reserveCapacity(count)
        for value in stack[(stack.count - count)...] {
            guard case .number(let number) = value else { return nil }
            out.append(number)
        }
        return out
    }

    // MARK: Operators

    private mutating func perform(_ token: UnsafeBufferPointer<UInt8>) {
        guard token.count <= 16 else {
            stack.removeAll(keepingCapacity: true)
            return
        }
        let name = String(decoding: token, as: UTF8.self)
        switch name {
        case "n", "new-path":
            path.removeAll(keepingCapacity: true)
            pathPoints = 0
        case "m", "move-to":
            if let p = numbers(2) { moveTo(p[0], p[1]) }
        case "l", "line-to":
            if let p = numbers(2) { lineTo(p[0], p[1]) }
        case "c", "curve-to":
            if let p = numbers(6) {
                if path.isEmpty { moveTo(p[4], p[5]) } else { lineTo(p[4], p[5]) }
                path[path.count - 1].curved = true
            }
        case "h", "close-path":
            if !path.isEmpty { path[path.count - 1].closed = true }
        case "rectangle":
            if let p = numbers(4) {
                moveTo(p[0], p[1])
                lineTo(p[0] + p[2], p[1])
                lineTo(p[0] + p[2], p[1] + p[3])
                lineTo(p[0], p[1] + p[3])
                path[path.count - 1].closed = true
            }
        case "identity":
            stack.removeAll(keepingCapacity: true)
            push(.matrix(.identity))
            return
        case "set-matrix":
            if case .matrix(let matrix)? = stack.last { state.matrix = matrix }
        case "transform":
            if case .matrix(let matrix)? = stack.last { state.matrix = state.matrix.after(matrix) }
        case "scale":
            if let p = numbers(2) { state.matrix = state.matrix.after(Matrix(a: p[0], d: p[1])) }
        case "translate":
            if let p = numbers(2) { state.matrix = state.matrix.after(Matrix(e: p[0], f: p[1])) }
        case "g":
            if let p = numbers(1) {
                stack.removeAll(keepingCapacity: true)
                push(.color(PageDrawing.Color(red: p[0], green: p[0], blue: p[0], alpha: 1)))
            }
            return
        case "rgb":
            if let p = numbers(3) {
                stack.removeAll(keepingCapacity: true)
                push(.color(PageDrawing.Color(red: p[0], green: p[1], blue: p[2], alpha: 1)))
            }
            return
        case "rgba":
            if let p = numbers(4) {
                stack.removeAll(keepingCapacity: true)
                push(.color(PageDrawing.Color(red: p[0], green: p[1], blue: p[2], alpha: p[3])))
            }
            return
        case "set-source":
            if case .color(let color)? = stack.last { state.source = color } else { state.source = nil }
        case "save":
            if saved.count < 256 { saved.append(state) }
        case "restore":
            if let last = saved.popLast() { state = last }
        case "clip", "clip+":
            if let box = pathBounds() { state.clip = state.clip.intersection(box) ?? .empty }
            if name == "clip" { clearPath() }
        case "reset-clip":
            state.clip = page
        case "fill", "fill+":
            builder.fill(path, color: state.source, clip: state.clip)
            if name == "fill" { clearPath() }
        case "stroke", "stroke+":
            builder.stroke(path, color: state.source, clip: state.clip)
            if name == "stroke" { clearPath() }
        case "paint":
            if let box = state.clip.intersection(page) { builder.paint(box, color: state.source) }
        default:
            break
        }
        stack.removeAll(keepingCapacity: true)
    }

    private mutating func clearPath() {
        path.removeAll(keepingCapacity: true)
        pathPoints = 0
    }

    private mutating func moveTo(_ x: Double, _ y: Double) {
        guard pathPoints < Self.pathLimit else { return }
        path.append(Subpath(points: [state.matrix.apply(x, y)]))
        pathPoints += 1
    }

    private mutating func lineTo(_ x: Double, _ y: Double) {
        guard pathPoints < Self.pathLimit else { return }
        if path.isEmpty { path.append(Subpath()) }
        path[path.count - 1].points.append(state.matrix.apply(x, y))
        pathPoints += 1
    }

    /// The bounds of the path, if it has any points.
    private func pathBounds() -> Box? {
        var box: Box?
        for subpath in path {
            for point in subpath.points {
                if var current = box {
                    current.x0 = min(current.x0, point.x)
                    current.y0 = min(current.y0, point.y)
                    current.x1 = max(current.x1, point.x)
                    current.y1 = max(current.y1, point.y)
                    box = current
                } else {
                    box = Box(x0: point.x, y0: point.y, x1: point.x, y1: point.y)
                }
            }
        }
        return box
    }
}
