/// Reads one thread from one or more inputs, detecting each input's format from its content.
public enum ThreadImporter {
    /// Imports a thread from `inputs`, in `format` when given, else the detected one.
    ///
    /// Several inputs merge only when they are Xueqiu API JSON (a post and pages of comments).
    /// - Throws: ``ImportError`` naming the file and place of the first problem.
    public static func importThread(
        from inputs: [ImportInput], format: InputFormat? = nil, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> DiscussionThread {
        guard let first = inputs.first else { throw ImportError(file: "<stdin>", message: "no input") }
        var formats: [InputFormat] = []
        for input in inputs {
            formats.append(try resolvedFormat(of: input, given: format))
        }
        if inputs.count > 1, let other = zip(inputs, formats).first(where: { $0.1 != .xueqiuJSON }) {
            throw ImportError(
                file: other.0.name,
                message: "is \(other.1.rawValue); only Xueqiu API JSON files (a post and its comment pages) merge into one thread"
            )
        }
        switch formats[0] {
        case .tread: return try NativeThreadImporter.read(first, options: options)
        case .xueqiuPage: return try XueqiuPageImporter.read(first, options: options)
        case .xueqiuJSON: return try XueqiuJSONImporter.read(inputs, options: options)
        }
    }

    private static func resolvedFormat(of input: ImportInput, given: InputFormat?) throws(ImportError) -> InputFormat {
        if input.withBytes({ $0.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } }) {
            throw ImportError(file: input.name, message: "empty input; expected a thread")
        }
        if let given { return given }
        guard let detected = input.withBytes(InputFormat.detect(in:)) else {
            throw ImportError(
                file: input.name,
                message: "not a thread tread knows: expected tread-thread/1 JSON, Xueqiu API JSON, "
                    + "or a saved Xueqiu page (a first line with 转发/回复/喜欢 counts); --from names the format"
            )
        }
        return detected
    }
}
