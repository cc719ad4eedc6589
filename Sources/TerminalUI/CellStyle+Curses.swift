import CNcursesw
import Reader

extension CellStyle {
    /// The ncurses attributes for the style's flags.
    var attributes: attr_t {
        var value: attr_t = 0
        if bold { value |= tread_attr_bold() }
        if dim { value |= tread_attr_dim() }
        if underline { value |= tread_attr_underline() }
        if reverse { value |= tread_attr_reverse() }
        return value
    }
}
