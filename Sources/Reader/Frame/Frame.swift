import ThreadModel

/// A screen's worth of cells, what the reader draws and the terminal paints.
public struct Frame: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells row by row.
    public private(set) var cells: [Cell]

    /// A blank frame of `width` × `height`.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at `row`, `column`.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `clusters` from `column` on `row`, stopping before `limit` (default: the row's end).
    ///
    /// A wide cluster that would cross the limit is not split: the cells left are blanks.
    /// Zero-width clusters (a stray mark) are skipped: they cannot own a cell.
    /// - Returns: the column after the last cell written.
    @discardableResult
    public mutating func write(
        _ clusters: [DisplayCluster], row: Int, column: Int, role: StyleRole, selected: Bool = false, limit: Int? = nil
    ) -> Int {
        guard (0..<height).contains(row) else { return column }
        let end = min(limit ?? width, width)
        var column = max(0, column)
        for cluster in clusters where cluster.width > 0 {
            guard column + cluster.width <= end else {
                while column < end {
                    put(Cell(text: " ", width: 1, role: role, isSelected: selected), row: row, column: column)
                    column += 1
                }
                return column
            }
            put(Cell(text: cluster.text, width: cluster.width, role: role, isSelected: selected), row: row, column: column)
            if cluster.width == 2 {
                put(Cell(text: "", width: 0, role: role, isSelected: selected), row: row, column: column + 1)
            }
            column += cluster.width
        }
        return column
    }

    /// Marks cells `columns` of `row` as selected, keeping their text and role.
    public mutating func select(row: Int, columns: Range<Int>) {
        guard (0..<height).contains(row) else { return }
        for column in columns.clamped(to: 0..<width) {
            cells[row * width + column].isSelected = true
        }
    }

    /// Gives cells `columns` of `row` the role `role`.
    public mutating func restyle(row: Int, columns: Range<Int>, role: StyleRole) {
        guard (0..<height).contains(row) else { return }
        for column in columns.clamped(to: 0..<width) {
            cells[row * width + column].role = role
        }
    }

    /// The text of each row, trailing blanks trimmed: what the screen shows, without styles.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private mutating func put(_ cell: Cell, row: Int, column: Int) {
        // Writing over either half of a wide cluster blanks the other half.
        let index = row * width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(text: " ", width: 1, role: cells[index - 1].role, isSelected: cells[index - 1].isSelected)
        }
        if cells[index].width == 2, column + 1 < width, cell.width != 2 {
            cells[index + 1] = Cell(text: " ", width: 1, role: cells[index + 1].role, isSelected: cells[index + 1].isSelected)
        }
        cells[index] = cell
    }
}
