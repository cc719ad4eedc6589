import Foundation

/// A tmux server of its own running one command in a pane of a fixed size: the end-to-end
/// tests type into it and read the screen back, as a user would see it.
final class TmuxSession {
    let socket = "tread-test-\(UUID().uuidString.prefix(8))"
    private let configuration: URL
    private let stateFolder: URL

    /// Starts `command` (run by `sh -c`) in a `width` × `height` pane with a UTF-8 locale.
    init(_ command: String, width: Int, height: Int) throws {
        configuration = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf")
        try Data("set -g status off\nset -sg escape-time 0\nset -g default-terminal tmux-256color\nset -s set-clipboard on\n".utf8).write(to: configuration)
        // A state folder of its own, so no run sees the reading positions of another.
        stateFolder = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-state")
        let environment = "env -u LINES -u COLUMNS -u NO_COLOR -u COLORTERM LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=\(stateFolder.path)"
        try tmux(["-f", configuration.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "\(environment) sh -c '\(command)'"])
    }

    /// Types keys: tmux key names (`Enter`, `C-c`, `Up`) or, with `literally`, text as is.
    func send(_ keys: [String], literally: Bool = false) throws {
        try tmux(["send-keys", "-t", socketTarget] + (literally ? ["-l"] : []) + keys)
    }

    /// The pane's rows, trailing blanks trimmed from each.
    func screen() throws -> [String] {
        var text = try tmux(["capture-pane", "-p", "-t", socketTarget])
        // Every row ends in a newline; the last one must not add an empty row.
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            var line = String($0)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The pane's text with its SGR sequences, as `capture-pane -e` gives it.
    func styledScreen() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", socketTarget])
    }

    /// Polls the styled screen until `condition` holds or `seconds` pass; returns the last one.
    @discardableResult
    func waitForStyled(seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try styledScreen()
        while !condition(screen), Date() < deadline {
            usleep(50_000)
            screen = try styledScreen()
        }
        return screen
    }

    /// What the pane last put on the clipboard (tmux keeps OSC 52 text as its newest buffer).
    func clipboard() throws -> String {
        try tmux(["show-buffer"])
    }

    /// The pane's title, which an OSC 0 or 2 sequence would set.
    func title() throws -> String {
        try tmux(["display-message", "-p", "-t", socketTarget, "#{pane_title}"]).trimmingCharacters(in: .newlines)
    }

    /// The pane's modes that a program sets and must reset: alternate screen, cursor shown,
    /// mouse reporting, keypad and cursor-key modes.
    func modes() throws -> String {
        try tmux(["display-message", "-p", "-t", socketTarget,
                  "alternate #{alternate_on} cursor #{cursor_flag} mouse #{mouse_any_flag} keypad #{keypad_flag} #{keypad_cursor_flag}"])
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen.
    @discardableResult
    func waitFor(seconds: Double = 10, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var lines = try screen()
        while !condition(lines), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            lines = try screen()
        }
        return lines
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", socketTarget, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Stops the server and everything in it.
    func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: configuration)
        try? FileManager.default.removeItem(at: stateFolder)
    }

    deinit {
        close()
    }

    private var socketTarget: String { "0" }

    /// Runs a tmux client command; only `capture-pane`, `show-buffer` and `display-message` output is read. The others are spawned
    /// with every descriptor past stderr closed: the server `new-session` starts would otherwise
    /// inherit the pipe Foundation watches for the child's exit, and hold it open for its life.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard arguments.contains("capture-pane") || arguments.contains("show-buffer") || arguments.contains("display-message") else {
            try spawn(["tmux", "-L", socket] + arguments)
            return ""
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func spawn(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 && fcntl(descriptor, F_GETFD) != -1 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The server and the shells under it start with no signal blocked or ignored, as from a
        // login: a test runner's own mask would otherwise reach tread and mute Ctrl-C.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, &attributes, &argv, environ)
        guard status == 0 else { throw TmuxError(description: "cannot start tmux (\(status))") }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0, errno == EINTR {}
    }

    /// tmux could not be run.
    struct TmuxError: Error, CustomStringConvertible {
        var description: String
    }
}
