/// The xterm 256-colour palette, for finding the colour nearest to one a theme asks for.
///
/// Terminals differ in colours 0–15 (they are the user's), so those are matched by their
/// usual xterm values; tread never redefines any of them.
enum Palette256 {
    /// The red, green and blue of palette `index`.
    static func rgb(of index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return basic[index]
        case 16..<232:
            let cube = index - 16
            return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
        default:
            let grey = 8 + (index - 232) * 10
            return (grey, grey, grey)
        }
    }

    /// The index in `candidates` nearest to `color`, by distance weighted for the eye.
    static func nearest(to color: (Int, Int, Int), among candidates: Range<Int>) -> Int {
        candidates.min { distance(rgb(of: $0), color) < distance(rgb(of: $1), color) } ?? 0
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let red = a.0 - b.0, green = a.1 - b.1, blue = a.2 - b.2
        return 2 * red * red + 4 * green * green + 3 * blue * blue
    }

    private static func level(_ step: Int) -> Int { step == 0 ? 0 : 55 + step * 40 }

    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
