/// Why the terminal could not be used, as one line for the user.
public struct TerminalError: Error, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public var description: String
}
