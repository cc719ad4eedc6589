/// Who wrote a post or reply: a display name, and the account id when the source gives one.
public struct Author: Hashable, Sendable {
    /// The screen name, e.g. `北窗听雨`.
    public var name: String
    /// The source's account id, when known; names can change, ids do not.
    public var id: String?

    /// An author with a name and, when known, an account id.
    public init(name: String, id: String? = nil) {
        self.name = name
        self.id = id
    }

    /// Whether this is the same account as `other`: by id when both have one, else by name.
    public func isSameAccount(as other: Author) -> Bool {
        if let id, let otherID = other.id { return id == otherID }
        return name == other.name
    }
}
