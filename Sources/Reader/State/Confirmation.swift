/// A yes/no question the reader waits on before doing something that cannot be undone.
public enum Confirmation: Equatable, Sendable {
    /// Clear every mark.
    case clearMarks(count: Int)
    /// Replace an existing file with an export.
    case replaceFile(ExportRequest)

    /// The question, as the status bar asks it.
    public var question: String {
        switch self {
        case .clearMarks(let count): "clear \(count) mark\(count == 1 ? "" : "s")? (y/n)"
        case .replaceFile(let request): "\(request.path) exists; replace it? (y/n)"
        }
    }
}
