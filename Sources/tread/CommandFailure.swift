/// A failure to report as one line on standard error, followed by exit status 1.
struct CommandFailure: Error {
    /// The line to print after `tread: `; names the file and place when there is one.
    var message: String
}
